import ArgumentParser
import Foundation
import VeldwerkCore

/// Everything the shell needs to know about the commands, read from their declarations:
/// names for parsing and "did you mean", the grouped help, and the options and value kinds
/// that Tab completion offers. Nothing here is written a second time by hand.
public enum CommandCatalog {
    /// A command or command group as declared.
    public struct Entry: Sendable {
        public let path: [String]
        public let type: ParsableCommand.Type
        public let abstract: String
        public let subcommands: [String]
        /// Another name for a command declared elsewhere in the tree (e.g. `exit` for `quit`).
        public let isAlias: Bool
        public var isGroup: Bool { !subcommands.isEmpty }
    }

    /// Walks the declared tree once.
    public static let entries: [Entry] = {
        var result: [Entry] = []
        func visit(_ type: ParsableCommand.Type, path: [String]) {
            let config = type.configuration
            let subs = config.subcommands
            let names = subs.map { $0.configuration.commandName ?? "" }
            if !path.isEmpty {
                result.append(Entry(path: path, type: type, abstract: config.abstract, subcommands: names, isAlias: false))
            }
            for sub in subs {
                let name = sub.configuration.commandName ?? ""
                visit(sub, path: path + [name])
                for alias in sub.configuration.aliases {
                    result.append(Entry(path: path + [alias], type: sub, abstract: sub.configuration.abstract,
                                        subcommands: sub.configuration.subcommands.map { $0.configuration.commandName ?? "" },
                                        isAlias: true))
                }
            }
        }
        visit(PromptRoot.self, path: [])
        return result
    }()

    public static func entry(_ path: [String]) -> Entry? {
        byPath[path]
    }

    /// Names that can follow `path` (the top-level commands for an empty path): each
    /// sub-command, then its aliases, in declaration order.
    public static func names(after path: [String]) -> [String] {
        level(path)?.names ?? []
    }

