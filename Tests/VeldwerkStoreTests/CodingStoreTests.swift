import Foundation
import GRDB
import GRDBSQLite
import XCTest
@testable import VeldwerkCore
@testable import VeldwerkStore

final class CodingStoreTests: XCTestCase {
    var folder: String!
    var store: ProjectStore!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "veldwerk-coding-\(UUID().uuidString)"
        store = try ProjectStore.create(folder: folder, name: "t")
        _ = try store.change(line: "setup", actor: nil) { w in
            _ = try w.addTeam(name: "Amersfoort", code: "AMF", fte: nil, areaKind: nil, areas: [], portfolios: [])
            _ = try w.addRole(name: "WOE", code: nil, description: nil)
            _ = try w.addResearcher(name: "Noor")
            _ = try w.addResearcher(name: "Sem")
            _ = try w.addParticipant(team: "AMF", role: "WOE", realName: nil, pseudonym: nil)
            _ = try w.addInterview(participant: "AMF-WOE-01", date: try Day(parsing: "2022-03-07"), interviewer: "Noor")
            _ = try w.importCodebook(Codebook(codes: [
                CodeNode(guid: "00000000-0000-0000-0000-000000000001", name: "Regie", isCodable: false, children: [CodeNode(guid: "00000000-0000-0000-0000-000000000002", name: "Rolverdeling")]),
                CodeNode(guid: "00000000-0000-0000-0000-000000000003", name: "Coaching"),
            ]))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    let text = "I: Wie heeft de régie?\n\nR: Niemand weet het. De café-eigenaar belt iedereen.\n\nR: Coaching zonder mandaat."

    func importText() throws -> Int64 {
        let outcome = try store.change(line: "transcript import", actor: "Noor") { w in
            try w.importTranscript(title: "a.txt", format: "txt", text: text, sha256: "x", interview: 1, replace: false)
        }
        guard case .added(let id) = outcome else { XCTFail("not added"); return 0 }
        return id
    }

    func ftsIsConsistent() throws -> Bool {
        // FTS5's own check compares the index with the content it is built from.
        try store.queue.writeWithoutTransaction { db in
            do {
                try db.execute(sql: "INSERT INTO paragraph_fts (paragraph_fts, rank) VALUES ('integrity-check', 1)")
                return true
            } catch {
                print("fts: \(error)")
                return false
            }
        }
    }

    /// A code read alone is the code as the whole tree lists it: path, depth, parent and count.
    func testACodeReadAloneIsTheCodeTheTreeLists() throws {
        let id = try importText()
        _ = try store.change(line: "more codes", actor: "Noor") { w in
            _ = try w.addCode(name: "Mandaat", parent: "Regie/Rolverdeling", description: "wie beslist", color: nil)
            _ = try w.addSegment(document: id, span: 0..<5, code: "Coaching", coder: "Noor", tension: nil, memo: nil)
        }
        try store.read { r in
            let tree = try r.codes()
            XCTAssertEqual(tree.count, 4)
            for code in tree {
                XCTAssertEqual(try r.code(named: code.path), code)
                XCTAssertEqual(try r.code(id: code.id), code)
            }
            XCTAssertEqual(try r.code(named: "Mandaat").depth, 2)
            XCTAssertEqual(try r.code(named: "Coaching").segments, 1)
        }
    }

    func testImportIndexesAndUndoUnindexes() throws {
        let id = try importText()
        XCTAssertEqual(try store.read { try $0.searchParagraphs("cafe") }.map(\.paragraph), [2])
        XCTAssertEqual(try store.read { try $0.searchParagraphs("REGIE") }.map(\.document), [id])
        XCTAssertTrue(try ftsIsConsistent())
        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try store.read { try $0.searchParagraphs("cafe") }, [])
        XCTAssertEqual(try store.read { try $0.transcripts() }, [])
        XCTAssertTrue(try ftsIsConsistent())
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    /// Pages SQLite fetched (from its cache or the file) while `body` ran.
    func pagesFetched(_ db: Database, _ body: () throws -> Void) rethrows -> Int32 {
        var hits: Int32 = 0, misses: Int32 = 0, high: Int32 = 0
        sqlite3_db_status(db.sqliteConnection, SQLITE_DBSTATUS_CACHE_HIT, &hits, &high, 1)
        sqlite3_db_status(db.sqliteConnection, SQLITE_DBSTATUS_CACHE_MISS, &misses, &high, 1)
        try body()
        sqlite3_db_status(db.sqliteConnection, SQLITE_DBSTATUS_CACHE_HIT, &hits, &high, 0)
        sqlite3_db_status(db.sqliteConnection, SQLITE_DBSTATUS_CACHE_MISS, &misses, &high, 0)
        return hits + misses
    }

    /// A transcript's length is stored after its text: coding a span, or reading the
    /// transcript's summary as an import does, takes it from the outline index and does not
    /// walk the text's chain of overflow pages (about seventy for this one).
    func testCodingALongTranscriptDoesNotReadThroughItsText() throws {
        let long = (1...4_500).map { "R: Alinea \($0) over de regie van de wijk en koffie in het café." }.joined(separator: "\n\n")
        let outcome = try store.change(line: "transcript import", actor: "Noor") { w in
            try w.importTranscript(title: "long.txt", format: "txt", text: long, sha256: "l", interview: 1, replace: false)
        }
        guard case .added(let id) = outcome else { return XCTFail("not added") }
        XCTAssertGreaterThan(long.utf8.count, 70 * 4_096)
        _ = try store.change(line: "code", actor: "Noor") { w in
            let coding = try self.pagesFetched(w.db) {
                _ = try w.addSegment(document: id, span: 0..<40, code: "Coaching", coder: "Noor", tension: nil, memo: nil)
            }
            XCTAssertLessThan(coding, 40)
            let summary = try self.pagesFetched(w.db) {
                XCTAssertEqual(try w.reader.transcript(id).paragraphs, 4_500)
            }
            XCTAssertLessThan(summary, 40)
        }
    }

    /// A text of many paragraphs, some with a speaker, long enough for its image to be abbreviated.
    let longText = (1...40).map { i in i % 3 == 0 ? "Dit is een alinea zonder spreker, nummer \(i), over de régie." : "R\(i % 2): Alinea \(i) over casus en café, met wat meer woorden." }.joined(separator: "\n\n")

    struct ParagraphRow: Equatable { var number: Int; var start: Int; var end: Int; var speaker: String?; var text: String }

    func paragraphRows(_ document: Int64) throws -> [ParagraphRow] {
        try store.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT p.number, p.start_pos, p.end_pos, p.speaker, t.text FROM paragraph p JOIN paragraph_text t ON t.id = p.id WHERE p.document_id = ? ORDER BY p.number", arguments: [document])
                .map { ParagraphRow(number: $0[0], start: $0[1], end: $0[2], speaker: $0[3], text: $0[4]) }
        }
    }

