import GRDB
import VeldwerkCore

public struct EvaluationInfo: Equatable, Sendable {
    public var moment: String
    public var label: String?
    public var notes: String?
}

public struct ActionInfo: Equatable, Sendable {
    public var id: Int64
    public var theme: String
    public var description: String
    public var owner: String
    public var level: PlanLevel
    public var status: ActionStatus
    public var due: String?
    public var evaluations: [EvaluationInfo]
}

public struct TimePieInfo: Equatable, Sendable {
    public var participant: String
    public var role: String
    public var team: String
    public var slices: [TimePie.Slice]
}

extension ProjectReader {
    public func actions(theme reference: String) throws -> [ActionInfo] {
        try actions(themeID: try themeID(reference))
    }

    func actions(themeID: Int64) throws -> [ActionInfo] {
        try ActionRow.fetchAll(db, sql: """
            SELECT a.id, a.description, a.level, a.status, a.due, t.name AS theme, r.name AS owner
            FROM plan_action a JOIN theme t ON t.id = a.theme_id JOIN role r ON r.id = a.owner_role_id
            WHERE a.theme_id = ? ORDER BY a.id
            """, arguments: [themeID]).map { row in
            let evaluations = try EvaluationRow.fetchAll(db, sql: "SELECT moment, label, notes FROM evaluation WHERE action_id = ? ORDER BY moment, id", arguments: [row.id]).map {
                EvaluationInfo(moment: $0.moment, label: $0.label, notes: $0.notes)
            }
            // The schema's CHECKs keep level and status to these words; anything else is damage.
            guard let level = PlanLevel(rawValue: row.level), let status = ActionStatus(rawValue: row.status) else {
                throw VeldwerkError("action \(row.id) has a damaged level or status; restore the project from a backup")
            }
            return ActionInfo(id: row.id, theme: row.theme, description: row.description, owner: row.owner,
                              level: level, status: status, due: row.due, evaluations: evaluations)
        }
    }

    private struct ActionRow: Decodable, FetchableRecord {
        var id: Int64
        var description: String
        var level: String
        var status: String
        var due: String?
        var theme: String
        var owner: String
    }

    private struct EvaluationRow: Decodable, FetchableRecord {
        var moment: String
        var label: String?
        var notes: String?
    }

    private struct TimePieRow: Decodable, FetchableRecord {
        var id: Int64
        var pseudonym: String
        var role: String
        var team: String
    }

    private struct TimeSliceRow: Decodable, FetchableRecord {
        var task: String
        var percent: Double
    }

    public func timePies(team: String? = nil) throws -> [TimePieInfo] {
        var sql = """
            SELECT tp.id, p.pseudonym, r.name AS role, t.name AS team FROM timepie tp JOIN participant p ON p.id = tp.participant_id
            JOIN role r ON r.id = p.role_id JOIN team t ON t.id = p.team_id
            """
        var args: StatementArguments = []
        if let team { sql += " WHERE p.team_id = ?"; args = [try id(of: .team, team)] }
        return try TimePieRow.fetchAll(db, sql: sql + " ORDER BY p.pseudonym", arguments: args).map { row in
            TimePieInfo(participant: row.pseudonym, role: row.role, team: row.team,
                        slices: try TimeSliceRow.fetchAll(db, sql: "SELECT task, percent FROM timepie_slice WHERE timepie_id = ? ORDER BY id", arguments: [row.id])
                            .map { TimePie.Slice(task: $0.task, percent: $0.percent) })
        }
    }
}

extension ProjectWriter {
    public func addAction(theme: String, description: String, owner: String, level: PlanLevel, status: ActionStatus, due: Month?) throws -> ActionInfo {
        let themeID = try reader.themeID(theme)
        let state = try String.fetchOne(db, sql: "SELECT state FROM theme WHERE id = ?", arguments: [themeID]) ?? "removed"
        guard state == "active" else { throw VeldwerkError("theme \(themeID) was \(state); plan on the theme it became") }
        let text = try Names.validatedText(description, what: "action")
        guard !text.isEmpty else { throw VeldwerkError("describe the action") }
        let ownerID = try reader.id(of: .role, owner)
        try db.execute(sql: "INSERT INTO plan_action (theme_id, description, owner_role_id, level, status, due) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [themeID, text, ownerID, level.rawValue, status.rawValue, due?.description])
        let id = db.lastInsertedRowID
        guard let added = try reader.actions(themeID: themeID).first(where: { $0.id == id }) else { throw StoreError.unknown(.action, String(id)) }
        return added
    }

    public func setActionStatus(_ action: Int64, status: ActionStatus) throws -> ActionInfo {
        guard let theme = try Int64.fetchOne(db, sql: "SELECT theme_id FROM plan_action WHERE id = ?", arguments: [action]) else {
            throw StoreError.unknown(.action, String(action))
        }
        try db.execute(sql: "UPDATE plan_action SET status = ? WHERE id = ?", arguments: [status.rawValue, action])
        guard let changed = try reader.actions(themeID: theme).first(where: { $0.id == action }) else { throw StoreError.unknown(.action, String(action)) }
        return changed
    }

    /// Plans or records an evaluation moment of an action (e.g. halfway through a one-year pilot).
    public func addEvaluation(action: Int64, moment: String, label: String?, notes: String?) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM plan_action WHERE id = ?", arguments: [action]) == true else {
            throw StoreError.unknown(.action, String(action))
        }
        let when: String
        if let day = try? Day(parsing: moment) { when = day.description } else { when = try Month(parsing: moment).description }
        try db.execute(sql: "INSERT INTO evaluation (action_id, moment, label, notes) VALUES (?, ?, ?, ?)",
                       arguments: [action, when, try label.map { try Names.validated($0, what: "label") }, try notes.map { try Names.validatedText($0, what: "notes") }])
    }

    /// A participant's time pie; it replaces the previous one.
    public func setTimePie(participant: String, slices: [TimePie.Slice]) throws -> TimePieInfo {
        let pid = try reader.id(of: .participant, participant)
        try db.execute(sql: "DELETE FROM timepie_slice WHERE timepie_id IN (SELECT id FROM timepie WHERE participant_id = ?)", arguments: [pid])
        try db.execute(sql: "DELETE FROM timepie WHERE participant_id = ?", arguments: [pid])
        try db.execute(sql: "INSERT INTO timepie (participant_id) VALUES (?)", arguments: [pid])
        let id = db.lastInsertedRowID
        for s in slices { try db.execute(sql: "INSERT INTO timepie_slice (timepie_id, task, percent) VALUES (?, ?, ?)", arguments: [id, s.task, s.percent]) }
        let p = try reader.participant(participant)
        guard let pie = try reader.timePies(team: p.team).first(where: { $0.participant == p.pseudonym }) else { throw StoreError.unknown(.participant, participant) }
        return pie
    }
}
