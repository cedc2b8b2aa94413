import XCTest
@testable import VeldwerkCore

final class SessionRulesTests: XCTestCase {
    func testAMomentIsADateOrAMomentAsSaidButNeverANonExistentDate() throws {
        XCTAssertEqual(try CaseMoment(parsing: "2023-01-12").date, try Day(parsing: "2023-01-12"))
        XCTAssertEqual(try CaseMoment(parsing: "2023-01-12 22:00").date, try Day(parsing: "2023-01-12"))
        XCTAssertNil(try CaseMoment(parsing: "avond, dag 1").date)
        XCTAssertEqual(try CaseMoment(parsing: "  de volgende ochtend ").text, "de volgende ochtend")
        XCTAssertThrowsError(try CaseMoment(parsing: "2023-02-30")) { XCTAssertTrue("\($0)".contains("no day 30"), "\($0)") }
        XCTAssertThrowsError(try CaseMoment(parsing: "2023-13-01"))
        XCTAssertThrowsError(try CaseMoment(parsing: "   "))
    }

    func testTimelinePutsDatedEventsFirstByDateThenTheOthersAsTyped() throws {
        let typed = ["avond, dag 1", "2023-01-12", "de volgende ochtend", "2023-01-11", "2023-01-12"]
        let moments = try typed.map { try CaseMoment(parsing: $0) }
        let order = CaseMoment.timelineOrder(Array(moments.enumerated())) { $0.element }.map(\.offset)
        XCTAssertEqual(order, [3, 1, 4, 0, 2])
    }

    func testKindsAndOutcomesRefuseWhatTheyDoNotKnow() {
        XCTAssertEqual(try SessionKind.parse("Casusleren"), .casusleren)
        XCTAssertThrowsError(try SessionKind.parse("vergadering")) { XCTAssertTrue("\($0)".contains("ontwikkelbijeenkomst")) }
        XCTAssertEqual(try FollowUp.parse("not-followed"), .notFollowed)
        XCTAssertThrowsError(try FollowUp.parse("vergeten"))
        XCTAssertEqual(try CaseRemark.parseFactor("hindering"), .hindering)
        XCTAssertThrowsError(try CaseRemark.parseFactor("went-well"))
        XCTAssertThrowsError(try CaseRemark.parseLesson("helping"))
        XCTAssertThrowsError(try CaseOutcome.parse("matig"))
    }
}
