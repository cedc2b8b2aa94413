import Foundation
import XCTest

/// The prompt's history file, driven through a real terminal (`script` gives the binary a tty).
final class PromptHistoryTests: XCTestCase {
    var project: String!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("needs script(1) from util-linux") }
        project = try Veldwerk.newProject()
        XCTAssertEqual(try Veldwerk.run([project, "-c", "team add T --code T; role add R"]).status, 0)
    }

    override func tearDownWithError() throws {
        if let project { try? FileManager.default.removeItem(atPath: project) }
    }

    func prompt(_ lines: [String]) throws -> (output: String, status: Int32) {
        try Veldwerk.prompt(project, lines)
    }

    var historyPath: String { project + "/.veldwerk_history" }

    func testTheHistoryFileIsPrivateAndKeepsNoRealNames() throws {
        let r = try prompt(["participant add --team T --role R --name \"Jan Geheim\"", "participant list"])
        XCTAssertEqual(r.status, 0, r.output)
        XCTAssertTrue(r.output.contains("T-R-01"), r.output)
        let kept = try String(contentsOfFile: historyPath, encoding: .utf8)
        XCTAssertTrue(kept.contains("participant add --team T --role R --name (hidden)"), kept)
        XCTAssertFalse(kept.contains("Geheim"), kept)
        let mode = (try FileManager.default.attributesOfItem(atPath: historyPath)[.posixPermissions] as? Int) ?? 0
        XCTAssertEqual(mode, 0o600)
    }

    func testAFIFONamedLikeTheHistoryDoesNotBlockThePrompt() throws {
        XCTAssertEqual(mkfifo(historyPath, 0o600), 0)
        let r = try prompt(["role list"])
        XCTAssertEqual(r.status, 0, "the prompt ran and ended: \(r.output)")
        XCTAssertTrue(r.output.contains("not a regular file"), r.output)
        XCTAssertTrue(r.output.contains("R "), r.output)
    }

    func testAHistoryLinkIsNotFollowed() throws {
        let outside = project + "-outside.txt"
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try "before\n".write(toFile: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: historyPath, withDestinationPath: outside)
        let r = try prompt(["participant add --team T --role R --name \"Jan Geheim\""])
        XCTAssertEqual(r.status, 0, r.output)
        XCTAssertTrue(r.output.contains("not a regular file"), r.output)
        XCTAssertEqual(try String(contentsOfFile: outside, encoding: .utf8), "before\n")
    }
}
