import GRDB
import VeldwerkCore

/// A transcript as listed: its document, where it came from, and whose interview it is.
public struct TranscriptSummary: Equatable, Sendable {
    public var id: Int64
    public var title: String
    public var interviewID: Int64?
    public var participant: String?
    public var team: String?
    public var role: String?
    public var paragraphs: Int
    public var characters: Int
    public var segments: Int
    public var sha256: String
}

/// One numbered paragraph with its text and the codes that touch it.
public struct ParagraphView: Equatable, Sendable {
    public var number: Int
    public var start: Int
    public var end: Int
    public var speaker: String?
    public var text: String
    public var codes: [String]
}

extension ProjectReader {
    public func transcripts(team: String? = nil) throws -> [TranscriptSummary] {
        var sql = Self.transcriptSelect
        var args: StatementArguments = []
        if let team {
            sql += " WHERE p.team_id = ?"
            args = [try id(of: .team, team)]
        }
        sql += " ORDER BY d.id"
        return try TranscriptRow.fetchAll(db, sql: sql, arguments: args).map(\.summary)
    }

    public func transcript(_ id: Int64) throws -> TranscriptSummary {
        // Prepared once: an import reads back every transcript it adds.
        guard let row = try TranscriptRow.fetchOne(db.cachedStatement(sql: Self.transcriptSelect + " WHERE d.id = ?"), arguments: [id]) else {
            throw StoreError.unknown(.transcript, String(id))
        }
        return row.summary
    }

    static let transcriptSelect = """
        SELECT d.id, d.title, d.length, d.sha256, t.interview_id, p.pseudonym, tm.name AS team, r.name AS role,
               (SELECT count(*) FROM paragraph x WHERE x.document_id = d.id) AS paragraphs,
               (SELECT count(*) FROM segment s WHERE s.document_id = d.id) AS segments
        FROM transcript t JOIN document d INDEXED BY document_outline ON d.id = t.document_id
        LEFT JOIN interview i ON i.id = t.interview_id
        LEFT JOIN participant p ON p.id = i.participant_id
        LEFT JOIN team tm ON tm.id = p.team_id
        LEFT JOIN role r ON r.id = p.role_id
        """

    private struct TranscriptRow: Decodable, FetchableRecord {
        var id: Int64
        var title: String
        var length: Int
        var sha256: String
        var interviewID: Int64?
        var pseudonym: String?
        var team: String?
        var role: String?
        var paragraphs: Int
        var segments: Int

        enum CodingKeys: String, CodingKey {
            case id, title, length, sha256, pseudonym, team, role, paragraphs, segments
            case interviewID = "interview_id"
        }

        var summary: TranscriptSummary {
            TranscriptSummary(id: id, title: title, interviewID: interviewID, participant: pseudonym, team: team, role: role,
                              paragraphs: paragraphs, characters: length, segments: segments, sha256: sha256)
        }
    }

    /// Paragraphs `range` (1-based, inclusive; all when nil) with their text and covering codes.
    public func paragraphs(of document: Int64, range: ClosedRange<Int>? = nil) throws -> [ParagraphView] {
        try requireDocument(document)
        let count = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM paragraph WHERE document_id = ?"), arguments: [document]) ?? 0
        if let range, range.lowerBound < 1 || range.upperBound > count {
            throw VeldwerkError("transcript \(document) has paragraphs 1-\(count); \(range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)") is out of range")
        }
        let rows = try ParagraphRow.fetchAll(db.cachedStatement(sql: """
            SELECT p.number, p.start_pos, p.end_pos, p.speaker FROM paragraph p
            WHERE p.document_id = ? AND p.number BETWEEN ? AND ? ORDER BY p.number
            """), arguments: [document, range?.lowerBound ?? 1, range?.upperBound ?? Int.max])
        let segments = try CodedSpan.fetchAll(db.cachedStatement(sql: """
            SELECT s.start_pos, s.end_pos, c.name FROM segment s JOIN code c ON c.id = s.code_id WHERE s.document_id = ? ORDER BY c.name
            """), arguments: [document])
        let texts = rows.isEmpty ? [] : TranscriptText.slices(try documentText(document), rows.map { $0.startPos..<$0.endPos })
        return zip(rows, texts).map { row, text in
            var codes: [String] = []
            for s in segments where s.startPos < row.endPos && s.endPos > row.startPos && !codes.contains(s.name) {
                codes.append(s.name)
            }
            return ParagraphView(number: row.number, start: row.startPos, end: row.endPos, speaker: row.speaker, text: text, codes: codes)
        }
    }

