import GRDB

extension FetchableRecord where Self: TableRecord {
    /// The row with this id, through a statement kept prepared: the query interface writes and
    /// prepares its SQL again on every call, which a command that looks up a few rows pays for
    /// more than for the lookups themselves.
    static func find(_ db: Database, id: Int64) throws -> Self? {
        try fetchOne(db.cachedStatement(sql: "SELECT * FROM \(databaseTableName.quotedDatabaseIdentifier) WHERE id = ?"), arguments: [id])
    }
}
