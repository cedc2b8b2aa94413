import XCTest
@testable import VeldwerkCore

final class DayTests: XCTestCase {
    func testParsesAndPrintsISODates() throws {
        XCTAssertEqual(try Day(parsing: "2024-03-18").description, "2024-03-18")
        XCTAssertEqual(try Day(parsing: "2024-02-29").day, 29)
    }

    func testRefusesWhatIsNotADay() {
        for bad in ["2023-02-29", "2024-13-01", "2024-00-10", "2024-3-18", "18-03-2024", "gisteren", "", "2024-03-18x", "２０２４-03-18"] {
            XCTAssertThrowsError(try Day(parsing: bad), bad) { error in
                XCTAssertTrue((error as! VeldwerkError).message.contains("YYYY-MM-DD"), bad)
            }
        }
    }

    func testOrdersChronologically() throws {
        XCTAssertLessThan(try Day(parsing: "2022-03-31"), try Day(parsing: "2022-04-01"))
    }
}

final class NumberFormatTests: XCTestCase {
    func testCompactDropsTrailingZeros() {
        XCTAssertEqual(NumberFormat.compact(160), "160")
        XCTAssertEqual(NumberFormat.compact(142.5), "142.5")
        XCTAssertEqual(NumberFormat.compact(1.0 / 3.0), "0.33")
        XCTAssertEqual(NumberFormat.compact(-0.001), "0")
    }

    func testFixedRoundsHalfAwayFromZero() {
        XCTAssertEqual(NumberFormat.fixed(0.125, decimals: 2), "0.13")
        XCTAssertEqual(NumberFormat.fixed(-2.5, decimals: 0), "-3")
        XCTAssertEqual(NumberFormat.fixed(1, decimals: 2), "1.00")
    }
}

final class NameSuggestionTests: XCTestCase {
    func testFindsTyposAndIgnoresStrangers() {
        let commands = ["team", "role", "participant", "researcher", "interview", "undo"]
        XCTAssertEqual(NameSuggestion.nearest(to: "tema", in: commands), "team")
        XCTAssertEqual(NameSuggestion.nearest(to: "particpant", in: commands), "participant")
        XCTAssertEqual(NameSuggestion.nearest(to: "res", in: commands), "researcher")
        XCTAssertNil(NameSuggestion.nearest(to: "banana", in: commands))
    }

    func testDistanceCountsASwapAsOneEdit() {
        XCTAssertEqual(NameSuggestion.distance(Array("ab"), Array("ba")), 1)
        XCTAssertEqual(NameSuggestion.distance(Array("kitten"), Array("sitting")), 3)
    }
}

final class PseudonymTests: XCTestCase {
    func testCodesFromNames() {
        XCTAssertEqual(Pseudonym.code(for: "Almere Stad-Haven"), "ASH")
        XCTAssertEqual(Pseudonym.code(for: "Amersfoort"), "AME")
        XCTAssertEqual(Pseudonym.code(for: "Écluse"), "ECL")
    }

    func testNextNumberFollowsTheHighest() {
        XCTAssertEqual(Pseudonym.next(teamCode: "AMF", roleCode: "WOE", existing: []), "AMF-WOE-01")
        XCTAssertEqual(Pseudonym.next(teamCode: "AMF", roleCode: "WOE", existing: ["AMF-WOE-01", "AMF-WOE-07", "AMF-WA-09"]), "AMF-WOE-08")
        XCTAssertEqual(Pseudonym.next(teamCode: "X", roleCode: "Y", existing: (1...10).map { "X-Y-\($0 < 10 ? "0" : "")\($0)" }), "X-Y-11")
        // Numbers of 18 digits count, longer ones do not; none is made past the last.
        XCTAssertEqual(Pseudonym.next(teamCode: "X", roleCode: "Y", existing: ["X-Y-99999999999999998", "X-Y-1000000000000000000"]), "X-Y-99999999999999999")
        XCTAssertNil(Pseudonym.next(teamCode: "X", roleCode: "Y", existing: ["X-Y-999999999999999999"]))
    }

    func testChosenPseudonymsAreChecked() {
        XCTAssertNoThrow(try Pseudonym.validated("AMF-WOE-01"))
        XCTAssertThrowsError(try Pseudonym.validated("Jan de Vries"))
        XCTAssertThrowsError(try Pseudonym.validated("x'; DROP TABLE team;--"))
    }
}

final class NamesTests: XCTestCase {
    func testTrimsAndRefusesControlCharacters() throws {
        XCTAssertEqual(try Names.validated("  Amersfoort \t", what: "team name"), "Amersfoort")
        XCTAssertThrowsError(try Names.validated("", what: "team name"))
        XCTAssertThrowsError(try Names.validated("a\u{0007}b", what: "team name"))
        XCTAssertThrowsError(try Names.validated("evil\u{202E}txt", what: "team name"))
        XCTAssertThrowsError(try Names.validated(String(repeating: "x", count: 201), what: "team name"))
        XCTAssertEqual(try Names.validated("Robert'); DROP TABLE team;--", what: "team name"), "Robert'); DROP TABLE team;--")
    }

    func testListsSplitOnCommasAndRefuseDoubles() throws {
        XCTAssertEqual(try Names.list("Noord, Oost ,Zuid", what: "area"), ["Noord", "Oost", "Zuid"])
        XCTAssertEqual(try Names.list(nil, what: "area"), [])
        XCTAssertThrowsError(try Names.list("Noord,noord", what: "area"))
    }
}

final class JSONValueTests: XCTestCase {
    func testKeepsKeyOrderAndEscapes() {
        let v = JSONValue.object([("b", .int(1)), ("a", .string("x\"y\n\u{1}")), ("n", .number(0.5, decimals: 2)), ("z", .null)])
        XCTAssertEqual(v.serialized(pretty: false), #"{"b":1,"a":"x\"y\n\u0001","n":0.5,"z":null}"#)
    }
}
