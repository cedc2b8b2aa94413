import Foundation
import XCTest

/// The built `veldwerk` binary, run as a user would.
enum Binary {
    static let url: URL = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("veldwerk"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("veldwerk"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("veldwerk"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    static let environment: [String: String] = {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["SOURCE_DATE_EPOCH"] = nil
        return env
    }()

    struct Result { var out: String; var err: String; var status: Int32 }

    static func process(_ arguments: [String]) -> Process {
        let p = Process()
        p.executableURL = url
        p.arguments = arguments
        p.environment = environment
        return p
    }

    /// Runs to the end and returns what it printed.
    @discardableResult
    static func run(_ arguments: [String]) throws -> Result {
        let p = process(arguments)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let errData = ErrBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Result(out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData.data, as: UTF8.self), status: p.terminationStatus)
    }

    final class ErrBox: @unchecked Sendable { var data = Data() }

    /// A new project built from commands, as a facilitator would prepare it.
    static func project(_ setup: String) throws -> String {
        let folder = NSTemporaryDirectory() + "veldwerk-serve-\(UUID().uuidString)"
        XCTAssertEqual(try run(["init", folder, "--name", "room"]).status, 0)
        let r = try run([folder, "-c", "researcher add Noor"])
        XCTAssertEqual(r.status, 0, r.err)
        let built = try run([folder, "--as", "Noor", "-c", setup.split(separator: "\n").filter { !$0.hasPrefix("researcher add Noor") }.joined(separator: "; ")])
        XCTAssertEqual(built.status, 0, built.err)
        return folder
    }
}

/// `veldwerk serve` running in the background, with the address it announced.
final class RunningServer: @unchecked Sendable {
    let process: Process
    let host: String
    let port: Int
    let output = Pipe()

    init(_ folder: String, extra: [String] = []) throws {
        process = Binary.process(["serve", folder, "--port", "0"] + extra)
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line says where it listens: "serving DIR at http://HOST:PORT  (Ctrl-C stops)".
        var line = Data()
        let deadline = Date().addingTimeInterval(20)
        while !line.contains(UInt8(ascii: "\n")), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #"http://[0-9.]+:[0-9]+"#, options: .regularExpression) else {
            process.terminate()
            throw NSError(domain: "serve", code: 1, userInfo: [NSLocalizedDescriptionKey: "serve did not say where it listens: \(text)"])
        }
        let address = text[range].dropFirst("http://".count).split(separator: ":")
        host = String(address[0])
        port = Int(address[1]) ?? 0
    }

    var base: String { "http://\(host):\(port)" }

    /// Stops it as Ctrl-C would and returns its exit status.
    func stop() -> Int32 {
        if process.isRunning { process.interrupt() }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
