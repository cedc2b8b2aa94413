import GRDB
import VeldwerkCore

/// One line on a team's A4 sheet of candidate development points.
public struct A4Item: Equatable, Sendable {
    public var number: Int
    public var label: String
    public var code: String
    public var codeID: Int64
}

extension ProjectReader {
    public func a4(team: String) throws -> [A4Item] {
        let teamID = try id(of: .team, team)
        return try SheetRow.fetchAll(db.cachedStatement(sql: """
            SELECT a.label, a.code_id, c.name FROM a4_item a JOIN code c ON c.id = a.code_id WHERE a.team_id = ? ORDER BY a.position
            """), arguments: [teamID]).enumerated().map { i, row in
            A4Item(number: i + 1, label: row.label, code: row.name, codeID: row.codeID)
        }
    }

    private struct SheetRow: Decodable, FetchableRecord {
        var label: String
        var name: String
        var codeID: Int64
        enum CodingKeys: String, CodingKey { case label, name; case codeID = "code_id" }
    }
}

extension ProjectWriter {
    /// Puts a code on the team's A4 sheet as the next numbered item.
    public func addA4Item(team: String, code: String, label: String?) throws -> A4Item {
        let teamID = try reader.id(of: .team, team)
        let codeID = try reader.codeID(code)
        if let n = try reader.a4(team: team).first(where: { $0.codeID == codeID }) {
            throw VeldwerkError("'\(n.code)' is already item \(n.number) on the A4 sheet of \(try reader.team(id: teamID).name)")
        }
        guard let name = try CodeRecord.find(db, id: codeID)?.name else { throw StoreError.unknown(.code, code) }
        let text = try Names.validated(label ?? name, what: "label")
        let position = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(position), 0) + 1 FROM a4_item WHERE team_id = ?"), arguments: [teamID]) ?? 1
        try db.cachedStatement(sql: "INSERT INTO a4_item (team_id, position, code_id, label) VALUES (?, ?, ?, ?)").execute(arguments: [teamID, position, codeID, text])
        guard let added = try reader.a4(team: team).last else { throw StoreError.unknown(.code, code) }
        return added
    }
}
