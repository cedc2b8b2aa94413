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
        let (marks, returns) = bytesOfNote(raw)
        var text = marks ? raw.precomposedStringWithCanonicalMapping : raw
        if returns {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // The byte-order mark and trailing white space are cut off with one copy: removing them
        // scalar by scalar rebuilds the whole string each time.
        let utf8 = text.utf8
        var from = utf8.startIndex
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { from = utf8.index(from, offsetBy: 3) }
        var to = utf8.endIndex
        while to > from, case let b = utf8[utf8.index(before: to)], b == 0x0A || b == 0x20 || b == 0x09 { to = utf8.index(before: to) }
        if from == utf8.startIndex && to == utf8.endIndex { return text }
        return String(text.unicodeScalars[from..<to])
    }

    /// Whether the text has a UTF-8 lead byte of U+0300 or above (it may hold combining marks)
    /// and whether it has a carriage return: one plain loop over the bytes, where the generic
    /// `contains` walks a string's UTF-8 view index by index.
    static func bytesOfNote(_ text: String) -> (marks: Bool, returns: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            var marks = false, returns = false
            for b in bytes {
                if b >= 0xCC { marks = true } else if b == 13 { returns = true }
            }
            return (marks, returns)
        }
    }

    /// The number of Unicode scalars: the UTF-8 bytes that do not continue a scalar.
    public static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for b in bytes where b & 0xC0 != 0x80 { count += 1 }
            return count
        }
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

    /// The paragraphs of a text, without their text.
    public static func paragraphs(of text: String) -> [Paragraph] {
        split(text).map(\.paragraph)
    }

    /// The paragraphs with where each lies in the text's UTF-8 bytes, as the index takes them.
    public static func paragraphsWithBytes(of text: String) -> [(paragraph: Paragraph, bytes: Range<Int>)] {
        split(text)
    }

    /// The paragraphs with their text.
    public static func paragraphsWithText(of text: String) -> [(paragraph: Paragraph, text: String)] {
        let utf8 = Array(text.utf8)
        return split(text).map { ($0.paragraph, String(decoding: utf8[$0.bytes], as: UTF8.self)) }
    }

    /// One pass over the UTF-8 bytes, counting scalars on the way (a scalar is a byte that does
    /// not continue the one before); a line becomes a `String` only when it may hold a speaker
    /// label, so a text costs about its length.
    static func split(_ text: String) -> [(paragraph: Paragraph, bytes: Range<Int>)] {
        var copy = text
        return copy.withUTF8 { bytes -> [(paragraph: Paragraph, bytes: Range<Int>)] in
            let n = bytes.count
            var result: [(paragraph: Paragraph, bytes: Range<Int>)] = []
            // A paragraph in progress: scalar and byte offsets of its start and end.
            var current: (start: Int, end: Int, byteStart: Int, byteEnd: Int, speaker: String?)?
            func close() {
                guard var c = current else { return }
                current = nil
                // Trailing white space inside the last line of a paragraph is trimmed off its span.
                while c.byteEnd > c.byteStart, bytes[c.byteEnd - 1] == 0x20 || bytes[c.byteEnd - 1] == 0x09 {
                    c.byteEnd -= 1
                    c.end -= 1
                }
                result.append((Paragraph(number: result.count + 1, start: c.start, end: c.end, speaker: c.speaker), c.byteStart..<c.byteEnd))
            }
            var lineByte = 0, lineScalar = 0
            while lineByte <= n {
                var i = lineByte, scalar = lineScalar
                var hasContent = false, hasColon = false
                while i < n, bytes[i] != 0x0A {
                    let b = bytes[i]
                    if b & 0xC0 != 0x80 {
                        if !hasContent && !isWhitespace(at: i, in: bytes) { hasContent = true }
                        scalar += 1
                    }
                    if b == 0x3A { hasColon = true }
                    i += 1
                }
                let lineEndByte = i, lineEndScalar = scalar
                defer { lineByte = lineEndByte + 1; lineScalar = lineEndScalar + 1 }
                guard hasContent else { close(); continue }
                // Leading white space is not part of the paragraph (a space or tab is one byte).
                var indent = 0
                while bytes[lineByte + indent] == 0x20 || bytes[lineByte + indent] == 0x09 { indent += 1 }
                let speaker = hasColon ? labelBeforeColon(bytes, from: lineByte + indent, to: lineEndByte) : nil
                if var c = current, speaker == nil {
                    c.end = lineEndScalar
                    c.byteEnd = lineEndByte
                    current = c
                } else {
                    close()
                    current = (lineScalar + indent, lineEndScalar, lineByte + indent, lineEndByte, speaker)
                }
            }
            close()
            return result
        }
    }

    /// The speaker label opening a line, reading only up to its first colon: a label is at most
    /// 24 scalars ("Respondent 123"), so a line whose first colon lies further holds none, and
    /// the rest of the line never becomes a `String`.
    static func labelBeforeColon(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String? {
        var colon = start, scalars = 0
        while colon < end, scalars <= 30, bytes[colon] != 0x3A {
            colon += 1
            if colon < end, bytes[colon] & 0xC0 != 0x80 { scalars += 1 }
        }
        guard colon < end, bytes[colon] == 0x3A else { return nil }
        // White space other than a space or tab after the colon is trimmed off a line that ends
        // there, and makes no label on a line that goes on.
        if colon + 1 < end, bytes[colon + 1] != 0x20, bytes[colon + 1] != 0x09, isWhitespace(at: colon + 1, in: bytes) {
            var i = colon + 1
            while i < end {
                if bytes[i] & 0xC0 != 0x80, !isWhitespace(at: i, in: bytes) { return nil }
                i += 1
            }
        }
        // The colon and the scalar after it decide, as they do for the whole line.
        var headEnd = colon + 1
        if headEnd < end {
            headEnd += 1
            while headEnd < end, bytes[headEnd] & 0xC0 == 0x80 { headEnd += 1 }
        }
        let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<headEnd]), as: UTF8.self)
        return speakerLabel(in: head.trimmingWhitespace())
    }

    /// Whether the scalar starting at byte `i` is white space; the common ASCII case is answered
    /// without decoding or a Unicode property lookup.
    @inline(__always)
    static func isWhitespace(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var length = 2
        if b >= 0xF0 { length = 4 } else if b >= 0xE0 { length = 3 }
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: bytes[i..<min(bytes.count, i + length)]).makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isWhitespace
    }

    /// A speaker label: one word of up to 20 letters or digits (`I`, `WOE`, `Interviewer`,
    /// `R2`), or a capitalised word and a number (`Respondent 2`), followed by a colon and a space.
    public static func speakerLabel(in line: String) -> String? {
        // Only the line up to its first colon, and two bytes after it, can decide. When those are
        // ASCII (nearly always), the rule is decided on their bytes, without breaking the line
        // into characters (a fifth of splitting a transcript into paragraphs); an ASCII byte
        // neither joins the colon nor the character after it. A line without a colon byte has no
        // colon character, so it holds no label (most of a quoted passage).
        let decided = line.utf8.withContiguousStorageIfAvailable { bytes -> ByBytes in
            guard let colon = bytes.firstIndex(of: 0x3A) else { return .decided(nil) }
            let end = min(bytes.count, colon + 3)
            for i in 0..<end where bytes[i] >= 0x80 { return .byCharacters }
            return .decided(asciiSpeakerLabel(UnsafeBufferPointer(rebasing: bytes[..<end])))
        }
        if case .decided(let label)? = decided { return label }
        return characterSpeakerLabel(in: line)
    }

    private enum ByBytes {
        case decided(String?), byCharacters
    }

    /// ``speakerLabel(in:)`` for ASCII bytes only, where a character is a byte, a letter is
    /// A-Z or a-z, a number 0-9 and an upper-case letter A-Z.
    static func asciiSpeakerLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let colon = bytes.firstIndex(of: 0x3A) else { return nil }
        guard colon + 1 == bytes.count || bytes[colon + 1] == 0x20 || bytes[colon + 1] == 0x09 else { return nil }
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        let words = bytes[..<colon].split(separator: 0x20)
        func isToken(_ w: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            (1...20).contains(w.count) && w.allSatisfy { isLetter($0) || isDigit($0) || $0 == 0x2D || $0 == 0x2E } && isLetter(w.first!)
        }
        let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<colon]), as: UTF8.self)
        if words.count == 1, isToken(words[0]) { return label }
        if words.count == 2, isToken(words[0]), (0x41...0x5A).contains(words[0].first!), words[1].allSatisfy(isDigit), words[1].count <= 3 {
            return label
        }
        return nil
    }

    /// ``speakerLabel(in:)`` by characters, for any line.
    static func characterSpeakerLabel(in line: String) -> String? {
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

    /// The texts of several spans (scalar offsets, in ascending order of start, within the text)
    /// in one pass over its UTF-8 bytes, however many there are: a transcript's paragraphs
    /// cost about its length, where one ``slice(_:_:_:)`` per paragraph would cost its square.
    public static func slices(_ text: String, _ spans: [Range<Int>]) -> [String] {
        let ranges = byteRanges(text, spans)
        var text = text
        return text.withUTF8 { bytes in
            ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// Where several spans (scalar offsets, as for ``slices(_:_:_:)``) lie in the text's UTF-8
    /// bytes, found in one pass.
    public static func byteRanges(_ text: String, _ spans: [Range<Int>]) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes -> [Range<Int>] in
            var result: [Range<Int>] = []
            result.reserveCapacity(spans.count)
            // Byte offset of each scalar offset asked for, found walking forward.
            var byte = 0, scalar = 0
            func advance(to target: Int) -> Int {
                if target < scalar { byte = 0; scalar = 0 }  // out of order: start over, still right
                while scalar < target, byte < bytes.count {
                    byte += 1
                    while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
                }
                return byte
            }
            for span in spans {
                let from = advance(to: span.lowerBound)
                let (savedByte, savedScalar) = (byte, scalar)
                let to = advance(to: span.upperBound)
                result.append(from..<to)
                // The next span may start inside this one (it never does for paragraphs).
                (byte, scalar) = (savedByte, savedScalar)
            }
            return result
        }
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
