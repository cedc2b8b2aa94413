import Foundation
import GRDB
import VeldwerkCore

/// A document's paragraphs, with their full-text index, follow from its body alone: they are
/// written with the document and removed with it, never on their own.
///
/// So the change log does not record them row by row (a transcript has hundreds, and their
/// images held the whole text a second time). Undo and redo put the document back or take it
/// away, and ``Reversal`` asks this type to bring the paragraphs along.
enum Paragraphs {
    /// Tables whose rows are derived from another table's rows: not watched by the undo triggers.
    static let derivedTables: Set<String> = ["paragraph"]

    /// Stores the paragraphs of `text` as document `document`'s and indexes them, from the text
    /// in hand (never read back).
    ///
    /// All of a document's paragraphs go in as one statement, and into the index as one more:
    /// the full-text index writes what it collected whenever a statement ends inside a
    /// transaction, so a statement per paragraph left a piece of index per paragraph.
    static func derive(_ db: Database, document: Int64, text: String) throws {
        let paragraphs = TranscriptText.paragraphsWithBytes(of: text)
        guard paragraphs.count <= TranscriptText.maximumParagraphs else {
            throw VeldwerkError("the text has \(paragraphs.count) paragraphs, more than the \(TranscriptText.maximumParagraphs) a transcript or note may have; check the file")
        }
        guard !paragraphs.isEmpty else { return }
        var rows: [UInt8] = [0x5B]
        rows.reserveCapacity(paragraphs.count * 32)
        for (i, (p, _)) in paragraphs.enumerated() {
            JSONText.append(i == 0 ? "[\(p.number),\(p.start),\(p.end)," : ",[\(p.number),\(p.start),\(p.end),", to: &rows)
            if let speaker = p.speaker { JSONText.appendString(speaker, to: &rows) } else { JSONText.append("null", to: &rows) }
            rows.append(0x5D)
        }
        rows.append(0x5D)
        try db.cachedStatement(sql: """
            INSERT INTO paragraph (document_id, number, start_pos, end_pos, speaker)
            SELECT ?, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]')
            FROM json_each(?) ORDER BY key
            """).execute(arguments: [document, String(decoding: rows, as: UTF8.self)])
        try index(db, document: document, text: text, paragraphs: paragraphs.map { ($0.paragraph.number, $0.bytes) }, command: nil)
    }

    /// Removes document `document`'s paragraphs and takes them out of the index, which needs
    /// each paragraph's text as it was indexed: cut from the document's text by the stored spans.
    static func remove(_ db: Database, document: Int64) throws {
        let spans = try Row.fetchAll(db.cachedStatement(sql: "SELECT number, start_pos, end_pos FROM paragraph WHERE document_id = ? ORDER BY start_pos"),
                                     arguments: [document]).map { (number: $0[0] as Int, span: ($0[1] as Int)..<($0[2] as Int)) }
        if !spans.isEmpty, let body = try body(db, document: document) {
            let bytes = TranscriptText.byteRanges(body, spans.map(\.span))
            try index(db, document: document, text: body, paragraphs: zip(spans, bytes).map { ($0.number, $1) }, command: "delete")
        }
        try db.cachedStatement(sql: "DELETE FROM paragraph WHERE document_id = ?").execute(arguments: [document])
    }

    /// Adds paragraphs to the index, or with `command` "delete" takes them out, as one statement.
    /// The text goes in once, as bytes, and each paragraph is cut from it by its byte offsets:
    /// cutting text by character offsets counts from the start every time, and handing each
    /// paragraph over as a JSON string cost as much as indexing it.
    private static func index(_ db: Database, document: Int64, text: String, paragraphs: [(number: Int, bytes: Range<Int>)], command: String?) throws {
        var json: [UInt8] = [0x5B]
        json.reserveCapacity(paragraphs.count * 24)
        for (i, p) in paragraphs.enumerated() {
            JSONText.append("\(i == 0 ? "" : ",")[\(p.number),\(p.bytes.lowerBound + 1),\(p.bytes.count)]", to: &json)
        }
        json.append(0x5D)
        let target = command == nil ? "(rowid, text)" : "(paragraph_fts, rowid, text)"
        try db.cachedStatement(sql: """
            INSERT INTO paragraph_fts \(target)
            SELECT \(command == nil ? "" : "'delete', ")p.id, CAST(substr(?1, json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]')) AS TEXT)
            FROM json_each(?2) j JOIN paragraph p ON p.document_id = ?3 AND p.number = json_extract(j.value, '$[0]')
            ORDER BY p.id
            """).execute(arguments: [Data(text.utf8), String(decoding: json, as: UTF8.self), document])
    }

    // MARK: Undo and redo

    /// Before undo or redo removes a row: rows derived from it go first.
    static func removing(_ db: Database, table: String, rowID: Int64) throws {
        guard table == "document" else { return }
        try remove(db, document: rowID)
    }

    /// After undo or redo put a row back: rows derived from it are made again.
    static func restored(_ db: Database, table: String, rowID: Int64) throws {
        guard table == "document", let body = try body(db, document: rowID) else { return }
        try derive(db, document: rowID, text: body)
    }

    /// The text rows are derived from, read before undo or redo rewrites a row in place, so
    /// ``rewritten(_:table:rowID:from:)`` can tell whether it changed.
    static func source(_ db: Database, table: String, rowID: Int64) throws -> String? {
        table == "document" ? try body(db, document: rowID) : nil
    }

    /// After undo or redo rewrote a row in place: derived rows are made again if their source changed.
    static func rewritten(_ db: Database, table: String, rowID: Int64, from old: String?) throws {
        guard table == "document", let body = try body(db, document: rowID), body != old else { return }
        try remove(db, document: rowID)
        try derive(db, document: rowID, text: body)
    }

    private static func body(_ db: Database, document: Int64) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT body FROM document WHERE id = ?"), arguments: [document])
    }
}
