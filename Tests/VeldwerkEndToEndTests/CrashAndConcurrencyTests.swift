import Foundation
import XCTest

/// Real processes, killed and racing: the database stays whole and nothing acknowledged is lost.
final class CrashAndConcurrencyTests: XCTestCase {
    func testKillNineMidScriptKeepsEveryEarlierCommandWhole() throws {
        for round in 0..<3 {
            let project = try Veldwerk.newProject()
            defer { try? FileManager.default.removeItem(atPath: project) }
            let script = project + "/many.vw"
            let lines = (1...40).map { i in
                "team add T\(String(format: "%02d", i)) --code T\(i) --areas \"A\(i),B\(i),C\(i)\" --portfolios \"P\(i),Q\(i)\""
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: script, atomically: true, encoding: .utf8)
            // Each write holds its transaction open a moment, so the kill lands inside one.
            let p = Veldwerk.process([project, "--script", script], env: ["VELDWERK_HOLD_WRITE_MS": "40"])
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            usleep(useconds_t(300_000 + round * 170_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationReason, .uncaughtSignal)

            XCTAssertEqual(try Veldwerk.sqlite(project, "PRAGMA integrity_check"), "ok")
            let teams = try Veldwerk.sqlite(project, "SELECT name FROM team ORDER BY name").split(separator: "\n").map(String.self.init)
            XCTAssertGreaterThan(teams.count, 0, "round \(round): nothing committed before the kill")
            XCTAssertLessThan(teams.count, 40, "round \(round): the kill came too late to test anything")
            // A prefix of the script, each team with all its areas and portfolios, each logged once.
            XCTAssertEqual(teams, (1...teams.count).map { "T" + String(format: "%02d", $0) })
            XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM team_area"), "\(teams.count * 3)")
            XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM team_portfolio"), "\(teams.count * 2)")
            XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM change"), "\(teams.count)")
            // And the project opens and works on.
            let after = try Veldwerk.run([project, "-c", "team add Later; undo"])
            XCTAssertEqual(after.status, 0, after.err)
        }
    }

    func testTwoProcessesWritingAtOnceLoseNothing() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let setup = try Veldwerk.run([project, "-c", "team add North --code N; team add South --code S; role add WOE; researcher add A; researcher add B"])
        XCTAssertEqual(setup.status, 0, setup.err)
        var processes: [(Process, Pipe)] = []
        for (team, who) in [("N", "A"), ("S", "B")] {
            let script = project + "/\(team).vw"
            let lines = (1...60).flatMap { i in
                ["participant add --team \(team) --role WOE", "interview add \(team)-WOE-\(String(format: "%02d", i)) --date 2022-03-01", "team list"]
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: script, atomically: true, encoding: .utf8)
            let p = Veldwerk.process([project, "--as", who, "--script", script], env: ["VELDWERK_HOLD_WRITE_MS": "2"])
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            processes.append((p, err))
        }
        for (p, err) in processes {
            p.waitUntilExit()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            XCTAssertEqual(p.terminationStatus, 0, message)
            XCTAssertFalse(message.contains("locked"), message)
        }
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM participant"), "120")
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM interview"), "120")
        XCTAssertEqual(try Veldwerk.sqlite(project, "PRAGMA integrity_check"), "ok")
        // Each researcher's undo reverts their own last change, not the other's.
        let undo = try Veldwerk.run([project, "--as", "A", "-c", "undo"])
        XCTAssertTrue(undo.out.contains("interview add N-WOE-60"), undo.out)
    }

