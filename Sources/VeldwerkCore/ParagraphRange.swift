/// `N` or `N-M`: 1-based paragraph numbers as the command language writes them, ASCII digits only.
public enum ParagraphRange {
    public static func parse(_ text: String) throws -> ClosedRange<Int> {
        guard let r = match(text) else { throw VeldwerkError("'\(text)' is not a paragraph number or range; write N or N-M, e.g. 4-7") }
        return r
    }

    /// The range, or nil when `text` is not one (the words of a quote, say).
    public static func match(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let first = parts.first, let last = parts.last,
              let a = CommandNumber.integer(first, maxDigits: 6), let b = CommandNumber.integer(last, maxDigits: 6) else { return nil }
        return a <= b ? a...b : nil
    }
}
