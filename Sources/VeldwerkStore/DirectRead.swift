import GRDB
import GRDBSQLite

/// Reads for the lookups a script of one-line commands repeats thousands of times (a coding
/// asks six), bound and stepped through SQLite's C interface on GRDB's cached statements.
///
/// GRDB's `Row.fetchOne` and `fetchOne` wrap every argument in a `DatabaseValue`, build a row
/// cursor, and copy the row out: in a coding script that was a fifth of all the work outside
/// SQLite. Only SELECTs go this way; anything that writes goes through GRDB, which follows the
/// transaction's state after every statement.
enum DirectValue {
    case int(Int64)
    case text(String)
}

/// The current row of a stepped statement, read by column number.
struct DirectRow {
    fileprivate let handle: OpaquePointer

    func int(_ column: Int32) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
    }

    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}

extension Database {
    /// The first row of a SELECT, read by `read`; nil when there is none.
    func directFirst<T>(_ sql: String, _ arguments: [DirectValue], _ read: (DirectRow) throws -> T) throws -> T? {
        var result: T?
        try directRows(sql, arguments) { row in
            result = try read(row)
            return false
        }
        return result
    }

    /// Every row of a SELECT, in order, until `each` returns false.
    func directRows(_ sql: String, _ arguments: [DirectValue], _ each: (DirectRow) throws -> Bool) throws {
        let statement = try cachedStatement(sql: sql)
        let handle = statement.sqliteStatement
        // A statement left mid-way keeps its read open; it always ends reset and unbound.
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        sqlite3_reset(handle)
        for (i, value) in arguments.enumerated() {
            let index = Int32(i + 1)
            let code: Int32
            switch value {
            case .int(let n): code = sqlite3_bind_int64(handle, index, n)
            case .text(let s): code = sqlite3_bind_text(handle, index, s, -1, Self.transientDestructor)
            }
            guard code == SQLITE_OK else { throw directError(code, sql) }
        }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                guard try each(DirectRow(handle: handle)) else { return }
            case SQLITE_DONE:
                return
            case let code:
                throw directError(code, sql)
            }
        }
    }

    private func directError(_ code: Int32, _ sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: lastErrorMessage, sql: sql)
    }

    /// SQLITE_TRANSIENT: SQLite copies the bound text, which lives only for the call.
    private static let transientDestructor = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
