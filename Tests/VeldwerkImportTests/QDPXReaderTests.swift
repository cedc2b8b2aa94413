import Foundation
import XCTest
import ZIPFoundation
@testable import VeldwerkCore
@testable import VeldwerkExport
@testable import VeldwerkImport

/// Whole REFI-QDA projects from other programs, and Veldwerk's own, read back with every coding
/// in place; hostile archives refused with one line.
final class QDPXReaderTests: XCTestCase {
    static let fixtures = CodebookFileTests.fixtures

    /// The raw bytes of one entry, as the producer wrote them.
    func entry(_ file: String, _ name: String) throws -> String {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(file))
        return String(decoding: try ZipEntry.read(data, display: file, entry: name, limit: 1 << 26), as: UTF8.self)
    }

    func testQualitativeCodingDemoKeepsAllSelectionsCodingsAndPositions() throws {
        let project = try QDPXReader.read(path: Self.fixtures.appendingPathComponent("qc_demo.qdpx").path)
        XCTAssertEqual(project.sources.count, 2)
        XCTAssertEqual(project.selectionCount, 158)
        XCTAssertEqual(project.codingCount, 205)
        XCTAssertEqual(project.users.map(\.name), ["cp"])
        XCTAssertEqual(project.codebook.allCodes.count, 262)
        // Names repeat under different parents (ten repeats: "citizenship" three times); all stay, by GUID.
        let names = Dictionary(grouping: project.codebook.allCodes, by: \.name).filter { $0.value.count > 1 }
        XCTAssertEqual(names.values.reduce(0) { $0 + $1.count - 1 }, 10)
        XCTAssertEqual(Set(project.codebook.allCodes.map(\.guid)).count, 262)
        let board = try XCTUnwrap(project.sources.first { $0.name == "board_2017.txt" })
        guard case .text(let text) = board.content else { return XCTFail("board_2017 has no text") }
        let raw = Array(try entry("qc_demo.qdpx", "sources/board_2017.txt").unicodeScalars)
        let stored = Array(text.unicodeScalars)
        let qde = try entry("qc_demo.qdpx", "project.qde")
        // Every selection the file names, at the character positions the file gives.
        let given = try NSRegularExpression(pattern: #"startPosition="(\d+)" endPosition="(\d+)""#)
            .matches(in: qde, range: NSRange(qde.startIndex..., in: qde))
            .map { m in (Int(qde[Range(m.range(at: 1), in: qde)!])!, Int(qde[Range(m.range(at: 2), in: qde)!])!) }
        XCTAssertEqual(given.count, 158)
        XCTAssertEqual(board.selections.map { [$0.start, $0.end] }, given.map { [$0.0, $0.1] })
        for s in board.selections {
            XCTAssertEqual(String(String.UnicodeScalarView(stored[s.start..<s.end])), String(String.UnicodeScalarView(raw[s.start..<s.end])))
        }
        XCTAssertEqual(board.selections.first?.codings.first?.user, "39633935-3331-3962-6632-373436373264")
        XCTAssertEqual(board.sha256, TranscriptReader.fingerprint(text))
    }

    func testNVivoProjectKeepsItsTwoEmptySources() throws {
        let project = try QDPXReader.read(path: Self.fixtures.appendingPathComponent("nvivo_project.qdpx").path)
        XCTAssertEqual(project.codebook.allCodes.count, 262)
        XCTAssertEqual(project.sources.count, 2)
        XCTAssertEqual(project.sources.map(\.content), [.text(""), .text("")])
        XCTAssertEqual(Set(project.users.map(\.name)), ["chrisp", "cp"])
        XCTAssertEqual(project.codingCount, 0)
    }

    /// A project of thousands of interviews writes a project.qde of tens of megabytes; one over
    /// 10 MB (where libxml2, handed a whole document at once, gives up) reads whole.
    func testAProjectFileOverTenMegabytesReadsWhole() throws {
        let code = "12345678-1234-1234-1234-123456789ABD"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">"
        xml += "<CodeBook><Codes><Code guid=\"\(code)\" name=\"c\" isCodable=\"true\"/></Codes></CodeBook><Sources>"
        xml += "<TextSource guid=\"12345678-1234-1234-1234-123456789ABC\" name=\"s\" plainTextPath=\"internal://S.txt\">"
        let count = 50_000
        for i in 0..<count {
            let n = String(format: "%012d", i)
            xml += "<PlainTextSelection guid=\"22345678-1234-1234-1234-\(n)\" name=\"selection \(i)\" startPosition=\"\(i % 40)\" endPosition=\"\(i % 40 + 5)\" creationDateTime=\"2022-03-01T10:00:00Z\">"
            xml += "<Coding guid=\"32345678-1234-1234-1234-\(n)\" creationDateTime=\"2022-03-01T10:00:00Z\"><CodeRef targetGUID=\"\(code)\"/></Coding></PlainTextSelection>"
        }
        xml += "</TextSource></Sources></Project>"
        XCTAssertGreaterThan(xml.utf8.count, 10_500_000)
        let text = String(repeating: "Een regel over de casus.\n", count: 4)
        let project = try QDPXReader.read(try zip(["project.qde": Data(xml.utf8), "sources/S.txt": Data(text.utf8)]), display: "big.qdpx")
        XCTAssertEqual(project.sources[0].selections.count, count)
        XCTAssertEqual(project.sources[0].selections.last.map { [$0.start, $0.end] }, [(count - 1) % 40, (count - 1) % 40 + 5])
    }

    /// A producer that writes CR LF, a byte-order mark and decomposed accents: the selection
    /// still covers the same words after Veldwerk normalises the text.
    func testSelectionsFollowTheTextThroughNormalising() throws {
        let raw = "\u{FEFF}Eerste regel\r\nDe cafe\u{301} op de hoek\r\nEinde\r\n"
        let scalars = Array(raw.unicodeScalars)
        let word = Array("cafe\u{301}".unicodeScalars)
        let start = (0..<scalars.count).first { Array(scalars[$0..<min(scalars.count, $0 + word.count)]) == word }!
        let archive = try qdpx(text: raw, selections: [(start, start + word.count), (0, scalars.count)])
        let project = try QDPXReader.read(archive, display: "made.qdpx")
        guard case .text(let text) = project.sources[0].content else { return XCTFail("no text") }
        XCTAssertEqual(text, "Eerste regel\nDe café op de hoek\nEinde")
        let s = project.sources[0].selections
        XCTAssertEqual(TranscriptText.slice(text, s[0].start, s[0].end), "café")
        XCTAssertEqual([s[1].start, s[1].end], [0, text.unicodeScalars.count])
    }

    func testHostileArchivesAreRefusedWithOneLine() throws {
        let cases: [(String, Data, String)] = [
            ("outside", try qdpx(text: "abc", selections: [(1, 9)]), "outside its text"),
            ("backwards", try qdpx(text: "abc", selections: [(2, 1)]), "outside its text"),
            ("climbing path", try qdpx(text: "abc", selections: [], path: "internal://../../etc/passwd"), "outside the project's sources/ folder"),
            ("absolute path", try qdpx(text: "abc", selections: [], path: "/etc/passwd"), "outside the project's sources/ folder"),
            ("entity", try qdpx(text: "abc", selections: [], prologue: "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>"), "entities"),
            ("bomb", try qdpx(text: String(repeating: "a", count: 11 * 1024 * 1024), selections: []), "zip bomb"),
            ("not a zip", Data("plain text".utf8), "not a REFI-QDA project"),
            ("no project.qde", try zip(["sources/x.txt": Data("x".utf8)]), "no project.qde"),
            ("binary source", try qdpx(text: "a\u{0}b", selections: []), "binary data"),
        ]
        for (what, data, expected) in cases {
            XCTAssertThrowsError(try QDPXReader.read(data, display: "bad.qdpx"), what) { error in
                let message = "\(error)"
                XCTAssertTrue(message.contains(expected), "\(what): \(message)")
                XCTAssertFalse(message.contains("\n"), "\(what): \(message)")
            }
        }
        // A picture or a file outside the archive is listed as skipped, not fatal.
        let external = try QDPXReader.read(try qdpx(text: "abc", selections: [], path: "absolute:///data/x.txt"), display: "ext.qdpx")
        guard case .skipped(let why) = external.sources[0].content else { return XCTFail("read a file outside the archive") }
        XCTAssertTrue(why.contains("outside the archive"), why)
    }

    /// A source with only a Word document is read through the docx reader; a picture and a
    /// file outside the archive are listed as skipped; every source is kept in the list.
    func testWordSourcesAreReadAndOtherKindsListedAsSkipped() throws {
        let docx = try Data(contentsOf: Self.fixtures.appendingPathComponent("sample.docx"))
        let xml = """
            <?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="t"><Sources>\
            <TextSource guid="12345678-1234-1234-1234-000000000001" name="word" richTextPath="internal://W.docx"/>\
            <PictureSource guid="12345678-1234-1234-1234-000000000002" name="foto" path="internal://P.png">\
            <TextSource guid="12345678-1234-1234-1234-000000000004" name="inside the picture"/></PictureSource>\
            <TextSource guid="12345678-1234-1234-1234-000000000003" name="elsewhere" plainTextPath="absolute://C:/data/x.txt"/>\
            </Sources></Project>
            """
        let project = try QDPXReader.read(try zip(["project.qde": Data(xml.utf8), "sources/W.docx": docx, "sources/P.png": Data([0x89, 0x50])]), display: "w.qdpx")
        XCTAssertEqual(project.sources.map(\.name), ["word", "foto", "elsewhere"])
        guard case .text(let text) = project.sources[0].content else { return XCTFail("the Word source was not read") }
        XCTAssertEqual(text, TranscriptText.normalised(try DocxReader.text(of: Self.fixtures.appendingPathComponent("sample.docx"))))
        guard case .skipped(let picture) = project.sources[1].content, case .skipped(let outside) = project.sources[2].content else {
            return XCTFail("a picture or outside file was read")
        }
        XCTAssertTrue(picture.contains("picture"), picture)
        XCTAssertTrue(outside.contains("outside the archive"), outside)
    }

    func testOwnExportReadsBackTheSame() throws {
        var project = ExchangeProject(name: "p", origin: "Veldwerk", codebook: Codebook(name: nil, codes: [
            CodeNode(guid: "11111111-2222-3333-4444-555555555555", name: "Rol", children: [CodeNode(guid: "11111111-2222-3333-4444-555555555556", name: "WOE")]),
        ], sets: []))
        project.users = [.init(guid: "AAAAAAAA-2222-3333-4444-555555555555", name: "Noor")]
        project.notes = [.init(guid: "BBBBBBBB-2222-3333-4444-555555555555", name: "memo", text: "zie ook <hoofdstuk 3> & verder")]
        project.sources = [.init(guid: "CCCCCCCC-2222-3333-4444-555555555555", name: "t1", content: .text("WOE: wie doet wat?\nOE: \"geen idee\""),
                                 selections: [.init(guid: "DDDDDDDD-2222-3333-4444-555555555555", start: 5, end: 18, description: "onduidelijkheid",
                                                    codings: [.init(guid: "EEEEEEEE-2222-3333-4444-555555555555", code: "11111111-2222-3333-4444-555555555556",
                                                                    user: "AAAAAAAA-2222-3333-4444-555555555555", notes: ["BBBBBBBB-2222-3333-4444-555555555555"])])],
                                 sha256: TranscriptReader.fingerprint("WOE: wie doet wat?\nOE: \"geen idee\""))]
        project.cases = [.init(guid: "FFFFFFFF-2222-3333-4444-555555555555", name: "AMF-WOE-01",
                               values: ["team": "Amersfoort", "role": "WOE", "interview date": "2022-03-07"], sources: ["CCCCCCCC-2222-3333-4444-555555555555"])]
        let data = try QDPXWriter.write(project)
        XCTAssertEqual(try QDPXWriter.write(project), data, "the same project must give the same bytes")
        let back = try QDPXReader.read(data, display: "own.qdpx")
        XCTAssertEqual(back.sources, project.sources)
        XCTAssertEqual(back.users, project.users)
        XCTAssertEqual(back.notes, project.notes)
        XCTAssertEqual(back.cases, project.cases)
        XCTAssertEqual(back.codebook.allCodes.map(\.guid), project.codebook.allCodes.map(\.guid))
    }

    // MARK: Archives made here

    func zip(_ entries: [String: Data]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, bytes) in entries.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<min(bytes.count, Int(position) + size))
            }
        }
        return try XCTUnwrap(archive.data)
    }

    func qdpx(text: String, selections: [(Int, Int)], path: String = "internal://S.txt", prologue: String = "") throws -> Data {
        let guid = "12345678-1234-1234-1234-123456789ABC"
        let code = "12345678-1234-1234-1234-123456789ABD"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\(prologue)<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">"
        xml += "<CodeBook><Codes><Code guid=\"\(code)\" name=\"c\" isCodable=\"true\"/></Codes></CodeBook><Sources>"
        xml += "<TextSource guid=\"\(guid)\" name=\"s\" plainTextPath=\"\(path)\">"
        for (i, s) in selections.enumerated() {
            xml += "<PlainTextSelection guid=\"12345678-1234-1234-1234-0000000000\(String(format: "%02d", i))\" startPosition=\"\(s.0)\" endPosition=\"\(s.1)\">"
            xml += "<Coding guid=\"12345678-1234-1234-1234-1000000000\(String(format: "%02d", i))\"><CodeRef targetGUID=\"\(code)\"/></Coding></PlainTextSelection>"
        }
        xml += "</TextSource></Sources></Project>"
        return try zip(["project.qde": Data(xml.utf8), "sources/S.txt": Data(text.utf8)])
    }
}
