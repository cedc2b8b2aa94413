import GRDB
import VeldwerkCore

/// A code put forward as a candidate development point for one team.
public struct Candidate: Equatable, Sendable {
    public var codeID: Int64
    public var code: String
    public var segments: Int
    public var tensionSegments: Int
    public var tensions: [String: Int]
    public var participants: Int
    public var roles: [String]
    /// A short passage that shows what people said, attributed by role and team.
    public var evidence: String?
    public var evidenceBy: String?
}

extension ProjectReader {
    /// Segments per code (rows) by team or by role (columns), counting sub-codes with their own code.
    public func matrix(byRole: Bool) throws -> (columns: [String], rows: [(code: String, depth: Int, counts: [Int])]) {
        let column = byRole ? "r.name" : "tm.name"
        let columns = try String.fetchAll(db, sql: byRole
            ? "SELECT name FROM role WHERE id IN (SELECT role_id FROM participant) ORDER BY name"
            : "SELECT name FROM team ORDER BY name")
        let counts = try CellCount.fetchAll(db, sql: """
            SELECT s.code_id, \(column) AS col, count(*) AS n FROM segment s
            JOIN transcript t ON t.document_id = s.document_id JOIN interview i ON i.id = t.interview_id
            JOIN participant p ON p.id = i.participant_id JOIN role r ON r.id = p.role_id JOIN team tm ON tm.id = p.team_id
            GROUP BY s.code_id, col
            """)
        var table: [Int64: [String: Int]] = [:]
        for cell in counts { table[cell.codeID, default: [:]][cell.col] = cell.n }
        let rows = try codes().map { c in (code: c.name, depth: c.depth, counts: columns.map { table[c.id]?[$0] ?? 0 }) }
        return (columns, rows)
    }

    /// Codes ranked as candidate development points for a team: by how many different people
    /// voiced a tension, then by tension segments, then by the spread over roles.
    public func candidates(team: String) throws -> [Candidate] {
        let teamID = try id(of: .team, team)
        let passages = try PassageRow.fetchAll(db.cachedStatement(sql: """
            SELECT s.code_id, c.name AS code, s.tension, p.id AS pid, r.name AS role, s.start_pos, s.end_pos, s.document_id
            FROM segment s JOIN code c ON c.id = s.code_id
            JOIN transcript t ON t.document_id = s.document_id JOIN interview i ON i.id = t.interview_id
            JOIN participant p ON p.id = i.participant_id JOIN role r ON r.id = p.role_id
            WHERE p.team_id = ?
            ORDER BY s.document_id, s.start_pos
            """), arguments: [teamID]).map(\.passage)
        let teamName = try self.team(id: teamID).name
        return try ReportRules.candidates(passages).map { r in
            let text = try r.evidence.flatMap { e in
                try String.fetchOne(db.cachedStatement(sql: "SELECT substr(body, ? + 1, ? - ?) FROM document WHERE id = ?"), arguments: [e.start, e.end, e.start, e.document])
            }
            return Candidate(codeID: r.code, code: r.codeName, segments: r.segments, tensionSegments: r.tensionSegments,
                             tensions: r.tensions, participants: r.participants, roles: r.roles,
                             evidence: text.map { Quote.line(Quote.withoutSpeaker($0)) }, evidenceBy: r.evidence.map { "\($0.role), \(teamName)" })
        }
    }

    private struct CellCount: Decodable, FetchableRecord {
        var codeID: Int64
        var col: String
        var n: Int
        enum CodingKeys: String, CodingKey { case col, n; case codeID = "code_id" }
    }

    /// Read by column position, in the order of the query above: a team's passages run to
    /// thousands, and decoding each through `Decodable` cost more than the query.
    private struct PassageRow: FetchableRecord {
        var codeID: Int64
        var code: String
        var tension: String?
        var pid: Int64
        var role: String
        var startPos: Int
        var endPos: Int
        var documentID: Int64

        init(row: Row) throws {
            codeID = row[0]
            code = row[1]
            tension = row[2]
            pid = row[3]
            role = row[4]
            startPos = row[5]
            endPos = row[6]
            documentID = row[7]
        }

        var passage: ReportRules.Passage {
            .init(code: codeID, codeName: code, tension: tension, person: pid, role: role, document: documentID, start: startPos, end: endPos)
        }
    }

    /// What `agreement` compares: the documents both coders coded, their lengths, and each coder's spans.
    public func agreementData(_ a: String, _ b: String, code: String?) throws -> (lengths: [Int64: Int], a: [Agreement.Span], b: [Agreement.Span], codes: [(Int64, String)]) {
        let idA = try id(of: .researcher, a), idB = try id(of: .researcher, b)
        guard idA != idB else { throw VeldwerkError("compare two different researchers") }
        let docs = try DocumentLength.fetchAll(db.cachedStatement(sql: """
            SELECT d.id, d.length FROM document d
            WHERE EXISTS (SELECT 1 FROM segment WHERE document_id = d.id AND coder_id = ?1)
              AND EXISTS (SELECT 1 FROM segment WHERE document_id = d.id AND coder_id = ?2)
            """), arguments: [idA, idB])
        var lengths: [Int64: Int] = [:]
        for d in docs { lengths[d.id] = d.length }
        var codeFilter = ""
        var args: [DatabaseValueConvertible] = []
        if let code {
            codeFilter = " AND s.code_id = ?"
            args.append(try codeID(code))
        }
        // In document order, as the place index holds them: the report groups spans by sorting,
        // which costs nothing on sorted input, and a document's membership is looked up once.
        func spans(_ coder: Int64) throws -> [Agreement.Span] {
            var result: [Agreement.Span] = []
            let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT s.document_id, s.start_pos, s.end_pos, s.code_id FROM segment s WHERE s.coder_id = ?" + codeFilter + " ORDER BY s.document_id"),
                                           arguments: StatementArguments([coder] + args))
            var document: Int64 = -1, compared = false
            while let row = try rows.next() {
                let d: Int64 = row[0]
                if d != document { document = d; compared = lengths[d] != nil }
                if compared { result.append(Agreement.Span(document: d, start: row[1], end: row[2], code: row[3])) }
            }
            return result
        }
        let sa = try spans(idA), sb = try spans(idB)
        let used = Set(sa.map(\.code) + sb.map(\.code))
        let codes = try codes().filter { used.contains($0.id) }.map { ($0.id, $0.path) }
        return (lengths, sa, sb, codes)
    }

    private struct DocumentLength: Decodable, FetchableRecord {
        var id: Int64
        var length: Int
    }
}

