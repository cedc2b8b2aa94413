import GRDB
import VeldwerkCore

extension ProjectReader {
    public func participants(team: String? = nil, role: String? = nil) throws -> [Participant] {
        var sql = ParticipantRow.select
        var conditions: [String] = []
        var args: [DatabaseValueConvertible] = []
        if let team { conditions.append("p.team_id = ?"); args.append(try id(of: .team, team)) }
        if let role { conditions.append("p.role_id = ?"); args.append(try id(of: .role, role)) }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY p.pseudonym"
        return try ParticipantRow.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map(Self.participant)
    }

    public func participant(_ pseudonym: String) throws -> Participant {
        let id = try id(of: .participant, pseudonym)
        // Read directly (`DirectRead.swift`): every vote reads its voter.
        guard let row = try db.directFirst(ParticipantRow.select + " WHERE p.id = ?", [.int(id)], ParticipantRow.init) else {
            throw StoreError.unknown(.participant, pseudonym)
        }
        return Self.participant(row)
    }

    static func participant(_ row: ParticipantRow) -> Participant {
        Participant(id: row.id, pseudonym: row.pseudonym, team: row.team, role: row.role, realName: row.realName)
    }
}

extension ProjectWriter {
    /// Adds a participant under a generated pseudonym (`AMF-WOE-01`) unless one is given.
    public func addParticipant(team: String, role: String, realName: String?, pseudonym: String?) throws -> Participant {
        let teamID = try reader.id(of: .team, team)
        let roleID = try reader.id(of: .role, role)
        let realName = try realName.map { try Names.validated($0, what: "real name") }
        let id: String
        if let pseudonym {
            id = try Pseudonym.validated(pseudonym)
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM participant WHERE pseudonym = ?"), arguments: [id]) == true {
                throw VeldwerkError("pseudonym \(id) is taken; choose another or leave out --id")
            }
        } else {
            guard let codes = try Row.fetchOne(db.cachedStatement(sql: "SELECT t.code, r.code FROM team t, role r WHERE t.id = ? AND r.id = ?"), arguments: [teamID, roleID]) else {
                throw StoreError.unknown(.team, team)
            }
            let teamCode: String = codes[0], roleCode: String = codes[1]
            let highest = try highestNumber(prefix: "\(teamCode)-\(roleCode)-")
            guard let next = Pseudonym.numbered(teamCode: teamCode.uppercased(), roleCode: roleCode.uppercased(), after: highest) else {
                throw VeldwerkError("no number is left for \(teamCode)-\(roleCode) pseudonyms; give one with --id")
            }
            id = next
        }
        // The state a participant is added with holds from the start. Until a first move the row
        // holds it; that move records it (``moveParticipant``), so an addition writes one row.
        try db.cachedStatement(sql: "INSERT INTO participant (pseudonym, team_id, role_id, real_name) VALUES (?, ?, ?, ?)").execute(arguments: [id, teamID, roleID, realName])
        return try reader.participant(id)
    }

    /// The highest number among the pseudonyms that start with `prefix` (case aside) and end in
    /// digits only, as ``Pseudonym/next(teamCode:roleCode:existing:)`` counts them; 0 if none.
    /// SQLite finds it: a team and role can hold thousands, and every addition asks.
    func highestNumber(prefix: String) throws -> Int {
        let digits = Pseudonym.numberDigits
        // Codes are letters and digits and the prefix ends in '-': in the column's
        // case-insensitive order the pseudonyms that start with it run from the prefix up to the
        // same text ending in '.', the character after '-'. The index serves that range as it
        // served `LIKE 'prefix%'`, which made SQLite prepare the statement anew for every new
        // pattern bound to it (a tenth of adding a participant).
        precondition(prefix.hasSuffix("-"), "a pseudonym prefix ends in '-'")
        return try Int.fetchOne(db.cachedStatement(sql: """
            SELECT max(CAST(substr(pseudonym, ?3 + 1) AS INTEGER)) FROM participant
            WHERE pseudonym >= ?1 AND pseudonym < ?2 AND length(pseudonym) - ?3 BETWEEN ?4 AND ?5
              AND substr(pseudonym, ?3 + 1) NOT GLOB '*[^0-9]*'
            """), arguments: [prefix, prefix.dropLast() + ".", prefix.utf8.count, digits.lowerBound, digits.upperBound]) ?? 0
    }
}
