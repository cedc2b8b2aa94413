import Foundation

/// Keyword in context: the passage around the first place a search term occurs, found the way
/// the full-text index finds it (case and diacritics folded).
public enum Kwic {
    public static func context(_ text: String, terms: [String], width: Int = 45) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        let folded = fold(flat)
        var hit: Range<String.Index>?
        for term in terms.map(fold) where !term.isEmpty {
            if let r = folded.range(of: term), hit == nil || r.lowerBound < hit!.lowerBound { hit = r }
        }
        guard let hit, folded.count == flat.count else { return Quote.line(flat, limit: width * 2) }
        let chars = Array(flat)
        let start = folded.distance(from: folded.startIndex, to: hit.lowerBound)
        let end = folded.distance(from: folded.startIndex, to: hit.upperBound)
        let from = max(0, start - width), to = min(chars.count, end + width)
        let before = String(chars[from..<start]), match = String(chars[start..<end]), after = String(chars[end..<to])
        return (from > 0 ? "…" : "") + before + "[" + match + "]" + after + (to < chars.count ? "…" : "")
    }

    /// The words of a search query, without FTS5 operators and quotes.
    public static func terms(of query: String) -> [String] {
        query.replacingOccurrences(of: "\"", with: " ").replacingOccurrences(of: "*", with: " ")
            .split(whereSeparator: { $0.isWhitespace || $0 == "(" || $0 == ")" })
            .map(String.init).filter { !["AND", "OR", "NOT", "NEAR"].contains($0) }
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
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
