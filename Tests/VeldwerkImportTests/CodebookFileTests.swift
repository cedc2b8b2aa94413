import Foundation
import XCTest
@testable import VeldwerkCore
@testable import VeldwerkExport
@testable import VeldwerkImport

final class CodebookFileTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Codebooks/woe-probleemgericht.yaml")

    func testReadsTaguettesFlatCodebook() throws {
        let book = try QDCReader.read(path: Self.fixtures.appendingPathComponent("taguette_1.4.1_codebook.qdc").path)
        XCTAssertEqual(book.codes.map(\.name), ["xsd:element name", "CodeBook", "Variables"])
        XCTAssertEqual(book.codes[0].guid, "098AC082-A9C7-50F4-9728-48730081A95E")
        XCTAssertTrue(book.codes.allSatisfy(\.isCodable))
    }

    func testReadsTheCodebookInsideQualitativeCodingAndNVivoProjects() throws {
        for file in ["qc_demo.qdpx", "nvivo_project.qdpx"] {
            let book = try QDCReader.read(path: Self.fixtures.appendingPathComponent(file).path)
            XCTAssertEqual(book.allCodes.count, 262, file)
            let top = try XCTUnwrap(book.codes.first { $0.name == "rq1_definition" }, file)
            XCTAssertEqual(top.guid, "34653336-3766-3235-6466-363134396437")
            XCTAssertEqual(top.children.first?.children.first?.name, "programming")
        }
    }

    func testQDCRoundTripKeepsGUIDsTreeColoursDescriptionsAndSets() throws {
        let shipped = try CodebookYAMLReader.read(String(contentsOf: Self.shipped, encoding: .utf8), source: "shipped")
        let xml = QDCWriter.write(shipped, origin: "Veldwerk")
        XCTAssertTrue(xml.contains("xmlns=\"urn:QDA-XML:codebook:1.0\""))
        let back = try QDCReader.parse(Data(xml.utf8), source: "roundtrip.qdc")
        XCTAssertEqual(back.codes, shipped.codes)
        XCTAssertEqual(back.sets, shipped.sets)
        XCTAssertTrue(back.allCodes.contains { !$0.isCodable })
    }

    func testYAMLRoundTrip() throws {
        let text = try String(contentsOf: Self.shipped, encoding: .utf8)
        let book = try CodebookYAMLReader.read(text, source: "shipped")
        XCTAssertGreaterThanOrEqual(book.allCodes.count, 15)
        let again = try CodebookYAMLReader.read(CodebookYAMLWriter.write(book), source: "written")
        XCTAssertEqual(again, book)
    }

    func testMalformedYAMLSaysLineAndColumn() {
        let bad = "codes:\n  - name: A\n    description: has: a colon\n"
        XCTAssertThrowsError(try CodebookYAMLReader.read(bad, source: "bad.yaml")) { error in
            XCTAssertTrue("\(error)".contains("line 3"), "\(error)")
            XCTAssertTrue("\(error)".contains("column"), "\(error)")
        }
        XCTAssertThrowsError(try CodebookYAMLReader.read("codes:\n  - name: A\n    colour: red\n", source: "c.yaml")) { error in
            XCTAssertTrue("\(error)".contains("line 3"), "\(error)")
        }
        XCTAssertThrowsError(try CodebookYAMLReader.read("codes:\n  - nam: A\n", source: "k.yaml")) { error in
            XCTAssertTrue("\(error)".contains("unknown key 'nam'"), "\(error)")
        }
    }

    /// Found by the fuzzer: ill-formed UTF-8 inside a tag crashed Foundation's XML parser.
    func testInvalidUTF8InsideTagsIsRefusedNotACrash() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("invalid-utf8-in-tag.qdc"))
        XCTAssertThrowsError(try QDCReader.parse(data, source: "fuzzed.qdc")) { error in
            XCTAssertTrue("\(error)".contains("UTF-8"), "\(error)")
        }
    }

    /// Found by the fuzzer: `<?pi?>` without data made Foundation's parser read a null pointer.
    func testBareProcessingInstructionsAreRefusedNotACrash() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("bare-processing-instruction.qdc"))
        XCTAssertThrowsError(try QDCReader.parse(data, source: "fuzzed.qdc")) { error in
            XCTAssertTrue("\(error)".contains("processing instruction"), "\(error)")
        }
        XCTAssertThrowsError(try QDCReader.parse(Data("<?xml version=\"1.0\"?><?x ?><CodeBook/>".utf8), source: "pi.qdc"))
        XCTAssertNoThrow(try QDCReader.parse(Data("<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>".utf8), source: "ok.qdc"))
    }

    func testCollidingGUIDsAreRefused() {
        let xml = """
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
            <Code guid="AAAAAAAA-AAAA-AAAA-AAAA-AAAAAAAAAAAA" name="een" isCodable="true"/><Code guid="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa" name="twee" isCodable="true"/>
            </Codes></CodeBook>
            """
        XCTAssertThrowsError(try QDCReader.parse(Data(xml.utf8), source: "dup.qdc")) { error in
            XCTAssertTrue("\(error)".contains("share the GUID"), "\(error)")
        }
    }

    func testEmptyGUIDsAreMadeUpAndMalformedOnesRefusedSoTheCodebookRoundTrips() throws {
        let yaml = "codebook: t\ncodes:\n  - name: Regie\n    guid: \"\"\n  - name: Coaching\n"
        let book = try CodebookYAMLReader.read(yaml, source: "t.yaml")
        XCTAssertTrue(book.allCodes.allSatisfy { CodeGUID.isValid($0.guid) }, "\(book.allCodes.map(\.guid))")
        let back = try QDCReader.parse(Data(QDCWriter.write(book, origin: "t").utf8), source: "t.qdc")
        XCTAssertEqual(back.allCodes.map(\.guid), book.allCodes.map(\.guid))
        XCTAssertThrowsError(try CodebookYAMLReader.read("codebook: t\ncodes:\n  - name: Regie\n    guid: nope\n", source: "t.yaml")) {
            XCTAssertTrue("\($0)".contains("line 4") && "\($0)".contains("is not a GUID"), "\($0)")
        }
        let qdc = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"12\" name=\"een\" isCodable=\"true\"/></Codes></CodeBook>"
        XCTAssertThrowsError(try QDCReader.parse(Data(qdc.utf8), source: "t.qdc")) { XCTAssertTrue("\($0)".contains("is not a GUID"), "\($0)") }
        XCTAssertTrue(CodeGUID.isValid("{098ac082-A9C7-50F4-9728-48730081A95E}"))
        XCTAssertFalse(CodeGUID.isValid("098AC082-A9C7-50F4-9728-48730081A95G"))
    }

    func testAnElementWithAMillionAttributesIsRefusedBeforeParsing() {
        let attributes = (0..<1_000_000).map { " a\($0)=\"1\"" }.joined()
        let xml = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"00000000-0000-0000-0000-000000000001\" name=\"x\"\(attributes)/></Codes></CodeBook>"
        XCTAssertThrowsError(try QDCReader.parse(Data(xml.utf8), source: "wide.qdc")) {
            XCTAssertTrue("\($0)".contains("over 256 attributes"), "\($0)")
        }
        // Quoted '=' and '>' inside attribute values are not counted.
        let fine = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"00000000-0000-0000-0000-000000000001\" name=\"a\" isCodable=\"true\" note=\"\(String(repeating: "=>", count: 300))\"/></Codes></CodeBook>"
        XCTAssertNoThrow(try QDCReader.parse(Data(fine.utf8), source: "fine.qdc"))
    }

    func testMalformedAndHostileXML() {
        XCTAssertThrowsError(try QDCReader.parse(Data("<CodeBook><Codes><Code guid='x' name='a'></Codes>".utf8), source: "broken.qdc")) { error in
            XCTAssertTrue("\(error)".contains("line"), "\(error)")
        }
        let deep = String(repeating: "<Code guid='g' name='n'>", count: 100)
        XCTAssertThrowsError(try QDCReader.parse(Data(("<CodeBook><Codes>" + deep).utf8), source: "deep.qdc")) { error in
            XCTAssertTrue("\(error)".contains("deeper") || "\(error)".contains("line"), "\(error)")
        }
        XCTAssertThrowsError(try QDCReader.parse(Data("<CodeBook><Codes>".utf8), source: "cut.qdc")) { error in
            XCTAssertTrue("\(error)".contains("not well-formed"), "\(error)")
        }
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"a\" name=\"&lol2;\"/></Codes></CodeBook>"
        XCTAssertThrowsError(try QDCReader.parse(Data(laughs.utf8), source: "laughs.qdc")) { error in
            XCTAssertTrue("\(error)".contains("entity"), "\(error)")
        }
        XCTAssertThrowsError(try QDCReader.parse(Data("<Project/>".utf8), source: "nobook.qde")) { error in
            XCTAssertTrue("\(error)".contains("no REFI-QDA CodeBook"), "\(error)")
        }
    }
}
