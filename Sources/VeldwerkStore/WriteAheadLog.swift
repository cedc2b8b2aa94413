import GRDB
import GRDBSQLite

/// The write-ahead log's length, and what keeps it short.
///
/// A process that opens a project first reads back the whole log to index it, when no other
/// process has the project open: about 3 ms for a log of 4,000 pages, on every one-command run
/// after a long script. SQLite empties the log when the last connection closes; Veldwerk's
/// one-command runs leave closing to the process's exit, so a process that wrote empties a long
/// log itself before it ends (``ProjectStore/tidyLogAtExit()``).
final class WriteAheadLog: @unchecked Sendable {
    /// Pages in the log after this connection's latest commit. Read and written on the
    /// database's own queue only.
    var pages: Int32 = 0

    /// Pages after which a commit copies the log into the file; the log then starts again from
    /// its beginning. SQLite's own automatic checkpoint does this after 1,000: a command writes
    /// about ten pages, mostly the same ones again (the newest leaves of its tables and
    /// indexes), so a checkpoint copies each of them once for more commands. Each commit is
    /// still synced; the log grows to about 16 MB between checkpoints.
    static let checkpointPages: Int32 = 4_000

    /// A log this long or longer is emptied when a process that wrote ends.
    static let tidyPages: Int32 = 1_000

    /// Follows the log's length after every commit, and checkpoints as SQLite's automatic
    /// checkpoint would (this hook replaces it).
    func watch(_ db: Database) {
        sqlite3_wal_hook(db.sqliteConnection, { context, connection, name, pages in
            guard let context else { return SQLITE_OK }
            Unmanaged<WriteAheadLog>.fromOpaque(context).takeUnretainedValue().pages = pages
            if pages >= WriteAheadLog.checkpointPages { sqlite3_wal_checkpoint(connection, name) }
            return SQLITE_OK
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Copies a long log into the file and empties it. Waits for other processes' readers for
    /// at most a tenth of a second: a process that is ending must not hang on someone else.
    func tidy(_ db: Database) {
        guard pages >= Self.tidyPages else { return }
        sqlite3_busy_timeout(db.sqliteConnection, 100)
        if sqlite3_wal_checkpoint_v2(db.sqliteConnection, nil, SQLITE_CHECKPOINT_TRUNCATE, nil, nil) == SQLITE_OK { pages = 0 }
    }
}
