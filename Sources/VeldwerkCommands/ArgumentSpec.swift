import ArgumentParser
import Foundation

/// One declared argument, option or flag of a command, as swift-argument-parser describes it.
///
/// Read from the parser's own tool description (`--experimental-dump-help`), so completion
/// offers exactly what the declarations accept.
public struct ArgumentSpec: Sendable, Equatable {
    public enum Kind: String, Sendable { case positional, option, flag }

    public var kind: Kind
    /// Spellings such as `--team`; empty for positionals.
    public var names: [String]
    /// What the value is called (`team`, `participant`, `date`); drives name completion.
    public var valueName: String?
    public var isRepeating: Bool
    /// Fixed choices, when the declaration lists them.
    public var choices: [String]
    /// The value is a file path.
    public var isFile: Bool
}

extension CommandCatalog {
    /// The declared arguments of the command at `path`, in declaration order (help excluded).
    public static func arguments(for path: [String]) -> [ArgumentSpec] {
        guard let canonical = entry(path).map({ canonicalPath(of: $0) }) else { return [] }
        return toolInfo[canonical.joined(separator: " ")] ?? []
    }

    /// The path under the declared name, for an alias.
    static func canonicalPath(of entry: Entry) -> [String] {
        guard entry.isAlias else { return entry.path }
        return Array(entry.path.dropLast()) + [entry.type.configuration.commandName ?? ""]
    }

    /// Command path ("team add") to its arguments, decoded once from the parser's description.
    static let toolInfo: [String: [ArgumentSpec]] = {
        var result: [String: [ArgumentSpec]] = [:]
        let json: String
        do {
            _ = try PromptRoot.parseAsRoot(["--experimental-dump-help"])
            return result
        } catch {
            json = PromptRoot.fullMessage(for: error)
        }
        guard let data = json.data(using: .utf8),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let command = root["command"] as? [String: Any]
        else { return result }
        func visit(_ command: [String: Any], path: [String]) {
            // The parser appends its own `help`; ours, declared first, wins.
            if !path.isEmpty, result[path.joined(separator: " ")] == nil {
                let args = (command["arguments"] as? [[String: Any]] ?? []).compactMap(spec)
                result[path.joined(separator: " ")] = args
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = sub["commandName"] as? String else { continue }
                visit(sub, path: path + [name])
            }
        }
        visit(command, path: [])
        return result
    }()

    private static func spec(_ info: [String: Any]) -> ArgumentSpec? {
        guard let kindName = info["kind"] as? String, let kind = ArgumentSpec.Kind(rawValue: kindName) else { return nil }
        let names = (info["names"] as? [[String: Any]] ?? []).compactMap { n -> String? in
            guard let name = n["name"] as? String, let k = n["kind"] as? String else { return nil }
            return k == "long" ? "--" + name : "-" + name
        }
        if names.contains("--help") { return nil }
        let completion = info["completionKind"] as? [String: Any] ?? [:]
        let list = (completion["list"] as? [String: Any])?["values"] as? [String]
        let all = info["allValues"] as? [String]
        return ArgumentSpec(
            kind: kind, names: names, valueName: info["valueName"] as? String,
            isRepeating: info["isRepeating"] as? Bool ?? false,
            choices: list ?? all ?? [], isFile: completion["file"] != nil)
    }
}
