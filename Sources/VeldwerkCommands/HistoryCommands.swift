import ArgumentParser
import VeldwerkCore

struct HistoryCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the changes made to the project: who, when, the command, what it changed.",
        discussion: "Example:\n  history --last 10")

    @Option(help: .init("Only the last N changes.", valueName: "n")) var last: Int?
    @Flag(help: "Show real names typed in commands (hidden by default).") var names = false
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        if let last, last < 1 { throw VeldwerkError("--last must be 1 or more") }
        let entries = try context.store.history(limit: last)
        let rows: [[Value]] = entries.map { e in
            let state = e.revertedBy.map { "undone by #\($0)" } ?? ""
            let line = e.reverts.map { "undo #\($0)" } ?? (names ? e.line : CommandCatalog.redacted(line: e.line))
            return [.int(Int(e.id)), .text(e.at), e.actor.map(Value.text) ?? .null, .text(line), .text(e.summary), .text(state)]
        }
        return .table(Table(
            name: "history",
            columns: [Column("id", "#", numeric: true), Column("at"), Column("by"), Column("command"), Column("changed"), Column("state")],
            rows: rows, emptyNote: "no changes yet"))
    }
}

struct UndoCommand: PromptCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Revert your last change; repeat to go further back. The undo is kept in the history.",
        discussion: "Example:\n  undo")

    func run(in context: CommandContext) throws -> Output {
        let reverted = try context.store.undo(actor: context.researcher)
        return .message("undone #\(reverted.id): \(CommandCatalog.redacted(line: reverted.line))")
    }
}
