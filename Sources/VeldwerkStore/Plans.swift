import GRDB
import VeldwerkCore

public struct EvaluationInfo: Equatable, Sendable {
    public var moment: String
    public var label: String?
    public var notes: String?
}

/// Who carries an action: a role, one participant, or a forum such as the team meeting.
public enum ActionOwner: Equatable, Sendable {
    case role(String)
    case participant(pseudonym: String, role: String)
    case forum(String)

    /// As the prompt shows it (pseudonyms are fine there; exports go through the privacy rule).
    public var label: String {
        switch self {
        case .role(let r): return r
        case .participant(let p, _): return p
        case .forum(let f): return f
        }
    }
}

public struct ActionInfo: Equatable, Sendable {
    public var id: Int64
    public var theme: String
    public var team: String
    public var description: String
    public var owner: ActionOwner
    public var level: PlanLevel
    public var scope: PlanScope?
    public var expects: String?
    /// The action's status now: the last step of its path.
    public var status: ActionStatus
    public var steps: [StatusStep]
    public var approvals: [(by: String, date: String)]
    public var due: String?
    public var evaluations: [EvaluationInfo]

    public static func == (a: ActionInfo, b: ActionInfo) -> Bool {
        a.id == b.id && a.steps == b.steps && a.approvals.map(\.by) == b.approvals.map(\.by) && a.evaluations == b.evaluations
            && a.description == b.description && a.owner == b.owner
    }
}

extension ProjectReader {
    public func actions(theme reference: String) throws -> [ActionInfo] {
        try actions(themeID: try themeID(reference))
    }

    public func action(_ id: Int64) throws -> ActionInfo {
        guard let theme = try Int64.fetchOne(db.cachedStatement(sql: "SELECT theme_id FROM plan_action WHERE id = ?"), arguments: [id]),
              let found = try actions(themeID: theme).first(where: { $0.id == id }) else { throw StoreError.unknown(.action, String(id)) }
        return found
    }

    func actions(themeID: Int64) throws -> [ActionInfo] {
        try ActionRow.fetchAll(db.cachedStatement(sql: """
            SELECT a.id, a.description, a.level, a.status, a.due, a.expects, a.scope, t.name AS theme, tm.name AS team,
                   r.name AS ownerRole, p.pseudonym AS ownerPseudonym, pr.name AS ownerParticipantRole, a.owner_forum AS ownerForum
            FROM plan_action a JOIN theme t ON t.id = a.theme_id JOIN team tm ON tm.id = t.team_id
            LEFT JOIN role r ON r.id = a.owner_role_id
            LEFT JOIN participant p ON p.id = a.owner_participant_id LEFT JOIN role pr ON pr.id = p.role_id
            WHERE a.theme_id = ? ORDER BY a.id
            """), arguments: [themeID]).map { row in
            let evaluations = try Row.fetchAll(db.cachedStatement(sql: "SELECT moment, label, notes FROM evaluation WHERE action_id = ? ORDER BY moment, id"), arguments: [row.id]).map {
                EvaluationInfo(moment: $0[0], label: $0[1], notes: $0[2])
            }
            // The schema's CHECKs keep level, status and scope to these words; anything else is damage.
            func damaged() -> VeldwerkError { VeldwerkError("action \(row.id) has a damaged level, status or scope; restore the project from a backup") }
            guard let level = PlanLevel(rawValue: row.level), let status = ActionStatus(rawValue: row.status) else { throw damaged() }
            let steps = try Row.fetchAll(db.cachedStatement(sql: "SELECT status, on_date, note FROM plan_status WHERE action_id = ? ORDER BY on_date, id"), arguments: [row.id]).map { s in
                guard let st = ActionStatus(rawValue: s[0]) else { throw damaged() }
                return StatusStep(status: st, date: s[1], note: s[2])
            }
            let approvals = try Row.fetchAll(db.cachedStatement(sql: "SELECT by_whom, on_date FROM plan_approval WHERE action_id = ? ORDER BY on_date, id"), arguments: [row.id])
                .map { (by: $0[0] as String, date: $0[1] as String) }
            let owner: ActionOwner
            if let r = row.ownerRole { owner = .role(r) } else if let p = row.ownerPseudonym { owner = .participant(pseudonym: p, role: row.ownerParticipantRole ?? "") } else { owner = .forum(row.ownerForum ?? "") }
            var scope: PlanScope?
            if let s = row.scope { guard let parsed = PlanScope(rawValue: s) else { throw damaged() }; scope = parsed }
            return ActionInfo(id: row.id, theme: row.theme, team: row.team, description: row.description, owner: owner, level: level, scope: scope,
                              expects: row.expects, status: status, steps: steps, approvals: approvals, due: row.due, evaluations: evaluations)
        }
    }

