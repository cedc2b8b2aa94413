import GRDB
import VeldwerkCore

/// A participant's recorded move, with names rather than ids.
public struct MoveInfo: Equatable, Sendable {
    public var date: String
    public var move: PersonMove
}

extension ProjectReader {
    /// Every participant's moves by participant id, oldest recording first. A participant that
    /// never moved (or came in from another project) starts from its row's team and role.
    func movesByParticipant(_ only: Int64? = nil) throws -> [Int64: [PersonMove]] {
        var result: [Int64: [PersonMove]] = [:], fallback: [Int64: PersonMove] = [:]
        let filter = only.map { "WHERE p.id = \($0)" } ?? ""
        for row in try Row.fetchAll(db, sql: """
            SELECT p.id, '' AS on_date, t.name AS team, r.name AS role, NULL AS portfolio, NULL AS area, 0 AS seq
            FROM participant p JOIN team t ON t.id = p.team_id JOIN role r ON r.id = p.role_id \(filter)
            UNION ALL
            SELECT m.participant_id, m.on_date, t.name, r.name, m.portfolio, m.area, m.id FROM participant_move m
            JOIN participant p ON p.id = m.participant_id
            LEFT JOIN team t ON t.id = m.team_id LEFT JOIN role r ON r.id = m.role_id \(filter)
            ORDER BY 1, 7
            """) {
            let pid: Int64 = row[0]
            let seq: Int64 = row[6]
            // The participant row stands in only where no move was ever recorded (its latest state is then its only one).
            if seq == 0 { fallback[pid] = PersonMove(date: "", team: row[2], role: row[3]); continue }
            result[pid, default: []].append(PersonMove(date: row[1], team: row[2], role: row[3], portfolio: row[4], area: row[5]))
        }
        for (pid, move) in fallback where result[pid] == nil { result[pid] = [move] }
        return result
    }

    /// Everyone's state on a day, by participant id.
    func states(on day: String) throws -> [Int64: PersonState] {
        try movesByParticipant().compactMapValues { PeopleTimeline.state($0, on: day) }
    }

    /// Participants as they stood on a day: their team and role then.
    public func participants(team: String? = nil, role: String? = nil, on day: String) throws -> [Participant] {
        let teamName = try team.map { try self.team(named: $0).name }
        let roleName = try role.map { try self.role(named: $0).name }
        let states = try self.states(on: day)
        return try participants().compactMap { p in
            guard let s = states[p.id] else { return nil }
            if let teamName, s.team != teamName { return nil }
            if let roleName, s.role != roleName { return nil }
            return Participant(id: p.id, pseudonym: p.pseudonym, team: s.team, role: s.role, realName: p.realName)
        }
    }

    /// People per role in a team on a day (the role named as the team calls it), with the
    /// interviews they had given the team by then.
    public func roleCounts(team: Team, on day: String) throws -> [(role: String, participants: Int, interviews: Int)] {
        let people = try participants(team: team.name, on: day)
        let alias = try roleAliases()[team.name] ?? [:]
        let given = Dictionary(try Row.fetchAll(db.cachedStatement(sql: """
            SELECT participant_id, count(*) FROM interview_state WHERE team_id = ? AND held_on <= ? GROUP BY participant_id
            """), arguments: [team.id, day]).map { ($0[0] as Int64, $0[1] as Int) }, uniquingKeysWith: { a, _ in a })
        return Dictionary(grouping: people, by: \.role).sorted { $0.key < $1.key }.map { role, holders in
            (alias[role].map { "\(role) (\($0))" } ?? role, holders.count, holders.reduce(0) { $0 + (given[$1.id] ?? 0) })
        }
    }

    public func moves(participant pseudonym: String) throws -> [PersonMove] {
        let pid = try id(of: .participant, pseudonym)
        return try movesByParticipant(pid)[pid] ?? []
    }

    /// How many of a team's participants hold each role on a day.
    func roleHolders(teamID: Int64, on day: String) throws -> [String: Int] {
        PeopleTimeline.holders(team: try team(id: teamID).name, on: day, moves: try movesByParticipant())
    }

