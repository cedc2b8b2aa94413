/// The meetings of the action half of the study: what kind, what was fed back and what became
/// of it, and the cases a team learned from.
public enum SessionKind: String, CaseIterable, Sendable {
    case ontwikkelbijeenkomst, meelopen, overleg, casusleren, terugblik, begeleidingscommissie, anders

    public static func parse(_ text: String) throws -> SessionKind {
        guard let kind = SessionKind(rawValue: text.lowercased()) else {
            throw VeldwerkError("'\(text)' is not a kind of session; use \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }
}

/// What became of something fed back, as found at a later check.
public enum FollowUp: String, CaseIterable, Sendable {
    case followed, partly, notFollowed = "not-followed"

    public static func parse(_ text: String) throws -> FollowUp {
        guard let f = FollowUp(rawValue: text.lowercased()) else {
            throw VeldwerkError("'\(text)' is not a follow-up; use followed, partly or not-followed")
        }
        return f
    }
}

public enum CaseOutcome: String, CaseIterable, Sendable {
    case wentWell = "went-well", wentLessWell = "went-less-well"

    public static func parse(_ text: String) throws -> CaseOutcome {
        guard let o = CaseOutcome(rawValue: text.lowercased()) else {
            throw VeldwerkError("'\(text)' is not a case outcome; use went-well or went-less-well")
        }
        return o
    }
}

/// What a case-learning session names about a case: helping and hindering factors, and what
/// went well and what could be better.
public enum CaseRemark: String, CaseIterable, Sendable {
    case helping, hindering, wentWell = "went-well", couldBeBetter = "could-be-better"

    public static func parseFactor(_ text: String) throws -> CaseRemark {
        guard let r = CaseRemark(rawValue: text.lowercased()), r == .helping || r == .hindering else {
            throw VeldwerkError("'\(text)' is not a kind of factor; use helping or hindering")
        }
        return r
    }

    public static func parseLesson(_ text: String) throws -> CaseRemark {
        guard let r = CaseRemark(rawValue: text.lowercased()), r == .wentWell || r == .couldBeBetter else {
            throw VeldwerkError("'\(text)' is not a kind of lesson; use went-well or could-be-better")
        }
        return r
    }
}

/// Whose view an event in a timeline is: said in the session, gathered beforehand from someone
/// absent, or taken from the file.
public enum EventSource: String, CaseIterable, Sendable {
    case present, absent, file

    public static func parse(_ text: String) throws -> EventSource {
        guard let s = EventSource(rawValue: text.lowercased()) else {
            throw VeldwerkError("'\(text)' is not a source of a view; use present, absent or file")
        }
        return s
    }
}

/// When an event in a case happened: a date, or a time relative to the case as typed
/// ("avond, dag 1", "de volgende ochtend"). Text shaped like a date must be a real date.
public struct CaseMoment: Equatable, Sendable {
    public var text: String
    public var date: Day?

    public init(parsing raw: String) throws {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty else { throw VeldwerkError("say when it happened: a date (YYYY-MM-DD) or a moment such as \"avond, dag 1\"") }
        guard text.count <= 200 else { throw VeldwerkError("a moment is at most 200 characters; put the rest in what happened") }
        // "2023-02-30" looks like a date and is not one: refused, never kept as a relative time.
        let first = text.prefix { !$0.isWhitespace }
        if first.count == 10, first.filter({ $0 == "-" }).count == 2, first.first?.isNumber == true {
            date = try Day(parsing: String(first))
        } else {
            date = nil
        }
        self.text = text
    }

    public init(text: String, date: Day?) {
        self.text = text
        self.date = date
    }

    /// Dated events first by date (in typed order within a day), then the others as typed.
    public static func timelineOrder<T>(_ events: [T], moment: (T) -> CaseMoment) -> [T] {
        let indexed = Array(events.enumerated())
        let dated = indexed.filter { moment($0.element).date != nil }
            .sorted { (moment($0.element).date!, $0.offset) < (moment($1.element).date!, $1.offset) }
        let relative = indexed.filter { moment($0.element).date == nil }
        return (dated + relative).map(\.element)
    }
}
