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
        let counts = try Row.fetchAll(db, sql: """
            SELECT s.code_id, \(column) AS col, count(*) AS n FROM segment s
            JOIN transcript t ON t.document_id = s.document_id JOIN interview i ON i.id = t.interview_id
            JOIN participant p ON p.id = i.participant_id JOIN role r ON r.id = p.role_id JOIN team tm ON tm.id = p.team_id
            GROUP BY s.code_id, col
            """)
        var table: [Int64: [String: Int]] = [:]
        for row in counts { table[row["code_id"], default: [:]][row["col"]] = row["n"] }
        let rows = try codes().map { c in (code: c.name, depth: c.depth, counts: columns.map { table[c.id]?[$0] ?? 0 }) }
        return (columns, rows)
    }

    /// Codes ranked as candidate development points for a team: by how many different people
    /// voiced a tension, then by tension segments, then by the spread over roles.
    public func candidates(team: String) throws -> [Candidate] {
        let teamID = try id(of: .team, team)
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.code_id, c.name AS code, s.tension, p.id AS pid, r.name AS role, s.start_pos, s.end_pos, s.document_id
            FROM segment s JOIN code c ON c.id = s.code_id
            JOIN transcript t ON t.document_id = s.document_id JOIN interview i ON i.id = t.interview_id
            JOIN participant p ON p.id = i.participant_id JOIN role r ON r.id = p.role_id
            WHERE p.team_id = ?
            ORDER BY s.document_id, s.start_pos
            """, arguments: [teamID])
        let teamName = try String.fetchOne(db, sql: "SELECT name FROM team WHERE id = ?", arguments: [teamID])!
        var result: [Candidate] = []
        for (codeID, group) in Dictionary(grouping: rows, by: { $0["code_id"] as Int64 }) {
            let tensionRows = group.filter { ($0["tension"] as String?) != nil }
            var tensions: [String: Int] = [:]
            for r in tensionRows { tensions[r["tension"], default: 0] += 1 }
            let voiced = tensionRows.isEmpty ? group : tensionRows
            let people = Set(voiced.map { $0["pid"] as Int64 })
            let roles = Set(voiced.map { $0["role"] as String }).sorted()
            // Evidence: the shortest tension passage of reasonable length, else the shortest.
            let pick = voiced.min { a, b in
                let la = (a["end_pos"] as Int) - (a["start_pos"] as Int), lb = (b["end_pos"] as Int) - (b["start_pos"] as Int)
                return (la < 40 ? 10_000 + la : la) < (lb < 40 ? 10_000 + lb : lb)
            }
            var evidence: String?
            var by: String?
            if let pick {
                let text = try String.fetchOne(db, sql: "SELECT substr(body, ? + 1, ? - ?) FROM document WHERE id = ?",
                                               arguments: [pick["start_pos"] as Int, pick["end_pos"] as Int, pick["start_pos"] as Int, pick["document_id"] as Int64]) ?? ""
                evidence = Quote.line(Quote.withoutSpeaker(text))
                by = "\(pick["role"] as String), \(teamName)"
            }
            result.append(Candidate(codeID: codeID, code: group[0]["code"], segments: group.count, tensionSegments: tensionRows.count,
                                    tensions: tensions, participants: people.count, roles: roles, evidence: evidence, evidenceBy: by))
        }
        return result.sorted { a, b in
            (a.participants, a.tensionSegments, a.roles.count, b.code.lowercased()) > (b.participants, b.tensionSegments, b.roles.count, a.code.lowercased())
        }
    }

    /// What `agreement` compares: the documents both coders coded, their lengths, and each coder's spans.
    public func agreementData(_ a: String, _ b: String, code: String?) throws -> (lengths: [Int64: Int], a: [Agreement.Span], b: [Agreement.Span], codes: [(Int64, String)]) {
        let idA = try id(of: .researcher, a), idB = try id(of: .researcher, b)
        guard idA != idB else { throw VeldwerkError("compare two different researchers") }
        let docs = try Row.fetchAll(db, sql: """
            SELECT d.id, d.length FROM document d
            WHERE EXISTS (SELECT 1 FROM segment WHERE document_id = d.id AND coder_id = ?1)
              AND EXISTS (SELECT 1 FROM segment WHERE document_id = d.id AND coder_id = ?2)
            """, arguments: [idA, idB])
        var lengths: [Int64: Int] = [:]
        for d in docs { lengths[d["id"]] = d["length"] }
        var codeFilter = ""
        var args: [DatabaseValueConvertible] = []
        if let code {
            codeFilter = " AND s.code_id = ?"
            args.append(try codeID(code))
        }
        func spans(_ coder: Int64) throws -> [Agreement.Span] {
            try Row.fetchAll(db, sql: "SELECT s.document_id, s.start_pos, s.end_pos, s.code_id FROM segment s WHERE s.coder_id = ?" + codeFilter,
                             arguments: StatementArguments([coder] + args))
                .filter { lengths[$0["document_id"]] != nil }
                .map { Agreement.Span(document: $0["document_id"], start: $0["start_pos"], end: $0["end_pos"], code: $0["code_id"]) }
        }
        let sa = try spans(idA), sb = try spans(idB)
        let used = Set(sa.map(\.code) + sb.map(\.code))
        let codes = try codes().filter { used.contains($0.id) }.map { ($0.id, $0.path) }
        return (lengths, sa, sb, codes)
    }
}

