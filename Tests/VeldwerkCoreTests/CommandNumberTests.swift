import XCTest
@testable import VeldwerkCore

final class CommandNumberTests: XCTestCase {
    func testOnlyASCIIDigitsAreNumbers() {
        for text in ["½", "٣", "１", "²", "", "1٣", "+1", " 1", "0x10"] { XCTAssertNil(CommandNumber.integer(text), text) }
        XCTAssertEqual(CommandNumber.integer("0042"), 42)
        XCTAssertNil(CommandNumber.integer("1234567890"), "more digits than asked for")
    }

    func testDecimalsArePlainAndFinite() {
        for text in ["nan", "inf", "-inf", "1e3", "1E3", "0x1p3", "1.", ".5", "1.2.3", "--1", "١٢", "1e300"] {
            XCTAssertNil(CommandNumber.decimal(text), text)
        }
        XCTAssertEqual(CommandNumber.decimal("142.5"), 142.5)
        XCTAssertEqual(CommandNumber.decimal("-3"), -3)
        XCTAssertNil(CommandNumber.decimal("2000000000"), "outside the default range")
    }

    func testFormattingIsTotal() {
        XCTAssertEqual(NumberFormat.fixed(.nan, decimals: 2), "nan")
        XCTAssertEqual(NumberFormat.fixed(-.infinity, decimals: 1), "-inf")
        XCTAssertEqual(NumberFormat.fixed(1e300, decimals: 2), "1e+300")
        XCTAssertEqual(NumberFormat.compact(1e18), "1e+18")
        XCTAssertEqual(NumberFormat.fixed(2.5, decimals: 12), "2.500000000", "places are clamped to 9")
        XCTAssertEqual(NumberFormat.compact(142.5), "142.5")
        XCTAssertEqual(NumberFormat.distinct(99.999999, from: 100), "99.999999")
        XCTAssertEqual(NumberFormat.distinct(99.5, from: 100), "99.5")
        XCTAssertEqual(NumberFormat.distinct(99.99999999999, from: 100), "99.99999999999")
    }
}

final class OccurrenceTests: XCTestCase {
    func testOverlappingAndRepeatedOccurrences() {
        XCTAssertEqual(TranscriptText.occurrences(of: "aa", in: "aaaa"), [0..<2, 1..<3, 2..<4])
        XCTAssertEqual(TranscriptText.occurrences(of: "abab", in: "xababab"), [1..<5, 3..<7])
        XCTAssertEqual(TranscriptText.occurrences(of: "zz", in: "a"), [])
    }

    /// The case that took minutes: a long quote almost matching everywhere in a long text.
    func testALongNearMissInALongTextIsLinear() {
        let text = String(repeating: "a", count: 2_000_000)
        let quote = String(repeating: "a", count: 1_999) + "b"
        XCTAssertEqual(TranscriptText.occurrences(of: quote, in: text), [])
        XCTAssertEqual(TranscriptText.occurrences(of: String(quote.dropLast()), in: String(repeating: "a", count: 2_001)).count, 3)
    }
}

final class ParagraphTextTests: XCTestCase {
    func testParagraphTextsAreCutFromTheUTF8ExactlyAsTheScalarSlices() {
        let text = "I: Wie heeft de regie? 👮🏽\n\nR: De wijkagent, denk ik — in café\u{301}s niet.\n  ingesprongen 𝔸 tekst  \n\n\n\u{00A0}\n\nNog één: ĳs"
        let paragraphs = TranscriptText.paragraphs(of: text)
        XCTAssertEqual(paragraphs.count, 3)
        XCTAssertEqual(TranscriptText.texts(of: paragraphs, in: text), paragraphs.map { TranscriptText.slice(text, $0.start, $0.end) })
        XCTAssertEqual(TranscriptText.texts(of: paragraphs, in: text).last, "Nog één: ĳs")
        XCTAssertEqual(paragraphs.map(\.speaker), ["I", "R", nil])
    }
}
