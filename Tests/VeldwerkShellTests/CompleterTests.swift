import XCTest
@testable import VeldwerkShell
import VeldwerkCore

final class CompleterTests: XCTestCase {
    let completer = Completer { kind in
        switch kind {
        case .team: return ["Amersfoort", "Almere Stad-Haven", "Utrecht-Zuid"]
        case .role: return ["WOE", "wijkagent", "OE"]
        case .participant: return ["AMF-WOE-01", "AMF-WA-01", "UTZ-OE-07"]
        case .researcher: return ["Noor", "Sem"]
        case .code: return ["Rolduidelijkheid", "Rolverdeling bij complexe casuïstiek", "Coaching van wijkagenten"]
        case .session: return ["1", "2", "12"]
        case .learningCase: return ["1", "2"]
        }
    }

    func testSessionsCasesAndTheirKindsComplete() {
        XCTAssertEqual(completer.complete(before: "session add Amersfoort --kind ", word: "c"), .words(["casusleren"]))
        XCTAssertEqual(completer.complete(before: "session join ", word: "1"), .words(["1", "12"]))
        XCTAssertEqual(completer.complete(before: "case show ", word: ""), .words(["1", "2"]))
        XCTAssertEqual(completer.complete(before: "feedback check 3 ", word: "not"), .words(["not-followed"]))
        XCTAssertEqual(completer.complete(before: "case factor 1 ", word: "h"), .words(["helping", "hindering"]))
        XCTAssertEqual(completer.complete(before: "log add --session ", word: ""), .words(["1", "12", "2"]))
    }

    func testCommandNamesAndSubcommands() {
        XCTAssertEqual(completer.complete(before: "", word: "t"), .words(["tally", "team", "text", "theme", "timepie", "transcript"]))
        XCTAssertEqual(completer.complete(before: "", word: "re"), .words(["recognise", "redo", "researcher", "review"]))
        XCTAssertEqual(completer.complete(before: "board ", word: ""), .words(["reveal", "show"]))
        XCTAssertEqual(completer.complete(before: "team ", word: ""), .words(["add", "edit", "list", "show"]))
        XCTAssertEqual(completer.complete(before: "participant ", word: "s"), .words(["show"]))
        XCTAssertEqual(completer.complete(before: "team list; ", word: "un"), .words(["uncode", "undo"]))
    }

    func testOptionNamesNotYetUsed() {
        XCTAssertEqual(completer.complete(before: "participant add ", word: "--"), .words(["--id", "--name", "--role", "--team"]))
        XCTAssertEqual(completer.complete(before: "participant add --team AMF ", word: "--"), .words(["--id", "--name", "--role"]))
        XCTAssertEqual(completer.complete(before: "team list ", word: "--j"), .words(["--json"]))
        XCTAssertEqual(completer.complete(before: "team list --json ", word: "--j"), .words([]))
        XCTAssertEqual(completer.complete(before: "team list --json ", word: ""), .words([]))
        XCTAssertEqual(completer.complete(before: "participant list --team=AMF ", word: ""), .words(["--as-of", "--json", "--names", "--role"]))
    }

    func testProjectNamesWhereAValueOfThatKindGoes() {
        XCTAssertEqual(completer.complete(before: "participant add --team ", word: "A"), .words(["Almere Stad-Haven", "Amersfoort"]))
        XCTAssertEqual(completer.complete(before: "participant add --team AMF --role ", word: "w"), .words(["wijkagent", "WOE"]))
        XCTAssertEqual(completer.complete(before: "participant show ", word: "AMF"), .words(["AMF-WA-01", "AMF-WOE-01"]))
        XCTAssertEqual(completer.complete(before: "interview add ", word: "UTZ"), .words(["UTZ-OE-07"]))
        XCTAssertEqual(completer.complete(before: "interview add AMF-WOE-01 --date 2022-03-01 --interviewer ", word: ""), .words(["Noor", "Sem"]))
        XCTAssertEqual(completer.complete(before: "as ", word: "n"), .words(["Noor"]))
        XCTAssertEqual(completer.complete(before: "team show ", word: "U"), .words(["Utrecht-Zuid"]))
        XCTAssertEqual(completer.complete(before: "participant list --team \"Almere Stad-Haven\" --role ", word: "O"), .words(["OE"]))
    }

    func testCodesWhereACodeGoes() {
        XCTAssertEqual(completer.complete(before: "segments ", word: "Rol"), .words(["Rolduidelijkheid", "Rolverdeling bij complexe casuïstiek"]))
        XCTAssertEqual(completer.complete(before: "code 3 4-6 ", word: "Coa"), .words(["Coaching van wijkagenten"]))
        XCTAssertEqual(completer.complete(before: "code 3 4-6 Coaching --tension ", word: "d"), .words(["dilemma"]))
        XCTAssertEqual(completer.complete(before: "codebook import ", word: "Code"), .files)
    }

    func testHelpCompletesCommandWords() {
        XCTAssertEqual(completer.complete(before: "help ", word: "parti"), .words(["participant"]))
    }

    func testNothingWhereFreeTextGoes() {
        XCTAssertEqual(completer.complete(before: "team add ", word: "X"), .words([]))
        XCTAssertEqual(completer.complete(before: "tema ", word: ""), .words([]))
    }
}
