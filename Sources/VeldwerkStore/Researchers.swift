import GRDB
import VeldwerkCore

extension ProjectReader {
    public func researchers() throws -> [Researcher] {
        try ResearcherRecord.order(Column("name")).fetchAll(db).map { Researcher(id: $0.id ?? 0, name: $0.name) }
    }

    /// The researcher as stored (canonical spelling), or the friendly unknown-name error.
    public func researcher(named name: String) throws -> Researcher {
        let id = try id(of: .researcher, name)
        guard let stored = try ResearcherRecord.find(db, id: id) else { throw StoreError.unknown(.researcher, name) }
        return Researcher(id: id, name: stored.name)
    }
}

extension ProjectWriter {
    public func addResearcher(name: String) throws -> Researcher {
        let name = try Names.validated(name, what: "researcher name")
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM researcher WHERE name = ?"), arguments: [name]) == true {
            throw StoreError.exists(.researcher, name)
        }
        try db.cachedStatement(sql: "INSERT INTO researcher (name) VALUES (?)").execute(arguments: [name])
        return Researcher(id: db.lastInsertedRowID, name: name)
    }
}
