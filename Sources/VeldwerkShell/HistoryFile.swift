import Foundation
import VeldwerkCommands

/// The prompt's history file in the project folder: a regular file of the user's own, mode
/// 0600, never followed through a link or opened when it is a FIFO or device (which would block
/// the prompt or send every typed line elsewhere). Lines are kept with real names hidden, as
/// `history` shows them.
struct HistoryFile {
    let path: String
    /// Why the file is not used this time, if it is not.
    private(set) var refusal: String?

    init(path: String) {
        self.path = path
        var info = stat()
        if lstat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) != S_IFREG {
                refusal = "\(path) is not a regular file (a link, a pipe or a device); history is not kept until it is removed"
            } else if info.st_uid != geteuid() {
                refusal = "\(path) belongs to another user; history is not kept until it is removed"
            } else if (info.st_mode & 0o077) != 0 {
                chmod(path, 0o600)
            }
        } else {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0 { refusal = "cannot create \(path); history is not kept" } else { close(fd) }
        }
    }

    var isUsable: Bool { refusal == nil }

    /// Appends one line, real names hidden, without following a link put there meanwhile.
    func append(_ line: String) {
        guard isUsable else { return }
        let fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
        let text = CommandCatalog.redacted(line: line).replacingOccurrences(of: "\n", with: " ") + "\n"
        _ = text.withCString { write(fd, $0, strlen($0)) }
    }
}
