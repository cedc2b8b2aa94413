import XCTest
@testable import VeldwerkCore

final class VotingRulesTests: XCTestCase {
    let first = VotingRules.Seat(focusGroup: 1, subgroup: 1)
    let second = VotingRules.Seat(focusGroup: 2, subgroup: 4)

    func testAVoteGoesToTheCurrentFocusGroupNeverTheLatest() throws {
        XCTAssertEqual(try VotingRules.seat(for: "P", among: [first, second], current: 1), first)
        XCTAssertEqual(try VotingRules.seat(for: "P", among: [first, second], current: 2), second)
        XCTAssertEqual(try VotingRules.seat(for: "P", among: [second], current: nil), second)
    }

    func testNoGuessBetweenFocusGroupsAndNoSeatNoVote() {
        XCTAssertThrowsError(try VotingRules.seat(for: "P", among: [first, second], current: nil)) {
            XCTAssertEqual(($0 as? VeldwerkError)?.message, "P sits in focus groups 1, 2; say which with 'focusgroup use N' first")
        }
        XCTAssertThrowsError(try VotingRules.seat(for: "P", among: [second], current: 1)) {
            XCTAssertEqual(($0 as? VeldwerkError)?.message, "P sits in no subgroup of focus group 1, the current one (but in 2); 'focusgroup use N' picks the focus group")
        }
        XCTAssertThrowsError(try VotingRules.seat(for: "P", among: [], current: nil))
    }

    func testSubgroupWarnings() {
        XCTAssertEqual(VotingRules.subgroupWarnings(name: "A", memberRoles: ["WOE", "OE", "wijkagent", "OE"]), [])
        XCTAssertEqual(VotingRules.subgroupWarnings(name: "A", memberRoles: ["WOE"]), ["subgroup 'A' now has 1 member; 4 to 6 work best"])
        XCTAssertEqual(VotingRules.subgroupWarnings(name: "B", memberRoles: Array(repeating: "WOE", count: 7)),
                       ["subgroup 'B' now has 7 members; 4 to 6 work best", "subgroup 'B' has only WOEs; mixed roles are the point of a subgroup"])
    }

    func testItemsAndMerges() throws {
        XCTAssertNoThrow(try VotingRules.checkVotable(item: 2, mergedInto: nil))
        XCTAssertThrowsError(try VotingRules.checkVotable(item: 2, mergedInto: 6))
        XCTAssertThrowsError(try VotingRules.checkDistinct([1, 2, 1]))
        XCTAssertNoThrow(try VotingRules.checkMerge([(1, nil), (3, nil)]))
        XCTAssertThrowsError(try VotingRules.checkMerge([(1, nil)]))
        XCTAssertThrowsError(try VotingRules.checkMerge([(1, nil), (1, nil)]))
        XCTAssertThrowsError(try VotingRules.checkMerge([(1, nil), (2, 5)]))
    }

    func testPieWarnings() {
        let two = [Pie.Slice(item: 1, share: 0.5), Pie.Slice(item: 3, share: 0.5)]
        XCTAssertEqual(VotingRules.sliceWarnings(two), ["only 2 of 3 slices given"])
        XCTAssertEqual(VotingRules.unrecognisedWarnings(pseudonym: "P", slices: two, recognised: [1]), ["P slices item 3 without having recognised it"])
        XCTAssertEqual(VotingRules.unrecognisedWarnings(pseudonym: "P", slices: two, recognised: []), [])
    }
}
