import Foundation

/// What the last full check on opening saw of the database file, kept beside it, so a project
/// that has not changed since is not checked again: the read-only inspection (header, mark,
/// `quick_check`), the migrations and the undo triggers cost most of a short command's time.
///
/// The stamp names this build's schema, and the file's and its write-ahead log's identity, size
/// and modification time. Any write by anyone changes one of them, and the next open checks in
/// full again. A stamp that cannot be read or written only means checking again.
struct OpenStamp: Equatable {
    var schema: String
    var file: FileMark
    var log: FileMark

    struct FileMark: Equatable {
        var inode: UInt64
        var size: Int64
        var modified: Int64

        /// An absent file reads as empty: SQLite removes an empty log when the last connection closes.
        static let absent = FileMark(inode: 0, size: 0, modified: 0)

        init(inode: UInt64, size: Int64, modified: Int64) {
            self.inode = inode
            self.size = size
            self.modified = modified
        }

        init(path: String) {
            var st = stat()
            guard stat(path, &st) == 0, st.st_size > 0 else { self = .absent; return }
            self.init(inode: UInt64(st.st_ino), size: Int64(st.st_size),
                      modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
        }

        var text: String { "\(inode) \(size) \(modified)" }
    }

    static func path(for database: String) -> String { database + "-checked" }

    /// The stamp the file would have now.
    static func current(database: String, schema: String) -> OpenStamp {
        OpenStamp(schema: schema, file: FileMark(path: database), log: FileMark(path: database + "-wal"))
    }

    /// The stamp left by the last full check, if any and readable.
    static func stored(database: String) -> OpenStamp? {
        // Read with plain system calls: it is the first thing every command does.
        let fd = open(path(for: database), O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = read(fd, &buffer, buffer.count)
        guard count > 0, count < buffer.count, let text = String(validating: buffer[..<count], as: UTF8.self) else { return nil }
        let parts = text.split(separator: " ").map(String.init)
        guard parts.count == 7, let a = UInt64(parts[1]), let b = Int64(parts[2]), let c = Int64(parts[3]),
              let d = UInt64(parts[4]), let e = Int64(parts[5]), let f = Int64(parts[6].trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return OpenStamp(schema: parts[0], file: FileMark(inode: a, size: b, modified: c), log: FileMark(inode: d, size: e, modified: f))
    }

    /// Records the stamp, readable by the owner only; failing to is harmless.
    func store(database: String) {
        let target = Self.path(for: database)
        let temporary = target + ".\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        let line = "\(schema) \(file.text) \(log.text)\n"
        let written = line.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        if written > 0 { rename(temporary, target) } else { unlink(temporary) }
    }
}
