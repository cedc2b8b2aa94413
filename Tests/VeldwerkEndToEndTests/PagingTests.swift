import Foundation
import XCTest

/// `segments` at a terminal shows a page at a time and asks before the next; piped, it prints all.
final class PagingTests: XCTestCase {
    var project: String!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("needs script(1) from util-linux") }
        project = try Veldwerk.newProject()
        let text = (1...30).map { "R: Over de regie bij casus \($0), en wie wat doet." }.joined(separator: "\n\n")
        try text.write(toFile: project + "/t.txt", atomically: true, encoding: .utf8)
        let coding = (1...30).map { "code 1 \($0) Regie" }.joined(separator: "; ")
        let setup = try Veldwerk.run([project, "-c", "researcher add Noor; as Noor; team add T --code T; role add R; participant add --team T --role R; "
                                        + "interview add T-R-01 --date 2022-03-01 --interviewer Noor; transcript import \(project!)/t.txt --interview 1; "
                                        + "codebook add Regie; " + coding])
        XCTAssertEqual(setup.status, 0, setup.err)
    }

    override func tearDownWithError() throws {
        if let project { try? FileManager.default.removeItem(atPath: project) }
    }

    /// Types `lines` at the prompt of a real terminal, 24 rows high.
    func prompt(_ lines: [String]) throws -> String {
        let r = try Veldwerk.prompt(project, lines, before: "stty rows 24 cols 100; ")
        XCTAssertNotEqual(r.status, -1, "the prompt did not finish")
        return r.output
    }

    func testSegmentsPageAtATerminalAndStopOnQ() throws {
        // 24 rows hold four quotes a page: Enter shows the next four, q stops.
        let out = try prompt(["segments Regie", "", "q", "team list"])
        XCTAssertTrue(out.contains("-- 4 of 30 shown · Enter for more, q to stop --"), out)
        XCTAssertTrue(out.contains("-- 8 of 30 shown"), out)
        XCTAssertTrue(out.contains("22 more not shown"), out)
        XCTAssertTrue(out.contains("casus 8,"), out)
        XCTAssertFalse(out.contains("casus 9,"), out)
        // The prompt goes on after the pager: the next command ran.
        XCTAssertTrue(out.contains("participants"), out)
    }

    func testPipedOutputIsNeverPaged() throws {
        let r = try Veldwerk.run([project, "-c", "segments Regie"])
        XCTAssertEqual(r.status, 0)
        XCTAssertFalse(r.out.contains("shown ·"))
        XCTAssertEqual(r.out.components(separatedBy: "\n#").count, 30)
    }
}
