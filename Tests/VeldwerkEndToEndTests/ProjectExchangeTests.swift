import Foundation
import XCTest
import ZIPFoundation

/// `project export`, `project import` and `project merge`, driven through the binary.
final class ProjectExchangeTests: XCTestCase {
    static let fixtures = DemoProject.repository.appendingPathComponent("Tests/VeldwerkImportTests/Fixtures")
    static let schema = fixtures.appendingPathComponent("REFI-QDA_Project-mrt2019.xsd").path

    // MARK: Helpers

    func temporary(_ name: String) -> String {
        let dir = NSTemporaryDirectory() + "veldwerk-exchange-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir + "/" + name
    }

    func project() throws -> String {
        let p = try Veldwerk.newProject()
        addTeardownBlock { try? FileManager.default.removeItem(atPath: p) }
        return p
    }

    @discardableResult
    func run(_ project: String, _ commands: String, as who: String? = nil, expectOK: Bool = true) throws -> Veldwerk.Result {
        let r = try Veldwerk.run([project, "-c", commands] + (who.map { ["--as", $0] } ?? []), cwd: DemoProject.repository.path)
        if expectOK { XCTAssertEqual(r.status, 0, "\(commands): \(r.err)") }
        return r
    }

    /// Every entry of a .qdpx, by name.
    func entries(_ path: String) throws -> [String: Data] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var out: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            out[entry.path] = data
        }
        return out
    }

    func qde(_ path: String) throws -> String { String(decoding: try XCTUnwrap(try entries(path)["project.qde"]), as: UTF8.self) }

    func validate(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let xml = temporary("project.qde")
        try Data(try qde(path).utf8).write(to: URL(fileURLWithPath: xml))
        let lint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let lint else { return XCTFail("xmllint is missing; install libxml2-utils (.ci/run does)", file: file, line: line) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: lint)
        p.arguments = ["--noout", "--schema", Self.schema, xml]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, message, file: file, line: line)
    }

    /// (start, end, code GUID, coder GUID) of every coding, by source GUID: what two projects
    /// must agree on to hold the same work.
    func codings(_ qde: String) -> [String] {
        var out: [String] = []
        var source = ""
        var selection = ""
        var coder = ""
        // Tag by tag: some producers write the whole project on one line.
        for line in qde.split(separator: "<") {
            if let g = attribute("guid", in: line), line.hasPrefix("TextSource ") { source = g }
            if line.hasPrefix("PlainTextSelection ") {
                selection = "\(attribute("startPosition", in: line) ?? "")-\(attribute("endPosition", in: line) ?? "")"
            }
            if line.hasPrefix("Coding ") { coder = attribute("creatingUser", in: line) ?? "" }
            if line.hasPrefix("CodeRef "), let code = attribute("targetGUID", in: line) {
                out.append("\(source.uppercased()) \(selection) \(code.uppercased()) \(coder.uppercased())")
            }
        }
        return out.sorted()
    }

    func attribute(_ name: String, in line: Substring) -> String? {
        guard let r = line.range(of: " \(name)=\"") else { return nil }
        return String(line[r.upperBound...].prefix { $0 != "\"" })
    }

    func lines(_ qde: String, containing tag: String) -> [String] {
        qde.split(separator: "\n").filter { $0.contains(tag) }.map { $0.trimmingCharacters(in: .whitespaces) }.sorted()
    }

    // MARK: Export

    func testDemoExportValidatesIsRepeatableAndKeepsRealNamesOut() throws {
        let demo = DemoProject.built
        let a = temporary("a.qdpx"), b = temporary("b.qdpx"), named = temporary("named.qdpx")
        let r = try run(demo, "project export \(a); project export \(b); project export \(named) --names")
        XCTAssertTrue(r.out.contains("codings"), r.out)
        try validate(a)
        try validate(named)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: a)), try Data(contentsOf: URL(fileURLWithPath: b)), "same project, same bytes")
        let script = try String(contentsOfFile: demo + "/project.vw", encoding: .utf8)
        let realNames = try NSRegularExpression(pattern: #"--name "([^"]+)""#)
            .matches(in: script, range: NSRange(script.startIndex..., in: script))
            .map { String(script[Range($0.range(at: 1), in: script)!]) }
        XCTAssertGreaterThan(realNames.count, 10)
        let plain = try entries(a).values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        for name in realNames { XCTAssertFalse(plain.contains(name), "\(name) leaked into the export") }
        let withNames = try qde(named)
        XCTAssertTrue(realNames.contains { withNames.contains($0) }, "--names should carry real names")
        let xml = try qde(a)
        XCTAssertEqual(lines(xml, containing: "<Case ").count, 50)
        XCTAssertTrue(xml.contains("<DateValue>"), "interview dates as Date variables")
        XCTAssertFalse(codings(xml).isEmpty)
    }

    // MARK: Import

    func testQualitativeCodingProjectImportsWithEveryCodingInPlace() throws {
        let p = try project()
        let original = Self.fixtures.appendingPathComponent("qc_demo.qdpx").path
        let r = try run(p, "project import \(original)")
        XCTAssertTrue(r.out.contains("segments added:        205"), r.out)
        XCTAssertTrue(r.out.contains("codes added:           262"), r.out)
        XCTAssertTrue(r.out.contains("transcripts added:     2"), r.out)
        let list = try run(p, "transcript list")
        XCTAssertTrue(list.out.contains("board_2017.txt"), list.out)
        // Export again: the same 205 codings at the same character positions, by the same code GUIDs.
        let again = temporary("again.qdpx")
        try run(p, "project export \(again)")
        try validate(again)
        let theirs = codings(try qde(original)).map { $0.split(separator: " ").dropFirst().dropLast().joined(separator: " ") }
        let ours = codings(try qde(again)).map { $0.split(separator: " ").dropFirst().dropLast().joined(separator: " ") }
        XCTAssertEqual(theirs.count, 205)
        XCTAssertEqual(ours, theirs)
        // Importing it again adds nothing.
        let twice = try run(p, "project import \(original)")
        XCTAssertTrue(twice.out.contains("segments added:        0"), twice.out)
        XCTAssertTrue(twice.out.contains("segments already here: 205"), twice.out)
    }

    func testNVivoProjectImportsItsEmptySourcesAndCodebook() throws {
        let p = try project()
        let r = try run(p, "project import \(Self.fixtures.appendingPathComponent("nvivo_project.qdpx").path); transcript list --json; codebook show --json")
        XCTAssertTrue(r.out.contains("transcripts added:     2"), r.out)
        XCTAssertEqual(r.out.components(separatedBy: "\"characters\": 0").count - 1, 2, r.out)
        XCTAssertTrue(r.out.contains("codes added:           262"), r.out)
        let twice = try run(p, "project import \(Self.fixtures.appendingPathComponent("nvivo_project.qdpx").path)")
        XCTAssertTrue(twice.out.contains("transcripts added:     0"), twice.out)
    }

    func testRoundTripDescribesTheSameSourcesCodesAndCodings() throws {
        let first = temporary("first.qdpx"), second = temporary("second.qdpx")
        try run(DemoProject.built, "project export \(first)")
        let p = try project()
        try run(p, "project import \(first); project export \(second)")
        let a = try qde(first), b = try qde(second)
        XCTAssertEqual(codings(a), codings(b))
        XCTAssertEqual(lines(a, containing: "<Code "), lines(b, containing: "<Code "))
        XCTAssertEqual(lines(a, containing: "<TextSource ").map { attribute("guid", in: Substring($0)) }, lines(b, containing: "<TextSource ").map { attribute("guid", in: Substring($0)) })
        let ea = try entries(first).filter { $0.key.hasPrefix("sources/") }, eb = try entries(second).filter { $0.key.hasPrefix("sources/") }
        XCTAssertEqual(ea, eb, "the texts themselves")
        XCTAssertEqual(codings(a).count, 99)

        // Into a project that has the demo's teams and roles, cases become participants with their
        // interviews, and logboek notes become notes again.
        let q = try project()
        try run(q, """
            team add Amersfoort --code AMF; team add Utrecht-Zuid --code UTZ; team add "Almere Stad-Haven" --code ASH; \
            role add WOE; role add OEWA; role add wijkagent --code WA; role add OE; role add OSA; role add teamchef --code TC; \
            role add OpCo; role add taakaccenthouder --code TAH
            """)
        let r = try run(q, "project import \(first)")
        XCTAssertTrue(r.out.contains("participants added:    50"), r.out)
        XCTAssertTrue(r.out.contains("logboek notes added:   7"), r.out)
        XCTAssertTrue(r.out.contains("interviews added:      15"), r.out)
        let demoList = try run(DemoProject.built, "transcript list").out
        XCTAssertEqual(try run(q, "transcript list").out, demoList)
        let third = temporary("third.qdpx")
        try run(q, "project export \(third)")
        XCTAssertEqual(lines(try qde(third), containing: "<Case "), lines(a, containing: "<Case "))
        XCTAssertEqual(codings(try qde(third)), codings(a))
    }

    func testBadProjectFileChangesNothing() throws {
        let p = try project()
        let bad = temporary("bad.qdpx")
        // A real project cut in half: the central directory is gone.
        let whole = try Data(contentsOf: Self.fixtures.appendingPathComponent("qc_demo.qdpx"))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: bad))
        let r = try run(p, "project import \(bad)", expectOK: false)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.err.split(separator: "\n").count, 1, r.err)
        XCTAssertTrue(r.err.contains("not a REFI-QDA project"), r.err)
        let after = try run(p, "transcript list --json; history --json")
        XCTAssertFalse(after.out.contains("\"title\""), after.out)
        XCTAssertFalse(after.out.contains("project import"), after.out)
    }

    // MARK: Merge

    /// Anna and Bram each import the same transcripts and code them in their own project;
    /// Anna merges Bram's folder; agreement then equals what it is when both code in one project.
    func testMergingACodersFolderGivesTheSameAgreementAsCodingTogether() throws {
        let setup = """
            researcher add Anna; researcher add Bram; team add Amersfoort --code AMF; team add Almere --code ALM; role add WOE; \
            codebook import Codebooks/woe-probleemgericht.yaml; \
            transcript import Projects/woest-demo/transcripts/amf-tc-01.txt; transcript import Projects/woest-demo/transcripts/amf-wa-02.txt
            """
        let anna = "code 1 1 Rolduidelijkheid --tension onduidelijkheid; code 1 2-3 \"Rolverdeling bij complexe casuïstiek\"; code 2 1 Rolduidelijkheid --memo \"eerste indruk\""
        let bram = "code 1 1 Rolduidelijkheid --tension dilemma; code 1 2 \"Rolverdeling bij complexe casuïstiek\"; code 2 2 \"Samenwerking met de OE\""
        let a = try project(), b = try project(), together = try project()
        try run(a, setup + "; participant add --team AMF --role WOE --id AMF-WOE-09")
        try run(b, setup + "; participant add --team ALM --role WOE --id AMF-WOE-09")
        try run(together, setup)
        try run(a, anna, as: "Anna")
        try run(b, bram, as: "Bram")
        try run(together, anna, as: "Anna")
        try run(together, bram, as: "Bram")

        let merged = try run(a, "project merge \(b)", as: "Anna")
        XCTAssertTrue(merged.out.contains("segments added:        3"), merged.out)
        XCTAssertTrue(merged.out.contains("transcripts added:     0"), merged.out)
        XCTAssertTrue(merged.out.contains("sources already here:  2"), merged.out)
        XCTAssertTrue(merged.err.contains("conflict: participant AMF-WOE-09: team Amersfoort here, Almere in"), merged.err)
        let expected = try run(together, "agreement Anna Bram").out
        XCTAssertEqual(try run(a, "agreement Anna Bram").out, expected)
        XCTAssertFalse(expected.isEmpty)

        let again = try run(a, "project merge \(b)", as: "Anna")
        XCTAssertTrue(again.out.contains("segments added:        0"), again.out)
        XCTAssertTrue(again.out.contains("segments already here: 3"), again.out)

        // Undo the second (empty) merge, then the first: Bram's segments leave as one change.
        try run(a, "undo; undo", as: "Anna")
        let after = try run(a, "segments Regie --coder Bram", expectOK: false)
        XCTAssertFalse(after.out.contains("Bram"), after.out)
        XCTAssertTrue(try run(a, "segments Regie --coder Anna").out.contains("Anna"))
        XCTAssertEqual(try run(a, "agreement Anna Bram", expectOK: false).out == expected, false)
        // Bram's project was only read.
        XCTAssertFalse(try run(b, "segments Regie").out.contains("Anna"))
    }

    /// Two facilitators each enter half of a room's votes on their own laptop; merging one into
    /// the other gives the tally of the whole room, a differing pie is a conflict that keeps the
    /// vote here, and merging again adds nothing.
    func testMergingAFacilitatorsVotesGivesTheWholeRoomsTally() throws {
        let setup = """
            researcher add Noor; researcher add Sem; team add Amersfoort --code AMF; role add WOE; role add wijkagent --code WA; \
            codebook import Codebooks/woe-probleemgericht.yaml; \
            participant add --team AMF --role WOE; participant add --team AMF --role WA; participant add --team AMF --role WA; participant add --team AMF --role WOE; \
            a4 add AMF Rolduidelijkheid; a4 add AMF Regie; a4 add AMF "Coaching van wijkagenten"; \
            focusgroup add AMF --date 2022-06-14; subgroup add 1 A --lead Noor; subgroup add 1 B --lead Sem; \
            subgroup join A AMF-WOE-01 AMF-WA-01; subgroup join B AMF-WA-02 AMF-WOE-02
            """
        let roomA = "recognise AMF-WOE-01 1 2; pie AMF-WOE-01 1:60 2:40; recognise AMF-WA-01 2 3; pie AMF-WA-01 2:50 3:50; consensus A 1:50 2:50"
        let roomB = "recognise AMF-WA-02 1 3; pie AMF-WA-02 1:70 3:30; recognise AMF-WOE-02 1; pie AMF-WOE-02 1; consensus B 3:100"
        let a = try project(), b = try project(), whole = try project()
        for p in [a, b, whole] { try run(p, setup) }
        try run(a, roomA, as: "Noor")
        try run(b, roomB + "; pie AMF-WOE-01 3:100", as: "Sem")
        try run(whole, roomA + "; " + roomB, as: "Noor")

        let merged = try run(a, "project merge \(b)", as: "Noor")
        XCTAssertTrue(merged.out.contains("votes added:           6"), merged.out)
        XCTAssertTrue(merged.err.contains("the pie of AMF-WOE-01 here differs"), merged.err)
        XCTAssertEqual(try run(a, "tally 1").out, try run(whole, "tally 1").out)
        let again = try run(a, "project merge \(b)", as: "Noor")
        XCTAssertTrue(again.out.contains("votes added:           0"), again.out)
        XCTAssertTrue(again.out.contains("focus groups added:    0"), again.out)
    }
}
