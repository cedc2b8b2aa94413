import GRDB
import VeldwerkCore

/// A coded passage as shown to readers: quoted, attributed by pseudonym, role and team only.
public struct SegmentView: Equatable, Sendable {
    public var id: Int64
    public var document: Int64
    public var code: String
    public var coder: String
    public var start: Int
    public var end: Int
    public var paragraphs: ClosedRange<Int>?
    public var tension: String?
    public var memo: String?
    public var quote: String
    public var participant: String?
    public var role: String?
    public var team: String?
}

public struct SegmentFilter: Sendable {
    public var code: String?
    public var team: String?
    public var role: String?
    public var coder: String?
    public var document: Int64?
    public var id: Int64?

    public init(code: String? = nil, team: String? = nil, role: String? = nil, coder: String? = nil, document: Int64? = nil, id: Int64? = nil) {
        self.code = code
        self.team = team
        self.role = role
        self.coder = coder
        self.document = document
        self.id = id
    }
}

extension ProjectReader {
    public func segments(_ filter: SegmentFilter, includeSubcodes: Bool = true) throws -> [SegmentView] {
        var conditions: [String] = []
        var args: [DatabaseValueConvertible] = []
        if let code = filter.code {
            let id = try codeID(code)
            if includeSubcodes {
                conditions.append("s.code_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT c.id FROM code c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)")
            } else {
                conditions.append("s.code_id = ?")
            }
            args.append(id)
        }
        if let team = filter.team { conditions.append("p.team_id = ?"); args.append(try id(of: .team, team)) }
        if let role = filter.role { conditions.append("p.role_id = ?"); args.append(try id(of: .role, role)) }
        if let coder = filter.coder { conditions.append("s.coder_id = ?"); args.append(try id(of: .researcher, coder)) }
        if let doc = filter.document { conditions.append("s.document_id = ?"); args.append(doc) }
        if let id = filter.id { conditions.append("s.id = ?"); args.append(id) }
        let sql = """
            SELECT s.id, s.document_id, c.name AS code, x.name AS coder, s.start_pos, s.end_pos, s.tension, s.memo,
                   substr(d.body, s.start_pos + 1, s.end_pos - s.start_pos) AS quote,
                   p.pseudonym, r.name AS role, tm.name AS team
            FROM segment s JOIN code c ON c.id = s.code_id JOIN researcher x ON x.id = s.coder_id
            JOIN document d ON d.id = s.document_id
            LEFT JOIN transcript t ON t.document_id = s.document_id
            LEFT JOIN interview i ON i.id = t.interview_id
            LEFT JOIN participant p ON p.id = i.participant_id
            LEFT JOIN role r ON r.id = p.role_id
            LEFT JOIN team tm ON tm.id = p.team_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY s.document_id, s.start_pos, s.id
            """
        let rows = try SegmentRow.fetchAll(db, sql: sql, arguments: StatementArguments(args))
        // The paragraphs a segment spans, from each document's paragraph bounds read once (asked
        // per segment in SQL, every segment read all its document's paragraphs twice), and only
        // those between the document's first coded place and its last: a listing of a few quotes
        // per transcript read every paragraph of thousands of transcripts.
        var reach: [Int64: (start: Int, end: Int)] = [:]
        for row in rows {
            let r = reach[row.documentID] ?? (row.startPos, row.endPos)
            reach[row.documentID] = (min(r.start, row.startPos), max(r.end, row.endPos))
        }
        var bounds: [Int64: [(number: Int, start: Int, end: Int)]] = [:]
        for (document, r) in reach {
            var list: [(number: Int, start: Int, end: Int)] = []
            try db.directRows("SELECT number, start_pos, end_pos FROM paragraph WHERE document_id = ? AND end_pos > ? AND start_pos < ?",
                              [.int(document), .int(Int64(r.start)), .int(Int64(r.end))]) { p in
                list.append((Int(p.int(0) ?? 0), Int(p.int(1) ?? 0), Int(p.int(2) ?? 0)))
                return true
            }
            bounds[document] = list
        }
        return rows.map { row in
            let spanned = (bounds[row.documentID] ?? []).filter { $0.end > row.startPos && $0.start < row.endPos }.map(\.number)
            return SegmentView(id: row.id, document: row.documentID, code: row.code, coder: row.coder,
                               start: row.startPos, end: row.endPos, paragraphs: spanned.min().flatMap { a in spanned.max().map { a...max(a, $0) } },
                               tension: row.tension, memo: row.memo, quote: row.quote,
                               participant: row.pseudonym, role: row.role, team: row.team)
        }
    }

    /// One row of the query above, read by column position: a listing reads thousands, and
    /// decoding each through `Decodable` took longer than the query.
    private struct SegmentRow: FetchableRecord {
        var id: Int64
        var documentID: Int64
        var code: String
        var coder: String
        var startPos: Int
        var endPos: Int
        var tension: String?
        var memo: String?
        var quote: String
        var pseudonym: String?
        var role: String?
        var team: String?

