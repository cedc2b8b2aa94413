import GRDB
import VeldwerkCore

/// A validated development theme: the plenary's choice, linked to its A4 item and codes.
public struct ThemeInfo: Equatable, Sendable {
    public var id: Int64
    public var team: String
    public var position: Int
    public var name: String
    /// The focus group, A4 item and plenary decision it came from; nil for a theme from a session.
    public var focusGroup: Int64?
    public var item: Int?
    public var codes: [String]
    public var decision: Int64?
    /// The session a theme came from, when it came from one.
    public var session: Int64?
}

public struct DecisionInfo: Equatable, Sendable {
    public var id: Int64
    public var focusGroup: Int64
    public var at: String
    public var note: String?
    public var themes: [String]
}

extension ProjectReader {
    /// The team's current themes: those of its latest plenary decision, then those that sessions
    /// brought up since.
    public func themes(team: String) throws -> [ThemeInfo] {
        let teamID = try id(of: .team, team)
        let decision = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM decision WHERE team_id = ?"), arguments: [teamID])
        return try themeInfos(where: "th.team_id = ? AND th.state = 'active' AND (th.decision_id IS ? OR th.session_id IS NOT NULL) AND (th.decision_id IS NOT NULL OR th.session_id IS NOT NULL)",
                              [teamID, decision])
    }

    func themes(decision: Int64, activeOnly: Bool = false) throws -> [ThemeInfo] {
        try themeInfos(where: "th.decision_id = ?" + (activeOnly ? " AND th.state = 'active'" : ""), [decision])
    }

    func themeInfo(_ id: Int64) throws -> ThemeInfo {
        guard let info = try themeInfos(where: "th.id = ?", [id]).first else { throw StoreError.unknown(.theme, String(id)) }
        return info
    }

    private func themeInfos(where condition: String, _ args: [DatabaseValueConvertible?]) throws -> [ThemeInfo] {
        try ThemeRow.fetchAll(db, sql: """
            SELECT th.id, t.name AS team, th.position, th.name, i.focus_group_id, i.number, th.item_id, th.decision_id, th.session_id
            FROM theme th JOIN team t ON t.id = th.team_id LEFT JOIN fg_item i ON i.id = th.item_id
            WHERE \(condition) ORDER BY th.session_id IS NOT NULL, th.position, th.id
            """, arguments: StatementArguments(args)).map { row in
            let codes = try row.itemID.map { item in
                try String.fetchAll(db.cachedStatement(sql: """
                    WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT f.id FROM fg_item f JOIN sub ON f.merged_into = sub.id)
                    SELECT DISTINCT c.code_name FROM fg_item_code c WHERE c.item_id IN (SELECT id FROM sub) ORDER BY c.id
                    """), arguments: [item])
            } ?? []
            return ThemeInfo(id: row.id, team: row.team, position: row.position, name: row.name, focusGroup: row.focusGroupID,
                             item: row.number, codes: codes, decision: row.decisionID, session: row.sessionID)
        }
    }

    private struct ThemeRow: Decodable, FetchableRecord {
        var id: Int64
        var team: String
        var position: Int
        var name: String
        var focusGroupID: Int64?
        var number: Int?
        var itemID: Int64?
        var decisionID: Int64?
        var sessionID: Int64?
        enum CodingKeys: String, CodingKey {
            case id, team, position, name, number
            case focusGroupID = "focus_group_id"
            case itemID = "item_id"
            case decisionID = "decision_id"
            case sessionID = "session_id"
        }
    }

    /// Every plenary decision of a team, oldest first: earlier ones stay on record.
    public func decisions(team: String) throws -> [DecisionInfo] {
        let teamID = try id(of: .team, team)
        return try DecisionRecord.filter(Column("team_id") == teamID).order(Column("id")).fetchAll(db).map { row in
            let id = row.id ?? 0
            return DecisionInfo(id: id, focusGroup: row.focusGroupID, at: row.decidedAt, note: row.note, themes: try themes(decision: id).map(\.name))
        }
    }
}

extension ProjectWriter {
    /// Records the plenary outcome: the chosen items, in order, become the team's validated themes.
    public func prioritise(team: String, items: [Int], note: String?) throws -> [ThemeInfo] {
        let teamID = try reader.id(of: .team, team)
        guard let fg = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM focus_group WHERE team_id = ?"), arguments: [teamID]) else {
            throw StoreError.noFocusGroup(team: team)
        }
        guard !items.isEmpty else { throw VeldwerkError("name the items the plenary chose, in order") }
        guard Set(items).count == items.count else { throw VeldwerkError("an item is named twice; each theme once") }
        let rows = try items.map { n -> ItemRow in
            guard let row = try ItemRow.fetchOne(db.cachedStatement(sql: ItemRow.select + " WHERE i.focus_group_id = ? AND i.number = ?"), arguments: [fg, n]) else {
                throw VeldwerkError("focus group \(fg) of \(team) has no item \(n)")
            }
            if let merged = row.merged { throw VeldwerkError("item \(n) was merged into item \(merged); prioritise item \(merged)") }
            return row
        }
        let note = try note.map { try Names.validatedText($0, what: "note") }
        try db.cachedStatement(sql: "INSERT INTO decision (team_id, focus_group_id, decided_at, note) VALUES (?, ?, ?, ?)").execute(arguments: [teamID, fg, ProjectClock.now(), note])
        let decision = db.lastInsertedRowID
        for (position, row) in rows.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO theme (team_id, decision_id, position, name, item_id) VALUES (?, ?, ?, ?, ?)").execute(arguments: [teamID, decision, position + 1, row.label, row.id])
        }
        return try reader.themes(decision: decision)
    }
}
