import Foundation
import XCTest

/// Big but legal input that used to take the square of its size: a long transcript of many
/// paragraphs, a long quote in it, and its undo; and a file of millions of empty paragraphs.
final class HostileSizesTests: XCTestCase {
    var project: String!

    override func setUpWithError() throws {
        project = try Veldwerk.newProject()
        XCTAssertEqual(try Veldwerk.run([project, "-c", "researcher add Noor; codebook add Regie"]).status, 0)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: project)
    }

    func testALongTranscriptImportsCodesAndUndoesInLinearTime() throws {
        // 7,600 paragraphs, 2.2 MB: over a minute before (every paragraph read the whole text back).
        var generator = SystemRandomNumberGenerator()
        let words = ["de", "wijkagent", "regie", "casus", "overleg", "zorg", "buurt", "melding", "gesprek", "team"]
        let paragraphs = (0..<7_600).map { i in "p\(i) " + (0..<45).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ") }
        let file = project + "/long.txt"
        try paragraphs.joined(separator: "\n\n").write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try Veldwerk.run([project, "--as", "Noor", "--json", "-c", "transcript import \(file)"])
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertTrue(imported.out.contains("\"paragraphs\": 7600"), imported.out)
        // A quote of about 2,000 characters that occurs once (it starts with a paragraph marker).
        let quote = String(paragraphs[5000...].joined(separator: "\n\n").prefix(2_000))
        let coded = try Veldwerk.run([project, "--as", "Noor", "-c", "code 1 \"\(quote)\" Regie"])
        XCTAssertEqual(coded.status, 0, coded.err)
        XCTAssertTrue(coded.out.hasPrefix("segment 1: transcript 1 ¶5001"), coded.out)
        XCTAssertTrue(try Veldwerk.run([project, "-c", "search p7599"]).out.contains("p7599"))
        // Undo the coding and the import: the index goes with it.
        XCTAssertEqual(try Veldwerk.run([project, "--as", "Noor", "-c", "undo; undo"]).status, 0)
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM paragraph; INSERT INTO paragraph_fts(paragraph_fts, rank) VALUES ('integrity-check', 1); SELECT count(*) FROM paragraph_fts"), "0\n0")
    }

    func testMillionsOfEmptyParagraphsAreRefused() throws {
        let file = project + "/a.txt"
        try String(repeating: "a\n\n", count: 3_300_000).write(toFile: file, atomically: true, encoding: .utf8)
        let r = try Veldwerk.run([project, "--as", "Noor", "-c", "transcript import \(file)"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("3300000 paragraphs, more than the 100000"), r.err)
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM document"), "0")
    }
}
