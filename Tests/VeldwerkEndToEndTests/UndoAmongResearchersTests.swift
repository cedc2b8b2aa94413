import Foundation
import XCTest

/// Two researchers on one project, each command its own process as people would run them.
final class UndoAmongResearchersTests: XCTestCase {
    var project: String!

    override func setUpWithError() throws {
        project = try Veldwerk.newProject()
        XCTAssertEqual(try Veldwerk.run([project, "-c", "researcher add Noor; researcher add Sem"]).status, 0)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: project)
    }

    func run(_ who: String, _ commands: String) throws -> Veldwerk.Result {
        try Veldwerk.run([project, "--as", who, "-c", commands])
    }

    func fte() throws -> String { try Veldwerk.sqlite(project, "SELECT coalesce(fte, '-') FROM team WHERE name = 'Alpha'") }

    func testAnUndoNeverTakesAnotherResearchersLaterValue() throws {
        XCTAssertEqual(try run("Noor", "team add Alpha").status, 0)
        XCTAssertEqual(try run("Noor", "team edit Alpha --fte 100").status, 0)
        XCTAssertEqual(try run("Sem", "team edit Alpha --fte 200").status, 0)

        let refused = try run("Noor", "undo")
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.out, "")
        XCTAssertTrue(refused.err.contains("change 5 by Sem 'team edit Alpha --fte 200' has changed the same team since"), refused.err)
        XCTAssertEqual(refused.err.split(separator: "\n").count, 1, refused.err)
        XCTAssertEqual(try fte(), "200.0")

        // Sem takes his own back: Noor's 100 returns, and Noor's undo then empties it.
        XCTAssertEqual(try run("Sem", "undo").status, 0)
        XCTAssertEqual(try fte(), "100.0")
        XCTAssertEqual(try run("Noor", "undo").status, 0)
        XCTAssertEqual(try fte(), "-")
        // Sem's redo would put 200 over the state Noor left: his value came from 100, which is gone.
        let redo = try run("Sem", "redo")
        XCTAssertEqual(redo.status, 1)
        XCTAssertTrue(redo.err.contains("by Noor"), redo.err)
        XCTAssertEqual(try fte(), "-")

        let history = try run("Noor", "history --json")
        XCTAssertTrue(history.out.contains("\"state\": \"undone by 6\""), history.out)
        XCTAssertTrue(history.out.contains("\"state\": \"undone by 7\""), history.out)
        XCTAssertEqual(try Veldwerk.sqlite(project, "PRAGMA integrity_check"), "ok")
    }

    func testAnUndoPassesOverWorkSomeoneElseBuiltOnAndSaysSo() throws {
        let files = ScriptTests.scripts.appendingPathComponent("files").path
        XCTAssertEqual(try run("Noor", "team add Alpha; codebook add Regie; transcript import \(files)/interview-a.txt; code 1 2 Regie").status, 0)
        XCTAssertEqual(try run("Sem", "uncode 1").status, 0)

        let undo = try run("Noor", "undo")
        XCTAssertEqual(undo.status, 0, undo.err)
        XCTAssertTrue(undo.out.hasPrefix("undone change 5: transcript import"), undo.out)
        XCTAssertTrue(undo.out.contains("passed over change 6 'code 1 2 Regie': change 7 by Sem 'uncode 1' has changed the same segment since"), undo.out)
        // Every later undo of Noor's still works: the refusal does not block her history.
        XCTAssertEqual(try run("Noor", "undo").status, 0)
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM code"), "0")
        let history = try run("Noor", "history")
        XCTAssertTrue(history.out.contains("undo refused: change 7 by Sem 'uncode 1' has changed the same segment since"), history.out)
    }

    func testTwoFacilitatorsInterleaveVotesAndEachUndoesOnlyTheirOwn() throws {
        XCTAssertEqual(try run("Noor", """
            team add Alpha --code ALP; role add WOE; codebook add Regie; codebook add Coaching; codebook add Werkdruk;
            a4 add Alpha Regie; a4 add Alpha Coaching; a4 add Alpha Werkdruk; focusgroup add Alpha --date 2022-11-14;
            subgroup add 1 A --lead Noor; subgroup add 1 B --lead Sem;
            subgroup join A +WOE +WOE +WOE +WOE; subgroup join B +WOE +WOE +WOE +WOE
            """).status, 0)
        let before = try Veldwerk.dump(project)
        // Two processes at once, each entering its own subgroup's votes.
        let noor = Veldwerk.process([project, "--as", "Noor", "-c", "pie ALP-WOE-01 1:50 2:50; pie ALP-WOE-02 3; pie ALP-WOE-03 1 2 3; consensus 1/A 1:60 3:40"])
        let sem = Veldwerk.process([project, "--as", "Sem", "-c", "pie ALP-WOE-05 2:70 3:30; pie ALP-WOE-06 1; consensus 1/B 2"])
        for p in [noor, sem] { p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle.nullDevice; try p.run() }
        for p in [noor, sem] { p.waitUntilExit(); XCTAssertEqual(p.terminationStatus, 0) }
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM pie"), "7")

        // Sem undoes all of his; Noor's votes are all still there, and the other way round.
        for _ in 0..<3 { XCTAssertEqual(try run("Sem", "undo").status, 0) }
        XCTAssertEqual(try run("Sem", "undo").status, 1, "Sem has nothing left to undo but the set-up, which is Noor's")
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM pie"), "4")
        for _ in 0..<4 { XCTAssertEqual(try run("Noor", "undo").status, 0) }
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM pie"), "0")
        // And the set-up is as it was, row for row, apart from the log.
        let after = try Veldwerk.dump(project)
        func data(_ dump: String) -> [String] {
            dump.split(separator: "\n").filter { $0.hasPrefix("INSERT INTO") && !$0.contains("INTO change") && !$0.contains("INTO undo_") && !$0.contains("sqlite_sequence") }.map(String.init)
        }
        XCTAssertEqual(data(after), data(before))
    }

    func testMergeThenUndoThenRedo() throws {
        XCTAssertEqual(try run("Noor", """
            team add Alpha --code ALP; role add WOE; codebook add Regie; codebook add Coaching;
            a4 add Alpha Regie; a4 add Alpha Coaching; focusgroup add Alpha --date 2022-11-14;
            subgroup add 1 A; subgroup join A +WOE +WOE +WOE +WOE; pie ALP-WOE-01 1:50 2:50; pie ALP-WOE-02 2
            """).status, 0)
        let tally = try run("Noor", "tally 1 --json").out
        XCTAssertEqual(try run("Sem", "merge 1 1 2 --as Samen").status, 0)
        XCTAssertNotEqual(try run("Noor", "tally 1 --json").out, tally)
        XCTAssertTrue(try run("Noor", "undo 14").err.contains("not yours"))
        XCTAssertEqual(try run("Sem", "undo").status, 0)
        XCTAssertEqual(try run("Noor", "tally 1 --json").out, tally)
        XCTAssertEqual(try run("Sem", "redo").status, 0)
        XCTAssertTrue(try run("Noor", "tally 1").out.contains("Samen"))
    }
}
