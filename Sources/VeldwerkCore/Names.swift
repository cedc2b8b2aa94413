/// Rules for the names users give things (teams, roles, researchers, areas, pseudonyms).
///
/// Names end up in listings, exports and file names, so control characters and direction
/// overrides are refused rather than escaped later in every writer.
public enum Names {
    public static let maximumLength = 200

    /// Trims the name and checks it; `what` names the field in the error ("team name").
    public static func validated(_ raw: String, what: String) throws -> String {
        let name = raw.trimmingWhitespace()
        guard !name.isEmpty else { throw VeldwerkError("\(what) is empty; give a name") }
        guard name.unicodeScalars.count <= maximumLength else {
            throw VeldwerkError("\(what) is longer than \(maximumLength) characters; shorten it")
        }
        if let bad = name.unicodeScalars.first(where: isForbidden) {
            throw VeldwerkError("\(what) contains the control character U+\(hex(bad.value)); remove it")
        }
        return name
    }

    /// Free text such as a memo: newlines and tabs allowed, other control characters refused.
    public static func validatedText(_ raw: String, what: String, maximum: Int = 20_000) throws -> String {
        let text = raw.trimmingWhitespace()
        guard text.unicodeScalars.count <= maximum else {
            throw VeldwerkError("\(what) is longer than \(maximum) characters; shorten it")
        }
        if let bad = text.unicodeScalars.first(where: { isForbidden($0) && $0 != "\n" && $0 != "\t" }) {
            throw VeldwerkError("\(what) contains the control character U+\(hex(bad.value)); remove it")
        }
        return text
    }

    /// Splits a comma-separated list ("Noord, Oost,Zuid"), validating each element and refusing doubles.
    public static func list(_ raw: String?, what: String) throws -> [String] {
        guard let raw else { return [] }
        var seen = Set<String>()
        var result: [String] = []
        for part in raw.split(separator: ",") {
            let name = try validated(String(part), what: what)
            guard seen.insert(name.lowercased()).inserted else {
                throw VeldwerkError("\(what) '\(name)' is listed twice; name it once")
            }
            result.append(name)
        }
        return result
    }

    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi controls
        default: return false
        }
    }

    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}

extension String {
    /// Trims spaces, tabs and newlines at both ends.
    public func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let f = scalars.first, f.isWhitespace { scalars.removeFirst() }
        while let l = scalars.last, l.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
