import XCTest
import VeldwerkCommands
import VeldwerkCore

final class LineTokenizerTests: XCTestCase {
    func testShellLikeWords() throws {
        XCTAssertEqual(try LineTokenizer.commands(in: #"team add "Almere Stad-Haven" --code ASH"#), [["team", "add", "Almere Stad-Haven", "--code", "ASH"]])
        XCTAssertEqual(try LineTokenizer.commands(in: "a 'b \"c' d\\ e"), [["a", "b \"c", "d e"]])
        XCTAssertEqual(try LineTokenizer.commands(in: #"say "a \"q\" \\ b""#), [["say", #"a "q" \ b"#]])
        XCTAssertEqual(try LineTokenizer.commands(in: #"x """#), [["x", ""]])
    }

    /// Characters of more than one byte pass through quotes, escapes and plain words whole.
    func testWordsKeepCharactersBeyondASCII() throws {
        XCTAssertEqual(try LineTokenizer.commands(in: "café \\é 'ü ß' \"ö\\\"€\\é\";👮 x\u{00A0}y"),
                       [["café", "é", "ü ß", "ö\"€\\é"], ["👮", "x\u{00A0}y"]])
        let words = ["log", "add", "Überleg: \"één\" — 👮‍♀️ \\ ok", "naïef;"]
        XCTAssertEqual(try LineTokenizer.commands(in: LineTokenizer.line(from: words)), [words])
    }

    func testSemicolonsAndComments() throws {
        XCTAssertEqual(try LineTokenizer.commands(in: "team list; role list ;; undo # not this; nor this"), [["team", "list"], ["role", "list"], ["undo"]])
        XCTAssertEqual(try LineTokenizer.commands(in: "# only a comment"), [])
        XCTAssertEqual(try LineTokenizer.commands(in: "tag a#b \"#c\""), [["tag", "a#b", "#c"]])
    }

    func testUnterminatedQuotesAreErrors() {
        XCTAssertThrowsError(try LineTokenizer.commands(in: "team add \"Utrecht"))
        XCTAssertThrowsError(try LineTokenizer.commands(in: "team add 'Utrecht"))
    }

    func testLinesRoundTrip() throws {
        let words = ["participant", "add", "--name", "Jan \"de\" Vries", "x;y", "#z", "a\\b", ""]
        XCTAssertEqual(try LineTokenizer.commands(in: LineTokenizer.line(from: words)), [words])
    }
}

final class RedactionTests: XCTestCase {
    func testRealNamesAreHiddenInLoggedLines() {
        XCTAssertEqual(CommandCatalog.redacted(line: #"participant add --team AMF --role WOE --name "Jan de Vries""#),
                       "participant add --team AMF --role WOE --name (hidden)")
        XCTAssertEqual(CommandCatalog.redacted(line: "participant add --name=Jan --team AMF --role WOE"),
                       "participant add --name=(hidden) --team AMF --role WOE")
        XCTAssertEqual(CommandCatalog.redacted(line: "team add Amersfoort"), "team add Amersfoort")
    }
}
