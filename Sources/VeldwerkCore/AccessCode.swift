import Foundation

/// The short codes people type on a phone, and the long tokens in a facilitator's links.
///
/// A code is eight consonant-vowel syllables (16 consonants × 5 vowels = 80 per syllable, so
/// 8 × log2(80) ≈ 50.6 bits), shown in four groups that read aloud in Dutch and English alike:
/// `bako-medi-suta-rovi`. Typing is forgiving: case, spaces and dashes do not matter.
public enum AccessCode {
    static let consonants = Array("bdfghjklmnprstvz")
    static let vowels = Array("aeiou")
    public static let syllables = 8
    /// Bits of chance in one code: at least 40, so guessing one of twenty is hopeless.
    public static var bits: Double { Double(syllables) * log2(Double(consonants.count * vowels.count)) }

    /// A new code from a cryptographically secure source (the system's generator is one).
    public static func make<G: RandomNumberGenerator>(using generator: inout G) -> String {
        var letters: [Character] = []
        for _ in 0..<syllables {
            letters.append(consonants[Int.random(in: 0..<consonants.count, using: &generator)])
            letters.append(vowels[Int.random(in: 0..<vowels.count, using: &generator)])
        }
        return display(String(letters))
    }

    public static func make() -> String {
        var g = SystemRandomNumberGenerator()
        return make(using: &g)
    }

    /// A long token for links (128 bits, lowercase hex), never typed by hand.
    public static func token() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let n = g.next() as UInt64
            let hex = String(n, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// The form a code is shown in: groups of four letters.
    static func display(_ letters: String) -> String {
        var groups: [String] = []
        var current = ""
        for c in letters {
            current.append(c)
            if current.count == 4 { groups.append(current); current = "" }
        }
        if !current.isEmpty { groups.append(current) }
        return groups.joined(separator: "-")
    }

    /// What is hashed and compared: letters and digits only, lower case. `nil` for input that
    /// cannot be a code or token (empty, too long, or other characters), so it is refused
    /// before anything is looked up.
    public static func normalised(_ typed: String) -> String? {
        guard typed.utf8.count <= 200 else { return nil }
        var out = ""
        for scalar in typed.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": out.unicodeScalars.append(scalar)
            case "A"..."Z": out.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case " ", "-", "\t": continue
            default: return nil
            }
        }
        guard out.count == syllables * 2 || out.count == 32 else { return nil }
        return out
    }
}
