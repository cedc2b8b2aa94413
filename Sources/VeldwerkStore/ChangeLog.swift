import GRDB
import VeldwerkCore

/// The append-only log of changes, and the undo mechanism built on it.
///
/// Every table but the log's own gets three triggers that, while a change is being recorded,
/// write the SQL that would reverse each row change (the technique of SQLite's "automatic
/// undo/redo" note). Because the triggers are generated from the schema, a table added by any
/// later migration is undoable without code of its own: migrations end with `installTriggers`.
enum ChangeLog {
    /// Tables the triggers must not watch: the log itself.
    static let ownTables: Set<String> = ["change", "change_step", "change_cursor"]

    static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE change (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT,
                line TEXT NOT NULL,
                summary TEXT NOT NULL DEFAULT '',
                reverts INTEGER REFERENCES change(id),
                reverted_by INTEGER REFERENCES change(id)
            );
            CREATE TABLE change_step (
                id INTEGER PRIMARY KEY,
                change_id INTEGER NOT NULL REFERENCES change(id),
                tbl TEXT NOT NULL,
                op TEXT NOT NULL,
                inverse TEXT NOT NULL
            );
            CREATE INDEX change_step_change ON change_step(change_id);
            CREATE TABLE change_cursor (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                change_id INTEGER
            );
            INSERT INTO change_cursor (id, change_id) VALUES (1, NULL);
            """)
    }

    /// Drops and recreates the recording triggers for every table, from the current columns.
    static func installTriggers(_ db: Database) throws {
        let triggers = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'undo\\_%' ESCAPE '\\'")
        for t in triggers { try db.execute(sql: "DROP TRIGGER \(t.quotedDatabaseIdentifier)") }
        for table in try watchedTables(db) {
            let columns = try db.columns(in: table).map(\.name)
            try db.execute(sql: triggerSQL(table: table, columns: columns))
        }
    }

    static func watchedTables(_ db: Database) throws -> [String] {
        let all = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'grdb\\_%' ESCAPE '\\'
              AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
            ORDER BY name
            """)
        let virtual = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
        // FTS shadow tables are maintained by SQLite itself through their virtual table.
        return all.filter { name in
            !ownTables.contains(name) && !virtual.contains(where: { name.hasPrefix($0 + "_") })
        }
    }

    static func triggerSQL(table: String, columns: [String]) -> String {
        let t = table.quotedDatabaseIdentifier
        let name = table.replacingOccurrences(of: "\"", with: "")
        let active = "WHEN (SELECT change_id FROM change_cursor WHERE id = 1) IS NOT NULL"
        let record = "INSERT INTO change_step (change_id, tbl, op, inverse) VALUES ((SELECT change_id FROM change_cursor WHERE id = 1), '\(name)'"
        let quotedT = sqlStringLiteral(t)
        let setList = columns.map { c in
            "'\(sqlStringContent(c.quotedDatabaseIdentifier))=' || quote(old.\(c.quotedDatabaseIdentifier))"
        }.joined(separator: " || ',' || ")
        let colList = (["rowid"] + columns.map(\.quotedDatabaseIdentifier)).joined(separator: ",")
        let valueList = (["old.rowid"] + columns.map { "quote(old.\($0.quotedDatabaseIdentifier))" }).joined(separator: " || ',' || ")
        return """
            CREATE TRIGGER "undo_\(name)_insert" AFTER INSERT ON \(t) \(active) BEGIN
              \(record), 'insert', 'DELETE FROM ' || \(quotedT) || ' WHERE rowid = ' || new.rowid);
            END;
            CREATE TRIGGER "undo_\(name)_update" AFTER UPDATE ON \(t) \(active) BEGIN
              \(record), 'update', 'UPDATE ' || \(quotedT) || ' SET ' || \(setList) || ' WHERE rowid = ' || old.rowid);
            END;
            CREATE TRIGGER "undo_\(name)_delete" BEFORE DELETE ON \(t) \(active) BEGIN
              \(record), 'delete', 'INSERT INTO ' || \(quotedT) || ' (\(sqlStringContent(colList))) VALUES (' || \(valueList) || ')');
            END;
            """
    }

    private static func sqlStringContent(_ s: String) -> String { s.replacingOccurrences(of: "'", with: "''") }
    private static func sqlStringLiteral(_ s: String) -> String { "'" + sqlStringContent(s) + "'" }

    // MARK: Recording

    /// Opens a change: its row in the log and the cursor the triggers read.
    static func begin(_ db: Database, line: String, actor: String?, at: String, reverts: Int64? = nil) throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO change (at, actor, line, reverts) VALUES (?, ?, ?, ?)").execute(arguments: [at, actor, line, reverts])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "UPDATE change_cursor SET change_id = ? WHERE id = 1").execute(arguments: [id])
        return id
    }

    /// Closes a change. A command that changed nothing leaves no entry in the history.
    /// Returns whether anything was recorded.
    @discardableResult
    static func finish(_ db: Database, change id: Int64) throws -> Bool {
        try db.cachedStatement(sql: "UPDATE change_cursor SET change_id = NULL WHERE id = 1").execute()
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT tbl, op, count(*) AS n FROM change_step WHERE change_id = ? GROUP BY tbl, op ORDER BY min(id)
            """), arguments: [id])
        if rows.isEmpty {
            try db.execute(sql: "DELETE FROM change WHERE id = ?", arguments: [id])
            return false
        }
        let summary = rows.map { row -> String in
            let op: String = row["op"]
            let sign = op == "insert" ? "+" : op == "delete" ? "-" : "~"
            return "\(sign)\(row["n"] as Int) \(row["tbl"] as String)"
        }.joined(separator: " ")
        try db.cachedStatement(sql: "UPDATE change SET summary = ? WHERE id = ?").execute(arguments: [summary, id])
        return true
    }

    // MARK: Undo

    /// Reverts the latest change of `actor` that is not itself an undo and not yet undone.
    static func undoLast(_ db: Database, actor: String?, at: String) throws -> ChangeEntry {
        guard let target = try Row.fetchOne(db, sql: """
            SELECT id, line FROM change
            WHERE reverts IS NULL AND reverted_by IS NULL AND actor IS ?
            ORDER BY id DESC LIMIT 1
            """, arguments: [actor])
        else {
            let who = actor.map { "by \($0) " } ?? ""
            throw VeldwerkError("nothing \(who)to undo; 'history' lists what was changed")
        }
        let targetID: Int64 = target["id"]
        let targetLine: String = target["line"]
        // Reversal may pass through states a later change relies on; check keys at commit.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        let undoID = try begin(db, line: "undo", actor: actor, at: at, reverts: targetID)
        let steps = try String.fetchAll(db, sql: "SELECT inverse FROM change_step WHERE change_id = ? ORDER BY id DESC", arguments: [targetID])
        do {
            for sql in steps { try db.execute(sql: sql) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw VeldwerkError("cannot undo #\(targetID) '\(targetLine)': a later change depends on it; undo that one first")
        }
        try finish(db, change: undoID)
        try db.execute(sql: "UPDATE change SET reverted_by = ? WHERE id = ?", arguments: [undoID, targetID])
        return try ChangeEntry.fetch(db, id: targetID)!
    }
}

/// One line of the history: a command that changed data, or an undo of one.
public struct ChangeEntry: Equatable, Sendable {
    public var id: Int64
    public var at: String
    public var actor: String?
    public var line: String
    public var summary: String
    public var reverts: Int64?
    public var revertedBy: Int64?

    static func fetch(_ db: Database, id: Int64) throws -> ChangeEntry? {
        try fetchAll(db, sql: "SELECT * FROM change WHERE id = ?", arguments: [id]).first
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [ChangeEntry] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            ChangeEntry(id: row["id"], at: row["at"], actor: row["actor"], line: row["line"],
                        summary: row["summary"], reverts: row["reverts"], revertedBy: row["reverted_by"])
        }
    }
}
