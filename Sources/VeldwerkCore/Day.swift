/// A calendar day written `YYYY-MM-DD`: the one way Veldwerk reads and prints dates.
public struct Day: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) throws {
        guard (1900...2999).contains(year) else {
            throw VeldwerkError("year \(year) is out of range; give a date as YYYY-MM-DD")
        }
        guard (1...12).contains(month) else {
            throw VeldwerkError("month \(month) does not exist; give a date as YYYY-MM-DD")
        }
        let last = Day.daysIn(month: month, year: year)
        guard (1...last).contains(day) else {
            throw VeldwerkError("\(Day.pad(year, 4))-\(Day.pad(month, 2)) has no day \(day); give a date as YYYY-MM-DD")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly: four, two and two digits, a real day.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else {
            throw VeldwerkError("'\(text)' is not a date; give it as YYYY-MM-DD, e.g. 2024-03-18")
        }
        try self.init(year: y, month: m, day: d)
    }

    public var description: String {
        "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
