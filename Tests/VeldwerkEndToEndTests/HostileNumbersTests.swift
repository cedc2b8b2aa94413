import Foundation
import XCTest

/// Digits of other scripts, numbers out of any range, and terminals of absurd width: each a
/// one-line error (or a sane result), never a crash, and the project unchanged.
final class HostileNumbersTests: XCTestCase {
    var project: String!

    override func setUpWithError() throws {
        project = try Veldwerk.newProject()
        let file = ScriptTests.scripts.appendingPathComponent("files/interview-a.txt").path
        let r = try Veldwerk.run([project, "-c", """
            researcher add Noor; as Noor; team add T --code T; role add R; codebook add C; codebook add D; a4 add T C; a4 add T D;
            transcript import \(file); focusgroup add T --date 2022-11-01; subgroup add 1 A; subgroup join A +R +R
            """])
        XCTAssertEqual(r.status, 0, r.err)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: project)
    }

    func testEveryOddNumberIsAOneLineRefusal() throws {
        let before = try Veldwerk.dump(project)
        let refused: [(String, String)] = [
            ("transcript show 1 --para ½", "not a paragraph number"), ("transcript show 1 --para ٣", "not a paragraph number"),
            ("transcript show 1 --para １", "not a paragraph number"), ("transcript show 1 --para ²", "not a paragraph number"),
            ("transcript show 1 --para 1-٣", "not a paragraph number"), ("code 1 ٣ C", "does not occur"),
            ("team add X --fte nan", "invalid for '--fte"), ("team add X --fte inf", "invalid for '--fte"),
            ("team add X --fte 1e300", "invalid for '--fte"), ("team add X --fte 1e18", "invalid for '--fte"),
            ("team add X --fte=-1e300", "invalid for '--fte"), ("team edit T --fte nan", "invalid for '--fte"),
            ("team add X --fte 999999", "out of range"),
            ("pie T-R-01 1:1e300", "not a number"), ("pie T-R-01 1:1e308 2:1e308", "not a number"),
            ("pie T-R-01 1:1e18 2:5", "not a number"), ("pie T-R-01 1:1000000 2:5", "more than the whole pie"),
            ("pie T-R-01 1:nan", "not a number"), ("pie T-R-01 1:99.999999", "add up to 99.999999, not 100"),
            ("pie T-R-01 1:60 2:39.9999999", "add up to 99.9999999, not 100"),
            ("consensus A 1:1e300", "not a number"), ("timepie T-R-01 a:1e300", "not a percentage"),
            ("timepie T-R-01 a:inf", "not a percentage"), ("timepie T-R-01 a:99.99999", "add up to 99.99999, not 100"),
        ]
        for (command, needle) in refused {
            let r = try Veldwerk.run([project, "--as", "Noor", "-c", command])
            XCTAssertEqual(r.status, 1, "\(command): \(r.err)")
            XCTAssertEqual(r.out, "", command)
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, "\(command): \(r.err)")
            XCTAssertTrue(r.err.hasPrefix("error: ") && r.err.contains(needle), "\(command): \(r.err)")
        }
        XCTAssertEqual(try Veldwerk.dump(project), before)
    }

    func testACommandOfFiftyThousandWordsIsRefusedAtOnce() throws {
        for head in ["help", "transcript import", "subgroup join A"] {
            let line = head + String(repeating: " w", count: 50_000)
            let r = try Veldwerk.run([project, "-c", line])
            XCTAssertEqual(r.status, 1, head)
            XCTAssertTrue(r.err.contains("more than the 1000 Veldwerk takes"), "\(head): \(r.err.prefix(200))")
            XCTAssertEqual(r.err.split(separator: "\n").count, 1)
        }
    }

    func testAnAbsurdTerminalWidthIsClamped() throws {
        for columns in ["9223372036854775807", "0", "-5", "٣٣"] {
            let r = try Veldwerk.run([project, "-c", "transcript show 1"], env: ["COLUMNS": columns])
            XCTAssertEqual(r.status, 0, "\(columns): \(r.err)")
            XCTAssertFalse(r.out.isEmpty)
        }
    }
}
