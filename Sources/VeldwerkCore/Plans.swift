/// How far up an action reaches (the report's operational / tactical / strategic).
public enum PlanLevel: String, CaseIterable, Sendable {
    case operational, tactical, strategic

    public static func parse(_ text: String) throws -> PlanLevel {
        guard let l = PlanLevel(rawValue: text.lowercased()) else {
            throw VeldwerkError("level '\(text)' is not known; use operational, tactical or strategic")
        }
        return l
    }
}

/// Where an action stands.
public enum ActionStatus: String, CaseIterable, Sendable {
    case idea, started, realised, ongoing, stopped

    public static func parse(_ text: String) throws -> ActionStatus {
        let t = text.lowercased()
        guard let s = ActionStatus(rawValue: t == "realized" ? "realised" : t) else {
            throw VeldwerkError("status '\(text)' is not known; use idea, started, realised, ongoing or stopped")
        }
        return s
    }
}

/// How far an action's effect reaches, beside its level: the report's basisteam, district,
/// eenheid (regional unit) and landelijk (national).
public enum PlanScope: String, CaseIterable, Sendable {
    case basisteam, district, eenheid, landelijk

    public static func parse(_ text: String) throws -> PlanScope {
        guard let s = PlanScope(rawValue: text.lowercased()) else {
            throw VeldwerkError("scope '\(text)' is not known; use basisteam, district, eenheid or landelijk")
        }
        return s
    }
}

/// One dated step in an action's life; the first step may be undated (recorded before dates were kept).
public struct StatusStep: Equatable, Sendable {
    public var status: ActionStatus
    public var date: String
    public var note: String?

    public init(status: ActionStatus, date: String, note: String?) {
        self.status = status
        self.date = date
        self.note = note
    }

    /// The path an action took, `idea (2023-02-10) → started (2023-06-01) → stopped (2024-03-01)`.
    public static func path(_ steps: [StatusStep]) -> String {
        steps.map { $0.date.isEmpty ? $0.status.rawValue : "\($0.status.rawValue) (\($0.date))" }.joined(separator: " → ")
    }

    /// The status on a day: the last step dated on or before it; nil when the action did not exist yet.
    public static func status(_ steps: [StatusStep], on day: String) -> ActionStatus? {
        steps.last { $0.date <= day }?.status
    }
}

/// A month written `YYYY-MM`, for due dates and evaluation moments.
public struct Month: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(parsing text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
              (1900...2999).contains(y), (1...12).contains(m) else {
            throw VeldwerkError("'\(text)' is not a month; write YYYY-MM, e.g. 2023-06")
        }
        year = y
        month = m
    }

    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

/// A person's tasks with the share of time each takes; the shares add up to 100.
public enum TimePie {
    public struct Slice: Equatable, Sendable {
        public var task: String
        public var percent: Double

        public init(task: String, percent: Double) {
            self.task = task
            self.percent = percent
        }
    }

    /// Parses `"TASK":PERCENT` words, e.g. `"portefeuille":50 "invallen":50`.
    public static func parse(_ words: [String]) throws -> [Slice] {
        guard !words.isEmpty else { throw VeldwerkError("give tasks as \"TASK\":PERCENT, e.g. \"portefeuillewerk\":50") }
        var slices: [Slice] = []
        for word in words {
            guard let colon = word.lastIndex(of: ":") else {
                throw VeldwerkError("'\(word)' needs a percentage: \"TASK\":PERCENT")
            }
            let task = try Names.validated(String(word[..<colon]), what: "task")
            let number = String(word[word.index(after: colon)...])
            guard let p = CommandNumber.decimal(number) else { throw VeldwerkError("'\(number)' for \(task) is not a percentage") }
            guard p > 0 && p <= 100 else { throw VeldwerkError("\(task) gets \(number)%; each share lies above 0 and at most 100") }
            if slices.contains(where: { $0.task.lowercased() == task.lowercased() }) { throw VeldwerkError("task '\(task)' is named twice") }
            slices.append(Slice(task: task, percent: p))
        }
        let total = slices.reduce(0) { $0 + $1.percent }
        guard abs(total - 100) < 1e-9 else {
            throw VeldwerkError("the shares add up to \(NumberFormat.distinct(total, from: 100)), not 100; a time pie covers all of someone's time")
        }
        return slices
    }
}