    /// The names teams give roles: team → role → the team's name for it.
    public func roleAliases() throws -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT t.name, r.name, a.name FROM role_alias a JOIN team t ON t.id = a.team_id JOIN role r ON r.id = a.role_id
            """)) {
            result[row[0] as String, default: [:]][row[1] as String] = row[2]
        }
        return result
    }

    /// The WOE's position in a team over time, oldest first ("" is the position first recorded).
    public func woePositions(team: String) throws -> [(date: String, text: String)] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT from_date, text FROM team_woe_position WHERE team_id = ? ORDER BY from_date, id"),
                         arguments: [try id(of: .team, team)]).map { (date: $0[0], text: $0[1]) }
    }
}

extension ProjectWriter {
    /// Records a dated change of team, role, portfolio or area. The participant row keeps the
    /// latest state, so every listing without a date shows where people are now.
    public func moveParticipant(_ pseudonym: String, on day: Day, team: String?, role: String?, portfolio: String?, area: String?) throws -> PersonState {
        guard team != nil || role != nil || portfolio != nil || area != nil else {
            throw VeldwerkError("say what changed: --team, --role, --portfolio or --area")
        }
        let pid = try reader.id(of: .participant, pseudonym)
        let teamID = try team.map { try reader.id(of: .team, $0) }
        let roleID = try role.map { try reader.id(of: .role, $0) }
        let before = PeopleTimeline.state(try reader.moves(participant: pseudonym), on: day.description)
        // The state first recorded, kept in the row until now, holds from the start ('').
        try db.cachedStatement(sql: """
            INSERT INTO participant_move (participant_id, on_date, team_id, role_id)
            SELECT id, '', team_id, role_id FROM participant WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM participant_move WHERE participant_id = ?1)
            """).execute(arguments: [pid])
        try db.cachedStatement(sql: "INSERT INTO participant_move (participant_id, on_date, team_id, role_id, portfolio, area) VALUES (?, ?, ?, ?, ?, ?)").execute(arguments: [pid, day.description, teamID, roleID,
                                   try portfolio.map { try Names.validated($0, what: "portfolio") }, try area.map { try Names.validated($0, what: "area") }])
        let moves = try reader.moves(participant: pseudonym)
        guard let after = PeopleTimeline.state(moves, on: day.description), let latest = PeopleTimeline.latest(moves) else {
            throw StoreError.unknown(.participant, pseudonym)
        }
        if after == before { throw VeldwerkError("\(pseudonym) already stood so on \(day); nothing to record") }
        try db.cachedStatement(sql: "UPDATE participant SET team_id = (SELECT id FROM team WHERE name = ?), role_id = (SELECT id FROM role WHERE name = ?) WHERE id = ?").execute(arguments: [latest.team, latest.role, pid])
        return after
    }

    /// A team's own name for a role (Utrecht-Zuid calls its WOE "OEWA"); counts stay by role.
    public func setRoleAlias(role: String, name: String, team: String) throws {
        let roleID = try reader.id(of: .role, role)
        let teamID = try reader.id(of: .team, team)
        let alias = try Names.validated(name, what: "name")
        if let other = try String.fetchOne(db.cachedStatement(sql: """
            SELECT r.name FROM role r WHERE lower(r.name) = lower(?1) AND r.id != ?2
              AND EXISTS (SELECT 1 FROM participant p WHERE p.role_id = r.id AND p.team_id = ?3)
            """), arguments: [alias, roleID, teamID]) {
            throw VeldwerkError("\(team) already has people in the role '\(other)'; a second role of that name would mix them up")
        }
        try db.execute(sql: """
            INSERT INTO role_alias (team_id, role_id, name) VALUES (?, ?, ?) ON CONFLICT (team_id, role_id) DO UPDATE SET name = excluded.name
            """, arguments: [teamID, roleID, alias])
    }

    /// Records the WOE's position in a team from a day on; the team keeps the latest.
    public func setWoePosition(team: String, text: String, from day: Day) throws {
        let id = try reader.id(of: .team, team)
        let text = try Names.validatedText(text, what: "WOE position")
        try db.cachedStatement(sql: "DELETE FROM team_woe_position WHERE team_id = ? AND from_date = ?").execute(arguments: [id, day.description])
        try db.cachedStatement(sql: "INSERT INTO team_woe_position (team_id, from_date, text) VALUES (?, ?, ?)").execute(arguments: [id, day.description, text])
        try db.execute(sql: """
            UPDATE team SET woe_position = (SELECT text FROM team_woe_position WHERE team_id = ?1 ORDER BY from_date DESC, id DESC LIMIT 1) WHERE id = ?1
            """, arguments: [id])
    }
}