    func testParagraphsComeAndGoWithTheirDocumentThroughUndoAndRedo() throws {
        let outcome = try store.change(line: "transcript import", actor: "Noor") { w in
            try w.importTranscript(title: "long.txt", format: "txt", text: longText, sha256: "l", interview: 1, replace: false)
        }
        guard case .added(let id) = outcome else { return XCTFail("not added") }
        let paragraphs = try paragraphRows(id)
        XCTAssertEqual(paragraphs.count, 40)
        // The log keeps the document and its link, not the paragraphs; the document's after
        // image holds its text as length and ends, not the text a second time.
        let logged = try store.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT tbl, after FROM change_row WHERE change_id = (SELECT max(id) FROM change)")
        }
        XCTAssertEqual(logged.map { $0["tbl"] as String }, ["document", "transcript"])
        let after: String = logged[0]["after"]
        XCTAssertTrue(after.contains(",#\(longText.utf8.count):"), after)
        XCTAssertLessThan(after.utf8.count, 400)

        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try paragraphRows(id), [])
        XCTAssertEqual(try store.read { try $0.searchParagraphs("regie") }, [])
        XCTAssertTrue(try ftsIsConsistent())

        _ = try store.redo(actor: "Noor")
        XCTAssertEqual(try paragraphRows(id).map { [$0.number, $0.start, $0.end] }, paragraphs.map { [$0.number, $0.start, $0.end] })
        XCTAssertEqual(try paragraphRows(id).map(\.text), paragraphs.map(\.text))
        XCTAssertEqual(try paragraphRows(id).map(\.speaker), paragraphs.map(\.speaker))
        XCTAssertEqual(try store.read { try $0.searchParagraphs("regie") }.map(\.paragraph), [3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39])
        XCTAssertTrue(try ftsIsConsistent())

        // And undone again: the redo itself reverts whole.
        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try paragraphRows(id), [])
        XCTAssertTrue(try ftsIsConsistent())
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    func testAnImportLoggedWithItsParagraphRowsStillUndoes() throws {
        let id = try importText()
        // Before paragraphs were derived, the log held a row per paragraph, with its text.
        try store.queue.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO undo_shape (tbl, cols) VALUES ('paragraph', '\"id\",\"document_id\",\"number\",\"start_pos\",\"end_pos\",\"speaker\",\"text\"')")
            try db.execute(sql: """
                INSERT INTO change_row (change_id, shape_id, tbl, row_id, before, after)
                SELECT (SELECT max(id) FROM change), (SELECT id FROM undo_shape WHERE tbl = 'paragraph'), 'paragraph', p.id, NULL,
                       quote(p.id) || ',' || quote(p.document_id) || ',' || quote(p.number) || ',' || quote(p.start_pos) || ',' ||
                       quote(p.end_pos) || ',' || quote(p.speaker) || ',' || quote((SELECT text FROM paragraph_text WHERE id = p.id))
                FROM paragraph p WHERE p.document_id = ?
                """, arguments: [id])
        }
        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try paragraphRows(id), [])
        XCTAssertEqual(try store.read { try $0.transcripts() }, [])
        _ = try store.redo(actor: "Noor")
        XCTAssertEqual(try paragraphRows(id).count, 3)
        XCTAssertTrue(try ftsIsConsistent())
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    func testALongTextChangedOutsideVeldwerkIsNotUndoneAway() throws {
        let outcome = try store.change(line: "transcript import", actor: "Noor") { w in
            try w.importTranscript(title: "long.txt", format: "txt", text: longText, sha256: "l", interview: 1, replace: false)
        }
        guard case .added(let id) = outcome else { return XCTFail("not added") }
        // Another program rewrites the text's first letter, outside the log.
        try store.queue.write { db in
            try db.execute(sql: "UPDATE document SET body = 'X' || substr(body, 2) WHERE id = ?", arguments: [id])
        }
        XCTAssertThrowsError(try store.undo(actor: "Noor")) { error in
            guard case .nothingToUndo(_, let passed) = error as? UndoError else { return XCTFail("\(error)") }
            XCTAssertEqual(passed.map(\.reason), [.outsideHistory])
        }
        XCTAssertEqual(try paragraphRows(id).count, 40)
    }

    func testTheSameTextIsRecognisedAndCodedTranscriptsAreNotReplacedSilently() throws {
        let id = try importText()
        let again = try store.change(line: "again", actor: nil) { w in
            try w.importTranscript(title: "copy.txt", format: "txt", text: text, sha256: "x", interview: nil, replace: false)
        }
        XCTAssertEqual(again, .known(id, interview: 1))
        // Linked to interview 1, the same text is not given to another interview: refused whole,
        // so the interview a manifest row would have made is not left behind unlinked.
        let interviews = try store.read { try $0.interviews().count }
        XCTAssertThrowsError(try store.change(line: "manifest row", actor: nil) { w in
            let other = try w.interviewFor(participant: "AMF-WOE-01", date: try Day(parsing: "2022-10-01"), interviewer: nil)
            return try w.importTranscript(title: "copy.txt", format: "txt", text: text, sha256: "x", interview: other, replace: false)
        }) { XCTAssertTrue("\($0)".contains("already transcript \(id), linked to interview 1"), "\($0)") }
        XCTAssertEqual(try store.read { try $0.interviews().count }, interviews)
        _ = try store.change(line: "code", actor: "Noor") { w in
            try w.addSegment(document: id, span: 0..<5, code: "Rolverdeling", coder: "Noor", tension: .dilemma, memo: nil)
        }
        XCTAssertThrowsError(try store.change(line: "other", actor: nil) { w in
            try w.importTranscript(title: "b.txt", format: "txt", text: "Iets anders.", sha256: "y", interview: 1, replace: false)
        }) { XCTAssertTrue("\($0)".contains("1 coded segments"), "\($0)") }
        _ = try store.change(line: "replace", actor: "Noor") { w in
            try w.importTranscript(title: "b.txt", format: "txt", text: "Iets anders.", sha256: "y", interview: 1, replace: true)
        }
        XCTAssertEqual(try store.read { try $0.segments(SegmentFilter()) }.count, 0)
        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try store.read { try $0.segments(SegmentFilter()) }.count, 1)
        XCTAssertEqual(try store.read { try $0.transcripts().map(\.title) }, ["a.txt"])
        XCTAssertTrue(try ftsIsConsistent())
    }

    func testSegmentsRulesAndAttribution() throws {
        let id = try importText()
        let span = try store.read { try $0.paragraphSpan(document: id, from: 2, to: 2) }
        XCTAssertEqual(TranscriptText.slice(text, span.lowerBound, span.upperBound), "R: Niemand weet het. De café-eigenaar belt iedereen.")
        XCTAssertThrowsError(try store.read { try $0.paragraphSpan(document: id, from: 2, to: 4) })
        XCTAssertThrowsError(try store.change(line: "group", actor: "Noor") { w in
            try w.addSegment(document: id, span: span, code: "Regie", coder: "Noor", tension: nil, memo: nil)
        }) { XCTAssertTrue("\($0)".contains("only groups"), "\($0)") }
        _ = try store.change(line: "code", actor: "Noor") { w in
            try w.addSegment(document: id, span: span, code: "Rolverdeling", coder: "Noor", tension: .onduidelijkheid, memo: "let op")
        }
        XCTAssertThrowsError(try store.change(line: "again", actor: "Noor") { w in
            try w.addSegment(document: id, span: span, code: "Regie/Rolverdeling", coder: "Noor", tension: nil, memo: nil)
        }) { XCTAssertTrue("\($0)".contains("already coded exactly"), "\($0)") }
        // Another coder may code the same passage.
        _ = try store.change(line: "code", actor: "Sem") { w in
            try w.addSegment(document: id, span: span, code: "Rolverdeling", coder: "Sem", tension: nil, memo: nil)
        }
        let found = try store.read { try $0.segments(SegmentFilter(code: "Regie")) }
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found[0].participant, "AMF-WOE-01")
        XCTAssertEqual(found[0].paragraphs, 2...2)
        XCTAssertEqual(try store.read { try $0.segments(SegmentFilter(code: "Regie", coder: "Sem")) }.count, 1)
        // A passage over several paragraphs, and one inside a paragraph, name the paragraphs they touch.
        let whole = try store.read { try $0.paragraphSpan(document: id, from: 1, to: 3) }
        let inside = try store.read { try $0.paragraphSpan(document: id, from: 3, to: 3) }
        _ = try store.change(line: "code", actor: "Noor") { w in
            _ = try w.addSegment(document: id, span: whole, code: "Coaching", coder: "Noor", tension: nil, memo: nil)
            _ = try w.addSegment(document: id, span: (inside.lowerBound + 1)..<(inside.upperBound - 1), code: "Coaching", coder: "Sem", tension: nil, memo: nil)
        }
        let spans = try store.read { try $0.segments(SegmentFilter(code: "Coaching")) }.map(\.paragraphs)
        XCTAssertEqual(spans, [1...3, 3...3])
    }

    func testMergeMovesSegmentsAndUndoRestoresThem() throws {
        let id = try importText()
        _ = try store.change(line: "code", actor: "Noor") { w in
            _ = try w.addSegment(document: id, span: 0..<10, code: "Coaching", coder: "Noor", tension: nil, memo: nil)
            _ = try w.addSegment(document: id, span: 0..<10, code: "Rolverdeling", coder: "Noor", tension: nil, memo: nil)
            _ = try w.addSegment(document: id, span: 20..<30, code: "Coaching", coder: "Noor", tension: nil, memo: nil)
        }
        let result = try store.change(line: "merge", actor: "Noor") { w in try w.mergeCode("Coaching", into: "Rolverdeling") }
        XCTAssertEqual(result.moved, 1)
        XCTAssertEqual(result.dropped, 1)
        XCTAssertEqual(try store.read { try $0.codes().map(\.name) }, ["Regie", "Rolverdeling"])
        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try store.read { try $0.codes().map(\.name) }, ["Regie", "Rolverdeling", "Coaching"])
        XCTAssertEqual(try store.read { try $0.segments(SegmentFilter(code: "Coaching")) }.count, 2)
        XCTAssertThrowsError(try store.change(line: "self", actor: nil) { w in try w.mergeCode("Regie", into: "Rolverdeling") })
        XCTAssertThrowsError(try store.change(line: "cycle", actor: nil) { w in try w.moveCode("Regie", under: "Rolverdeling") })
    }

    func testAutocodeCodesMatchingParagraphsOnce() throws {
        _ = try importText()
        let n = try store.change(line: "auto", actor: "Noor") { w in try w.autocode(query: "coaching", code: "Coaching", coder: "Noor", tension: nil) }
        XCTAssertEqual(n, 1)
        let again = try store.change(line: "auto", actor: "Noor") { w in try w.autocode(query: "coaching", code: "Coaching", coder: "Noor", tension: nil) }
        XCTAssertEqual(again, 0)
        XCTAssertThrowsError(try store.read { try $0.searchParagraphs("\"unclosed") })
    }
}
