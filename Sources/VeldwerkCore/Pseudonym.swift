import Foundation

/// How participants are named in every listing and export: `TEAM-ROLE-NN`, e.g. `AMF-WOE-01`.
///
/// The pseudonym carries team and role because that is what readers of the findings may know;
/// the number only tells people apart and says nothing about order of interview.
public enum Pseudonym {
    /// A short code for a name: initials of its words when it has several ("Almere Stad-Haven"
    /// gives ASH), otherwise its first letters ("Amersfoort" gives AME). Letters only, upper case.
    public static func code(for name: String, length: Int = 3) -> String {
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let folded = words.map { String($0).foldedToASCIILetters() }.filter { !$0.isEmpty }
        if folded.count >= 2 {
            return String(folded.map { $0.first! }.prefix(length)).uppercased()
        }
        let single = folded.first ?? "X"
        return String(single.prefix(length)).uppercased()
    }

    /// Checks a code given by the user: 1 to 8 ASCII letters or digits.
    public static func validatedCode(_ raw: String, what: String) throws -> String {
        let code = raw.trimmingWhitespace().uppercased()
        guard (1...8).contains(code.count), code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw VeldwerkError("\(what) '\(raw)' must be 1 to 8 letters or digits, e.g. AMF")
        }
        return code
    }

    /// The next free pseudonym for a team and role, given the pseudonyms that exist; nil when
    /// the numbers are used up (someone chose `--id` with the highest number that counts).
    public static func next(teamCode: String, roleCode: String, existing: [String]) -> String? {
        let prefix = "\(teamCode)-\(roleCode)-"
        var highest = 0
        for p in existing where p.hasPrefix(prefix) {
            if let n = number(p.dropFirst(prefix.count)) { highest = max(highest, n) }
        }
        return numbered(teamCode: teamCode, roleCode: roleCode, after: highest)
    }

    /// How many digits a pseudonym's number may have to count. Generated numbers stay within
    /// it, so a generated pseudonym is always counted by the next generation.
    public static let numberDigits = 1...18

    /// The number a pseudonym ends in: the part after `TEAM-ROLE-`, when it is all digits.
    /// A pseudonym chosen with `--id` may end otherwise; it takes no number.
    static func number(_ suffix: Substring) -> Int? {
        guard numberDigits.contains(suffix.utf8.count), suffix.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(suffix)
    }

    /// The pseudonym numbered one above `highest`, the highest number its team and role hold;
    /// nil past the last number of ``numberDigits`` digits.
    public static func numbered(teamCode: String, roleCode: String, after highest: Int) -> String? {
        let n = highest + 1
        let text = n < 10 ? "0\(n)" : String(n)
        guard text.count <= numberDigits.upperBound else { return nil }
        return "\(teamCode)-\(roleCode)-" + text
    }

    /// Checks a pseudonym chosen by the user with `--id`.
    public static func validated(_ raw: String) throws -> String {
        let id = raw.trimmingWhitespace()
        guard (1...40).contains(id.count),
              id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            throw VeldwerkError("pseudonym '\(raw)' must be 1 to 40 letters, digits, '-' or '_', e.g. AMF-WOE-01")
        }
        return id
    }
}

extension String {
    /// Letters with diacritics folded to plain ASCII (é to e, ï to i); other characters dropped.
    func foldedToASCIILetters() -> String {
        let folded = self.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(folded.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }
}
