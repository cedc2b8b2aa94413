import Foundation

/// Text normalised the way Veldwerk stores it, with a map from offsets in the raw text to
/// offsets in the stored one, so positions another tool counted in its own text (REFI-QDA
/// selections) land on the same words after normalising.
public struct NormalisedText: Sendable {
    public let text: String
    /// `starts[i]` is the stored offset of raw scalar i; one extra entry for the end.
    private let starts: [Int]
    public let rawLength: Int
    /// The stored text's length in scalars.
    public let length: Int

    public init(raw: String) {
        let cleaned = TranscriptText.normalised(raw)
        // Fast path: nothing changed but perhaps trailing blanks; offsets map to themselves.
        if raw.unicodeScalars.starts(with: cleaned.unicodeScalars), !raw.hasPrefix("\u{FEFF}") {
            let n = raw.unicodeScalars.count
            text = cleaned
            rawLength = n
            starts = []
            length = cleaned.unicodeScalars.count
            identityLimit = length
            return
        }
        // Per grapheme cluster: a cluster normalises on its own (composition and CR LF never
        // cross a cluster boundary), so each raw offset maps to where its cluster lands.
        var out = String.UnicodeScalarView()
        var map: [Int] = []
        var first = true
        for cluster in raw {
            let scalars = cluster.unicodeScalars
            var piece: String
            if first && scalars.first == "\u{FEFF}" {
                piece = String(String.UnicodeScalarView(scalars.dropFirst()))
            } else if cluster == "\r\n" || cluster == "\r" {
                piece = "\n"
            } else {
                piece = String(cluster).precomposedStringWithCanonicalMapping
            }
            first = false
            let at = out.count
            for _ in scalars { map.append(at) }
            out.append(contentsOf: piece.unicodeScalars)
        }
        map.append(out.count)
        var text = String(out)
        while let last = text.unicodeScalars.last, last == "\n" || last == " " || last == "\t" { text.unicodeScalars.removeLast() }
        self.text = text
        rawLength = map.count - 1
        starts = map
        length = text.unicodeScalars.count
        identityLimit = nil
    }

    private let identityLimit: Int?

    /// The stored offset for a raw offset (clamped to the stored text's length), or nil when
    /// the raw offset lies outside the raw text.
    public func map(_ raw: Int) -> Int? {
        guard raw >= 0, raw <= rawLength else { return nil }
        if let limit = identityLimit { return min(raw, limit) }
        return min(starts[raw], length)
    }
}
