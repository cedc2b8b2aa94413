import VeldwerkCore

/// One input = one word as typed: every number parser of the command language reads it, and
/// whatever they accept is formatted back. Nothing may trap, whatever the digits or the size.
func fuzzNumbers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, let word = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    if let range = ParagraphRange.match(word) {
        precondition(range.lowerBound <= range.upperBound && range.upperBound < 1_000_000)
    }
    _ = try? ParagraphRange.parse(word)
    _ = CommandNumber.integer(word)
    if let value = CommandNumber.decimal(word) {
        precondition(value.isFinite)
        _ = NumberFormat.compact(value)
        _ = NumberFormat.distinct(value, from: 100)
    }
    // The same bytes as pie slices and as a time pie ("ITEM:SIZE" words, "TASK":PERCENT words).
    let words = word.split(separator: " ").map(String.init)
    if let slices = try? Pie.parse(words, normalise: true) {
        precondition(slices.allSatisfy { $0.share > 0 && $0.share <= 1 && $0.share.isFinite })
    }
    _ = try? Pie.parse(words, normalise: false)
    _ = try? TimePie.parse(words)
    // Formatting is total: any double at any precision prints.
    if size >= 8 {
        let bits = UnsafeRawPointer(data).loadUnaligned(as: UInt64.self)
        let value = Double(bitPattern: bits)
        for decimals in [-1, 0, 2, 9, 12] { _ = NumberFormat.fixed(value, decimals: decimals) }
        _ = NumberFormat.compact(value)
        _ = NumberFormat.distinct(value, from: 100)
    }
    return 0
}