        init(row: Row) throws {
            id = row[0]
            documentID = row[1]
            code = row[2]
            coder = row[3]
            startPos = row[4]
            endPos = row[5]
            tension = row[6]
            memo = row[7]
            quote = row[8]
            pseudonym = row[9]
            role = row[10]
            team = row[11]
        }
    }

    /// The span of paragraphs `from`-`to` of a document, in scalars.
    public func paragraphSpan(document: Int64, from: Int, to: Int) throws -> Range<Int> {
        // One statement: a coding script asks this of every line. A document's paragraphs are
        // numbered 1 to n as they are written, so the highest number, one step down the index,
        // is their count (counting them read every paragraph of the document).
        let row = try db.directFirst("""
            SELECT max(number),
                   (SELECT start_pos FROM paragraph WHERE document_id = ?1 AND number = ?2),
                   (SELECT end_pos FROM paragraph WHERE document_id = ?1 AND number = ?3)
            FROM paragraph WHERE document_id = ?1
            """, [.int(document), .int(Int64(from)), .int(Int64(to))]) { (count: Int($0.int(0) ?? 0), start: $0.int(1), end: $0.int(2)) }
        let count = row?.count ?? 0
        // A document's paragraphs point to it; without any, it may not exist.
        if count == 0 { try requireDocument(document) }
        guard from >= 1, to >= from, to <= count else {
            let asked = from == to ? "\(from)" : "\(from)-\(to)"
            throw VeldwerkError("transcript \(document) has paragraphs 1-\(count); \(asked) is out of range")
        }
        guard let start = row?.start.map(Int.init), let end = row?.end.map(Int.init), start <= end else {
            throw VeldwerkError("transcript \(document) has gaps in its paragraph numbers; restore the project from a backup")
        }
        return start..<end
    }
}

extension ProjectWriter {
    /// Codes one span. The coder is required: agreement and history depend on who coded what.
    public func addSegment(document: Int64, span: Range<Int>, code: String, coder: String, tension: Tension?, memo: String?) throws -> Int64 {
        // Through the outline index: the length is stored after the text, and reading it from the
        // table walks the text's chain of overflow pages.
        guard let length = try reader.firstInt("SELECT length FROM document INDEXED BY document_outline WHERE id = ?", .int(document)) else {
            throw StoreError.unknown(.document, String(document))
        }
        let codeID = try reader.codeID(code)
        let coderID = try reader.id(of: .researcher, coder)
        // Whether the code takes segments, and the same coding made before, in one statement.
        let row = try db.directFirst("""
            SELECT (SELECT codable FROM code WHERE id = ?1),
                   (SELECT id FROM segment WHERE document_id = ?2 AND start_pos = ?3 AND end_pos = ?4 AND code_id = ?1 AND coder_id = ?5)
            """, [.int(codeID), .int(document), .int(Int64(span.lowerBound)), .int(Int64(span.upperBound)), .int(coderID)]) {
            (codable: ($0.int(0) ?? 0) != 0, existing: $0.int(1))
        }
        guard row?.codable == true else {
            throw VeldwerkError("code '\(try reader.codePath(codeID))' only groups other codes; code with one of its sub-codes")
        }
        guard span.lowerBound >= 0, span.upperBound <= length, !span.isEmpty else {
            throw VeldwerkError("span \(span.lowerBound)-\(span.upperBound) lies outside transcript \(document) (0-\(length))")
        }
        if let existing = row?.existing {
            throw VeldwerkError("\(coder) already coded exactly this passage with '\(try reader.codePath(codeID))' (segment \(existing))")
        }
        let memo = try memo.map { try Names.validatedText($0, what: "memo") }
        try db.cachedStatement(sql: """
            INSERT INTO segment (document_id, code_id, coder_id, start_pos, end_pos, tension, memo) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [document, codeID, coderID, span.lowerBound, span.upperBound, tension?.rawValue, memo])
        return db.lastInsertedRowID
    }

    public func removeSegment(_ id: Int64) throws -> SegmentView {
        guard let view = try reader.segments(SegmentFilter(id: id)).first else {
            throw StoreError.unknown(.segment, String(id))
        }
        try db.cachedStatement(sql: "DELETE FROM segment WHERE id = ?").execute(arguments: [id])
        return view
    }

    /// Codes every transcript paragraph that matches a full-text query. Paragraphs this coder
    /// already gave this code are left alone. Returns how many were coded.
    public func autocode(query: String, code: String, coder: String, tension: Tension?) throws -> Int {
        let hits = try reader.searchParagraphs(query, limit: nil)
        var coded = 0
        let codeID = try reader.codeID(code)
        let coderID = try reader.id(of: .researcher, coder)
        for hit in hits where hit.isTranscript {
            let exists = try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT 1 FROM segment WHERE document_id = ? AND code_id = ? AND coder_id = ? AND start_pos = ? AND end_pos = ?
                """), arguments: [hit.document, codeID, coderID, hit.start, hit.end]) == true
            if exists { continue }
            _ = try addSegment(document: hit.document, span: hit.start..<hit.end, code: code, coder: coder, tension: tension, memo: nil)
            coded += 1
        }
        return coded
    }
}
