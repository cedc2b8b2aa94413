import XCTest
@testable import VeldwerkCore

/// Paragraph splitting reads a line only up to its first colon; the label it finds must be the
/// one the whole trimmed line gives.
final class SpeakerLabelTests: XCTestCase {
    func reference(_ line: String) -> String? {
        line.contains(":") ? TranscriptText.speakerLabel(in: line.trimmingWhitespace()) : nil
    }

    func testTheLabelFromTheHeadOfALineIsTheWholeLinesLabel() {
        var lines = ["I: Wie heeft de regie?", "  WOE: ja", "Respondent 2: nee", "Respondent 2:", "R:x", "Tijd: 10:30 uur",
                     "Een heel lange zin met daarna pas: een dubbele punt", "Interviewer:\tgoed", "Respondent 1234: te lang",
                     "I : spatie voor", ": leeg", "R2: twee", "Café-eigenaar: ja", "\u{00C9}mile: é", "12: cijfer", "A.B.: afkorting",
                     "Woord woord: twee woorden", "Een twintig-letters-w: x", "Eenentwintigletterswo: x", "R:   ", "R:"]
        var generator = SystemRandomNumberGenerator()
        let pieces = ["I", "R", "WOE", "Respondent", " ", "  ", ":", ": ", "3", "x", "é", "\t", "-", ".", "abc", "Woord"]
        for _ in 0..<2_000 { lines.append((0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()) }
        for line in lines where !line.trimmingWhitespace().isEmpty {
            let found = TranscriptText.paragraphs(of: line).first?.speaker
            XCTAssertEqual(found, reference(line), "'\(line)'")
        }
    }

    /// The rule on a line's bytes.
    func ascii(_ line: String) -> String? {
        var line = line
        return line.withUTF8 { TranscriptText.asciiSpeakerLabel($0) }
    }

    /// Lines of ASCII only are decided on their bytes; the rule by characters gives the same, on
    /// every line built from a lead, a first word, a gap, a second word, a colon and what follows.
    func testTheASCIIRuleIsTheCharacterRule() {
        var lines = 0
        for lead in ["", " ", "\t"] {
            for first in ["I", "WOE", "Respondent", "respondent", "x.y-z", "ABCDEFGHIJKLMNOPQRST", "ABCDEFGHIJKLMNOPQRSTU", "1a", "_a", "Z", "a\r\nb"] {
                for gap in ["", " ", "  ", "\t"] {
                    for second in ["", "1", "12", "123", "1234", "a", "R2", "-"] {
                        for colon in [":", "", "::", " :"] {
                            for after in ["", " ja", "\tja", "x", "\r\n", " ", "\r"] {
                                let line = lead + first + gap + second + colon + after
                                XCTAssertEqual(ascii(line), TranscriptText.characterSpeakerLabel(in: line), line.debugDescription)
                                lines += 1
                            }
                        }
                    }
                }
            }
        }
        XCTAssertEqual(lines, 29_568)
        XCTAssertEqual(TranscriptText.speakerLabel(in: "Respondent 12: ja"), "Respondent 12")
        XCTAssertEqual(TranscriptText.speakerLabel(in: "Café-eigenaar: ja"), "Café-eigenaar")
        XCTAssertNil(TranscriptText.speakerLabel(in: "respondent 12: ja"))
    }

    /// Only a line's head up to its first colon and two bytes after it are read on the bytes;
    /// any other character there (a letter with an accent, a combining mark joining the colon or
    /// the space after it) sends the line to the rule by characters, and the answer is always
    /// that rule's answer.
    func testALineIsReadOnItsBytesOnlyWhereThatGivesTheCharacterRule() {
        var lines = 0
        for first in ["I", "Respondent", "Café", "É", "a\r\nb", "x"] {
            for second in ["", " 2", " é"] {
                for colon in [":", "", "::", ":\u{301}"] {
                    for after in ["", " ja", "\tja", " \u{301}ja", " é", "x", "\u{301}"] {
                        for tail in ["", " en café", " om 10:30", "\u{301}", "\n\nR: meer"] {
                            let line = first + second + colon + after + tail
                            XCTAssertEqual(TranscriptText.speakerLabel(in: line), TranscriptText.characterSpeakerLabel(in: line), line.debugDescription)
                            lines += 1
                        }
                    }
                }
            }
        }
        XCTAssertEqual(lines, 2_520)
        XCTAssertEqual(TranscriptText.speakerLabel(in: "R: een lange zin over de café-eigenaar"), "R")
        XCTAssertNil(TranscriptText.speakerLabel(in: "R: \u{301}ja"))
        XCTAssertNil(TranscriptText.speakerLabel(in: "De café-eigenaar belt iedereen, ook om 10:30 uur."))
    }
}
