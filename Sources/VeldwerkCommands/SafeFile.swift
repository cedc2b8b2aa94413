import Foundation
import VeldwerkCore

/// Writes files whole or not at all: to a temporary file beside the target, then renamed.
public enum SafeFile {
    public static func write(_ text: String, to path: String, force: Bool) throws {
        try write(Data(text.utf8), to: path, force: force)
    }

    public static func write(_ data: Data, to path: String, force: Bool) throws {
        try write(to: path, force: force) { temporary in
            guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw VeldwerkError("cannot write in \((path as NSString).deletingLastPathComponent); check the disk and your permissions")
            }
        }
    }

    /// `make` writes the content to the temporary path it is given; it is renamed into place
    /// (readable by its owner only) only when that succeeds.
    public static func write(to path: String, force: Bool, make: (String) throws -> Void) throws {
        let fm = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        var isDir: ObjCBool = false
        let dir = folder.isEmpty ? "." : folder
        guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw VeldwerkError("folder \(dir) does not exist; create it first")
        }
        guard fm.isWritableFile(atPath: dir) else { throw VeldwerkError("folder \(dir) is not writable; choose another") }
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { throw VeldwerkError("\(path) is a folder; name a file") }
            guard force else { throw VeldwerkError("\(path) exists; add --force to overwrite it") }
        }
        let temporary = (dir as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).tmp")
        try? fm.removeItem(atPath: temporary)
        do {
            try make(temporary)
            guard chmod(temporary, 0o600) == 0 else { throw VeldwerkError("cannot write in \(dir); check the disk and your permissions") }
        } catch {
            try? fm.removeItem(atPath: temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            try? fm.removeItem(atPath: temporary)
            throw VeldwerkError("cannot write \(path); check your permissions")
        }
    }
}
