import XCTest
@testable import VeldwerkCore

final class TimelineTests: XCTestCase {
    let moves = [
        PersonMove(date: "", team: "Utrecht-Zuid", role: "WOE"),
        PersonMove(date: "2024-01-15", team: "Almere"),
        // Recorded later for an earlier day: it changes only the role, and from its own day on.
        PersonMove(date: "2023-09-01", role: "OSA", portfolio: "Jeugd"),
    ]

    func testAPersonStandsWhereTheLatestMovesOnOrBeforeTheDayPutThem() {
        XCTAssertEqual(PeopleTimeline.state(moves, on: "2022-06-07"), PersonState(team: "Utrecht-Zuid", role: "WOE", portfolio: nil, area: nil))
        XCTAssertEqual(PeopleTimeline.state(moves, on: "2023-09-01"), PersonState(team: "Utrecht-Zuid", role: "OSA", portfolio: "Jeugd", area: nil))
        XCTAssertEqual(PeopleTimeline.state(moves, on: "2024-01-14")?.team, "Utrecht-Zuid")
        // The team move of 2024 keeps the role recorded for 2023, though it was typed before it.
        XCTAssertEqual(PeopleTimeline.state(moves, on: "2024-06-01"), PersonState(team: "Almere", role: "OSA", portfolio: "Jeugd", area: nil))
        XCTAssertEqual(PeopleTimeline.latest(moves), PeopleTimeline.state(moves, on: "2030-01-01"))
    }

    func testSomeoneWithoutAFirstStateHasNoneBeforeTheirFirstMove() {
        let joined = [PersonMove(date: "2023-06-01", team: "Almere", role: "WOE")]
        XCTAssertNil(PeopleTimeline.state(joined, on: "2023-05-31"))
        XCTAssertEqual(PeopleTimeline.state(joined, on: "2023-06-01")?.role, "WOE")
    }

    func testAValueOverTimeIsTheOneInForceThatDayAndTheLaterOfTwoOnOneDay() {
        let positions: [(date: String, value: String)] = [("", "eerst"), ("2024-01-15", "later"), ("2024-01-15", "die dag herzien")]
        XCTAssertEqual(PeopleTimeline.value(positions, on: "2023-12-31"), "eerst")
        XCTAssertEqual(PeopleTimeline.value(positions, on: "2024-01-15"), "die dag herzien")
        XCTAssertNil(PeopleTimeline.value([(date: "2024-01-15", value: "x")], on: "2024-01-14"))
    }

    func testThePhaseOnADayIsTheOneBegunByThenAndNotYetOver() throws {
        let spans = [PhaseSpan(phase: .verkennen, from: "2022-06-01", to: "2022-10-31"),
                     PhaseSpan(phase: .terugkoppelen, from: "2022-11-01", to: "2022-12-31"),
                     PhaseSpan(phase: .implementeren, from: "2023-06-01", to: nil)]
        XCTAssertEqual(PhaseSpan.current(spans, on: "2022-10-31")?.phase, .verkennen)
        XCTAssertEqual(PhaseSpan.current(spans, on: "2022-11-01")?.phase, .terugkoppelen)
        XCTAssertNil(PhaseSpan.current(spans, on: "2023-02-15"), "between phases")
        XCTAssertEqual(PhaseSpan.current(spans, on: "2025-01-01")?.phase, .implementeren)
        XCTAssertNil(PhaseSpan.current(spans, on: "2022-05-31"))
        XCTAssertEqual(try Phase.parse("Concretiseren"), .concretiseren)
        XCTAssertThrowsError(try Phase.parse("opruimen"))
    }

    func testAnActionsPathAndItsStatusOnADay() throws {
        let steps = [StatusStep(status: .idea, date: "2023-02-14", note: nil), StatusStep(status: .started, date: "2024-01-08", note: nil),
                     StatusStep(status: .stopped, date: "2024-12-20", note: "niet verlengd")]
        XCTAssertEqual(StatusStep.path(steps), "idea (2023-02-14) → started (2024-01-08) → stopped (2024-12-20)")
        XCTAssertNil(StatusStep.status(steps, on: "2023-02-13"), "not yet an action")
        XCTAssertEqual(StatusStep.status(steps, on: "2023-12-31"), .idea)
        XCTAssertEqual(StatusStep.status(steps, on: "2024-12-20"), .stopped)
        XCTAssertEqual(StatusStep.path([StatusStep(status: .ongoing, date: "", note: nil)]), "ongoing", "an undated first step")
        XCTAssertEqual(try ActionStatus.parse("Stopped"), .stopped)
        XCTAssertEqual(try PlanScope.parse("Landelijk"), .landelijk)
        XCTAssertThrowsError(try PlanScope.parse("wereldwijd")) { XCTAssertTrue("\($0)".contains("basisteam, district, eenheid or landelijk")) }
    }
}
