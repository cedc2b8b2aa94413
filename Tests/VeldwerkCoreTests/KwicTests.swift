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
}
