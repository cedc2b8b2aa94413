import GRDB
import GRDBSQLite

/// Reverting one logged change by its row images, refusing whenever that would lose someone's work.
///
/// A change is reverted only when every row it touched still holds what it wrote and no later
/// change that is still in effect touched that row; then each row is put back as it was before.
/// Keys are checked for the rows reverted only (not the whole database), so an undo costs what
/// the change touched, however large the project.
enum Reversal {
    /// A row's net effect within one change: the image before its first touch, after its last.
    struct NetRow {
        var table: String
        var shape: String
        var rowID: Int64
        var before: String?
        var after: String?
        /// The last step that touched it, to put rows back in reverse order.
        var lastStep: Int64
    }

    private struct Step: Decodable, FetchableRecord {
        var id: Int64
        var tbl: String
        var cols: String
        var rowID: Int64
        var before: String?
        var after: String?
        enum CodingKeys: String, CodingKey { case id, tbl, cols, before, after; case rowID = "row_id" }
    }

    static func netRows(_ db: Database, change: Int64) throws -> [NetRow] {
        let steps = try Step.fetchAll(db.cachedStatement(sql: """
            SELECT r.id, r.tbl, s.cols, r.row_id, r.before, r.after FROM change_row r JOIN undo_shape s ON s.id = r.shape_id
            WHERE r.change_id = ? ORDER BY r.id
            """), arguments: [change])
        var rows: [NetRow] = []
        var index: [String: Int] = [:]
        // Changes logged before paragraphs were derived hold their rows too; the document brings them now.
        for s in steps where !Paragraphs.derivedTables.contains(s.tbl) {
            let key = "\(s.tbl)\u{0}\(s.rowID)"
            if let i = index[key] {
                rows[i].after = s.after
                rows[i].lastStep = s.id
            } else {
                index[key] = rows.count
                rows.append(NetRow(table: s.tbl, shape: s.cols, rowID: s.rowID, before: s.before, after: s.after, lastStep: s.id))
            }
        }
        return rows.filter { $0.before != $0.after }
    }

