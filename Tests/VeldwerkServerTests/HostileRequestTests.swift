import Foundation
import XCTest

/// Sends every raw request in `Tests/Hostile/requests/` to a running `veldwerk serve` over a
/// plain socket: each gets one of the statuses its file allows, never a crash, a stack trace or
/// a name; the server goes on answering, and the project is unchanged.
final class HostileRequestTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Hostile/requests").path

    func testEveryHostileRequestIsRefusedAndChangesNothing() throws {
        let project = try Binary.project(RoomProject.setup)
        defer { try? FileManager.default.removeItem(atPath: project) }
        XCTAssertEqual(try Binary.run([project, "--as", "Noor", "-c", "vote open 1"]).status, 0)
        let before = try Binary.run([project, "-c", "history"]).out
        let server = try RunningServer(project)
        addTeardownBlock { _ = server.stop() }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".http") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 15)
        for file in files {
            let text = try String(contentsOfFile: Self.folder + "/" + file, encoding: .utf8)
            let (allowed, request) = Self.parse(text)
            let answer = try RawHTTP.send(request, port: server.port)
            let status = answer.split(separator: " ", maxSplits: 2).dropFirst().first.map(String.init) ?? "closed"
            XCTAssertTrue(allowed.contains(answer.isEmpty ? "closed" : status), "\(file): got \(answer.isEmpty ? "closed" : status), allowed \(allowed)")
            for leak in ["Fatal error", "Swift", "stack", "sqlite_", RoomProject.realName, "AMF-"] {
                XCTAssertFalse(answer.contains(leak), "\(file): the answer shows \(leak)")
            }
            // Still serving after each one.
            XCTAssertTrue(try RawHTTP.send(Data("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8), port: server.port).hasPrefix("HTTP/1.1 200"), "\(file) stopped the server")
        }
        XCTAssertEqual(server.stop(), 0)
        XCTAssertEqual(try Binary.run([project, "-c", "history"]).out, before, "a hostile request changed the project")
    }

    /// The statuses allowed (first line) and the request, with CRLF line ends and placeholders filled.
    static func parse(_ text: String) -> (Set<String>, Data) {
        var lines = text.components(separatedBy: "\n")
        let allowed = Set(lines.removeFirst().dropFirst("# expect ".count).split(separator: " ").map(String.init))
        func expand(_ s: String) -> String {
            var s = s
            while let r = s.range(of: #"\{\{BIG:[0-9]+\}\}"#, options: .regularExpression) {
                let n = Int(s[r].dropFirst(6).dropLast(2)) ?? 0
                s.replaceSubrange(r, with: String(repeating: "a", count: n))
            }
            return s
        }
        let blank = lines.firstIndex(of: "") ?? lines.count
        let body = expand(lines[(blank + 1)...].joined(separator: "\n").trimmingCharacters(in: .newlines))
        let head = lines[..<blank].map { expand($0.replacingOccurrences(of: "{{LENGTH}}", with: String(body.utf8.count))) }
        return (allowed, Data((head.joined(separator: "\r\n") + "\r\n\r\n" + body).utf8))
    }
}

/// One request over a fresh TCP connection; the answer's bytes, empty if the server hung up.
enum RawHTTP {
    static func send(_ request: Data, port: Int) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw NSError(domain: "socket", code: Int(errno)) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw NSError(domain: "connect", code: Int(errno)) }
        _ = request.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let n = Glibc.send(fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if n <= 0 { break }
                sent += n
            }
        }
        shutdown(fd, Int32(SHUT_WR))
        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            answer.append(buffer, count: n)
            if answer.count > 4_000_000 { break }
        }
        return String(decoding: answer, as: UTF8.self)
    }
}
