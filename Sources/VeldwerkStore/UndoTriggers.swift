import GRDB

/// The triggers that record, per row a change touches, the row before and after.
///
/// They are derived from the schema, never written by hand and never by a migration: after
/// migrating, ``sync(_:)`` compares what each table needs with what is stored and rewrites only
/// what differs, so a table or column added later is undoable without code of its own.
///
/// A row image is the row's values as SQLite's `quote()` writes them, comma-separated, in the
/// order of its shape (`undo_shape`): `quote()` round-trips every value exactly, reals included,
/// and the text can be put back into SQL as it is.
enum UndoTriggers {
    /// Tables of the change log itself, which the triggers must not watch.
    static let logTables: Set<String> = ["change", "change_step", "change_row", "undo_shape", "undo_refusal",
                                         // Where a server listens: the running process's own note, not project data.
                                         "web_server"]
    /// Bookkeeping that belongs to GRDB's migrator and to SQLite (the `sqlite_` names are reserved to it).
    static let foreignTables: Set<String> = ["grdb_migrations", "sqlite_sequence", "sqlite_schema", "sqlite_master",
                                             "sqlite_temp_schema", "sqlite_temp_master", "sqlite_stat1", "sqlite_stat4"]

    /// Ordinary tables of the main schema, by `PRAGMA table_list`: virtual tables and their
    /// shadow tables (full-text search) are maintained by SQLite, views hold nothing.
    static func watchedTables(_ db: Database) throws -> [String] {
        try TableListRow.fetchAll(db.cachedStatement(sql: "SELECT schema, name, type FROM pragma_table_list WHERE schema = 'main'")).compactMap { t -> String? in
            guard t.type == "table", !logTables.contains(t.name), !foreignTables.contains(t.name),
                  !Paragraphs.derivedTables.contains(t.name) else { return nil }
            return t.name
        }.sorted()
    }

    private struct TableListRow: Decodable, FetchableRecord {
        var schema: String
        var name: String
        var type: String
    }

    private struct TriggerRow: Decodable, FetchableRecord {
        var name: String
        var sql: String
    }

