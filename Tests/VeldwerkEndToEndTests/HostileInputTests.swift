import Foundation
import XCTest

/// Bytes that are not a command: each gives one `error:` line and leaves the database as it was.
final class HostileInputTests: XCTestCase {
    func assertRefused(_ bytes: Data, mentions needle: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        try Veldwerk.run([project, "-c", "team add Amersfoort --code AMF"])
        let before = try Veldwerk.dump(project)
        // Through a pipe ...
        let piped = try Veldwerk.run([project], stdin: bytes + Data("\n".utf8))
        XCTAssertEqual(piped.status, 1, file: file, line: line)
        XCTAssertTrue(piped.err.hasPrefix("error: "), piped.err, file: file, line: line)
        XCTAssertEqual(piped.err.filter { $0 == "\n" }.count, 1, "one line: \(piped.err)", file: file, line: line)
        XCTAssertTrue(piped.err.contains(needle), piped.err, file: file, line: line)
        // ... and as a script file.
        let script = project + "/bad.vw"
        try bytes.write(to: URL(fileURLWithPath: script))
        let scripted = try Veldwerk.run([project, "--script", script])
        XCTAssertEqual(scripted.status, 1, file: file, line: line)
        XCTAssertTrue(scripted.err.contains(needle), scripted.err, file: file, line: line)
        XCTAssertEqual(try Veldwerk.dump(project), before, file: file, line: line)
        XCTAssertEqual(try Veldwerk.sqlite(project, "PRAGMA integrity_check"), "ok", file: file, line: line)
    }

    func testInvalidUTF8() throws {
        try assertRefused(Data("team add ".utf8) + Data([0xC3, 0x28, 0xFF]), mentions: "not valid UTF-8")
    }

    func testNULByte() throws {
        try assertRefused(Data("team add A".utf8) + Data([0]) + Data("B".utf8), mentions: "NUL")
    }

    func testOneMegabyteLine() throws {
        try assertRefused(Data("team add ".utf8) + Data(repeating: UInt8(ascii: "x"), count: 1_048_576), mentions: "over the limit")
    }

    func testUnterminatedQuote() throws {
        try assertRefused(Data("team add \"Utrecht".utf8), mentions: "unterminated")
    }

    func testSQLMetacharactersAreJustText() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let r = try Veldwerk.run([project, "-c", #"team add "x'); DROP TABLE team; --" --code X; team list --json"#])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains(#""name": "x'); DROP TABLE team; --""#), r.out)
    }

    func testControlAndDirectionCharactersInNamesAreRefused() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        for name in ["a\u{7}b", "evil\u{202E}gpj.exe", "tab\there"] {
            let r = try Veldwerk.run([project], stdin: Data("team add \"\(name)\"\n".utf8))
            XCTAssertEqual(r.status, 1, name)
            XCTAssertTrue(r.err.contains("control character"), r.err)
        }
    }

    func testKeepGoingRunsOnAndStillFails() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let r = try Veldwerk.run([project, "--keep-going"], stdin: Data("team lijst\nteam add A\nteam add A\nteam add B\n".utf8))
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.out, "team A (A)\nteam B (B)\n")
        XCTAssertEqual(r.err.split(separator: "\n").count, 2, r.err)
        let stop = try Veldwerk.run([project], stdin: Data("team add C\nteam add C\nteam add D\n".utf8))
        XCTAssertEqual(stop.status, 1)
        XCTAssertEqual(stop.out, "team C (C)\n")
        XCTAssertEqual(try Veldwerk.sqlite(project, "SELECT count(*) FROM team"), "3")
    }

    func testHostileTranscriptsAndCodebooksChangeNothing() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("VeldwerkImportTests/Fixtures").path
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        try Veldwerk.run([project, "-c", "team add A; role add R; participant add --team A --role R; interview add A-R-01 --date 2022-01-01"])
        let before = try Veldwerk.dump(project)
        for file in ["bomb.docx", "notzip.docx", "notword.docx", "binary.txt", "latin1.txt", "empty.txt"] {
            let r = try Veldwerk.run([project, "-c", "transcript import \(fixtures)/\(file) --interview 1"])
            XCTAssertEqual(r.status, 1, file)
            XCTAssertTrue(r.err.contains("skipped \(file)"), r.err)
        }
        let xml = project + "/laughs.qdc"
        try #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="1" name="&b;"/></Codes></CodeBook>"#
            .write(toFile: xml, atomically: true, encoding: .utf8)
        let laughs = try Veldwerk.run([project, "-c", "codebook import \(xml)"])
        XCTAssertEqual(laughs.status, 1)
        XCTAssertTrue(laughs.err.contains("entities"), laughs.err)
        XCTAssertEqual(try Veldwerk.dump(project), before)
        XCTAssertEqual(try Veldwerk.sqlite(project, "PRAGMA integrity_check"), "ok")
    }
}
