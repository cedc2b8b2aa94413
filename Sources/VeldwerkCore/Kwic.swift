import Foundation

/// Keyword in context: the passage around the first place a search term occurs, found the way
/// the full-text index finds it (case and diacritics folded).
public enum Kwic {
    public static func context(_ text: String, terms: [String], width: Int = 45) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        // Folded character by character, so positions in the folded text are those of the text.
        let chars = Array(flat)
        let folded = chars.map(foldCharacter)
        var hit: Range<Int>?
        for term in terms.map({ $0.map(foldCharacter) }) where !term.isEmpty {
            if let start = firstIndex(of: term, in: folded), hit == nil || start < hit!.lowerBound { hit = start..<(start + term.count) }
        }
        guard let hit else { return Quote.line(flat, limit: width * 2) }
        let start = hit.lowerBound, end = hit.upperBound
        let from = max(0, start - width), to = min(chars.count, end + width)
        let before = String(chars[from..<start]), match = String(chars[start..<end]), after = String(chars[end..<to])
        return (from > 0 ? "…" : "") + before + "[" + match + "]" + after + (to < chars.count ? "…" : "")
    }

    static func firstIndex(of needle: [Character], in hay: [Character]) -> Int? {
        guard needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            if hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }

    /// One character without case or diacritics. ASCII, most of any transcript, is folded here;
    /// other characters by Foundation, one at a time, and kept as they are when folding would
    /// make them more or fewer than one character.
    static func foldCharacter(_ c: Character) -> Character {
        if let a = c.asciiValue {
            return a >= 65 && a <= 90 ? Character(Unicode.Scalar(a + 32)) : c
        }
        let f = String(c).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return f.count == 1 ? Character(f) : c
    }

    /// The words of a search query, without FTS5 operators and quotes.
    public static func terms(of query: String) -> [String] {
        query.replacingOccurrences(of: "\"", with: " ").replacingOccurrences(of: "*", with: " ")
            .split(whereSeparator: { $0.isWhitespace || $0 == "(" || $0 == ")" })
            .map(String.init).filter { !["AND", "OR", "NOT", "NEAR"].contains($0) }
    }
}

/// One-line passages for listings.
public enum Quote {
    /// The passage without the speaker label that opens its paragraph ("R: ", "WOE: ").
    public static func withoutSpeaker(_ text: String) -> String {
        guard let label = TranscriptText.speakerLabel(in: text), text.hasPrefix(label + ":") else { return text }
        return String(text.dropFirst(label.count + 1)).trimmingWhitespace()
    }

    /// Whole words, at most about `limit` characters, on one line.
    public static func line(_ text: String, limit: Int = 140) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }
}
