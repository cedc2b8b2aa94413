import Foundation

/// How transcript text is stored: once, normalised, split into numbered paragraphs.
///
/// Offsets everywhere in Veldwerk count Unicode scalars from the start of the normalised text,
/// 0-based and end-exclusive, as REFI-QDA does, so a segment means the same thing in every tool.
public enum TranscriptText {
    /// NFC, `\n` line ends, no byte-order mark, no trailing white space at the end.
    public static func normalised(_ raw: String) -> String {
        // Text whose scalars all lie below U+0300 holds no combining marks and is NFC already;
        // checking the UTF-8 lead bytes is far cheaper than normalising a long transcript.
        var text = raw.utf8.contains(where: { $0 >= 0xCC }) ? raw.precomposedStringWithCanonicalMapping : raw
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        while let last = text.unicodeScalars.last, last == "\n" || last == " " || last == "\t" {
            text.unicodeScalars.removeLast()
        }
        return text
    }

    /// One paragraph: its span in scalars and the speaker label that opens it, if any.
    public struct Paragraph: Equatable, Sendable {
        public var number: Int
        public var start: Int
        public var end: Int
        public var speaker: String?

        public init(number: Int, start: Int, end: Int, speaker: String?) {
            self.number = number
            self.start = start
            self.end = end
            self.speaker = speaker
        }
    }

    /// Splits text into paragraphs: a blank line ends one, and so does a line that opens with a
    /// speaker label (`Interviewer:`, `I:`, `WOE:`), so turns on consecutive lines stay apart.
    public static func paragraphs(of text: String) -> [Paragraph] {
        var result: [Paragraph] = []
        var current: (start: Int, end: Int, speaker: String?)?
        var offset = 0
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let lineStart = offset
            let lineEnd = offset + line.count
            offset = lineEnd + 1
            let content = String(String.UnicodeScalarView(line))
            let trimmed = content.trimmingWhitespace()
            if trimmed.isEmpty {
                if let c = current { result.append(Paragraph(number: result.count + 1, start: c.start, end: c.end, speaker: c.speaker)) }
                current = nil
                continue
            }
            // Leading white space is not part of the paragraph.
            let indent = content.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
            let speaker = speakerLabel(in: trimmed)
            if let c = current, speaker == nil {
                current = (c.start, lineEnd, c.speaker)
            } else {
                if let c = current { result.append(Paragraph(number: result.count + 1, start: c.start, end: c.end, speaker: c.speaker)) }
                current = (lineStart + indent, lineEnd, speaker)
            }
        }
        if let c = current { result.append(Paragraph(number: result.count + 1, start: c.start, end: c.end, speaker: c.speaker)) }
        // Trailing white space inside the last line of a paragraph is trimmed off its span.
        let scalars = Array(text.unicodeScalars)
        return result.map { p in
            var p = p
            while p.end > p.start, scalars[p.end - 1] == " " || scalars[p.end - 1] == "\t" { p.end -= 1 }
            return p
        }
    }

    /// A speaker label: one word of up to 20 letters or digits (`I`, `WOE`, `Interviewer`,
    /// `R2`), or a capitalised word and a number (`Respondent 2`), followed by a colon and a space.
    public static func speakerLabel(in line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let after = line[line.index(after: colon)...]
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        let label = String(line[..<colon])
        let words = label.split(separator: " ")
        func isToken(_ w: Substring) -> Bool {
            (1...20).contains(w.count) && w.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
                && w.first!.isLetter
        }
        if words.count == 1, isToken(words[0]) { return label }
        if words.count == 2, isToken(words[0]), words[0].first!.isUppercase, words[1].allSatisfy(\.isNumber), words[1].count <= 3 {
            return label
        }
        return nil
    }

    /// The text of a span, by scalar offsets.
    public static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(from, offsetBy: end - start)
        return String(scalars[from..<to])
    }

    /// Where `words` occur in `text`, as scalar spans (overlapping ones included). Knuth-Morris-
    /// Pratt, so a long quote in a long transcript costs the sum of their lengths, not the product.
    public static func occurrences(of words: String, in text: String) -> [Range<Int>] {
        let needle = words.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
        let hay = text.unicodeScalars.map(\.value)
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        // failure[i]: the length of the longest proper border of needle[0...i].
        var failure = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<needle.count {
            while k > 0 && needle[i] != needle[k] { k = failure[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            failure[i] = k
        }
        var found: [Range<Int>] = []
        k = 0
        for (i, scalar) in hay.enumerated() {
            while k > 0 && scalar != needle[k] { k = failure[k - 1] }
            if scalar == needle[k] { k += 1 }
            if k == needle.count {
                found.append((i + 1 - k)..<(i + 1))
                k = failure[k - 1]
            }
        }
        return found
    }
}
