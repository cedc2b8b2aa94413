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
    /// Far more paragraphs than an interview has (a few hundred); a file beyond it is not a transcript.
    public static let maximumParagraphs = 100_000

    /// One pass over the scalars: a line becomes a `String` only when it may hold a speaker
    /// label (it has a colon), so a text of millions of short lines costs its length.
    public static func paragraphs(of text: String) -> [Paragraph] {
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        var result: [Paragraph] = []
        var current: (start: Int, end: Int, speaker: String?)?
        func close() {
            if let c = current { result.append(Paragraph(number: result.count + 1, start: c.start, end: c.end, speaker: c.speaker)) }
            current = nil
        }
        var lineStart = 0
        while lineStart <= n {
            var lineEnd = lineStart
            var hasContent = false, hasColon = false
            while lineEnd < n, scalars[lineEnd] != "\n" {
                let scalar = scalars[lineEnd]
                if !hasContent && !isWhitespace(scalar) { hasContent = true }
                if scalar == ":" { hasColon = true }
                lineEnd += 1
            }
            defer { lineStart = lineEnd + 1 }
            guard hasContent else { close(); continue }
            // Leading white space is not part of the paragraph.
            var indent = 0
            while scalars[lineStart + indent] == " " || scalars[lineStart + indent] == "\t" { indent += 1 }
            let speaker = hasColon ? labelBeforeColon(scalars, from: lineStart + indent, to: lineEnd) : nil
            if let c = current, speaker == nil {
                current = (c.start, lineEnd, c.speaker)
            } else {
                close()
                current = (lineStart + indent, lineEnd, speaker)
            }
        }
        close()
        // Trailing white space inside the last line of a paragraph is trimmed off its span.
        return result.map { p in
            var p = p
            while p.end > p.start, scalars[p.end - 1] == " " || scalars[p.end - 1] == "\t" { p.end -= 1 }
            return p
        }
    }

    /// The speaker label opening a line, reading only up to its first colon: a label is at most
    /// 24 scalars ("Respondent 123"), so a line whose first colon lies further holds none, and
    /// the rest of the line never becomes a `String`.
    static func labelBeforeColon(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> String? {
        var colon = start
        while colon < end, colon - start <= 30, scalars[colon] != ":" { colon += 1 }
        guard colon < end, scalars[colon] == ":" else { return nil }
        // The colon and the scalar after it decide, as they do for the whole line.
        var head = String.UnicodeScalarView()
        head.append(contentsOf: scalars[start..<min(end, colon + 2)])
        return speakerLabel(in: String(head).trimmingWhitespace())
    }

    /// White space, with the common ASCII case answered without a Unicode property lookup.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// The text of each span (in scalar offsets, ascending and not overlapping), cut from the
    /// string's UTF-8 in one pass rather than rebuilt scalar by scalar.
    public static func texts(of spans: [Paragraph], in text: String) -> [String] {
        var marks: [Int] = []
        marks.reserveCapacity(spans.count * 2)
        for p in spans { marks.append(p.start); marks.append(p.end) }
        var bytes: [Int] = []
        bytes.reserveCapacity(marks.count)
        var k = 0, offset = 0, index = 0
        for scalar in text.unicodeScalars {
            while k < marks.count && marks[k] == index { bytes.append(offset); k += 1 }
            let v = scalar.value
            offset += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            index += 1
        }
        while k < marks.count { bytes.append(offset); k += 1 }
        var copy = text
        return copy.withUTF8 { utf8 in
            (0..<spans.count).map { i in String(decoding: UnsafeBufferPointer(rebasing: utf8[bytes[2 * i]..<bytes[2 * i + 1]]), as: UTF8.self) }
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
