import Foundation

/// Votes per second through `veldwerk serve` (twenty phones at once, each confirming its vote
/// again and again, as people who change their minds do) beside the same votes typed at the
/// prompt as `recognise` and `pie` in one script.
enum VoteBench {
    static let voters = 20
    static let rounds = 25

    static func run(work: String) throws -> [Measurement] {
        let project = "\(work)/votes"
        var setup = ["researcher add Noor", "as Noor", "team add Amersfoort --code AMF --fte 190", "role add WOE", "role add wijkagent --code WA", "role add OE"]
        for code in ["Regie", "Coaching", "Portefeuilles", "Werkdruk"] { setup += ["codebook add \(code)", "a4 add AMF \(code)"] }
        setup.append("focusgroup add AMF --date 2022-11-15")
        for g in ["A", "B", "C", "D"] { setup += ["subgroup add 1 \(g) --lead Noor", "subgroup join 1/\(g) +WOE +wijkagent +wijkagent +OE +OE"] }
        try setup.joined(separator: "\n").write(toFile: "\(work)/votes-setup.vw", atomically: true, encoding: .utf8)
        _ = try Runner.veldwerk(["init", project])
        _ = try Runner.veldwerk([project, "--script", "\(work)/votes-setup.vw"])
        // The seated, by pseudonym, as the prompt lists them.
        let opened = try capture([project, "--as", "Noor", "-c", "vote open 1 --json"])
        guard let json = try JSONSerialization.jsonObject(with: Data(opened.utf8)) as? [String: Any],
              let codes = json["codes"] as? [String: String], codes.count == voters else {
            throw NSError(domain: "bench", code: 2, userInfo: [NSLocalizedDescriptionKey: "vote open gave no codes: \(opened)"])
        }
        let seated = codes.keys.sorted()

        // At the prompt: the same votes, one script.
        var typed = ["as Noor"]
        for r in 0..<rounds {
            for (i, p) in seated.enumerated() {
                let v = vote(i + r)
                typed.append("recognise \(p) \(v.recognised.map(String.init).joined(separator: " "))")
                typed.append("pie \(p) \(v.slices.map { "\($0.0):\($0.1)" }.joined(separator: " "))")
            }
        }
        try typed.joined(separator: "\n").write(toFile: "\(work)/votes-typed.vw", atomically: true, encoding: .utf8)
        let prompt = try Runner.veldwerk([project, "--script", "\(work)/votes-typed.vw"])

        // Through the server: each phone enters its code once, then votes `rounds` times.
        let server = Process()
        server.executableURL = URL(fileURLWithPath: Runner.binary)
        server.arguments = ["serve", project, "--port", "0"]
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { server.interrupt(); server.waitUntilExit() } }
        let line = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        guard let range = line.range(of: #":[0-9]+ "#, options: .regularExpression), let port = Int(line[range].dropFirst().dropLast()) else {
            throw NSError(domain: "bench", code: 3, userInfo: [NSLocalizedDescriptionKey: "serve did not start: \(line)"])
        }
        var sessions: [[String: String]] = Array(repeating: [:], count: voters)
        for (i, p) in seated.enumerated() {
            let front = try RawHTTP.request(port: port, "GET", "/", cookies: [:], body: nil)
            var jar = front.cookies
            let entered = try RawHTTP.request(port: port, "POST", "/enter", cookies: jar, body: "csrf=\(jar["vw_csrf"] ?? "")&code=\(codes[p]!)")
            guard entered.status == 303 else { throw NSError(domain: "bench", code: 4, userInfo: [NSLocalizedDescriptionKey: "code refused: \(entered.status)"]) }
            jar.merge(entered.cookies) { $1 }
            sessions[i] = jar
        }
        let jars = sessions
        let failures = Counter()
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: voters) { i in
            let jar = jars[i]
            for r in 0..<rounds {
                let v = vote(i + r)
                var body = "csrf=\(jar["vw_csrf"] ?? "")"
                for n in v.recognised { body += "&rec=\(n)" }
                for s in v.slices { body += "&pie=\(s.0)&size_\(s.0)=\(s.1)" }
                let status = (try? RawHTTP.request(port: port, "POST", "/vote/confirm", cookies: jar, body: body).status) ?? 0
                if status != 303 { failures.add() }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        server.interrupt()
        server.waitUntilExit()
        if failures.value > 0 { throw NSError(domain: "bench", code: 5, userInfo: [NSLocalizedDescriptionKey: "\(failures.value) votes were refused"]) }
        let votes = voters * rounds
        var atPrompt = Measurement(workload: "\(votes) votes typed at the prompt", size: nil, run: prompt, baseline: nil, units: votes)
        atPrompt.unitName = "votes"
        var served = Measurement(workload: "\(votes) votes from \(voters) phones (vs prompt)", size: nil, run: Run(seconds: seconds, peakKiB: 0), baseline: prompt, units: votes)
        served.unitName = "votes"
        return [atPrompt, served]
    }

    /// Participant-and-round i's vote: two recognised items, two slices 60/40.
    static func vote(_ i: Int) -> (recognised: [Int], slices: [(Int, Int)]) {
        let a = i % 4 + 1, b = (i + 1) % 4 + 1, c = (i + 2) % 4 + 1
        return ([a, b].sorted(), [(a, 60), (c, 40)])
    }

    static func capture(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Runner.binary)
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func add() { lock.lock(); n += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return n }
    }
}

/// One HTTP/1.1 request on its own connection (`Connection: close`), as a phone on flaky wifi.
enum RawHTTP {
    struct Answer { var status: Int; var cookies: [String: String] }

    static func request(port: Int, _ method: String, _ path: String, cookies: [String: String], body: String?) throws -> Answer {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if !cookies.isEmpty { head += "Cookie: " + cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") + "\r\n" }
        if let body { head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n" }
        let request = Array((head + "\r\n" + (body ?? "")).utf8)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw NSError(domain: "socket", code: Int(errno)) }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard ok == 0 else { throw NSError(domain: "connect", code: Int(errno)) }
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { throw NSError(domain: "send", code: Int(errno)) }
            sent += n
        }
        var answer = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            answer += buffer[0..<n]
        }
        let text = String(decoding: answer, as: UTF8.self)
        let status = Int(text.split(separator: " ", maxSplits: 2).dropFirst().first ?? "") ?? 0
        var jar: [String: String] = [:]
        for line in text.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("set-cookie:") {
            let pair = line.dropFirst("set-cookie:".count).trimmingCharacters(in: .whitespaces).split(separator: ";").first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { jar[parts[0]] = parts[1] }
        }
        return Answer(status: status, cookies: jar)
    }
}
