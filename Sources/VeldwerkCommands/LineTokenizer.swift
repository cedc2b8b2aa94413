import VeldwerkCore

/// Splits a prompt line into commands of words, the way a shell would.
///
/// Double quotes group words (`\"` and `\\` escape inside them), single quotes group literally,
/// `#` at the start of a word comments out the rest of the line, and `;` separates commands.
public enum LineTokenizer {
    public static func commands(in line: String) throws -> [[String]] {
        var commands: [[String]] = []
        var words: [String] = []
        var word = ""
        var inWord = false
        var iterator = Array(line.unicodeScalars)[...]

        func endWord() {
            if inWord { words.append(word) }
            word = ""
            inWord = false
        }
        func endCommand() {
            endWord()
            if !words.isEmpty { commands.append(words) }
            words = []
        }

        while let c = iterator.popFirst() {
            switch c {
            case " ", "\t", "\r", "\n":
                endWord()
            case ";":
                endCommand()
            case "#" where !inWord:
                // `undo #14` would silently become `undo`: the number is in the comment.
                if let verb = words.last, words.count == 1, verb == "undo" || verb == "redo",
                   let next = iterator.first, ("0"..."9").contains(next) {
                    let digits = String(String.UnicodeScalarView(iterator.prefix { ("0"..."9").contains($0) }))
                    throw VeldwerkError("'#' starts a comment; write '\(verb) \(digits)' to name change \(digits)")
                }
                iterator = iterator.suffix(0)
            case "\"":
                inWord = true
                var closed = false
                while let d = iterator.popFirst() {
                    if d == "\"" { closed = true; break }
                    if d == "\\", let next = iterator.first, next == "\"" || next == "\\" {
                        word.unicodeScalars.append(next)
                        iterator = iterator.dropFirst()
                    } else {
                        word.unicodeScalars.append(d)
                    }
                }
                guard closed else { throw VeldwerkError("unterminated \" quote; close it with a second \"") }
            case "'":
                inWord = true
                var closed = false
                while let d = iterator.popFirst() {
                    if d == "'" { closed = true; break }
                    word.unicodeScalars.append(d)
                }
                guard closed else { throw VeldwerkError("unterminated ' quote; close it with a second '") }
            case "\\":
                inWord = true
                if let next = iterator.popFirst() { word.unicodeScalars.append(next) }
            default:
                inWord = true
                word.unicodeScalars.append(c)
            }
        }
        endCommand()
        return commands
    }

    /// Writes words back as one line that tokenizes to the same words: the form kept in the history.
    public static func line(from words: [String]) -> String {
        words.map(quoted).joined(separator: " ")
    }

    static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { s in
            !(s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\"" || s == "'" || s == "\\" || s == ";" || s == "#")
        }
        if plain { return word }
        // By hand: Foundation's replacingOccurrences went through NSString twice per word, and a
        // script's notes are long quoted words.
        var out = "\""
        out.unicodeScalars.reserveCapacity(word.utf8.count + 8)
        for s in word.unicodeScalars {
            if s == "\\" || s == "\"" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(s)
        }
        out.unicodeScalars.append("\"")
        return out
    }
}
