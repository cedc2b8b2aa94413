import VeldwerkCommands
import VeldwerkCore

/// Decides what Tab offers at a point in a line, from the command declarations alone.
///
/// Pure logic, so it is tested without a terminal: the line editor passes the text before the
/// cursor and a way to look up the project's names.
public struct Completer {
    public enum Answer: Equatable {
        case words([String])
        /// Let the line editor complete a file name.
        case files
    }

    /// Which project names fit a value, by the value's declared name.
    static let vocabulary: [String: NamedKind] = [
        "team": .team, "role": .role, "owner": .role, "code": .code,
        "participant": .participant, "participants": .participant,
        "researcher": .researcher, "interviewer": .researcher, "lead": .researcher, "coder": .researcher,
        "session": .session, "case": .learningCase,
    ]

    let names: (NamedKind) -> [String]

    public init(names: @escaping (NamedKind) -> [String]) {
        self.names = names
    }

    /// Completions for the word being typed, given everything before it.
    public func complete(before: String, word: String) -> Answer {
        var words = Self.looseWords(before)
        if let semicolon = words.lastIndex(of: ";") { words = Array(words[(semicolon + 1)...]) }
        // Walk the command words.
        var path: [String] = []
        while case let choices = CommandCatalog.names(after: path), !choices.isEmpty {
            if path.count == words.count {
                // Offer each command once, under its declared name; aliases still parse.
                let declared = choices.filter { CommandCatalog.entry(path + [$0])?.isAlias == false }
                return .words(filter(declared, by: word))
            }
            guard choices.contains(words[path.count]) else { return .words([]) }
            path.append(words[path.count])
        }
        let specs = CommandCatalog.arguments(for: path)
        let args = Array(words.dropFirst(path.count))
        // The value of an option just named?
        if let previous = args.last, let option = specs.first(where: { $0.kind == .option && $0.names.contains(previous) }) {
            return values(for: option, word: word, path: path)
        }
        let optionWords = specs.filter { $0.kind != .positional }
        // An option already on the line (also as --name=value) is offered again only if it repeats.
        let used = Set(args.map { $0.split(separator: "=", maxSplits: 1).first.map(String.init) ?? $0 })
        let unused = optionWords.filter { $0.isRepeating || !$0.names.contains(where: used.contains) }.flatMap(\.names).filter { $0.hasPrefix("--") }
        if word.hasPrefix("-") {
            return .words(filter(unused, by: word))
        }
        // Which positional is this? Count the positional values already given.
        var given = 0
        var i = 0
        while i < args.count {
            if let spec = optionWords.first(where: { $0.names.contains(args[i]) }) {
                i += spec.kind == .option ? 2 : 1
            } else {
                given += 1
                i += 1
            }
        }
        let positionals = specs.filter { $0.kind == .positional }
        if let spec = given < positionals.count ? positionals[given] : positionals.last(where: \.isRepeating) {
            return values(for: spec, word: word, path: path)
        }
        return .words(filter(unused, by: word))
    }

    func values(for spec: ArgumentSpec, word: String, path: [String]) -> Answer {
        if spec.isFile { return .files }
        if !spec.choices.isEmpty { return .words(filter(spec.choices, by: word)) }
        if spec.valueName == "command" {
            let all = CommandCatalog.entries.filter { !$0.isAlias }.map { $0.path.joined(separator: " ") }
            return .words(filter(all.map { $0.split(separator: " ").last.map(String.init) ?? $0 }.uniqued(), by: word))
        }
        guard let kind = spec.valueName.flatMap({ Self.vocabulary[$0] }) else { return .words([]) }
        return .words(filter(names(kind), by: word))
    }

    func filter(_ candidates: [String], by word: String) -> [String] {
        let lower = word.lowercased()
        return candidates.filter { $0.lowercased().hasPrefix(lower) }.sorted { $0.lowercased() < $1.lowercased() }
    }

    /// Splits leniently: an unterminated quote is simply the rest of the line.
    static func looseWords(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quote: Character?
        var inWord = false
        for c in text {
            if let q = quote {
                if c == q { quote = nil } else { word.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
                inWord = true
            } else if c == ";" {
                if inWord { words.append(word) }
                words.append(";")
                word = ""
                inWord = false
            } else if c == " " || c == "\t" {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(c)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
