import XCTest
@testable import VeldwerkCore

final class NameScrubberTests: XCTestCase {
    let s = NameScrubber(realNames: ["Jan de Vries", "Anouk Hendriks", "Bo Li"], marker: "[…]")

    func testFullNamesSurnamesAndLastNamesInAnyCase() {
        XCTAssertEqual(s.scrub("Jan de Vries zei het."), "[…] zei het.")
        XCTAssertEqual(s.scrub("volgens de vries en DE VRIES"), "volgens […] en […]")
        XCTAssertEqual(s.scrub("Vries-achtig, Vriesland"), "[…]-achtig, Vriesland")
        XCTAssertEqual(s.scrub("hendriks"), "[…]")
    }

    func testAFirstNameGoesOnlyWhereTheSurnameIsInTheSameText() {
        XCTAssertEqual(s.scrub("Anouk Hendriks belde. Later zei Anouk dat het klopte."), "[…] belde. Later zei […] dat het klopte.")
        XCTAssertEqual(s.scrub("Hendriks was er; anouk ook."), "[…] was er; […] ook.")
        // Without the surname, a first name may be anyone's word: left alone.
        XCTAssertEqual(s.scrub("Anouk en Jan kwamen."), "Anouk en Jan kwamen.")
        // Short surnames (under three letters) are not replaced alone; the full name still is.
        XCTAssertEqual(s.scrub("Bo Li kwam; Li niet."), "[…] kwam; Li niet.")
    }

    func testKeepingLengthKeepsEveryOffsetAndNumbersAreNotNames() {
        let s = NameScrubber(realNames: ["Jan de Vries", "Person 100", "Anna Müller-Smit"], marker: "[…]")
        let text = "Jan de Vries en DE VRIES zagen 100 meldingen; Person 100 en Müller-Smit ook."
        let out = s.scrubKeepingLength(text)
        XCTAssertEqual(out.unicodeScalars.count, text.unicodeScalars.count)
        XCTAssertEqual(out, "▮▮▮▮▮▮▮▮▮▮▮▮ en ▮▮▮▮▮▮▮▮ zagen 100 meldingen; ▮▮▮▮▮▮▮▮▮▮ en ▮▮▮▮▮▮▮▮▮▮▮ ook.")
        // A name whose words are not all in a text leaves the text as it is.
        XCTAssertEqual(s.scrub("Vriesland en Persoon 100"), "Vriesland en Persoon 100")
    }

    func testTextWithoutNamesIsUnchanged() {
        XCTAssertEqual(s.scrub(""), "")
        XCTAssertEqual(s.scrub("De wijkagent en de OE."), "De wijkagent en de OE.")
    }
}
