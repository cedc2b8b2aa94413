import GRDB
import VeldwerkCore

/// A validated development theme: the plenary's choice, linked to its A4 item and codes.
public struct ThemeInfo: Equatable, Sendable {
    public var id: Int64
    public var team: String
    public var position: Int
    public var name: String
    public var focusGroup: Int64
    public var item: Int
    public var codes: [String]
    public var decision: Int64
}

public struct DecisionInfo: Equatable, Sendable {
    public var id: Int64
    public var focusGroup: Int64
    public var at: String
    public var note: String?
    public var themes: [String]
}

extension ProjectReader {
    /// The team's current themes: those of its latest plenary decision.
    public func themes(team: String) throws -> [ThemeInfo] {
        let teamID = try id(of: .team, team)
        guard let decision = try Int64.fetchOne(db, sql: "SELECT max(id) FROM decision WHERE team_id = ?", arguments: [teamID]) else { return [] }
        return try themes(decision: decision, activeOnly: true)
    }

    func themes(decision: Int64, activeOnly: Bool = false) throws -> [ThemeInfo] {
        try Row.fetchAll(db, sql: """
            SELECT th.id, t.name AS team, th.position, th.name, i.focus_group_id, i.number, th.item_id, th.decision_id
            FROM theme th JOIN team t ON t.id = th.team_id JOIN fg_item i ON i.id = th.item_id
            WHERE th.decision_id = ? \(activeOnly ? "AND th.state = 'active'" : "") ORDER BY th.position
            """, arguments: [decision]).map { row in
            let codes = try String.fetchAll(db, sql: """
                WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT f.id FROM fg_item f JOIN sub ON f.merged_into = sub.id)
                SELECT DISTINCT c.code_name FROM fg_item_code c WHERE c.item_id IN (SELECT id FROM sub) ORDER BY c.id
                """, arguments: [row["item_id"] as Int64])
            return ThemeInfo(id: row["id"], team: row["team"], position: row["position"], name: row["name"], focusGroup: row["focus_group_id"],
                             item: row["number"], codes: codes, decision: row["decision_id"])
        }
    }

    /// Every plenary decision of a team, oldest first: earlier ones stay on record.
    public func decisions(team: String) throws -> [DecisionInfo] {
        let teamID = try id(of: .team, team)
        return try Row.fetchAll(db, sql: "SELECT * FROM decision WHERE team_id = ? ORDER BY id", arguments: [teamID]).map { row in
            DecisionInfo(id: row["id"], focusGroup: row["focus_group_id"], at: row["decided_at"], note: row["note"],
                         themes: try themes(decision: row["id"]).map(\.name))
        }
    }
}

extension ProjectWriter {
    /// Records the plenary outcome: the chosen items, in order, become the team's validated themes.
    public func prioritise(team: String, items: [Int], note: String?) throws -> [ThemeInfo] {
        let teamID = try reader.id(of: .team, team)
        guard let fg = try Int64.fetchOne(db, sql: "SELECT max(id) FROM focus_group WHERE team_id = ?", arguments: [teamID]) else {
            throw StoreError.noFocusGroup(team: team)
        }
        guard !items.isEmpty else { throw VeldwerkError("name the items the plenary chose, in order") }
        guard Set(items).count == items.count else { throw VeldwerkError("an item is named twice; each theme once") }
        let rows = try items.map { n -> Row in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT i.id, i.label, m.number AS merged FROM fg_item i LEFT JOIN fg_item m ON m.id = i.merged_into
                WHERE i.focus_group_id = ? AND i.number = ?
                """, arguments: [fg, n]) else {
                throw VeldwerkError("focus group \(fg) of \(team) has no item \(n)")
            }
            if let merged = row["merged"] as Int? { throw VeldwerkError("item \(n) was merged into item \(merged); prioritise item \(merged)") }
            return row
        }
        let note = try note.map { try Names.validatedText($0, what: "note") }
        try db.execute(sql: "INSERT INTO decision (team_id, focus_group_id, decided_at, note) VALUES (?, ?, ?, ?)", arguments: [teamID, fg, ProjectClock.now(), note])
        let decision = db.lastInsertedRowID
        for (position, row) in rows.enumerated() {
            try db.execute(sql: "INSERT INTO theme (team_id, decision_id, position, name, item_id) VALUES (?, ?, ?, ?, ?)",
                           arguments: [teamID, decision, position + 1, row["label"] as String, row["id"] as Int64])
        }
        return try reader.themes(decision: decision)
    }
}
