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
        XCTAssertEqual(NumberFormat.compact(100), "100", "zeros before the point stay")
        XCTAssertEqual(NumberFormat.compact(-0.001), "0")
        XCTAssertEqual(NumberFormat.compact(1.5e16), "1.5e+16")
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
        let split = TranscriptText.paragraphsWithText(of: text)
        XCTAssertEqual(split.count, 3)
        XCTAssertEqual(split.map(\.text), split.map { TranscriptText.slice(text, $0.paragraph.start, $0.paragraph.end) })
        XCTAssertEqual(split.last?.text, "Nog één: ĳs")
        XCTAssertEqual(split.map(\.paragraph.speaker), ["I", "R", nil])
        XCTAssertEqual(TranscriptText.paragraphs(of: text), split.map(\.paragraph))
    }

    /// The byte-wise split gives what splitting the scalars line by line gives, on random texts
    /// of labels, colons, multi-byte letters, non-ASCII white space and blank lines.
    func testTheByteWiseSplitMatchesTheScalarRule() {
        let pieces = ["I: ", "R: ", "WOE:", "Respondent 2: ", "woord", " ", "  ", "\t", ":", "é", "e\u{301}", "👮🏽", "\u{00A0}",
                      "\u{2003}", "𝔸", "\n", "\n", "\n\n", "12:30", "Café-eigenaar: ", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...25, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = reference(text)
            let split = TranscriptText.paragraphsWithText(of: text)
            XCTAssertEqual(split.map(\.paragraph), expected, text.debugDescription)
            XCTAssertEqual(split.map(\.text), expected.map { TranscriptText.slice(text, $0.start, $0.end) }, text.debugDescription)
            XCTAssertEqual(TranscriptText.scalarCount(text), text.unicodeScalars.count)
            // Cutting all paragraphs in one pass, as the index and `transcript show` do, gives the same.
            XCTAssertEqual(TranscriptText.slices(text, expected.map { $0.start..<$0.end }), split.map(\.text), text.debugDescription)
        }
    }

    func testManySlicesInOnePassMatchOneByOne() {
        let text = "Één 👮🏽 café\u{301}s\n\nR: 𝔸 ĳs en nog wat"
        let count = text.unicodeScalars.count
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let spans = (0..<Int.random(in: 0...6, using: &generator)).map { _ -> Range<Int> in
                let a = Int.random(in: 0...count, using: &generator), b = Int.random(in: 0...count, using: &generator)
                return min(a, b)..<max(a, b)
            }.sorted { $0.lowerBound < $1.lowerBound }
            XCTAssertEqual(TranscriptText.slices(text, spans), spans.map { TranscriptText.slice(text, $0.lowerBound, $0.upperBound) }, "\(spans)")
        }
    }

    /// The rule written plainly over an array of scalars, one line at a time.
    private func reference(_ text: String) -> [TranscriptText.Paragraph] {
        let scalars = Array(text.unicodeScalars)
        var result: [TranscriptText.Paragraph] = []
        var current: (start: Int, end: Int, speaker: String?)?
        func close() {
            if var c = current {
                while c.end > c.start, scalars[c.end - 1] == " " || scalars[c.end - 1] == "\t" { c.end -= 1 }
                result.append(.init(number: result.count + 1, start: c.start, end: c.end, speaker: c.speaker))
            }
            current = nil
        }
        var lineStart = 0
        while lineStart <= scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            let line = String(String.UnicodeScalarView(scalars[lineStart..<lineEnd]))
            guard !line.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { close(); continue }
            var indent = 0
            while scalars[lineStart + indent] == " " || scalars[lineStart + indent] == "\t" { indent += 1 }
            let speaker = line.contains(":") ? TranscriptText.speakerLabel(in: line.trimmingWhitespace()) : nil
            if let c = current, speaker == nil {
                current = (c.start, lineEnd, c.speaker)
            } else {
                close()
                current = (lineStart + indent, lineEnd, speaker)
            }
        }
        close()
        return result
    }
}
