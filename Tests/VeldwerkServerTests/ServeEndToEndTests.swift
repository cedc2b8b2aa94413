import Foundation
import HummingbirdTesting
import XCTest

/// `veldwerk serve` as a facilitator runs it: twenty phones vote at once while a prompt on the
/// same project enters votes too. Nothing may be lost, and the tally must equal the one from the
/// same votes typed at the prompt.
final class ServeEndToEndTests: XCTestCase {
    /// Participant i's vote: two recognised items and a pie of two slices, varied over people.
    static func vote(_ i: Int) -> (recognised: [Int], slices: [(Int, String)]) {
        let a = i % 4 + 1, b = (i + 1) % 4 + 1, c = (i + 2) % 4 + 1
        return ([a, b].sorted(), i % 3 == 0 ? [(a, ""), (c, "")] : [(a, "70"), (c, "30")])
    }

    static func promptLine(_ pseudonym: String, _ i: Int) -> String {
        let v = vote(i)
        let slices = v.slices.map { $0.1.isEmpty ? String($0.0) : "\($0.0):\($0.1)" }.joined(separator: " ")
        return "recognise \(pseudonym) \(v.recognised.map(String.init).joined(separator: " ")); pie \(pseudonym) \(slices)"
    }

    func testTwentyPhonesAndAPromptVoteAtOnceAndNoVoteIsLost() async throws {
        let served = try Binary.project(RoomProject.setup)
        let typed = try Binary.project(RoomProject.setup)
        defer { for f in [served, typed] { try? FileManager.default.removeItem(atPath: f) } }
        let server = try RunningServer(served)
        addTeardownBlock { _ = server.stop() }
        let opened = try Binary.run([served, "--as", "Noor", "-c", "vote open 1 --json"])
        XCTAssertEqual(opened.status, 0, opened.err)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(opened.out.utf8)) as? [String: Any])
        let codes = try XCTUnwrap(json["codes"] as? [String: String])
        XCTAssertEqual(json["link"] as? String, server.base + "/", "the prompt's link points at the running server")
        let people = codes.keys.sorted()
        XCTAssertEqual(people.count, 25)
        let phones = Array(people.prefix(20)), atPrompt = Array(people.dropFirst(20))

        // The prompt enters its five votes while the phones vote.
        let prompt = Binary.process([served, "--as", "Noor", "-c",
                                     atPrompt.map { p in Self.promptLine(p, people.firstIndex(of: p)!) }.joined(separator: "; ")])
        prompt.standardOutput = FileHandle.nullDevice
        try prompt.run()
        let started = Date()
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for p in phones {
                let i = people.firstIndex(of: p)!, code = codes[p]!
                let (host, port) = (server.host, server.port)
                group.addTask {
                    let client = TestClient(host: host, port: port)
                    client.connect()
                    defer { Task { try? await client.shutdown() } }
                    let phone = Browser(live: client)
                    _ = try await phone.get("/")
                    let entered = try await phone.post("/enter", [("code", code)])
                    guard entered.status == .seeOther else { return Int(entered.status.code) }
                    let v = Self.vote(i)
                    var fields = v.recognised.map { ("rec", String($0)) }
                    for s in v.slices { fields += [("pie", String(s.0)), ("size_\(s.0)", s.1)] }
                    let done = try await phone.post("/vote/confirm", fields)
                    return Int(done.status.code)
                }
            }
            var all: [Int] = []
            for try await s in group { all.append(s) }
            return all
        }
        let elapsed = Date().timeIntervalSince(started)
        prompt.waitUntilExit()
        XCTAssertEqual(prompt.terminationStatus, 0)
        XCTAssertEqual(statuses, Array(repeating: 303, count: 20), "every phone's vote was taken")
        print("20 phones voted in \(String(format: "%.2f", elapsed)) s")

        // The same votes, all typed at the prompt, in another project.
        let all = people.enumerated().map { Self.promptLine($1, $0) }.joined(separator: "; ")
        XCTAssertEqual(try Binary.run([typed, "--as", "Noor", "-c", all]).status, 0)
        let viaPages = try Binary.run([served, "-c", "tally 1 --json"])
        let viaPrompt = try Binary.run([typed, "-c", "tally 1 --json"])
        XCTAssertEqual(viaPages.status, 0, viaPages.err)
        XCTAssertEqual(viaPages.out, viaPrompt.out, "the tally differs from the one the prompt computes from the same votes")
        XCTAssertTrue(viaPages.out.contains("\"voted\" : \"25 of 25\"") || viaPages.out.contains("25 of 25"), viaPages.out)

        // Every phone vote is a change by its participant in the history.
        let history = try Binary.run([served, "-c", "history"])
        for p in phones { XCTAssertTrue(history.out.contains("recognise \(p) "), "\(p)'s vote is not in the history") }
        XCTAssertEqual(history.out.components(separatedBy: "(from a phone)").count - 1, 20)

        // Closing ends the codes; the server stops cleanly on Ctrl-C and forgets its address.
        XCTAssertEqual(try Binary.run([served, "-c", "vote close 1"]).out, "voting for focus group 1 closed: 25 of 25 voted\n")
        XCTAssertEqual(server.stop(), 0)
        let after = try Binary.run([served, "-c", "board 1"])
        XCTAssertTrue(after.err.contains("no server runs") || after.err.contains("not open"), after.err)
        XCTAssertEqual(try Binary.run([served, "-c", "team list"]).status, 0)
    }

    func testServeRefusesWhatItCannotDoWithOneLine() throws {
        let missing = try Binary.run(["serve", "/nonexistent/veldwerk-project"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.err.split(separator: "\n").count, 1, missing.err)
        XCTAssertTrue(missing.err.hasPrefix("error: "))
        let folder = try Binary.project("team add Amersfoort --code AMF")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lang = try Binary.run(["serve", folder, "--lang", "fr"])
        XCTAssertEqual(lang.err, "error: --lang takes nl or en\n")
        // A port already taken: the second server says so and stops.
        let first = try RunningServer(folder)
        addTeardownBlock { _ = first.stop() }
        let second = try Binary.run(["serve", folder, "--port", String(first.port)])
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.err.contains("choose another with --port"), second.err)
    }
}
