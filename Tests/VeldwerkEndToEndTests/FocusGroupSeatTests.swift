import Foundation
import XCTest

/// A participant in two focus groups: a vote without a current focus group is refused, not guessed.
final class FocusGroupSeatTests: XCTestCase {
    func testAVoteIsNeverGuessedBetweenFocusGroups() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let setup = try Veldwerk.run([project, "-c", """
            team add Alpha --code ALP; role add WOE; codebook add Regie; a4 add ALP Regie;
            focusgroup add ALP --date 2022-11-14; subgroup add 1 A; subgroup join A +WOE;
            focusgroup add ALP --date 2022-12-12; subgroup add 2 A; subgroup join 2/A ALP-WOE-01
            """])
        XCTAssertEqual(setup.status, 0, setup.err)
        let before = try Veldwerk.dump(project)
        let guess = try Veldwerk.run([project, "-c", "pie ALP-WOE-01 1"])
        XCTAssertEqual(guess.status, 1)
        XCTAssertEqual(guess.err, "error: ALP-WOE-01 sits in focus groups 1, 2; say which with 'focusgroup use N' first\n")
        XCTAssertEqual(try Veldwerk.dump(project), before)
        let chosen = try Veldwerk.run([project, "-c", "focusgroup use 1; pie ALP-WOE-01 1; recognise ALP-WOE-01 1"])
        XCTAssertEqual(chosen.status, 0, chosen.err)
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT focus_group_id FROM pie; SELECT focus_group_id FROM recognition"), "1\n1")
    }
}
