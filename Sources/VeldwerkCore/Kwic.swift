import Foundation

/// Keyword in context: the passage around the first place a search term occurs, found the way
/// the full-text index finds it (case and diacritics folded).
public enum Kwic {
    public static func context(_ text: String, terms: [String], width: Int = 45) -> String {
        let flat = Quote.flattened(text)
        // Searched scalar by scalar, folded, with combining marks left out of the folded text;
        // `origin` maps each folded scalar back to its place. Only the passage around the hit is
        // then measured in characters, so a long paragraph costs one pass, not a grapheme walk.
        let scalars = Array(flat.unicodeScalars)
        var folder = ScalarFolder()
        var folded: [Unicode.Scalar] = []
        var origin: [Int] = []
        folded.reserveCapacity(scalars.count)
        origin.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() {
            if let f = folder.fold(scalar) { folded.append(f); origin.append(i) }
        }
        var hit: (start: Int, end: Int)?
        for term in terms {
            let needle = term.unicodeScalars.compactMap { folder.fold($0) }
            guard !needle.isEmpty, let k = firstIndex(of: needle, in: folded) else { continue }
            let start = origin[k]
            // The match ends where the next folded scalar begins: its combining marks come along.
            let end = k + needle.count < origin.count ? origin[k + needle.count] : scalars.count
            if hit == nil || start < hit!.start { hit = (start, end) }
        }
        guard let hit else { return Quote.line(flat, limit: width * 2) }
        // Widened to whole characters: a hit never shows half a letter and its accent.
        let view = flat.unicodeScalars
        var startIndex = view.index(view.startIndex, offsetBy: hit.start)
        var endIndex = view.index(startIndex, offsetBy: hit.end - hit.start)
        if startIndex.samePosition(in: flat) == nil { startIndex = flat.index(before: flat.index(after: startIndex)) }
        if endIndex.samePosition(in: flat) == nil { endIndex = flat.index(after: endIndex) }
        let from = flat.index(startIndex, offsetBy: -width, limitedBy: flat.startIndex) ?? flat.startIndex
        let to = flat.index(endIndex, offsetBy: width, limitedBy: flat.endIndex) ?? flat.endIndex
        return (from > flat.startIndex ? "…" : "") + flat[from..<startIndex] + "[" + flat[startIndex..<endIndex] + "]"
            + flat[endIndex..<to] + (to < flat.endIndex ? "…" : "")
    }

    static func firstIndex<T: Equatable>(of needle: [T], in hay: [T]) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            if hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }

    /// Folds scalars as `foldCharacter` folds characters: ASCII here, others through Foundation,
    /// remembered for the rest of the passage. A combining mark folds to nothing (nil); a scalar
    /// that would fold to more than one is kept as it is.
    struct ScalarFolder {
        private var known: [UInt32: Unicode.Scalar?] = [:]

        mutating func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
            if scalar.isASCII {
                let v = scalar.value
                return v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar
            }
            if let f = known[scalar.value] { return f }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: known[scalar.value] = .some(nil); return nil
            default: break
            }
            let f = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars
            let result: Unicode.Scalar? = f.isEmpty ? nil : f.count == 1 ? f.first! : scalar
            known[scalar.value] = result
            return result
        }
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

    /// The text on one line: runs of line breaks and tabs become one space, none at either end.
    public static func flattened(_ text: String) -> String {
        guard ByteScan.contains(text, 10) || ByteScan.contains(text, 9) else { return text }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Whole words, at most about `limit` characters, on one line.
    public static func line(_ text: String, limit: Int = 140) -> String {
        let flat = flattened(text)
        // No more bytes than the limit is no more characters either: nothing to count.
        guard flat.utf8.count > limit, flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }
}
