import VeldwerkCore
import VeldwerkStore

/// What a command may see and change of the session it runs in.
public final class CommandContext {
    public let store: ProjectStore
    /// The researcher acting now: coder identity and the author in the history.
    public var researcher: String?
    /// The command line as typed, recorded with every change.
    public var line: String = ""
    /// Set by `quit`.
    public var wantsQuit = false
    /// Warnings that do not stop the command; the shell prints them on stderr.
    public private(set) var warnings: [String] = []

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

    public func read<T>(_ body: (ProjectReader) throws -> T) throws -> T {
        try store.read(body)
    }
}