    /// A script that commits command after command must not keep another writer waiting until
    /// it ends (past the busy limit, that writer's command would fail): their changes interleave.
    func testAWriterWaitingOnAScriptGetsItsTurn() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let setup = try Veldwerk.run([project, "-c", "team add North --code N; role add WOE; role add OSA; researcher add A; researcher add B"])
        XCTAssertEqual(setup.status, 0, setup.err)
        var processes: [Process] = []
        for (role, who) in [("WOE", "A"), ("OSA", "B")] {
            let script = project + "/\(role).vw"
            try (Array(repeating: "participant add --team N --role \(role)", count: 400).joined(separator: "\n") + "\n")
                .write(toFile: script, atomically: true, encoding: .utf8)
            let p = Veldwerk.process([project, "--as", who, "--script", script])
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            processes.append(p)
        }
        for p in processes {
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0)
        }
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM participant"), "800")
        // Turns change hands often: a waiting writer looks again every millisecond and gets in
        // between two of the other's commands (about 200 changes of hands here; without that,
        // fewer than 10, as SQLite's own wait backs off to sleeps of 100 ms).
        let turns = Int(try Veldwerk.sqlite(project, """
            SELECT count(*) FROM change c JOIN change d ON d.id = c.id + 1 WHERE c.actor IN ('A', 'B') AND d.actor IN ('A', 'B') AND c.actor <> d.actor
            """)) ?? 0
        XCTAssertGreaterThan(turns, 40)
    }

    /// A facilitator enters votes while a researcher codes and a third reads the tally: all at once.
    func testVotingCodingAndReadingAtOnce() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        var setup = ["researcher add Fien", "researcher add Rob", "team add A --code A", "role add R", "codebook add Regie", "codebook add Coaching",
                     "codebook add Werkdruk", "a4 add A Regie", "a4 add A Coaching", "a4 add A Werkdruk", "focusgroup add A --date 2022-06-01",
                     "subgroup add 1 S --lead Fien", "participant add --team A --role R", "interview add A-R-01 --date 2022-03-01"]
        setup.append("subgroup join S " + (1...30).map { _ in "+R" }.joined(separator: " "))
        let text = (1...60).map { "R: alinea \($0) over regie en werkdruk." }.joined(separator: "\n\n")
        try text.write(toFile: project + "/t.txt", atomically: true, encoding: .utf8)
        setup.append("transcript import \(project)/t.txt --interview 1")
        let r = try Veldwerk.run([project, "--script", "/dev/stdin"], stdin: Data(setup.joined(separator: "\n").utf8))
        XCTAssertEqual(r.status, 0, r.err)
        let votes = (2...31).map { "pie A-R-\(String(format: "%02d", $0)) 1:50 2:30 3:20" }
        let codes = (1...60).map { "code 1 \($0) \(["Regie", "Coaching", "Werkdruk"][$0 % 3])" }
        let reads = (1...30).map { _ in "tally 1" }
        var running: [(Process, Pipe)] = []
        for (who, lines) in [("Fien", votes), ("Rob", codes), ("Fien", reads)] {
            let p = Veldwerk.process([project, "--as", who, "--script", "/dev/stdin"], env: ["VELDWERK_HOLD_WRITE_MS": "3"])
            let input = Pipe(), err = Pipe()
            p.standardInput = input
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            input.fileHandleForWriting.write(Data(lines.joined(separator: "\n").utf8))
            try input.fileHandleForWriting.close()
            running.append((p, err))
        }
        for (p, err) in running {
            p.waitUntilExit()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            XCTAssertEqual(p.terminationStatus, 0, message)
            XCTAssertFalse(message.contains("locked") || message.contains("busy"), message)
        }
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM pie"), "30")
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM segment"), "60")
        let undoRob = try Veldwerk.run([project, "--as", "Rob", "-c", "undo"])
        XCTAssertTrue(undoRob.out.contains("code 1 60 Regie"), undoRob.out)
        let undoFien = try Veldwerk.run([project, "--as", "Fien", "-c", "undo"])
        XCTAssertTrue(undoFien.out.contains("pie A-R-31"), undoFien.out)
        XCTAssertEqual(try Veldwerk.sqlite(project, "PRAGMA integrity_check"), "ok")
    }
}
