import Foundation
import GRDB
import VeldwerkCore

/// A research project on disk: a folder holding one SQLite database, `veldwerk.sqlite`.
///
/// This type is the only door to the database. Reads see a consistent snapshot; every write is
/// one immediate transaction that also records its change in the log, so a command applies whole
/// or not at all and can be undone. The file is WAL-journalled so that a second process can read
/// while one writes, and writers wait for each other instead of failing.
///
/// ## Topics
/// - Opening: ``create(folder:name:)``, ``open(folder:)``
/// - Access: ``read(_:)``, ``change(line:actor:_:)``
/// - Undo: ``undo(actor:line:change:forceOther:)``, ``redo(actor:line:)``, ``history(limit:)``
public final class ProjectStore: Sendable {
    public static let fileName = "veldwerk.sqlite"

    public let folder: String
    public let path: String
    let queue: DatabaseQueue
    /// Its length, followed after every commit on this connection.
    let log: WriteAheadLog

    private init(folder: String, path: String, queue: DatabaseQueue, log: WriteAheadLog) {
        self.folder = folder
        self.path = path
        self.queue = queue
        self.log = log
    }

    public static func databasePath(in folder: String) -> String {
        (folder as NSString).appendingPathComponent(fileName)
    }

    public static func exists(in folder: String) -> Bool {
        FileManager.default.fileExists(atPath: databasePath(in: folder))
    }

    // MARK: Opening

