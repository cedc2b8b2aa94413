import GRDB

/// CHECK constraints written `kind IN ('change', 'undo', 'redo')`, rewritten as
/// `(kind = 'change' OR kind = 'undo' OR kind = 'redo')`.
///
/// SQLite evaluates an IN list of three or more constants by building a temporary B-tree of
/// them, and a CHECK constraint does so for every row written: on `change`, which every command
/// writes, and `segment`, that was a sixth of a coding's work inside SQLite. A list of two, or
/// comparisons joined by OR, are plain comparisons. Both forms accept and refuse the same values,
/// NULL included (a NULL column makes every comparison NULL, which a CHECK lets pass).
enum ConstantLists {
    /// Rewrites every table's definition in place, as SQLite's documentation describes for
    /// changing a constraint that the stored rows already satisfy: the new definitions accept
    /// exactly the rows the old ones did, so nothing is copied or checked again.
    static func rewriteTables(_ db: Database) throws {
        let tables = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")
        let changed = tables.compactMap { row -> (name: String, sql: String)? in
            let sql: String = row["sql"]
            let rewritten = Self.rewritten(sql)
            return rewritten == sql ? nil : (row["name"], rewritten)
        }
        guard !changed.isEmpty else { return }
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        // Off again whatever happens: the setting outlives the migration's transaction.
        defer { try? db.execute(sql: "PRAGMA writable_schema = OFF") }
        for table in changed {
            try db.execute(sql: "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", arguments: [table.sql, table.name])
        }
        // A new schema version makes every connection read the definitions again.
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
    }

    /// `sql` with each `column IN (c1, c2, c3, ...)` of three or more quoted or whole-number
    /// constants written as comparisons joined by OR. Anything else is left as it is.
    static func rewritten(_ sql: String) -> String {
        let s = Array(sql.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.count + 64)
        var i = 0
        while i < s.count {
            if let (column, items, end) = list(in: s, at: i), items.count >= 3 {
                let parts = items.map { column + " = " + $0 }
                out += Array(("(" + parts.joined(separator: " OR ") + ")").utf8)
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A `column IN (constants)` starting at `start`: the column as written, the constants as
    /// written, and the index after the closing parenthesis.
    private static func list(in s: [UInt8], at start: Int) -> (String, [String], Int)? {
        // The column: a plain or double-quoted identifier, not the tail of a longer word.
        if start > 0, isWordByte(s[start - 1]) || s[start - 1] == UInt8(ascii: "\"") { return nil }
        var i = start
        if s[i] == UInt8(ascii: "\"") {
            i += 1
            while i < s.count, s[i] != UInt8(ascii: "\"") { i += 1 }
            guard i < s.count else { return nil }
            i += 1
        } else {
            guard isWordByte(s[i]), !isDigit(s[i]) else { return nil }
            while i < s.count, isWordByte(s[i]) { i += 1 }
        }
        let column = String(decoding: s[start..<i], as: UTF8.self)
        // `NOT IN (...)` is not a column named NOT.
        guard column.uppercased() != "NOT", expect(" IN (", in: s, at: &i) else { return nil }
        var items: [String] = []
        while true {
            while i < s.count, s[i] == UInt8(ascii: " ") { i += 1 }
            guard i < s.count else { return nil }
            let itemStart = i
            if s[i] == UInt8(ascii: "'") {
                i += 1
                while i < s.count {
                    if s[i] == UInt8(ascii: "'") {
                        if i + 1 < s.count, s[i + 1] == UInt8(ascii: "'") { i += 2; continue }
                        break
                    }
                    i += 1
                }
                guard i < s.count else { return nil }
                i += 1
            } else {
                if s[i] == UInt8(ascii: "-") { i += 1 }
                let digits = i
                while i < s.count, isDigit(s[i]) { i += 1 }
                guard i > digits else { return nil }
            }
            items.append(String(decoding: s[itemStart..<i], as: UTF8.self))
            while i < s.count, s[i] == UInt8(ascii: " ") { i += 1 }
            guard i < s.count else { return nil }
            if s[i] == UInt8(ascii: ",") { i += 1; continue }
            if s[i] == UInt8(ascii: ")") { return (column, items, i + 1) }
            return nil
        }
    }

    /// Whether `text` stands at `i`, ignoring ASCII case; moves past it if so.
    private static func expect(_ text: String, in s: [UInt8], at i: inout Int) -> Bool {
        let t = Array(text.utf8)
        guard i + t.count <= s.count else { return false }
        for k in 0..<t.count where lower(s[i + k]) != lower(t[k]) { return false }
        i += t.count
        return true
    }

    private static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    private static func isWordByte(_ b: UInt8) -> Bool { isDigit(b) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 }
}
