import Foundation
import VeldwerkCore
import VeldwerkStore

/// What a command may see and change of the session it runs in.
public final class CommandContext {
    public let store: ProjectStore
    /// The researcher acting now: coder identity and the author in the history.
    public var researcher: String?
    /// The command line as typed, recorded with every change.
    public var line: String = ""
    /// The focus group being worked on, so subgroup names can be short.
    public var currentFocusGroup: Int64?
    /// Set by `quit`.
    public var wantsQuit = false
    /// Warnings that do not stop the command; the shell prints them on stderr.
    public private(set) var warnings: [String] = []
    /// Set by a command that did part of its work and must still end as failed (exit status 1),
    /// e.g. an import where some files were skipped.
    public var failure: String?
    /// Reports progress of long work (done, total, what); the shell shows it on a terminal only.
    public var progress: (Int, Int, String) -> Void = { _, _, _ in }
    /// Where relative file paths in commands are resolved.
    public var workingDirectory: String = FileManager.default.currentDirectoryPath
    /// While a project builds from its own `project.vw`: the folder every file written must stay
    /// inside, with nothing overwritten. Opening a folder must not let its script reach outside.
    public var confinement: String?

    public init(store: ProjectStore, researcher: String? = nil) {
        self.store = store
        self.researcher = researcher
    }

    public func warn(_ message: String) { warnings.append(message) }

    public func takeWarnings() -> [String] {
        defer { warnings = [] }
        return warnings
    }

    /// Runs a writing command's body as one logged, undoable transaction.
    public func change<T>(_ body: (ProjectWriter) throws -> T) throws -> T {
        try store.change(line: line, actor: researcher, body)
    }

    /// Refuses a file write that a confined script may not make.
    public func checkWrite(_ path: String, force: Bool) throws {
        guard let root = confinement else { return }
        if force { throw VeldwerkError("--force is not allowed in a project's own project.vw; nothing may be overwritten while it builds") }
        let inside = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        var target = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        // Resolve links in the part that exists; what is still to be made cannot be a link yet.
        while !FileManager.default.fileExists(atPath: target.path), target.path != "/" {
            rest.insert(target.lastPathComponent, at: 0)
            target.deleteLastPathComponent()
        }
        let resolved = rest.reduce(target.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }.path
        guard resolved == inside || resolved.hasPrefix(inside + "/") else {
            throw VeldwerkError("\(path) is outside the project folder; a project.vw writes only inside its own folder")
        }
    }

    /// A path as the user typed it, made absolute against the working directory.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") { return NSString(string: path).expandingTildeInPath }
        return (workingDirectory as NSString).appendingPathComponent(path)
    }

    /// The current researcher, required by commands that record who did something.
    public func requireResearcher(_ what: String) throws -> String {
        guard let researcher else {
            throw VeldwerkError("say who is \(what) first: 'as NAME' (or start with --as NAME)")
        }
        return researcher
    }

    public func read<T>(_ body: (ProjectReader) throws -> T) throws -> T {
        try store.read(body)
    }
}
