import Foundation
import XCTest
@testable import VeldwerkCore
@testable import VeldwerkImport

final class TranscriptReaderTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    func testDocxParagraphsLineBreaksAndTabsFormattingIgnored() throws {
        let t = try TranscriptReader.read(path: fixture("sample.docx"))
        XCTAssertEqual(t.text, "Interview WOE\n\nI: Hoe begon het?\nR: Met een café\ten een casus.\nTweede regel & meer.")
        let paragraphs = TranscriptText.paragraphs(of: t.text)
        XCTAssertEqual(paragraphs.map(\.speaker), [nil, "I", "R"])
        XCTAssertEqual(TranscriptText.slice(t.text, paragraphs[2].start, paragraphs[2].end), "R: Met een café\ten een casus.\nTweede regel & meer.")
    }

    func testTextIsNormalisedAndFingerprinted() throws {
        let t = try TranscriptReader.read(path: fixture("crlf-bom-nfd.txt"))
        XCTAssertEqual(t.text, "I: Café?\nR: Ja, het café.\n\nEen tweede alinea.")
        XCTAssertFalse(t.text.contains("\r"))
        XCTAssertEqual(t.sha256, TranscriptReader.fingerprint("I: Café?\nR: Ja, het café.\n\nEen tweede alinea."))
        XCTAssertEqual(t.sha256.count, 64)
    }

    func testBadFilesAreRefusedWithAReason() {
        let cases = [
            ("binary.txt", "binary data"), ("latin1.txt", "not valid UTF-8"), ("empty.txt", "empty"),
            ("notzip.docx", "not a zip"), ("notword.docx", "not a Word document"), ("bomb.docx", "zip bomb"),
            ("missing.txt", "no file"), ("sample.pdf", "no file"),
            // Found by the fuzzer: an entry claiming more data than the file holds made the zip reader loop forever.
            ("entry-past-end.docx", "cut off"),
        ]
        for (name, needle) in cases {
            XCTAssertThrowsError(try TranscriptReader.read(path: fixture(name)), name) { error in
                XCTAssertTrue("\(error)".contains(needle), "\(name): \(error)")
            }
        }
    }

    func testOnlyKnownExtensions() throws {
        let path = NSTemporaryDirectory() + "notes-\(UUID().uuidString).rtf"
        try "{\\rtf1 hello}".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertThrowsError(try TranscriptReader.read(path: path)) { XCTAssertTrue("\($0)".contains(".txt, .md and .docx")) }
    }
}

final class ParagraphTests: XCTestCase {
    func testBlankLinesAndSpeakerLabelsSeparateParagraphs() {
        let text = "I: Vraag een\nR: Antwoord\nloopt door\n\nLet op: dit is geen spreker\n  Respondent 2: wel een spreker"
        let p = TranscriptText.paragraphs(of: text)
        XCTAssertEqual(p.map(\.speaker), ["I", "R", nil, "Respondent 2"])
        XCTAssertEqual(TranscriptText.slice(text, p[1].start, p[1].end), "R: Antwoord\nloopt door")
        XCTAssertEqual(TranscriptText.slice(text, p[3].start, p[3].end), "Respondent 2: wel een spreker")
        XCTAssertEqual(p.map(\.number), [1, 2, 3, 4])
    }

    func testOffsetsCountUnicodeScalars() {
        let text = "R: e\u{301}én 👮🏽 ĳs"
        let found = TranscriptText.occurrences(of: "ĳs", in: text)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(TranscriptText.slice(text, found[0].lowerBound, found[0].upperBound), "ĳs")
        XCTAssertEqual(text.unicodeScalars.count, found[0].upperBound)
    }

    func testSpeakerLabels() {
        XCTAssertEqual(TranscriptText.speakerLabel(in: "WOE: zegt iets"), "WOE")
        XCTAssertEqual(TranscriptText.speakerLabel(in: "Interviewer: vraag"), "Interviewer")
        XCTAssertNil(TranscriptText.speakerLabel(in: "Om 10:30 uur begon het"))
        XCTAssertNil(TranscriptText.speakerLabel(in: "http://example.org"))
        XCTAssertNil(TranscriptText.speakerLabel(in: "geen label hier"))
    }
}
