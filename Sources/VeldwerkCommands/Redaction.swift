import VeldwerkCore

extension CommandCatalog {
    /// Values declared under this name are real names: kept in the database, hidden in listings.
    public static let privateValueName = "real name"

    /// The command line with every real-name value replaced, for `history` and other listings.
    public static func redacted(line: String) -> String {
        guard let commands = try? LineTokenizer.commands(in: line) else { return line }
        return commands.map { words -> String in
            var path: [String] = []
            while case let choices = names(after: path), !choices.isEmpty, path.count < words.count, choices.contains(words[path.count]) {
                path.append(words[path.count])
            }
            let hidden = Set(arguments(for: path).filter { $0.valueName == privateValueName }.flatMap(\.names))
            var out = words
            var i = path.count
            while i < out.count {
                if hidden.contains(out[i]), i + 1 < out.count {
                    out[i + 1] = "(hidden)"
                    i += 1
                } else if let eq = out[i].firstIndex(of: "="), hidden.contains(String(out[i][..<eq])) {
                    out[i] = out[i][..<eq] + "=(hidden)"
                }
                i += 1
            }
            return LineTokenizer.line(from: out)
        }.joined(separator: "; ")
    }
}