    /// Whether any row was recorded for the change at all (changes logged before row images were kept have none).
    static func hasImages(_ db: Database, change: Int64) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM change_row WHERE change_id = ?)"), arguments: [change]) ?? false
    }

    /// Reverts `target` as a new logged change of `kind` by `actor`, or throws the ``UndoConflict``
    /// that prevents it. Runs inside the caller's transaction; a conflict leaves nothing written.
    static func revert(_ db: Database, target: ChangeEntry, kind: ChangeEntry.Kind, actor: String?, line: String, at: String,
                       keys: ForeignKeys) throws -> ChangeEntry {
        func conflict(_ reason: UndoConflict.Reason, _ blocker: ChangeEntry? = nil, table: String? = nil, detail: String? = nil) -> UndoConflict {
            UndoConflict(target: target, reason: reason, blocker: blocker, table: table, detail: detail)
        }
        guard try hasImages(db, change: target.id) else { throw conflict(.noImages) }
        let rows = try netRows(db, change: target.id)

        // 1. Every row still as the change left it, and nobody's later work on it still in effect.
        for row in rows {
            if try !stillAsLeft(db, row) {
                let blocker = try lastTouch(db, table: row.table, rowID: row.rowID, after: target.id, inEffectOnly: false)
                throw conflict(blocker == nil ? .outsideHistory : .laterChange, blocker, table: row.table)
            }
            if let blocker = try lastTouch(db, table: row.table, rowID: row.rowID, after: target.id, inEffectOnly: true) {
                throw conflict(.touchedSince, blocker, table: row.table)
            }
        }

        // 2. Put the rows back, latest first, with keys checked below rather than row by row.
        var removedKeys: [(fk: ForeignKeys.Key, value: DatabaseValue)] = []
        for row in rows where row.before == nil {
            for fk in keys.referencing(row.table) {
                let column = fk.parentColumn ?? "rowid"
                if let value = try DatabaseValue.fetchOne(db.cachedStatement(sql: "SELECT \(column.quotedDatabaseIdentifier) FROM \(row.table.quotedDatabaseIdentifier) WHERE rowid = ?"), arguments: [row.rowID]),
                   !value.isNull {
                    removedKeys.append((fk, value))
                }
            }
        }
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        let record = try ChangeLog.begin(db, line: line, actor: actor, at: at, kind: kind, reverts: target.id)
        do {
            for row in rows.sorted(by: { $0.lastStep > $1.lastStep }) {
                let t = row.table.quotedDatabaseIdentifier
                switch (row.before, row.after) {
                case (nil, _):
                    try Paragraphs.removing(db, table: row.table, rowID: row.rowID)
                    try db.cachedStatement(sql: "DELETE FROM \(t) WHERE rowid = ?").execute(arguments: [row.rowID])
                case (let before?, nil):
                    try executeOnce(db, "INSERT INTO \(t) (rowid,\(row.shape)) VALUES (\(row.rowID),\(before))")
                    try Paragraphs.restored(db, table: row.table, rowID: row.rowID)
                case (let before?, _?):
                    let source = try Paragraphs.source(db, table: row.table, rowID: row.rowID)
                    try executeOnce(db, "UPDATE \(t) SET (\(row.shape)) = (\(before)) WHERE rowid = \(row.rowID)")
                    try Paragraphs.rewritten(db, table: row.table, rowID: row.rowID, from: source)
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw conflict(.constraint, detail: error.message)
        }

        // 3. Keys: nothing left pointing at a removed row, nothing put back pointing at a missing one.
        for (fk, value) in removedKeys {
            if let child = try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM \(fk.child.quotedDatabaseIdentifier) WHERE \(fk.childColumn.quotedDatabaseIdentifier) = ? LIMIT 1"), arguments: [value]) {
                throw conflict(.dependsOnIt, try lastTouch(db, table: fk.child, rowID: child, after: target.id, inEffectOnly: false), table: fk.child)
            }
        }
        for row in rows where row.before != nil {
            for fk in keys.from(row.table) {
                let parentColumn = fk.parentColumn ?? "rowid"
                guard let value = try DatabaseValue.fetchOne(db.cachedStatement(sql: "SELECT \(fk.childColumn.quotedDatabaseIdentifier) FROM \(row.table.quotedDatabaseIdentifier) WHERE rowid = ?"), arguments: [row.rowID]),
                      !value.isNull else { continue }
                let exists = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM \(fk.parent.quotedDatabaseIdentifier) WHERE \(parentColumn.quotedDatabaseIdentifier) = ?)"), arguments: [value]) ?? false
                if !exists {
                    let parentRow = fk.parentIsRowID ? Int64.fromDatabaseValue(value) : nil
                    let blocker = try parentRow.flatMap { try lastTouch(db, table: fk.parent, rowID: $0, after: target.id, inEffectOnly: false) }
                    throw conflict(.parentGone, blocker, table: fk.parent)
                }
            }
        }

        try ChangeLog.finish(db, change: record, keep: true)
        try db.cachedStatement(sql: "UPDATE change SET reverted_by = ? WHERE id = ?").execute(arguments: [record, target.id])
        guard let entry = try ChangeEntry.fetch(db, id: record) else { throw StoreError.unknown(.change, String(record)) }
        return entry
    }

    /// Runs a statement that holds its values as literals and so is never run twice: straight
    /// through SQLite, since preparing it through GRDB (which analyses every statement it
    /// prepares) costs more than running it, thousands of times for a large import.
    static func executeOnce(_ db: Database, _ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(db.sqliteConnection, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message.map { String(cString: $0) }, sql: sql)
        }
    }

    /// Whether the row still holds what the change left: its image now equals the after image,
    /// written in full or, by an insert, with long values abbreviated (``UndoTriggers/longColumns``).
    static func stillAsLeft(_ db: Database, _ row: NetRow) throws -> Bool {
        let now = try currentImage(db, row)
        if now == row.after { return true }
        guard now != nil, let long = UndoTriggers.longColumns[row.table] else { return false }
        return try currentImage(db, row, abbreviating: long) == row.after
    }

    /// The row's image now, or nil when it is not there.
    static func currentImage(_ db: Database, _ row: NetRow, abbreviating long: Set<String> = []) throws -> String? {
        let sql = "SELECT \(UndoTriggers.imageExpression(row.shape, alias: "t", abbreviating: long)) FROM \(row.table.quotedDatabaseIdentifier) AS t WHERE rowid = ?"
        do {
            return try String.fetchOne(db.cachedStatement(sql: sql), arguments: [row.rowID])
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            // A column of the image is gone from the table: the row cannot be compared, so it differs.
            return "\u{0}shape changed"
        }
    }

    /// The latest change after `after` that touched the row; with `inEffectOnly`, only a change
    /// whose work still stands (not reverted, and not itself an undo).
    static func lastTouch(_ db: Database, table: String, rowID: Int64, after: Int64, inEffectOnly: Bool) throws -> ChangeEntry? {
        let filter = inEffectOnly ? " AND c.reverted_by IS NULL AND c.kind <> 'undo'" : ""
        return try ChangeEntry.fetchOne(db.cachedStatement(sql: """
            SELECT c.* FROM change_row r JOIN change c ON c.id = r.change_id
            WHERE r.tbl = ? AND r.row_id = ? AND r.change_id > ?\(filter)
            ORDER BY r.change_id DESC LIMIT 1
            """), arguments: [table, rowID, after])
    }
}

