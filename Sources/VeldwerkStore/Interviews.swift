import GRDB
import VeldwerkCore

extension ProjectReader {
    public func interviews(team: String? = nil) throws -> [Interview] {
        var sql = Self.interviewSelect
        var args: StatementArguments = []
        if let team {
            sql += " WHERE p.team_id = ?"
            args = [try id(of: .team, team)]
        }
        sql += " ORDER BY i.held_on, i.id"
        return try Row.fetchAll(db, sql: sql, arguments: args).map(Self.interview)
    }

    public func interviews(participant: String) throws -> [Interview] {
        let pid = try id(of: .participant, participant)
        return try Row.fetchAll(db, sql: Self.interviewSelect + " WHERE p.id = ? ORDER BY i.held_on, i.id", arguments: [pid]).map(Self.interview)
    }

    public func interview(id: Int64) throws -> Interview {
        guard let row = try Row.fetchOne(db, sql: Self.interviewSelect + " WHERE i.id = ?", arguments: [id]) else {
            throw StoreError.unknown(.interview, String(id))
        }
        return Self.interview(row)
    }

    static let interviewSelect = """
        SELECT i.id, i.held_on, p.pseudonym, t.name AS team, r.name AS role, x.name AS interviewer
        FROM interview i JOIN participant p ON p.id = i.participant_id
        JOIN team t ON t.id = p.team_id JOIN role r ON r.id = p.role_id
        LEFT JOIN researcher x ON x.id = i.interviewer_id
        """

    static func interview(_ row: Row) -> Interview {
        // Dates are validated on the way in, so a stored one always parses.
        let day = (try? Day(parsing: row["held_on"])) ?? (try! Day(year: 1900, month: 1, day: 1))
        return Interview(id: row["id"], participant: row["pseudonym"], team: row["team"], role: row["role"],
                         date: day, interviewer: row["interviewer"])
    }
}

extension ProjectWriter {
    public func addInterview(participant: String, date: Day, interviewer: String?) throws -> Interview {
        let pid = try reader.id(of: .participant, participant)
        let rid = try interviewer.map { try reader.id(of: .researcher, $0) }
        try db.execute(sql: "INSERT INTO interview (participant_id, held_on, interviewer_id) VALUES (?, ?, ?)",
                       arguments: [pid, date.description, rid])
        return try reader.interview(id: db.lastInsertedRowID)
    }
}

extension ProjectWriter {
    /// The interview of `participant` on `date`, made when there is none yet (manifest imports).
    public func interviewFor(participant: String, date: Day, interviewer: String?) throws -> Int64 {
        let pid = try reader.id(of: .participant, participant)
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM interview WHERE participant_id = ? AND held_on = ?", arguments: [pid, date.description]) {
            return id
        }
        return try addInterview(participant: participant, date: date, interviewer: interviewer).id
    }
}
