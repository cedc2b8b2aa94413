import VeldwerkCore

/// Splits a prompt line into commands of words, the way a shell would.
///
/// Double quotes group words (`\"` and `\\` escape inside them), single quotes group literally,
/// `#` at the start of a word comments out the rest of the line, and `;` separates commands.
public enum LineTokenizer {
    public static func commands(in line: String) throws -> [[String]] {
        // Read as UTF-8 bytes: every character with a meaning here is ASCII, and a byte of a
        // longer character never equals one, so those bytes pass into words untouched.
        let bytes = Array(line.utf8)
        var commands: [[String]] = []
        var words: [String] = []
        var word: [UInt8] = []
        var inWord = false
        var i = 0

        func endWord() {
            if inWord { words.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
            inWord = false
        }
        func endCommand() {
            endWord()
            if !words.isEmpty { commands.append(words) }
            words = []
        }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

        while i < bytes.count {
            let c = bytes[i]
            i += 1
            switch c {
            case 0x20, 0x09, 0x0D, 0x0A:
                endWord()
            case 0x3B:  // ;
                endCommand()
            case 0x23 where !inWord:  // #
                // `undo #14` would silently become `undo`: the number is in the comment.
                if let verb = words.last, words.count == 1, verb == "undo" || verb == "redo", i < bytes.count, isDigit(bytes[i]) {
                    let digits = String(decoding: bytes[i...].prefix(while: isDigit), as: UTF8.self)
                    throw VeldwerkError("'#' starts a comment; write '\(verb) \(digits)' to name change \(digits)")
                }
                i = bytes.count
            case 0x22:  // "
                inWord = true
                var closed = false
                while i < bytes.count {
                    let d = bytes[i]
                    i += 1
                    if d == 0x22 { closed = true; break }
                    if d == 0x5C, i < bytes.count, bytes[i] == 0x22 || bytes[i] == 0x5C {
                        word.append(bytes[i])
                        i += 1
                    } else {
                        word.append(d)
                    }
                }
                guard closed else { throw VeldwerkError("unterminated \" quote; close it with a second \"") }
            case 0x27:  // '
                inWord = true
                var closed = false
                while i < bytes.count {
                    let d = bytes[i]
                    i += 1
                    if d == 0x27 { closed = true; break }
                    word.append(d)
                }
                guard closed else { throw VeldwerkError("unterminated ' quote; close it with a second '") }
            case 0x5C:  // backslash: the next character stands for itself
                inWord = true
                if i < bytes.count {
                    word.append(bytes[i])
                    i += 1
                }
            default:
                inWord = true
                word.append(c)
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
