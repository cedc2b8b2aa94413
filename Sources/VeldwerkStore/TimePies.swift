import GRDB
import VeldwerkCore

/// Whose time a pie shows: one participant, a role in a team as a whole, or a vacant post.
public enum PieSubject: Equatable, Hashable, Sendable {
    case participant(String)
    case role(String)
    case vacancy(String)
}

public struct TimePieInfo: Equatable, Sendable {
    public var subject: PieSubject
    /// The role the pie is about: the participant's on the pie's date, or the role itself.
    public var role: String
    public var team: String
    /// YYYY-MM-DD; "" for a pie recorded before pies were dated.
    public var date: String
    public var slices: [TimePie.Slice]
}

extension ProjectReader {
    /// Every time pie of a team (or of all teams), oldest first per subject.
    public func timePieHistory(team: String? = nil) throws -> [TimePieInfo] {
        var sql = """
            SELECT tp.id, tp.on_date, tp.vacancy, p.pseudonym, t.name AS team,
                   coalesce(r.name, (SELECT r2.name FROM role r2 WHERE r2.id = p.role_id)) AS role
            FROM timepie tp JOIN team t ON t.id = tp.team_id LEFT JOIN participant p ON p.id = tp.participant_id
            LEFT JOIN role r ON r.id = tp.role_id
            """
        var args: StatementArguments = []
        if let team { sql += " WHERE tp.team_id = ?"; args = [try id(of: .team, team)] }
        let rows = try Row.fetchAll(db, sql: sql + " ORDER BY t.name, tp.on_date, tp.id", arguments: args)
        return try rows.map { row in
            let role: String = row["role"]
            let subject: PieSubject
            if let p: String = row["pseudonym"] { subject = .participant(p) } else if (row["vacancy"] as Int) == 1 { subject = .vacancy(role) } else { subject = .role(role) }
            let slices = try Row.fetchAll(db.cachedStatement(sql: "SELECT task, percent FROM timepie_slice WHERE timepie_id = ? ORDER BY id"), arguments: [row["id"] as Int64])
                .map { TimePie.Slice(task: $0[0], percent: $0[1]) }
            return TimePieInfo(subject: subject, role: role, team: row["team"], date: row["on_date"], slices: slices)
        }
    }

    /// Each subject's pie in force on a day (the latest dated on or before it), in a stable order:
    /// people by pseudonym, then roles, then vacancies.
    public func timePies(team: String? = nil, on day: String = PeopleTimeline.end) throws -> [TimePieInfo] {
        var latest: [PieSubject: TimePieInfo] = [:]
        for pie in try timePieHistory(team: team) where pie.date <= day { latest[pie.subject] = pie }
        func key(_ p: TimePieInfo) -> (Int, String, String) {
            switch p.subject {
            case .participant(let s): return (0, p.team, s)
            case .role(let r): return (1, p.team, r)
            case .vacancy(let r): return (2, p.team, r)
            }
        }
        return latest.values.sorted { key($0) < key($1) }
    }
}

extension ProjectWriter {
    /// Records a time pie on a day; a pie of the same subject on the same day is replaced, earlier
    /// ones stay as history. `team` makes `subject` a role (or, with `vacancy`, a vacant post) in that team.
    public func setTimePie(subject: String, team: String?, vacancy: Bool, on day: Day, slices: [TimePie.Slice]) throws -> TimePieInfo {
        var participantID: Int64?, roleID: Int64?, teamID: Int64
        if let team {
            teamID = try reader.id(of: .team, team)
            roleID = try reader.id(of: .role, subject)
        } else {
            guard !vacancy else { throw VeldwerkError("a vacancy is a role in a team: timepie ROLE --team TEAM --vacancy ...") }
            let pid = try reader.id(of: .participant, subject)
            guard let state = PeopleTimeline.state(try reader.moves(participant: subject), on: day.description) else { throw StoreError.unknown(.participant, subject) }
            participantID = pid
            teamID = try reader.id(of: .team, state.team)
            roleID = try reader.id(of: .role, state.role)
        }
        let same = "on_date = ? AND team_id = ? AND " + (participantID != nil ? "participant_id = ?" : "participant_id IS NULL AND role_id = ? AND vacancy = \(vacancy ? 1 : 0)")
        let sameArgs: StatementArguments = [day.description, teamID, participantID ?? roleID]
        try db.execute(sql: "DELETE FROM timepie_slice WHERE timepie_id IN (SELECT id FROM timepie WHERE \(same))", arguments: sameArgs)
        try db.execute(sql: "DELETE FROM timepie WHERE \(same)", arguments: sameArgs)
        try db.cachedStatement(sql: "INSERT INTO timepie (participant_id, team_id, role_id, vacancy, on_date) VALUES (?, ?, ?, ?, ?)").execute(arguments: [participantID, teamID, roleID, vacancy ? 1 : 0, day.description])
        let id = db.lastInsertedRowID
        for s in slices { try db.cachedStatement(sql: "INSERT INTO timepie_slice (timepie_id, task, percent) VALUES (?, ?, ?)").execute(arguments: [id, s.task, s.percent]) }
        let teamName = try reader.team(id: teamID).name
        guard let pie = try reader.timePieHistory(team: teamName).last(where: { $0.date == day.description && ($0.subject == .participant(subject) || participantID == nil) })
        else { throw StoreError.unknown(.participant, subject) }
        return pie
    }
}
