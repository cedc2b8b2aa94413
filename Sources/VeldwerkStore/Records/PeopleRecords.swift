import GRDB

// Rows of the people tables, one record type per table: columns are named once, in CodingKeys,
// and a NULL or missing column is a thrown error rather than a trap.

struct TeamRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "team"
    var id: Int64?
    var name: String
    var code: String
    var fte: Double?
    var areaKind: String?
    var woePosition: String?

    enum CodingKeys: String, CodingKey {
        case id, name, code, fte
        case areaKind = "area_kind"
        case woePosition = "woe_position"
    }
}

struct RoleRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "role"
    var id: Int64?
    var name: String
    var code: String
    var description: String?
}

struct ResearcherRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "researcher"
    var id: Int64?
    var name: String
}

/// A participant with their team's and role's names (the join every listing needs).
struct ParticipantRow: FetchableRecord {
    var id: Int64
    var pseudonym: String
    var team: String
    var role: String
    var realName: String?

    /// Read by position from ``select``: every vote reads its voter, and decoding by name through
    /// `Decodable` cost more than the query.
    init(row: Row) {
        id = row[0]
        pseudonym = row[1]
        team = row[2]
        role = row[3]
        realName = row[4]
    }

    /// The same columns, from a direct read (`DirectRead.swift`).
    init(_ row: DirectRow) {
        id = row.int(0) ?? 0
        pseudonym = row.text(1) ?? ""
        team = row.text(2) ?? ""
        role = row.text(3) ?? ""
        realName = row.text(4)
    }

    static let select = """
        SELECT p.id, p.pseudonym, t.name AS team, r.name AS role, p.real_name
        FROM participant p JOIN team t ON t.id = p.team_id JOIN role r ON r.id = p.role_id
        """
}

/// An interview with who was interviewed (in the team and role they had that day), and by whom.
struct InterviewRow: Decodable, FetchableRecord {
    var id: Int64
    var heldOn: String
    var pseudonym: String
    var team: String
    var role: String
    var interviewer: String?

    enum CodingKeys: String, CodingKey {
        case id, pseudonym, team, role, interviewer
        case heldOn = "held_on"
    }

    static let select = """
        SELECT i.id, i.held_on, p.pseudonym, t.name AS team, r.name AS role, x.name AS interviewer
        FROM interview i JOIN participant p ON p.id = i.participant_id
        JOIN interview_state st ON st.interview_id = i.id
        JOIN team t ON t.id = st.team_id JOIN role r ON r.id = st.role_id
        LEFT JOIN researcher x ON x.id = i.interviewer_id
        """
}