/// The schema's single-column foreign keys, read from `PRAGMA foreign_key_list`.
struct ForeignKeys {
    struct Key {
        var child: String
        var childColumn: String
        var parent: String
        /// nil: the parent's primary key.
        var parentColumn: String?
        /// Whether the parent column is the parent's rowid, so a parent row can be named by it.
        var parentIsRowID: Bool
    }

    let all: [Key]

    init(_ db: Database) throws {
        var keys: [Key] = []
        for table in try UndoTriggers.watchedTables(db) {
            let rows = try KeyRow.fetchAll(db.cachedStatement(sql: "SELECT id, \"table\" AS parent, \"from\" AS child_column, \"to\" AS parent_column FROM pragma_foreign_key_list(?)"), arguments: [table])
            // Keys of several columns have several rows under one id; SQLite checks those itself at commit.
            for (_, parts) in Dictionary(grouping: rows, by: \.id) where parts.count == 1 {
                let part = parts[0]
                keys.append(Key(child: table, childColumn: part.childColumn, parent: part.parent, parentColumn: part.parentColumn,
                                parentIsRowID: try Self.isRowIDAlias(db, table: part.parent, column: part.parentColumn)))
            }
        }
        all = keys
    }

    func referencing(_ parent: String) -> [Key] { all.filter { $0.parent == parent } }
    func from(_ child: String) -> [Key] { all.filter { $0.child == child } }

    /// An `INTEGER PRIMARY KEY` column is the rowid under another name.
    static func isRowIDAlias(_ db: Database, table: String, column: String?) throws -> Bool {
        let pk = try PrimaryKeyRow.fetchAll(db.cachedStatement(sql: "SELECT name, type FROM pragma_table_info(?) WHERE pk > 0"), arguments: [table])
        guard pk.count == 1, pk[0].type.uppercased() == "INTEGER" else { return column == nil }
        return column == nil || column == pk[0].name
    }

    private struct KeyRow: Decodable, FetchableRecord {
        var id: Int64
        var parent: String
        var childColumn: String
        var parentColumn: String?
        enum CodingKeys: String, CodingKey { case id, parent; case childColumn = "child_column"; case parentColumn = "parent_column" }
    }

    private struct PrimaryKeyRow: Decodable, FetchableRecord {
        var name: String
        var type: String
    }
}
