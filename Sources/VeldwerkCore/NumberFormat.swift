/// Numbers print the same way everywhere: a point as decimal separator, no grouping, and no
/// trailing zeros beyond what the figure needs. Locale never enters into it.
public enum NumberFormat {
    /// `decimals` places, trailing zeros dropped: 142.5, 160, 0.33.
    public static func compact(_ value: Double, decimals: Int = 2) -> String {
        var s = fixed(value, decimals: decimals)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }

    /// Exactly `decimals` places, rounded half away from zero: 0.50, 1.00.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        precondition(decimals >= 0 && decimals <= 9)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let negative = value < 0 && scaled != 0
        let whole = Int(scaled)
        if decimals == 0 { return (negative ? "-" : "") + String(whole) }
        let intPart = whole / Int(scale)
        let frac = String(whole % Int(scale))
        let padded = String(repeating: "0", count: decimals - frac.count) + frac
        return (negative ? "-" : "") + String(intPart) + "." + padded
    }
}
