import Foundation
import XCTest

/// kill -9 at seeded random moments while Veldwerk imports, codes, takes votes and exports.
///
/// After every kill the database passes `PRAGMA integrity_check` and the full-text index check,
/// every command the process acknowledged is there, at most the one in flight is added (and then
/// whole), and no export file is half-written. `VELDWERK_LONG_TESTS=1` runs 50 kill points
/// instead of a handful.
final class FaultInjectionTests: XCTestCase {
    static var killPoints: Int { ProcessInfo.processInfo.environment["VELDWERK_LONG_TESTS"] == "1" ? 50 : 5 }

    /// A project with people, a codebook, an A4 sheet and a focus group, plus the mixed workload.
    func prepare(_ dir: String) throws -> [String] {
        var setup = ["researcher add Noor", "as Noor", "team add Amersfoort --code AMF", "role add WOE", "role add wijkagent --code WA"]
        for i in 1...8 {
            setup.append("participant add --team AMF --role \(i % 2 == 0 ? "WOE" : "WA")")
        }
        setup += ["codebook add Regie", "codebook add Coaching", "codebook add Werkdruk",
                  "a4 add AMF Regie", "a4 add AMF Coaching", "a4 add AMF Werkdruk",
                  "focusgroup add AMF --date 2022-06-14", "subgroup add 1 A --lead Noor",
                  "subgroup join A AMF-WA-01 AMF-WA-02 AMF-WA-03 AMF-WA-04 AMF-WOE-01 AMF-WOE-02"]
        let r = try Veldwerk.run([dir, "--script", "/dev/stdin"], stdin: Data(setup.joined(separator: "\n").utf8))
        XCTAssertEqual(r.status, 0, r.err)
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        var work: [String] = []
        for i in 1...12 {
            let text = (1...30).map { p in "\(p % 2 == 0 ? "R" : "I"): regie en coaching in de wijk, deel \(i).\(p), werkdruk \(p * i)." }.joined(separator: "\n\n")
            try text.write(toFile: "\(dir)/in/t\(i).txt", atomically: true, encoding: .utf8)
            work.append("transcript import in/t\(i).txt")
            for p in stride(from: 2, through: 12, by: 2) { work.append("code \(i) \(p) \(["Regie", "Coaching", "Werkdruk"][p % 3]) --tension dilemma") }
            let voter = ["AMF-WA-01", "AMF-WA-02", "AMF-WA-03", "AMF-WA-04", "AMF-WOE-01", "AMF-WOE-02"][i % 6]
            work.append("pie \(voter) \(i % 3 + 1):50 \((i + 1) % 3 + 1):30 \((i + 2) % 3 + 1):20")
            if i % 4 == 0 { work.append("export all --format \(["html", "json", "md"][i % 3]) --out out --force") }
        }
        return work
    }

    func testKillNineAnywhereLeavesAWholeProject() throws {
        var rng = SplitMix(seed: 0x5EED)
        for point in 0..<Self.killPoints {
            let dir = try Veldwerk.newProject()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let work = try prepare(dir)
            let setupChanges = Int(try Veldwerk.sqlite(dir, "SELECT count(*) FROM change"))!
            let p = Veldwerk.process([dir, "--as", "Noor", "--script", "/dev/stdin"], env: ["VELDWERK_HOLD_WRITE_MS": "15"], cwd: dir)
            let input = Pipe(), output = Pipe()
            p.standardInput = input
            p.standardOutput = output
            p.standardError = FileHandle.nullDevice
            try p.run()
            input.fileHandleForWriting.write(Data((work.joined(separator: "\n") + "\n").utf8))
            try input.fileHandleForWriting.close()
            let delay = 80_000 + Int(rng.next() % 2_400_000)
            let collected = LockedData()
            let reader = Thread {
                collected.set(output.fileHandleForReading.readDataToEndOfFile())
            }
            reader.start()
            usleep(useconds_t(delay))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            while reader.isExecuting || !reader.isFinished { usleep(1000) }
            let printed = String(decoding: collected.get(), as: UTF8.self)
            let label = "kill point \(point) after \(delay / 1000) ms"

            XCTAssertEqual(try Veldwerk.sqlite(dir, "PRAGMA integrity_check"), "ok", label)
            XCTAssertEqual(try Veldwerk.sqlite(dir, "PRAGMA foreign_key_check"), "", label)
            // Acknowledged writes: one line each for code and pie, one table row per imported file.
            let acknowledged = printed.split(separator: "\n").filter { $0.hasPrefix("segment ") || $0.hasPrefix("AMF-") || $0.hasSuffix("imported") }.count
            let committed = Int(try Veldwerk.sqlite(dir, "SELECT count(*) FROM change"))! - setupChanges
            XCTAssertGreaterThanOrEqual(committed, acknowledged, "\(label): an acknowledged command was lost")
            XCTAssertLessThanOrEqual(committed, acknowledged + 1, "\(label): more than the command in flight landed")
            // Whatever landed is whole.
            XCTAssertEqual(try Veldwerk.sqlite(dir, "SELECT count(*) FROM document d WHERE (SELECT count(*) FROM paragraph p WHERE p.document_id = d.id) <> 30"), "0", label)
            XCTAssertEqual(try Veldwerk.sqlite(dir, "SELECT count(*) FROM pie WHERE abs((SELECT sum(share) FROM pie_slice s WHERE s.pie_id = pie.id) - 1) > 1e-9"), "0", label)
            XCTAssertEqual(try Veldwerk.sqlite(dir, "INSERT INTO paragraph_fts(paragraph_fts, rank) VALUES ('integrity-check', 1); SELECT 'fts ok'"), "fts ok", label)
            for file in try FileManager.default.contentsOfDirectory(atPath: dir + "/out") {
                XCTAssertFalse(file.hasSuffix(".tmp"), "\(label): temporary file \(file) left visible as an export")
                let text = try String(contentsOfFile: dir + "/out/" + file, encoding: .utf8)
                if file.hasSuffix(".html") { XCTAssertTrue(text.hasSuffix("</html>\n"), "\(label): \(file) half-written") }
                if file.hasSuffix(".json") { XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(text.utf8)), "\(label): \(file)") }
            }
            // And the project opens and works on, including undo.
            let after = try Veldwerk.run([dir, "--as", "Noor", "-c", "codebook add Later; undo; tally 1"])
            XCTAssertEqual(after.status, 0, "\(label): \(after.err)")
        }
    }
}

/// A small seeded generator, so kill points are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
