import ArgumentParser
import VeldwerkCore
import VeldwerkStore

struct HistoryCommand: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "history",
        abstract: "List the changes made to the project: who, when, the command, what it changed, what became of it.",
        discussion: "The number in the first column is what 'undo N' takes.\nExample:\n  history --last 10")

    @Option(help: .init("Only the last N changes.", valueName: "n")) var last: Int?
    @Flag(help: "Show real names typed in commands (hidden by default).") var names = false
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        if let last, last < 1 { throw VeldwerkError("--last must be 1 or more") }
        let entries = try context.store.history(limit: last)
        let refusals = try context.store.refusals(of: entries)
        let rows: [[Value]] = entries.map { e in
            var state = ""
            if let by = e.revertedBy {
                // Only a redo reverts an undo.
                state = "\(e.kind == .undo ? "redone" : "undone") by \(by)"
            } else if let refusal = refusals[e.id] {
                state = "undo refused: " + UndoWording.reason(refusal, names: names)
            }
            return [.int(Int(e.id)), .text(e.at), e.actor.map(Value.text) ?? .null,
                    .text(UndoWording.command(e, names: names)), .text(e.summary), .text(state)]
        }
        return .table(Table(
            name: "history",
            columns: [Column("id", "change", numeric: true), Column("at"), Column("by"), Column("command"), Column("changed"), Column("state")],
            rows: rows, emptyNote: "no changes yet"))
    }
}

struct UndoCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "undo",
        abstract: "Revert your most recent change that can be reverted, or change N; refused when that would undo someone's later work.",
        discussion: """
            Without N, takes your own latest change and passes over (and names) those that later work \
            by others depends on. N is the number 'history' shows; another researcher's change needs \
            --force-other. The undo is itself a change: 'redo' reverts it.
            Example:
              undo
              undo 14
            """)

    @Argument(help: .init("The change to revert, as 'history' numbers it.", valueName: "n")) var change: Int?
    @Flag(help: "Allow reverting another researcher's change (still refused when later work depends on it).") var forceOther = false

    func run(in context: CommandContext) throws -> Output {
        if let change, change < 1 { throw VeldwerkError("a change number is 1 or more; 'history' lists them") }
        do {
            let outcome = try context.store.undo(actor: context.researcher, line: context.line, change: change.map(Int64.init), forceOther: forceOther)
            return .message(UndoWording.done("undone", outcome))
        } catch let error as UndoError {
            throw UndoWording.error(error, verb: "undo")
        }
    }
}

struct RedoCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "redo",
        abstract: "Re-apply your most recently undone change; refused when someone's later work is in the way.",
        discussion: "Example:\n  redo")

    func run(in context: CommandContext) throws -> Output {
        do {
            let outcome = try context.store.redo(actor: context.researcher, line: context.line)
            return .message(UndoWording.done("redone", outcome))
        } catch let error as UndoError {
            throw UndoWording.error(error, verb: "redo")
        }
    }
}

/// The user's sentences for the store's undo outcomes and refusals.
enum UndoWording {
    /// A change as the history shows it: undo and redo by what they revert.
    static func command(_ e: ChangeEntry, names: Bool = false) -> String {
        switch e.kind {
        case .change: return names ? e.line : CommandCatalog.redacted(line: e.line)
        case .undo: return "undo \(e.reverts ?? 0)"
        case .redo: return "redo \(e.reverts ?? 0)"
        }
    }

    static func named(_ e: ChangeEntry) -> String {
        let by = e.actor.map { " by \($0)" } ?? ""
        return "change \(e.id)\(by) '\(command(e))'"
    }

    static func reason(_ c: UndoConflict, names: Bool = false) -> String {
        let table = c.table.map { $0.replacingOccurrences(of: "_", with: " ") } ?? "row"
        let blocker = c.blocker.map(named) ?? "a later change"
        switch c.reason {
        case .laterChange: return "\(blocker) has changed the same \(table) since"
        case .touchedSince: return "\(blocker) has worked on the same \(table) since"
        case .dependsOnIt: return "\(blocker) depends on it (\(table))"
        case .parentGone: return "\(blocker) has removed the \(table) it belongs to"
        case .outsideHistory: return "its \(table) was changed outside the history"
        case .noImages: return "it was recorded by an earlier Veldwerk, which kept nothing to put back"
        case .constraint: return "putting it back clashes with what is there now (\(c.detail ?? "constraint"))"
        }
    }

    static func done(_ verb: String, _ o: UndoOutcome) -> String {
        var lines = ["\(verb) change \(o.subject.id): \(command(o.subject)) (as change \(o.record.id))"]
        for c in o.passedOver {
            lines.append("passed over change \(c.target.id) '\(command(c.target))': \(reason(c))")
        }
        return lines.joined(separator: "\n")
    }

    static func error(_ e: UndoError, verb: String) -> VeldwerkError {
        switch e {
        case .nothingToUndo(let actor, let passed), .nothingToRedo(let actor, let passed):
            let whose = actor.map { "of \($0)'s " } ?? ""
            if passed.isEmpty {
                return VeldwerkError("nothing \(whose)to \(verb); 'history' lists what was changed")
            }
            let why = passed.map { "change \($0.target.id) '\(command($0.target))': \(reason($0))" }.joined(separator: "; ")
            return VeldwerkError("nothing \(whose)can be \(verb == "undo" ? "undone" : "redone") now: \(why)")
        case .unknownChange(let n):
            return VeldwerkError("there is no change \(n); 'history' lists them")
        case .notYours(let e):
            return VeldwerkError("\(named(e)) is not yours; add --force-other to revert it anyway")
        case .alreadyReverted(let e, let by):
            return VeldwerkError("change \(e.id) '\(command(e))' stands reverted (by change \(by)); 'undo \(by)' brings it back")
        case .refused(let c):
            return VeldwerkError("cannot \(verb) change \(c.target.id) '\(command(c.target))': \(reason(c))")
        }
    }
}
