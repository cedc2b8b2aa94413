import Foundation
import XCTest

/// Runs everything in `Tests/Hostile/` through the built binary. Nothing may crash, every refusal
/// is a one-line `error:`, and a refused input leaves the database byte-for-byte as it was.
final class HostileSetTests: XCTestCase {
    static let hostile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Hostile").path

    func project() throws -> String {
        let dir = try Veldwerk.newProject()
        let r = try Veldwerk.run([dir, "-c", "team add A --code A; role add R; participant add --team A --role R; interview add A-R-01 --date 2022-01-01; researcher add Noor; codebook add Regie"])
        XCTAssertEqual(r.status, 0, r.err)
        return dir
    }

    func assertNoCrash(_ r: Veldwerk.Result, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(r.status == 0 || r.status == 1, "\(label): exit status \(r.status) (a crash?)", file: file, line: line)
        for l in r.err.split(separator: "\n") {
            XCTAssertTrue(l.hasPrefix("error: ") || l.hasPrefix("warning: "), "\(label): stray stderr line \(l.prefix(120))", file: file, line: line)
            XCTAssertLessThan(l.count, 700, "\(label): an error line should be short", file: file, line: line)
        }
    }

    func testEveryRefusedLineChangesNothing() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let before = try Veldwerk.dump(dir)
        for script in try FileManager.default.contentsOfDirectory(atPath: Self.hostile + "/refused").sorted() {
            let path = Self.hostile + "/refused/" + script
            let lines = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n").count ?? 1
            let r = try Veldwerk.run([dir, "--as", "Noor", "--keep-going", "--script", path], cwd: dir)
            assertNoCrash(r, script)
            XCTAssertEqual(r.status, 1, script)
            XCTAssertEqual(r.err.split(separator: "\n").filter { $0.hasPrefix("error: ") }.count, lines, "\(script): one error per line\n\(r.err)")
            XCTAssertEqual(r.out, "", "\(script): nothing may succeed")
        }
        XCTAssertEqual(try Veldwerk.dump(dir), before)
        XCTAssertEqual(try Veldwerk.sqlite(dir, "PRAGMA integrity_check"), "ok")
    }

    func testHostileFilesAreRefusedOrReadSafely() throws {
        let dir = try project()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A 200 MB transcript, sparse so the test stays quick; refused by size before it is read.
        let big = dir + "/huge.txt"
        FileManager.default.createFile(atPath: big, contents: nil)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: 200 * 1024 * 1024)
        try handle.close()
        let files = Self.hostile + "/files"
        let refused: [(String, String)] = [
            ("transcript import \(files)/empty.txt --interview 1", "empty"),
            ("transcript import \(files)/invalid-utf8.txt --interview 1", "UTF-8"),
            ("transcript import \(files)/nul.txt --interview 1", "binary"),
            ("transcript import \(files)/zipbomb.docx --interview 1", "zip bomb"),
            ("transcript import \(files)/deep.docx --interview 1", "docx"),
            ("transcript import \(big) --interview 1", "limit"),
            ("codebook import \(files)/nested.qdc", "nest"),
            ("codebook import \(files)/entities.qdc", "entities"),
            ("codebook import \(files)/external-entity.qdc", "entities"),
            ("codebook import \(files)/not-yaml.yaml", "line"),
            ("codebook import \(files)/long-code.yaml", "longer than"),
            ("project import \(files)/qdpx-traversal.qdpx", "outside the project's sources/ folder"),
            ("project import \(files)/qdpx-outside.qdpx", "outside its text"),
            ("project import \(files)/qdpx-entities.qdpx", "entities"),
            ("project import \(files)/qdpx-bomb.qdpx", "zip bomb"),
            ("project import \(files)/qdpx-deep.qdpx", "nest"),
            ("project import \(files)/qdpx-truncated.qdpx", "not a REFI-QDA project"),
            ("project merge \(files)/qdpx-outside.qdpx", "outside its text"),
        ]
        let before = try Veldwerk.dump(dir)
        for (command, needle) in refused {
            let r = try Veldwerk.run([dir, "--as", "Noor", "-c", command])
            assertNoCrash(r, command)
            XCTAssertEqual(r.status, 1, command)
            XCTAssertTrue(r.err.contains(needle), "\(command): \(r.err)")
        }
        XCTAssertEqual(try Veldwerk.dump(dir), before)
        // A docx with an entry named ../../../../tmp/veldwerk-evil.txt: its text is read, nothing
        // is written. Run from four folders deep in a sandbox, so the entry's path lands in the
        // sandbox's own tmp/ (made, and writable) if anything ever followed it.
        let sandbox = NSTemporaryDirectory() + "veldwerk-traversal-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: sandbox) }
        let cwd = sandbox + "/a/b/c/d"
        try FileManager.default.createDirectory(atPath: cwd, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: sandbox + "/tmp", withIntermediateDirectories: true)
        let target = URL(fileURLWithPath: cwd + "/../../../../tmp/veldwerk-evil.txt").standardizedFileURL.path
        XCTAssertEqual(target, URL(fileURLWithPath: sandbox + "/tmp/veldwerk-evil.txt").standardizedFileURL.path)
        let projectBefore = try FileManager.default.subpathsOfDirectory(atPath: dir).filter { !$0.hasPrefix("veldwerk.sqlite") }.sorted()
        let traversal = try Veldwerk.run([dir, "-c", "transcript import \(files)/traversal.docx --interview 1; transcript show 1"], cwd: cwd)
        XCTAssertEqual(traversal.status, 0, traversal.err)
        XCTAssertTrue(traversal.out.contains("veilig gelezen"))
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: sandbox).sorted(), ["a", "a/b", "a/b/c", "a/b/c/d", "tmp"])
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: dir).filter { !$0.hasPrefix("veldwerk.sqlite") }.sorted(), projectBefore)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/veldwerk-evil.txt"))
    }

    func testNamesThatLookLikePathsStayInsideTheExportFolder() throws {
        let dir = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let r = try Veldwerk.run([dir, "-c", "team add \"../../../tmp/x\" --code EVIL; team add \"..\" --code DOTS; export all --format md --out \(out)"])
        XCTAssertEqual(r.status, 0, r.err)
        let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        XCTAssertEqual(written, ["index.md", "team.md", "tmp-x.md"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/x.md"))
    }
}
