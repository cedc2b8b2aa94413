import XCTest
@testable import VeldwerkCore

/// The passage around a search hit: found without case or diacritics, shown as written.
final class KwicTests: XCTestCase {
    func testTheHitIsFoundFoldedAndShownAsWritten() {
        let text = "R: In het Café aan de Markt\nbespraken we de RÉGIE over de casus."
        XCTAssertEqual(Kwic.context(text, terms: ["regie"], width: 10), "…ken we de [RÉGIE] over de c…")
        XCTAssertEqual(Kwic.context(text, terms: ["cafe", "markt"], width: 4), "…het [Café] aan…")
        // The earliest of the terms decides.
        XCTAssertEqual(Kwic.context(text, terms: ["casus", "markt"], width: 3), "…de [Markt] be…")
    }

    func testByteScanFindsABytePlainlyAndNeverInsideALetter() {
        XCTAssertFalse(ByteScan.contains("", 0x0A))
        XCTAssertFalse(ByteScan.contains("café 👮🏽 ĳs", 0x0A))
        XCTAssertTrue(ByteScan.contains("café\nnog", 0x0A))
        XCTAssertTrue(ByteScan.contains("a\tb", 9))
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "é", "👮🏽", "\n", "\t", " ", "𝔸"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for byte: UInt8 in [9, 10, 0x20, 0xC3] {
                XCTAssertEqual(ByteScan.contains(text, byte), text.utf8.contains(byte), text.debugDescription)
            }
        }
        XCTAssertEqual(Quote.flattened("een\n\ttwee\ndrie"), "een twee drie")
    }

    func testNoHitGivesTheOpeningWords() {
        XCTAssertEqual(Kwic.context("een twee drie", terms: ["vier"], width: 45), "een twee drie")
    }

    func testFoldingKeepsEveryCharacterInItsPlace() {
        for c in ["é", "Ñ", "ĳ", "ß", "👮🏽", "e\u{301}", "A", "z", "1", " "].map(Character.init) {
            XCTAssertEqual(String(Kwic.foldCharacter(c)).count, 1, "\(c)")
        }
        XCTAssertEqual(Kwic.foldCharacter("É"), "e")
        XCTAssertEqual(Kwic.foldCharacter("e\u{301}"), "e")
    }

    func testDecomposedLettersAreFoundAndKeptWhole() {
        XCTAssertEqual(Kwic.context("de re\u{301}gie hier", terms: ["regie"], width: 3), "de [re\u{301}gie] hi…")
        XCTAssertEqual(Kwic.context("de regie hier", terms: ["re\u{301}gie"], width: 3), "de [regie] hi…")
    }

    /// The scalar search gives what a plain search over folded characters gives, on random text
    /// of precomposed and decomposed letters, capitals, ligatures and line breaks.
    func testAgreesWithAPlainCharacterSearch() {
        var rng = SplitMix(seed: 7)
        let alphabet = ["a", "A", "b", "é", "É", "e\u{301}", "E\u{301}", "e", "ĳ", "ß", " ", "\n", "\t", "ü"]
        let words = ["ae", "é", "ab", "e", "be", "ü a", "ß"]
        for _ in 0..<2_000 {
            let text = (0..<rng.next(40)).map { _ in alphabet[rng.next(alphabet.count)] }.joined()
            let terms = (0..<(1 + rng.next(2))).map { _ in words[rng.next(words.count)] }
            let width = 1 + rng.next(6)
            XCTAssertEqual(Kwic.context(text, terms: terms, width: width), reference(text, terms: terms, width: width),
                           "\(text.debugDescription) \(terms)")
        }
    }

    /// Search over whole characters, each folded on its own.
    private func reference(_ text: String, terms: [String], width: Int) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        let chars = Array(flat)
        let folded = chars.map(Kwic.foldCharacter)
        var hit: Range<Int>?
        for term in terms.map({ $0.map(Kwic.foldCharacter) }) where !term.isEmpty {
            if let start = Kwic.firstIndex(of: term, in: folded), hit == nil || start < hit!.lowerBound { hit = start..<(start + term.count) }
        }
        guard let hit else { return Quote.line(flat, limit: width * 2) }
        let from = max(0, hit.lowerBound - width), to = min(chars.count, hit.upperBound + width)
        return (from > 0 ? "…" : "") + String(chars[from..<hit.lowerBound]) + "[" + String(chars[hit]) + "]"
            + String(chars[hit.upperBound..<to]) + (to < chars.count ? "…" : "")
    }
}

/// A small seeded generator, so a failure can be replayed.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