    /// Entries by their words, worked out once for completion's many lookups.
    private static let byPath: [[String]: Entry] = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })

    // MARK: Parsing

    /// Parses one command's words into a runnable command, with errors that say what to do.
    /// More words than any command needs; a longer one is refused before parsing, which would
    /// otherwise take minutes over tens of thousands of words.
    public static let maximumWords = 1_000

    public static func parse(_ words: [String]) throws -> any PromptCommand {
        guard words.count <= maximumWords else {
            throw VeldwerkError("a command of \(words.count) words is more than the \(maximumWords) Veldwerk takes; use a wildcard or a manifest for many files")
        }
        // Walk the command words ourselves: ArgumentParser would call a typo an "unexpected argument".
        var path: [String] = []
        // Words taken as command names; a group's default sub-command takes none.
        var consumed = 0
        while case let choices = names(after: path), !choices.isEmpty {
            let here = path.joined(separator: " ")
            guard consumed < words.count else {
                if path.isEmpty { throw VeldwerkError("empty command; 'help' lists the commands") }
                throw VeldwerkError("'\(here)' needs a sub-command: \(choices.joined(separator: ", "))")
            }
            let word = words[consumed]
            if word == "--help" || word == "-h" { throw HelpRequest(path: path) }
            // `board 1` is `board show 1`: a group may name the sub-command its bare form runs.
            if !choices.contains(word), let name = level(path)?.fallback {
                path.append(name)
                continue
            }
            guard choices.contains(word) else {
                let said = (path + [word]).joined(separator: " ")
                if let near = NameSuggestion.nearest(to: word, in: choices) {
                    throw VeldwerkError("unknown command '\(said)'; did you mean '\((path + [near]).joined(separator: " "))'?")
                }
                if path.isEmpty { throw VeldwerkError("unknown command '\(word)'; 'help' lists the commands") }
                throw VeldwerkError("'\(here)' has no sub-command '\(word)'; choose one of: \(choices.joined(separator: ", "))")
            }
            path.append(word)
            consumed += 1
        }
        let arguments = Array(words.dropFirst(consumed))
        if arguments.contains("--help") || arguments.contains("-h") { throw HelpRequest(path: path) }
        // The leaf parses its own arguments: much cheaper than walking the whole tree again.
        guard let leaf = declaredType(at: path) else { throw VeldwerkError("unknown command; 'help' lists the commands") }
        let parsed: ParsableCommand
        if let again = ParseCache.parse(leaf, path: path, arguments) {
            parsed = again
        } else {
            do {
                parsed = try leaf.parseAsRoot(arguments)
            } catch {
                throw VeldwerkError(oneLine(leaf.message(for: error), path: path))
            }
            ParseCache.learn(parsed, path: path, arguments)
        }
        guard let command = parsed as? any PromptCommand else {
            throw VeldwerkError("'\(path.joined(separator: " "))' cannot be run on its own; 'help' lists the commands")
        }
        return command
    }

    /// The declared type at `path`.
    static func declaredType(at path: [String]) -> ParsableCommand.Type? {
        level(path)?.type
    }

    /// One level of the declared tree: the type at a path, the names that can follow it and the
    /// sub-command its bare form runs.
    struct Level {
        let type: ParsableCommand.Type
        let names: [String]
        let fallback: String?
    }

    /// Levels by path, each worked out when first reached: every parse and every Tab walks
    /// them, and reading a declaration copies its whole configuration.
    private static let levels = Memo<Level?>()

    /// Found by walking down from the root through each level's sub-commands and aliases, so
    /// parsing one command reads the declarations along its path, not all of them (`entries`,
    /// for help and completion, walks the whole tree).
    static func level(_ path: [String]) -> Level? {
        // The parent first, outside this level's lock: the memo's lock does not nest.
        let parent: ParsableCommand.Type?
        if path.isEmpty {
            parent = nil
        } else {
            guard let above = level(Array(path.dropLast())) else { return nil }
            parent = above.type
        }
        return levels.value(for: path.joined(separator: " ")) {
            var type: ParsableCommand.Type = PromptRoot.self
            if let parent, let last = path.last {
                guard let next = parent.configuration.subcommands.first(where: {
                    $0.configuration.commandName == last || $0.configuration.aliases.contains(last)
                }) else { return nil }
                type = next
            }
            let config = type.configuration
            return Level(type: type,
                         names: config.subcommands.flatMap { [$0.configuration.commandName ?? ""] + $0.configuration.aliases },
                         fallback: config.defaultSubcommand?.configuration.commandName)
        }
    }

    /// `CMD --help` at the prompt: the shell shows the command's help.
    public struct HelpRequest: Error {
        public let path: [String]
    }

    /// ArgumentParser's message, made one line and pointed at the command's help.
    static func oneLine(_ message: String, path: [String]) -> String {
        var text = message.split(separator: "\n").first.map(String.init) ?? message
        if text.hasPrefix("Error: ") { text.removeFirst(7) }
        text = text.replacingOccurrences(of: ". Did you mean", with: "; did you mean")
            .replacingOccurrences(of: ". Please provide one of", with: "; use one of")
        if text.hasSuffix(".") { text.removeLast() }
        let lowered = text.prefix(1).lowercased() + text.dropFirst()
        return "\(lowered); see 'help \(path.joined(separator: " "))'"
    }

    // MARK: Help

    /// `help` lists the commands by phase; `help CMD` shows the declared usage and example.
    public static func help(for topic: [String]) throws -> String {
        if topic.isEmpty { return overview() }
        guard let e = entry(topic) else {
            let all = entries.map { $0.path.joined(separator: " ") }
            let said = topic.joined(separator: " ")
            if let near = NameSuggestion.nearest(to: said, in: all) {
                throw VeldwerkError("no command '\(said)'; did you mean 'help \(near)'?")
            }
            throw VeldwerkError("no command '\(said)'; 'help' lists the commands")
        }
        if e.isGroup {
            var lines = ["\(e.path.joined(separator: " ")): \(e.abstract)", ""]
            let width = (e.subcommands.map(\.count).max() ?? 0) + e.path.joined(separator: " ").count + 3
            for sub in e.subcommands {
                let name = (e.path + [sub]).joined(separator: " ")
                let abstract = entry(e.path + [sub])?.abstract ?? ""
                lines.append("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + abstract)
            }
            lines.append("")
            lines.append("'help \(e.path.joined(separator: " ")) \(e.subcommands.first ?? "")' shows one in full.")
            return lines.joined(separator: "\n")
        }
        return PromptRoot.helpMessage(for: e.type, columns: 100)
            .replacingOccurrences(of: "USAGE:  ", with: "USAGE: ")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func overview() -> String {
        let leaves = entries.filter { !$0.isGroup && !$0.isAlias }
        let width = (leaves.map { $0.path.joined(separator: " ").count }.max() ?? 10) + 2
        var lines: [String] = []
        for group in PromptRoot.configuration.groupedSubcommands {
            lines.append(group.name)
            for type in group.subcommands {
                for leaf in leaves where leaf.path.first == type.configuration.commandName {
                    let name = leaf.path.joined(separator: " ")
                    lines.append("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + leaf.abstract)
                }
            }
            lines.append("")
        }
        lines.append("'help COMMAND' shows usage and an example; Tab completes commands, options and names.")
        return lines.joined(separator: "\n")
    }
}

extension CommandConfiguration {
    /// A command typed at the prompt. It is parsed on its own (``CommandCatalog/parse(_:)``), as a
    /// command inside `veldwerk`: ArgumentParser then does not look for a shell-completion
    /// request among its words, which reflected over two more argument sets for every command.
    static func prompt(commandName: String, abstract: String, discussion: String = "", aliases: [String] = []) -> CommandConfiguration {
        CommandConfiguration(commandName: commandName, _superCommandName: "veldwerk", abstract: abstract, discussion: discussion, aliases: aliases)
    }
}
