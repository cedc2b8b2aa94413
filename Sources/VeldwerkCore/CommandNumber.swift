/// Numbers as the command language writes them: ASCII digits only, an optional leading minus
/// and decimal point; never an exponent, `nan`, `inf`, hexadecimal, or digits of other scripts
/// (`٣`, `１`, `²`, `½`), which would otherwise slip through `Character.isNumber` or `Double(_:)`.
public enum CommandNumber {
    /// Whether `text` is one or more ASCII digits and nothing else.
    public static func isDigits<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A whole number of at most `maxDigits` ASCII digits.
    public static func integer<S: StringProtocol>(_ text: S, maxDigits: Int = 9) -> Int? {
        guard isDigits(text), text.utf8.count <= maxDigits else { return nil }
        return Int(String(text))
    }

    /// A plain decimal such as `142.5`, `-3` or `0.25` within `range`; nil for anything else.
    public static func decimal(_ text: String, in range: ClosedRange<Double> = -1e9...1e9) -> Double? {
        var body = Substring(text)
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ isDigits($0) }), body.utf8.count <= 20, let value = Double(text), value.isFinite, range.contains(value) else {
            return nil
        }
        return value
    }
}