    /// Creates the folder (if needed) and a new project database in it, readable by its owner
    /// only. `file` names the database in the folder: a project being built from its script is
    /// made under another name and ``install(built:in:)``ed when complete.
    public static func create(folder: String, name: String, file: String = fileName) throws -> ProjectStore {
        let projectName = try Names.validated(name, what: "project name")
        let fm = FileManager.default
        let path = (folder as NSString).appendingPathComponent(file)
        guard !fm.fileExists(atPath: path) else {
            throw StoreError.projectExists(folder: folder)
        }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isDir), !isDir.boolValue {
            throw VeldwerkError("\(folder) is a file, not a folder; choose a folder name for the project")
        }
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw VeldwerkError("cannot create folder \(folder): check the path and your permissions")
        }
        // Create the file with mode 0600 first so no one else can read it even for an instant.
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw VeldwerkError("cannot create \(path): check your permissions") }
        Foundation.close(fd)
        do {
            let log = WriteAheadLog()
            let queue = try DatabaseQueue(path: path, configuration: configuration(log: log))
            try Schema.migrator.migrate(queue)
            try queue.write { db in try UndoTriggers.sync(db) }
            let today = ProjectClock.today()
            try queue.write { db in
                try db.cachedStatement(sql: "INSERT INTO project (id, name, created_on) VALUES (1, ?, ?)").execute(arguments: [projectName, today])
            }
            return ProjectStore(folder: folder, path: path, queue: queue, log: log)
        } catch {
            try? fm.removeItem(atPath: path)
            throw VeldwerkError("cannot create the project database: \(Self.describe(error))")
        }
    }

    /// Puts a database built (and closed) under another name in place as the folder's project,
    /// in one step: a build cut short never leaves a project that opens as if complete. Refused
    /// when a project appeared there meanwhile; the built file is then removed.
    public static func install(built: String, in folder: String) throws {
        let target = databasePath(in: folder)
        defer { removeDatabaseFiles(built) }
        guard FileManager.default.fileExists(atPath: built + "-wal") == false else {
            throw VeldwerkError("the built project was not closed cleanly; open the folder again to rebuild it")
        }
        guard link(built, target) == 0 else {
            if errno == EEXIST { throw VeldwerkError("another Veldwerk built \(folder) meanwhile; open it again") }
            throw VeldwerkError("cannot put the built project in place in \(folder): \(String(cString: strerror(errno)))")
        }
    }

    /// Removes a database file with its WAL and shared-memory files.
    public static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-checked"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Opens an existing project, migrating an older database forward.
    ///
    /// The file is inspected read-only first: a file that is not Veldwerk's, comes from a newer
    /// Veldwerk, or is damaged is refused without a single byte written to it.
    /// `upgrading` is called before an older file is migrated, which for a large project with
    /// many transcripts can take a while (once), so a program can say so.
    public static func open(folder: String, upgrading: (() -> Void)? = nil) throws -> ProjectStore {
        let path = databasePath(in: folder)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw StoreError.noProjectFolder(folder)
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.noProject(folder: folder, file: fileName)
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw VeldwerkError("\(path) is not readable; check its owner and permissions")
        }
        // Unchanged since its last full check (by anyone) under this schema: nothing to check again.
        let schema = Schema.fingerprint
        let unchanged = OpenStamp.stored(database: path) == OpenStamp.current(database: path, schema: schema)
        if !unchanged { try inspect(path: path) }
        do {
            let log = WriteAheadLog()
            let queue = try DatabaseQueue(path: path, configuration: configuration(log: log))
            if !unchanged {
                if let upgrading, try queue.read({ try !Schema.migrator.hasCompletedMigrations($0) }) { upgrading() }
                try Schema.migrator.migrate(queue)
                // The undo triggers follow the schema; rewritten only when they differ from what it needs.
                if try !queue.read(UndoTriggers.inSync) {
                    try queue.write { db in try UndoTriggers.sync(db) }
                }
                OpenStamp.current(database: path, schema: schema).store(database: path)
            }
            return ProjectStore(folder: folder, path: path, queue: queue, log: log)
        } catch let e as VeldwerkError {
            throw e
        } catch {
            throw VeldwerkError("cannot open \(path): \(Self.describe(error))")
        }
    }

    /// Reads another project without writing a byte to it: its database is copied with SQLite's
    /// backup into a private temporary file, brought to this Veldwerk's schema there, read, and
    /// removed. A project from an older Veldwerk can be read this way too.
    public static func withCopy<T>(of folder: String, _ body: (ProjectReader) throws -> T) throws -> T {
        let path = databasePath(in: folder)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw StoreError.noProjectFolder(folder)
        }
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noProject(folder: folder, file: fileName) }
        try inspect(path: path)
        let copy = (NSTemporaryDirectory() as NSString).appendingPathComponent("veldwerk-copy-\(getpid())-\(UUID().uuidString).sqlite")
        // It holds real names: readable by its owner only, from the first byte.
        guard FileManager.default.createFile(atPath: copy, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw VeldwerkError("cannot make a temporary copy in \(NSTemporaryDirectory()); check the disk")
        }
        defer { removeDatabaseFiles(copy) }
        do {
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(10)
            let source = try DatabaseQueue(path: path, configuration: config)
            let target = try DatabaseQueue(path: copy)
            try source.backup(to: target)
            try source.close()
            try Schema.migrator.migrate(target)
            defer { try? target.close() }
            return try target.read { db in try body(ProjectReader(db: db)) }
        } catch let e as VeldwerkError {
            throw e
        } catch let e as StoreError {
            throw e
        } catch {
            throw VeldwerkError("cannot read \(path): \(Self.describe(error))")
        }
    }

    /// Read-only checks before anything may write to the file.
    static func inspect(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw VeldwerkError("\(path) is not readable; check its permissions")
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty {
            throw StoreError.emptyProjectFile(path)
        }
        guard header == Data("SQLite format 3\0".utf8) else {
            throw VeldwerkError("\(path) is not a Veldwerk project (not an SQLite database); move it away or open another folder")
        }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        do {
            let probe = try DatabaseQueue(path: path, configuration: config)
            defer { try? probe.close() }
            try probe.read { db in
                let appID = try Int32.fetchOne(db.cachedStatement(sql: "PRAGMA application_id")) ?? 0
                guard appID == Schema.applicationID else {
                    throw VeldwerkError("\(path) is an SQLite database but not a Veldwerk project; open another folder")
                }
                // quick_check reads every page: on a large project that would cost a second at each
                // start, so there SQLite's own checks on every read (and `PRAGMA integrity_check`
                // in the tests) catch damage instead.
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                if size <= quickCheckLimit {
                    let check = try String.fetchAll(db.cachedStatement(sql: "PRAGMA quick_check"))
                    guard check == ["ok"] else {
                        throw VeldwerkError("\(path) is damaged (\(check.first ?? "integrity check failed")); restore it from a backup")
                    }
                } else {
                    _ = try Int.fetchAll(db.cachedStatement(sql: "SELECT count(*) FROM sqlite_master"))
                }
                // Veldwerk's id on a file whose schema Veldwerk never made (no migrations recorded,
                // or not the first): refused here, before migrating could add to it.
                let applied = try db.tableExists("grdb_migrations") ? try Schema.migrator.appliedIdentifiers(db) : []
                guard let first = Schema.knownMigrations.first, applied.contains(first), try db.tableExists("change") else {
                    throw VeldwerkError("\(path) carries Veldwerk's mark but not its tables; it is not a Veldwerk project, open another folder")
                }
                let known = Set(Schema.knownMigrations)
                if !applied.isSubset(of: known) {
                    throw VeldwerkError("\(path) was written by a newer Veldwerk; upgrade Veldwerk to open it")
                }
            }
        } catch let e as VeldwerkError {
            throw e
        } catch {
            throw VeldwerkError("\(path) is damaged or unreadable (\(describe(error))); restore it from a backup")
        }
    }

    /// How much of the file a read may map: SQLite's own ceiling, 2 GiB.
    static let readMapSize = 2_147_418_112

    /// Projects up to this size are fully checked when opened.
    static let quickCheckLimit = 64 * 1024 * 1024

    static func configuration(log: WriteAheadLog) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Write-ahead logging, set here rather than through GRDB's `.wal`, which writes a table
        // into the file at every open to make the log exist (for pools; a queue needs none):
        // that write made every short command a write. Every acknowledged command survives a
        // power cut: the log is synced at each commit (FULL, where GRDB would choose NORMAL).
        config.prepareDatabase { db in
            guard try String.fetchOne(db.cachedStatement(sql: "PRAGMA journal_mode = WAL")) == "wal" else {
                throw VeldwerkError("\(db.description) cannot use write-ahead logging; check that its folder is writable")
            }
            try db.execute(sql: "PRAGMA synchronous = FULL")
            log.watch(db)
        }
        // A second process writing makes us wait, not fail: a facilitator's vote must never bounce.
        // The wait looks again every millisecond for up to 30 seconds. SQLite's own timeout backs
        // off to sleeps of 100 ms, and a script committing command after command would keep
        // winning the lock in the moment between two of its commands until it ended.
        config.busyMode = .callback { tries in
            guard tries < busyTries else { return false }
            usleep(1_000)
            return true
        }
        config.label = "veldwerk"
        return config
    }

    /// About 30 seconds of waiting at one look a millisecond (a look and its sleep take a little more).
    static let busyTries = 28_000

    static func describe(_ error: Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? "\(db.resultCode)" }
        return "\(error)"
    }

    // MARK: Access

    /// Runs `body` on a consistent read-only snapshot.
    public func read<T>(_ body: (ProjectReader) throws -> T) throws -> T {
        try translate { try snapshot { db in try body(ProjectReader(db: db)) } }
    }

    /// A deferred transaction that must change nothing: one that did is rolled back and refused.
    ///
    /// GRDB's own `read` guards with `PRAGMA query_only`, but toggling that pragma expires every
    /// prepared statement of the connection, so each read made the next command prepare all its
    /// statements (and compile the undo triggers) again. The same guarantee, kept here by counting
    /// changes, leaves the statement cache intact.
    ///
    /// A read maps the file into memory for its duration: a listing that quotes thousands of
    /// passages reads each transcript's pages in place instead of copying them in one by one.
    /// Writes do not, so an import of thousands of files keeps a small footprint.
    func snapshot<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.writeWithoutTransaction { db in
            try db.cachedStatement(sql: "PRAGMA mmap_size = \(Self.readMapSize)").execute()
            defer { try? db.cachedStatement(sql: "PRAGMA mmap_size = 0").execute() }
            let before = db.totalChangesCount
            var result: T?
            try db.inTransaction(.deferred) {
                result = try body(db)
                return db.totalChangesCount == before ? .commit : .rollback
            }
            guard db.totalChangesCount == before, let result else {
                throw VeldwerkError("a read tried to change the project; nothing was changed")
            }
            return result
        }
    }

    /// Runs one user command's changes as a single immediate transaction and records them in the
    /// log with the command line, so `history` can show them and `undo` can revert them.
    public func change<T>(line: String, actor: String?, _ body: (ProjectWriter) throws -> T) throws -> T {
        try translate {
            try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    let id = try ChangeLog.begin(db, line: line, actor: actor, at: ProjectClock.now())
                    result = try body(ProjectWriter(db: db))
                    try ChangeLog.finish(db, change: id)
                    try FaultHook.holdIfAsked()
                    return .commit
                }
                // Set whenever the transaction committed; a body that threw never gets here.
                guard let result else { throw StoreError.unknown(.change, line) }
                return result
            }
        }
    }


    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() throws -> [String] {
        try snapshot { db in try String.fetchAll(db.cachedStatement(sql: "PRAGMA integrity_check")) }
    }

    public func close() throws { try queue.close() }

    /// Before a process that leaves its project open ends: a long write-ahead log is copied into
    /// the file and emptied, so the next process to open the project need not read it back.
    /// For the end only: afterwards this connection waits at most 0.1 s for another writer.
    public func tidyLogAtExit() {
        queue.inDatabase { db in log.tidy(db) }
    }

    /// SQLite's errors become one-line user errors; our own pass through unchanged.
    func translate<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as VeldwerkError {
            throw e
        } catch let e as DatabaseError {
            switch e.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                throw VeldwerkError("the project is busy in another Veldwerk for over 30 seconds; try again")
            case .SQLITE_FULL:
                throw VeldwerkError("the disk is full; nothing was changed, free some space and try again")
            case .SQLITE_READONLY:
                throw VeldwerkError("the project file is read-only; nothing was changed")
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                throw VeldwerkError("the project file is damaged (\(e.message ?? "corrupt")); nothing was changed; restore it from a backup")
            case .SQLITE_CONSTRAINT:
                throw VeldwerkError("database constraint failed (\(e.message ?? "constraint")); nothing was changed")
            default:
                throw VeldwerkError("database error: \(e.message ?? "\(e.resultCode)"); nothing was changed")
            }
        }
    }
}