    /// The columns of a table in declaration order, as the shape of its images.
    static func columns(_ db: Database, _ table: String) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid"), arguments: [table])
    }

    /// The shape key: quoted column names, comma-separated, usable as SQL as it is.
    static func shape(_ columns: [String]) -> String {
        columns.map(\.quotedDatabaseIdentifier).joined(separator: ",")
    }

    /// Columns whose values run to megabytes (a transcript's text), by table, as quoted names.
    ///
    /// An after image only tells undo whether a row still holds what a change wrote; putting a
    /// row back always uses a before image, which stays whole. So an after image holds a long
    /// value as its length in bytes and its first and last 32 bytes, not the value a second time. Veldwerk's own later changes to the row are found in the log
    /// whatever the image; the image is the check against a program writing to the file directly,
    /// and such a change in the middle of a long text that keeps its length would go unseen.
    static let longColumns: [String: Set<String>] = ["document": ["\"body\""]]

    /// Values up to this many bytes are written whole even in a long column.
    static let abbreviationThreshold = 256

    /// SQL that renders the image of a row whose columns are reached through `alias` (old, new,
    /// or a table); the columns in `abbreviating` as ``longColumns`` says.
    static func imageExpression(_ shape: String, alias: String, abbreviating long: Set<String> = []) -> String {
        splitShape(shape).map { column in
            let value = "\(alias).\(column)"
            guard long.contains(column) else { return "quote(\(value))" }
            // '#' starts no value quote() writes, so an abbreviation never equals a whole value.
            let bytes = "CAST(\(value) AS BLOB)"
            return "CASE WHEN length(\(bytes)) > \(abbreviationThreshold) THEN '#' || length(\(bytes)) || ':' || hex(substr(\(bytes), 1, 32)) || ':' || hex(substr(\(bytes), -32)) ELSE quote(\(value)) END"
        }.joined(separator: " || ',' || ")
    }

    /// The quoted column names of a shape, in order. Names are quoted identifiers, so a comma
    /// can only separate them outside double quotes.
    static func splitShape(_ shape: String) -> [String] {
        var parts: [String] = [], current = "", quoted = false
        for c in shape {
            if c == "\"" { quoted.toggle() }
            if c == ",", !quoted { parts.append(current); current = ""; continue }
            current.append(c)
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// The three trigger statements one table needs, by name.
    static func triggers(table: String, shapeID: Int64, shape: String) -> [(name: String, sql: String)] {
        let t = table.quotedDatabaseIdentifier
        let base = "undo_" + table
        // Only while a change is running (``ChangeLog``): its entry is the latest, and marked.
        let active = "WHEN (SELECT in_progress FROM change ORDER BY id DESC LIMIT 1) = 1"
        let record = "INSERT INTO change_row (change_id, shape_id, tbl, row_id, before, after) VALUES ((SELECT max(id) FROM change), \(shapeID), \(sqlString(table))"
        let old = imageExpression(shape, alias: "old")
        let after = imageExpression(shape, alias: "new", abbreviating: longColumns[table] ?? [])
        return [
            (base + "_insert", "CREATE TRIGGER \((base + "_insert").quotedDatabaseIdentifier) AFTER INSERT ON \(t) \(active) BEGIN \(record), new.rowid, NULL, \(after)); END"),
            (base + "_update", "CREATE TRIGGER \((base + "_update").quotedDatabaseIdentifier) AFTER UPDATE ON \(t) \(active) BEGIN \(record), old.rowid, \(old), \(after)); END"),
            (base + "_delete", "CREATE TRIGGER \((base + "_delete").quotedDatabaseIdentifier) BEFORE DELETE ON \(t) \(active) BEGIN \(record), old.rowid, \(old), NULL); END"),
        ]
    }

    /// What the schema needs now: every trigger by name with its SQL, and the shapes it refers to.
    /// Reads only; a shape not yet stored gets the id it will receive (`nil` in `missing`).
    static func expected(_ db: Database) throws -> (triggers: [String: String], missingShapes: [(table: String, shape: String)]) {
        var result: [String: String] = [:]
        var missing: [(String, String)] = []
        for table in try watchedTables(db) {
            let shape = shape(try columns(db, table))
            guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM undo_shape WHERE tbl = ? AND cols = ?"), arguments: [table, shape]) else {
                missing.append((table, shape))
                continue
            }
            for t in triggers(table: table, shapeID: id, shape: shape) { result[t.name] = t.sql }
        }
        return (result, missing)
    }

    /// The undo triggers as stored in the file, by name.
    static func stored(_ db: Database) throws -> [String: String] {
        var result: [String: String] = [:]
        for t in try TriggerRow.fetchAll(db.cachedStatement(sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'undo_*'")) {
            result[t.name] = t.sql
        }
        return result
    }

    /// Whether the stored triggers are exactly what the schema needs (a read, for opening).
    static func inSync(_ db: Database) throws -> Bool {
        let need = try expected(db)
        let have = try stored(db)
        return need.missingShapes.isEmpty && need.triggers == have
    }

    /// Rewrites what differs: drops triggers the schema no longer needs, records new shapes,
    /// creates missing or outdated triggers. Run inside a write, after migrating.
    static func sync(_ db: Database) throws {
        for (table, shape) in try expected(db).missingShapes {
            try db.execute(sql: "INSERT INTO undo_shape (tbl, cols) VALUES (?, ?)", arguments: [table, shape])
        }
        let need = try expected(db).triggers
        let have = try stored(db)
        for (name, sql) in have where need[name] != sql {
            try db.execute(sql: "DROP TRIGGER \(name.quotedDatabaseIdentifier)")
        }
        for (name, sql) in need.sorted(by: { $0.key < $1.key }) where have[name] != sql {
            try db.execute(sql: sql)
        }
    }

    private static func sqlString(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }
}
