import Foundation

/// Looking for one byte in a string's UTF-8.
public enum ByteScan {
    /// Whether the text's UTF-8 holds `byte`: `memchr` over its contiguous bytes, where the
    /// generic `contains` walks the UTF-8 view index by index (thousands of quotes per listing).
    public static func contains(_ text: String, _ byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }
}
