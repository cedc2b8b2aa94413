import GRDB
import VeldwerkCore

extension ProjectReader {
    public func roles() throws -> [Role] {
        try RoleRecord.order(Column("name")).fetchAll(db).map(Self.role)
    }

    public func role(named name: String) throws -> Role {
        let id = try id(of: .role, name)
        guard let row = try RoleRecord.find(db, id: id) else { throw StoreError.unknown(.role, name) }
        return Self.role(row)
    }

    /// Participants per role and team, for `role list`.
    public func roleUse() throws -> [String: [String: Int]] {
        var result: [String: [String: Int]] = [:]
        for row in try RoleUse.fetchAll(db.cachedStatement(sql: """
            SELECT r.name AS role, t.name AS team, count(*) AS n FROM participant p
            JOIN role r ON r.id = p.role_id JOIN team t ON t.id = p.team_id GROUP BY r.id, t.id
            """)) {
            result[row.role, default: [:]][row.team] = row.n
        }
        return result
    }

    private struct RoleUse: Decodable, FetchableRecord {
        var role: String
        var team: String
        var n: Int
    }

    static func role(_ row: RoleRecord) -> Role {
        Role(id: row.id ?? 0, name: row.name, code: row.code, description: row.description)
    }
}

extension ProjectWriter {
    public func addRole(name: String, code: String?, description: String?) throws -> Role {
        let name = try Names.validated(name, what: "role name")
        let code = try code.map { try Pseudonym.validatedCode($0, what: "role code") }
            ?? (name.count <= 5 ? Pseudonym.code(for: name, length: 5) : Pseudonym.code(for: name))
        let description = try description.map { try Names.validated($0, what: "description") }
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM role WHERE name = ?"), arguments: [name]) == true {
            throw StoreError.exists(.role, name)
        }
        if let other = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM role WHERE code = ?"), arguments: [code]) {
            throw VeldwerkError("role code \(code) is taken by '\(other)'; give another with --code")
        }
        try db.cachedStatement(sql: "INSERT INTO role (name, code, description) VALUES (?, ?, ?)").execute(arguments: [name, code, description])
        return try reader.role(named: name)
    }
}
