import GRDB
import VeldwerkCore

extension ProjectReader {
    public func teams() throws -> [Team] {
        let ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM team ORDER BY name"))
        return try ids.map(team(id:))
    }

    public func team(named name: String) throws -> Team {
        try team(id: id(of: .team, name))
    }

    func team(id: Int64) throws -> Team {
        guard let row = try TeamRecord.find(db, id: id) else { throw StoreError.unknown(.team, String(id)) }
        let areas = try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM team_area WHERE team_id = ? ORDER BY position"), arguments: [id])
        let portfolios = try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM team_portfolio WHERE team_id = ? ORDER BY position"), arguments: [id])
        return Team(id: id, name: row.name, code: row.code, fte: row.fte, areaKind: row.areaKind,
                    areas: areas, portfolios: portfolios, woePosition: row.woePosition)
    }

    /// Head counts per role in a team, for `team show`.
    public func roleCounts(team: Team) throws -> [(role: String, participants: Int, interviews: Int)] {
        try RoleCount.fetchAll(db.cachedStatement(sql: """
            SELECT r.name AS role, count(DISTINCT p.id) AS people, count(i.id) AS interviews
            FROM participant p JOIN role r ON r.id = p.role_id
            LEFT JOIN interview i ON i.participant_id = p.id
            WHERE p.team_id = ? GROUP BY r.id ORDER BY r.name
            """), arguments: [team.id]).map { ($0.role, $0.people, $0.interviews) }
    }

    private struct RoleCount: Decodable, FetchableRecord {
        var role: String
        var people: Int
        var interviews: Int
    }
}

extension ProjectWriter {
    /// Changes what is given; areas and portfolios, when given, replace the lists.
    public func editTeam(_ name: String, fte: Double?, areaKind: String?, areas: [String]?, portfolios: [String]?, woePosition: String?, woeFrom: Day? = nil) throws -> Team {
        let id = try reader.id(of: .team, name)
        if let fte {
            guard fte >= 0 && fte < 100_000 else { throw VeldwerkError("fte \(NumberFormat.compact(fte)) is out of range") }
            try db.cachedStatement(sql: "UPDATE team SET fte = ? WHERE id = ?").execute(arguments: [fte, id])
        }
        if let areaKind { try db.cachedStatement(sql: "UPDATE team SET area_kind = ? WHERE id = ?").execute(arguments: [try Names.validated(areaKind, what: "area kind"), id]) }
        if let woePosition { try setWoePosition(team: name, text: woePosition, from: woeFrom ?? (try Day(parsing: ProjectClock.today()))) }
        if let areas {
            try db.cachedStatement(sql: "DELETE FROM team_area WHERE team_id = ?").execute(arguments: [id])
            for (i, a) in areas.enumerated() { try db.cachedStatement(sql: "INSERT INTO team_area (team_id, position, name) VALUES (?, ?, ?)").execute(arguments: [id, i, a]) }
        }
        if let portfolios {
            try db.cachedStatement(sql: "DELETE FROM team_portfolio WHERE team_id = ?").execute(arguments: [id])
            for (i, p) in portfolios.enumerated() { try db.cachedStatement(sql: "INSERT INTO team_portfolio (team_id, position, name) VALUES (?, ?, ?)").execute(arguments: [id, i, p]) }
        }
        return try reader.team(id: id)
    }

    /// Adds a basisteam. The code for pseudonyms is derived from the name unless given.
    public func addTeam(name: String, code: String?, fte: Double?, areaKind: String?, areas: [String], portfolios: [String]) throws -> Team {
        let name = try Names.validated(name, what: "team name")
        let code = try code.map { try Pseudonym.validatedCode($0, what: "team code") } ?? Pseudonym.code(for: name)
        if let fte, !(fte >= 0 && fte < 100_000) {
            throw VeldwerkError("fte \(NumberFormat.compact(fte)) is out of range; give a number such as 142.5")
        }
        let areaKind = try areaKind.map { try Names.validated($0, what: "area kind") }
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM team WHERE name = ?"), arguments: [name]) == true {
            throw StoreError.exists(.team, name)
        }
        if let other = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM team WHERE code = ?"), arguments: [code]) {
            throw VeldwerkError("team code \(code) is taken by '\(other)'; give another with --code")
        }
        try db.cachedStatement(sql: "INSERT INTO team (name, code, fte, area_kind) VALUES (?, ?, ?, ?)").execute(arguments: [name, code, fte, areaKind])
        let id = db.lastInsertedRowID
        for (i, area) in areas.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO team_area (team_id, position, name) VALUES (?, ?, ?)").execute(arguments: [id, i, area])
        }
        for (i, p) in portfolios.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO team_portfolio (team_id, position, name) VALUES (?, ?, ?)").execute(arguments: [id, i, p])
        }
        return try reader.team(id: id)
    }
}
