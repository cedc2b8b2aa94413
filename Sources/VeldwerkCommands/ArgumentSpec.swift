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
    /// How values are taken, in ArgumentParser's words: "default" is one value after the
    /// option's name, or one word for a positional.
    public var parsing: String = "default"
}

extension CommandCatalog {
    /// The declared arguments of the command at `path`, in declaration order (help excluded).
    public static func arguments(for path: [String]) -> [ArgumentSpec] {
        guard let canonical = entry(path).map({ canonicalPath(of: $0) }) else { return [] }
        return specCache.value(for: canonical.joined(separator: " ")) { describe(canonical) }
    }

    /// The path under the declared name, for an alias.
    static func canonicalPath(of entry: Entry) -> [String] {
        guard entry.isAlias else { return entry.path }
        return Array(entry.path.dropLast()) + [entry.type.configuration.commandName ?? ""]
    }

    /// Each command's arguments, decoded from the parser's description of that command alone
    /// when first asked for: describing the whole tree would cost every command start-up time.
    private static let specCache = Memo<[ArgumentSpec]>()

    private static func describe(_ path: [String]) -> [ArgumentSpec] {
        let json: String
        do {
            _ = try PromptRoot.parseAsRoot(path + ["--experimental-dump-help"])
            return []
        } catch {
            json = PromptRoot.fullMessage(for: error)
        }
        guard let data = json.data(using: .utf8),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let command = root["command"] as? [String: Any]
        else { return [] }
        return (command["arguments"] as? [[String: Any]] ?? []).compactMap(spec)
    }

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
            choices: list ?? all ?? [], isFile: completion["file"] != nil,
            parsing: info["parsingStrategy"] as? String ?? "default")
    }
}