    private struct ParagraphRow: Decodable, FetchableRecord {
        var number: Int
        var startPos: Int
        var endPos: Int
        var speaker: String?
        enum CodingKeys: String, CodingKey { case number, speaker; case startPos = "start_pos"; case endPos = "end_pos" }
    }

    private struct CodedSpan: Decodable, FetchableRecord {
        var startPos: Int
        var endPos: Int
        var name: String
        enum CodingKeys: String, CodingKey { case name; case startPos = "start_pos"; case endPos = "end_pos" }
    }

    /// The whole normalised text of a document.
    public func documentText(_ id: Int64) throws -> String {
        guard let text = try String.fetchOne(db.cachedStatement(sql: "SELECT body FROM document WHERE id = ?"), arguments: [id]) else {
            throw StoreError.unknown(.transcript, String(id))
        }
        return text
    }

    /// Transcripts and logboek notes are both documents: codable and searchable alike.
    func requireDocument(_ id: Int64) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM document WHERE id = ?"), arguments: [id]) == true else {
            throw StoreError.unknown(.document, String(id))
        }
    }

    func requireTranscript(_ id: Int64) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM transcript WHERE document_id = ?"), arguments: [id]) == true else {
            throw StoreError.unknown(.transcript, String(id))
        }
    }
}

extension ProjectWriter {
    public enum ImportOutcome: Equatable, Sendable {
        case added(Int64)
        /// The same text was imported before; `interview` is the interview it is linked to.
        case known(Int64, interview: Int64?)
    }

    /// Stores a transcript's text once with its paragraphs, optionally linked to an interview.
    /// An interview whose transcript has coded segments is not silently given another one.
    public func importTranscript(title: String, format: String, text: String, sha256: String, interview: Int64?, replace: Bool) throws -> ImportOutcome {
        if let known = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT d.id FROM document d JOIN transcript t ON t.document_id = d.id WHERE d.sha256 = ? AND d.body = ?
            """), arguments: [sha256, text]) {
            let current = try Int64.fetchOne(db.cachedStatement(sql: "SELECT interview_id FROM transcript WHERE document_id = ?"), arguments: [known])
            if let interview, interview != current {
                // One text is one interview's transcript: never leave the asked-for interview behind unlinked.
                if let current {
                    throw VeldwerkError("this text is already transcript \(known), linked to interview \(current); it was not linked to interview \(interview) and nothing was added")
                }
                try link(known, interview: interview)
                return .known(known, interview: interview)
            }
            return .known(known, interview: current)
        }
        if let interview {
            _ = try reader.interview(id: interview)
            if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT document_id FROM transcript WHERE interview_id = ?"), arguments: [interview]) {
                let coded = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM segment WHERE document_id = ?"), arguments: [existing]) ?? 0
                guard replace else {
                    throw VeldwerkError("interview \(interview) already has transcript \(existing)\(coded > 0 ? " with \(coded) coded segments" : ""); add --replace to replace it (undo brings it back)")
                }
                try removeDocument(existing)
            }
        }
        try db.cachedStatement(sql: "INSERT INTO document (kind, title, format, sha256, body, length, added_on) VALUES ('transcript', ?, ?, ?, ?, ?, date('now'))")
            .execute(arguments: [title, format, sha256, text, TranscriptText.scalarCount(text)])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO transcript (document_id, interview_id) VALUES (?, ?)").execute(arguments: [id, interview])
        try insertParagraphs(document: id, text: text)
        return .added(id)
    }

    /// Stores the document's paragraphs, which follow from its text (``Paragraphs``).
    func insertParagraphs(document: Int64, text: String) throws {
        try Paragraphs.derive(db, document: document, text: text)
    }

    /// Removes a document with its paragraphs and segments (undo restores all of it).
    func removeDocument(_ id: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM segment WHERE document_id = ?").execute(arguments: [id])
        try Paragraphs.remove(db, document: id)
        try db.cachedStatement(sql: "DELETE FROM transcript WHERE document_id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?").execute(arguments: [id])
    }

    public func link(_ transcript: Int64, interview: Int64) throws {
        try reader.requireTranscript(transcript)
        _ = try reader.interview(id: interview)
        if let other = try Int64.fetchOne(db.cachedStatement(sql: "SELECT document_id FROM transcript WHERE interview_id = ? AND document_id != ?"), arguments: [interview, transcript]) {
            throw VeldwerkError("interview \(interview) already has transcript \(other); one transcript per interview")
        }
        try db.cachedStatement(sql: "UPDATE transcript SET interview_id = ? WHERE document_id = ?").execute(arguments: [interview, transcript])
    }
}
