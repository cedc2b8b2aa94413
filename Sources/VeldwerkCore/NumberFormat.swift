/// Numbers print the same way everywhere: a point as decimal separator, no grouping, and no
/// trailing zeros beyond what the figure needs. Locale never enters into it.
public enum NumberFormat {
    /// `decimals` places, trailing zeros dropped: 142.5, 160, 0.33.
    public static func compact(_ value: Double, decimals: Int = 2) -> String {
        var s = fixed(value, decimals: decimals)
        // Looked for as bytes: a search for the text "." goes through the general substring
        // search, which cost more than the formatting (a vote's message prints three shares).
        if s.utf8.contains(UInt8(ascii: ".")), !s.utf8.contains(UInt8(ascii: "e")) {
            while s.utf8.last == UInt8(ascii: "0") { s.removeLast() }
            if s.utf8.last == UInt8(ascii: ".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }

    /// The fewest places (up to 9) at which `value` does not read as `other`: 99.999999 beside
    /// 100 prints as 99.999999, not as 100.
    public static func distinct(_ value: Double, from other: Double) -> String {
        for places in 2...9 where compact(value, decimals: places) != compact(other, decimals: places) {
            return compact(value, decimals: places)
        }
        return value.description
    }

    /// Exactly `decimals` places, rounded half away from zero: 0.50, 1.00. Total: a value too
    /// large for that many places prints in Swift's shortest form (1e+300), and nan and inf as such.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let decimals = min(max(decimals, 0), 9)
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 1e15 else { return value.description }
        let negative = value < 0 && scaled != 0
        let whole = Int(scaled)
        if decimals == 0 { return (negative ? "-" : "") + String(whole) }
        let intPart = whole / Int(scale)
        let frac = String(whole % Int(scale))
        let padded = String(repeating: "0", count: decimals - frac.count) + frac
        return (negative ? "-" : "") + String(intPart) + "." + padded
    }
}
