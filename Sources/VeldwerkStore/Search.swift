import GRDB
import VeldwerkCore

/// A paragraph found by full-text search.
public struct SearchHit: Equatable, Sendable {
    public var document: Int64
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var isTranscript: Bool
    public var participant: String?
    public var role: String?
    public var team: String?
}

extension ProjectReader {
    /// FTS5 over paragraphs, diacritics folded (`cafe` finds `café`). Plain words are matched as
    /// words, all of them required; FTS5 syntax (`"exact phrase"`, `OR`, `NOT`, `prefix*`) works too.
    public func searchParagraphs(_ query: String, limit: Int? = 200) throws -> [SearchHit] {
        let match = try Self.ftsQuery(query)
        // The index yields its rows in rowid order, the order paragraphs were stored in (documents
        // as added, each in paragraph order): the first `limit` are taken there, so the scan stops
        // early instead of joining and sorting every hit of a large project; they are then shown
        // by transcript and paragraph.
        let found = "SELECT rowid AS id FROM paragraph_fts WHERE paragraph_fts MATCH ?" + (limit.map { " ORDER BY rowid LIMIT \($0)" } ?? "")
        let sql = """
            SELECT g.document_id, g.number, g.start_pos, g.end_pos,
                   d.kind, p.pseudonym, r.name AS role, tm.name AS team
            FROM (\(found)) f JOIN paragraph g ON g.id = f.id JOIN document d ON d.id = g.document_id
            LEFT JOIN transcript t ON t.document_id = d.id
            LEFT JOIN interview i ON i.id = t.interview_id
            LEFT JOIN participant p ON p.id = i.participant_id
            LEFT JOIN role r ON r.id = p.role_id
            LEFT JOIN team tm ON tm.id = p.team_id
            ORDER BY g.document_id, g.number
            """
        do {
            let rows = try HitRow.fetchAll(db.cachedStatement(sql: sql), arguments: [match])
            // Each document's text is read once and its hits cut from it in one pass.
            var texts: [String] = []
            texts.reserveCapacity(rows.count)
            var from = 0
            while from < rows.count {
                var to = from + 1
                while to < rows.count, rows[to].documentID == rows[from].documentID { to += 1 }
                texts += TranscriptText.slices(try documentText(rows[from].documentID), rows[from..<to].map { $0.startPos..<$0.endPos })
                from = to
            }
            return zip(rows, texts).map { row, text in
                SearchHit(document: row.documentID, paragraph: row.number, start: row.startPos, end: row.endPos,
                          text: text, isTranscript: row.kind == "transcript",
                          participant: row.pseudonym, role: row.role, team: row.team)
            }
        } catch let e as DatabaseError where e.resultCode == .SQLITE_ERROR {
            throw VeldwerkError("cannot search for '\(query)': \(e.message ?? "malformed query"); quote a phrase with \"...\"")
        }
    }

    private struct HitRow: Decodable, FetchableRecord {
        var documentID: Int64
        var number: Int
        var startPos: Int
        var endPos: Int
        var kind: String
        var pseudonym: String?
        var role: String?
        var team: String?
        enum CodingKeys: String, CodingKey {
            case number, kind, pseudonym, role, team
            case documentID = "document_id"
            case startPos = "start_pos"
            case endPos = "end_pos"
        }
    }

    /// Words become a phrase-safe AND query unless the user wrote FTS5 syntax themselves.
    static func ftsQuery(_ query: String) throws -> String {
        let trimmed = query.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw VeldwerkError("search for what? give one or more words") }
        let syntax = trimmed.contains("\"") || trimmed.contains("*") || trimmed.contains(" OR ") || trimmed.contains(" NOT ")
            || trimmed.contains(" AND ") || trimmed.contains("(")
        if syntax { return trimmed }
        let words = trimmed.split(whereSeparator: { $0.isWhitespace }).map { "\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"" }
        return words.joined(separator: " ")
    }
}
