import GRDB
import VeldwerkCore

extension ProjectReader {
    /// A team's phases in order of their start.
    public func phases(team: String) throws -> [PhaseSpan] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT phase, from_date, to_date FROM team_phase WHERE team_id = ? ORDER BY from_date, id"),
                         arguments: [try id(of: .team, team)]).map { r in
            guard let p = Phase(rawValue: r[0]) else { throw VeldwerkError("a phase of \(team) is damaged; restore the project from a backup") }
            return PhaseSpan(phase: p, from: r[1], to: r[2])
        }
    }
}

extension ProjectWriter {
    /// Sets when a team's phase began (and ended); setting it again moves its dates.
    public func setPhase(team: String, phase: Phase, from: Day, to: Day?) throws -> PhaseSpan {
        let teamName = try reader.team(named: team).name
        let teamID = try reader.id(of: .team, teamName)
        if let to, to < from { throw VeldwerkError("\(phase.rawValue) would end (\(to)) before it begins (\(from)); check --from and --to") }
        // Phases follow one another: one may start on the day another ends, never inside it.
        for other in try reader.phases(team: teamName) where other.phase != phase {
            if let to, let otherTo = other.to, other.from < to.description, from.description < otherTo {
                throw VeldwerkError("\(phase.rawValue) (\(from) to \(to)) overlaps \(other.phase.rawValue) (\(other.from) to \(otherTo)) of \(teamName); adjust one of them")
            }
        }
        try db.execute(sql: """
            INSERT INTO team_phase (team_id, phase, from_date, to_date) VALUES (?, ?, ?, ?)
            ON CONFLICT (team_id, phase) DO UPDATE SET from_date = excluded.from_date, to_date = excluded.to_date
            """, arguments: [teamID, phase.rawValue, from.description, to?.description])
        guard let span = try reader.phases(team: teamName).first(where: { $0.phase == phase }) else { throw StoreError.unknown(.team, team) }
        return span
    }
}