    private struct ActionRow: Decodable, FetchableRecord {
        var id: Int64
        var description: String
        var level: String
        var status: String
        var due: String?
        var expects: String?
        var scope: String?
        var theme: String
        var team: String
        var ownerRole: String?
        var ownerPseudonym: String?
        var ownerParticipantRole: String?
        var ownerForum: String?
    }
}

extension ProjectWriter {
    /// Adds an action with its first status on a day. The owner is a role or a participant
    /// (`owner`) or a forum (`forum`), exactly one of them.
    public func addAction(theme: String, description: String, owner: String?, forum: String?, level: PlanLevel, status: ActionStatus,
                          on day: Day, due: Month?, expects: String? = nil, scope: PlanScope? = nil) throws -> ActionInfo {
        let themeID = try reader.themeID(theme)
        let state = try String.fetchOne(db.cachedStatement(sql: "SELECT state FROM theme WHERE id = ?"), arguments: [themeID]) ?? "removed"
        guard state == "active" else { throw VeldwerkError("theme \(themeID) was \(state); plan on the theme it became") }
        let text = try Names.validatedText(description, what: "action")
        guard !text.isEmpty else { throw VeldwerkError("describe the action") }
        var roleID: Int64?, participantID: Int64?, forumText: String?
        switch (owner, forum) {
        case (let o?, nil):
            // A role by name or code, else a participant's pseudonym.
            if let r = try? reader.id(of: .role, o) { roleID = r } else if let p = try? reader.id(of: .participant, o) { participantID = p } else {
                throw VeldwerkError("'\(o)' is neither a role nor a participant; see 'role list', or give a forum with --forum")
            }
        case (nil, let f?):
            forumText = try Names.validated(f, what: "forum")
        case (nil, nil): throw VeldwerkError("say who carries the action: --owner ROLE|PARTICIPANT or --forum \"FORUM\"")
        case (_?, _?): throw VeldwerkError("give either --owner or --forum, not both")
        }
        try db.execute(sql: """
            INSERT INTO plan_action (theme_id, description, owner_role_id, owner_participant_id, owner_forum, level, status, due, expects, scope)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [themeID, text, roleID, participantID, forumText, level.rawValue, status.rawValue, due?.description,
                             try expects.map { try Names.validatedText($0, what: "expected outcome") }, scope?.rawValue])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO plan_status (action_id, status, on_date) VALUES (?, ?, ?)").execute(arguments: [id, status.rawValue, day.description])
        return try reader.action(id)
    }

    /// Records a status change on a day, kept as history; the action shows its latest-dated status.
    public func setActionStatus(_ action: Int64, status: ActionStatus, on day: Day, note: String?) throws -> ActionInfo {
        let before = try reader.action(action)
        if StatusStep.status(before.steps, on: day.description) == status {
            throw VeldwerkError("action \(action) was already \(status.rawValue) on \(day); nothing to record")
        }
        try db.cachedStatement(sql: "INSERT INTO plan_status (action_id, status, on_date, note) VALUES (?, ?, ?, ?)").execute(arguments: [action, status.rawValue, day.description, try note.map { try Names.validatedText($0, what: "note") }])
        try db.execute(sql: """
            UPDATE plan_action SET status = (SELECT status FROM plan_status WHERE action_id = ?1 ORDER BY on_date DESC, id DESC LIMIT 1) WHERE id = ?1
            """, arguments: [action])
        return try reader.action(action)
    }

    /// Records that a forum or role approved the action on a day.
    public func approveAction(_ action: Int64, by: String, on day: Day) throws -> ActionInfo {
        _ = try reader.action(action)
        let who = try Names.validated(by, what: "approver")
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM plan_approval WHERE action_id = ? AND lower(by_whom) = lower(?) AND on_date = ?"),
                             arguments: [action, who, day.description]) == true {
            throw VeldwerkError("\(who) already approved action \(action) on \(day)")
        }
        try db.cachedStatement(sql: "INSERT INTO plan_approval (action_id, by_whom, on_date) VALUES (?, ?, ?)").execute(arguments: [action, who, day.description])
        return try reader.action(action)
    }

    /// Plans or records an evaluation moment of an action (e.g. halfway through a one-year pilot).
    public func addEvaluation(action: Int64, moment: String, label: String?, notes: String?) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM plan_action WHERE id = ?"), arguments: [action]) == true else {
            throw StoreError.unknown(.action, String(action))
        }
        let when: String
        if let day = try? Day(parsing: moment) { when = day.description } else { when = try Month(parsing: moment).description }
        try db.cachedStatement(sql: "INSERT INTO evaluation (action_id, moment, label, notes) VALUES (?, ?, ?, ?)").execute(arguments: [action, when, try label.map { try Names.validated($0, what: "label") }, try notes.map { try Names.validatedText($0, what: "notes") }])
    }
}
