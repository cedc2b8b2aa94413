import GRDB
import VeldwerkCore

extension ProjectReader {
    public func interviews(team: String? = nil) throws -> [Interview] {
        var sql = InterviewRow.select
        var args: StatementArguments = []
        if let team {
            sql += " WHERE st.team_id = ?"
            args = [try id(of: .team, team)]
        }
        sql += " ORDER BY i.held_on, i.id"
        return try InterviewRow.fetchAll(db, sql: sql, arguments: args).map(Self.interview)
    }

    public func interviews(participant: String) throws -> [Interview] {
        let pid = try id(of: .participant, participant)
        return try InterviewRow.fetchAll(db.cachedStatement(sql: InterviewRow.select + " WHERE p.id = ? ORDER BY i.held_on, i.id"), arguments: [pid]).map(Self.interview)
    }

    public func interview(id: Int64) throws -> Interview {
        guard let row = try InterviewRow.fetchOne(db.cachedStatement(sql: InterviewRow.select + " WHERE i.id = ?"), arguments: [id]) else {
            throw StoreError.unknown(.interview, String(id))
        }
        return try Self.interview(row)
    }

    /// Dates are validated on the way in; one that does not parse is reported, never invented.
    static func interview(_ row: InterviewRow) throws -> Interview {
        let day: Day
        do { day = try Day(parsing: row.heldOn) } catch {
            throw VeldwerkError("interview \(row.id) has a damaged date '\(row.heldOn)'; restore the project from a backup")
        }
        return Interview(id: row.id, participant: row.pseudonym, team: row.team, role: row.role, date: day, interviewer: row.interviewer)
    }
}

extension ProjectWriter {
    public func addInterview(participant: String, date: Day, interviewer: String?) throws -> Interview {
        let pid = try reader.id(of: .participant, participant)
        let rid = try interviewer.map { try reader.id(of: .researcher, $0) }
        try db.cachedStatement(sql: "INSERT INTO interview (participant_id, held_on, interviewer_id) VALUES (?, ?, ?)").execute(arguments: [pid, date.description, rid])
        return try reader.interview(id: db.lastInsertedRowID)
    }
}

extension ProjectWriter {
    /// The interview of `participant` on `date`, made when there is none yet (manifest imports).
    public func interviewFor(participant: String, date: Day, interviewer: String?) throws -> Int64 {
        let pid = try reader.id(of: .participant, participant)
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM interview WHERE participant_id = ? AND held_on = ?"), arguments: [pid, date.description]) {
            return id
        }
        return try addInterview(participant: participant, date: date, interviewer: interviewer).id
    }
}
