import Foundation
import XCTest

/// Runs the built `veldwerk` binary the way a user or a script would.
struct Veldwerk {
    struct Result {
        var out: String
        var err: String
        var status: Int32
    }

    static let binary: URL = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("veldwerk"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("veldwerk"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("veldwerk"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// A fixed clock and no colour, so output compares byte for byte.
    static let baseEnvironment: [String: String] = {
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1700000000"
        env["NO_COLOR"] = "1"
        env["VELDWERK_HOLD_WRITE_MS"] = nil
        return env
    }()

    static func process(_ arguments: [String], env extra: [String: String] = [:], cwd: String? = nil) -> Process {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.environment = baseEnvironment.merging(extra) { $1 }
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        return p
    }

    @discardableResult
    static func run(_ arguments: [String], stdin: Data? = nil, env: [String: String] = [:], cwd: String? = nil) throws -> Result {
        let p = process(arguments, env: env, cwd: cwd)
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        p.standardOutput = outPipe
        p.standardError = errPipe
        p.standardInput = inPipe
        try p.run()
        // A child may stop reading early (a refused over-long line): that is its answer, not ours
        // to die of, so a broken pipe is an error to ignore rather than a signal.
        signal(SIGPIPE, SIG_IGN)
        if let stdin { try? inPipe.fileHandleForWriting.write(contentsOf: stdin) }
        try? inPipe.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        let errData = LockedData()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.set(errPipe.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Result(out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData.get(), as: UTF8.self),
                      status: p.terminationStatus)
    }

    /// A new empty project in a temporary folder.
    /// Types `lines` at the prompt of `project` on a real terminal (`script` gives the binary a
    /// tty; `before` is shell run first, e.g. `stty rows 24`); killed if not ended within 20 s.
    static func prompt(_ project: String, _ lines: [String], before: String = "") throws -> (output: String, status: Int32) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        p.arguments = ["-qec", before + "\(binary.path) \(project)", "/dev/null"]
        p.environment = baseEnvironment
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = output
        try p.run()
        let watchdog = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 20, execute: watchdog)
        input.fileHandleForWriting.write(Data((lines + ["quit", ""]).joined(separator: "\n").utf8))
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        watchdog.cancel()
        return (String(decoding: data, as: UTF8.self), p.terminationReason == .uncaughtSignal ? -1 : p.terminationStatus)
    }

    static func newProject(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let dir = NSTemporaryDirectory() + "veldwerk-e2e-\(UUID().uuidString)"
        let r = try run(["init", dir, "--name", "e2e"])
        XCTAssertEqual(r.status, 0, r.err, file: file, line: line)
        return dir
    }

    /// Everything in the database as SQL text, read by the independent `sqlite3` shell.
    static func dump(_ project: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [project + "/veldwerk.sqlite", ".dump"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func sqlite(_ project: String, _ sql: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [project + "/veldwerk.sqlite", sql]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

final class LockedData: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
