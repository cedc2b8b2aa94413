/// A dated change of someone's team, role, portfolio or area. Fields left nil stay as they
/// were; the date "" marks the state the person was first recorded with, which holds from the start.
public struct PersonMove: Equatable, Sendable {
    public var date: String
    public var team: String?
    public var role: String?
    public var portfolio: String?
    public var area: String?

    public init(date: String, team: String? = nil, role: String? = nil, portfolio: String? = nil, area: String? = nil) {
        self.date = date
        self.team = team
        self.role = role
        self.portfolio = portfolio
        self.area = area
    }
}

/// Who someone is on a given day.
public struct PersonState: Equatable, Sendable {
    public var team: String
    public var role: String
    public var portfolio: String?
    public var area: String?
}

public enum PeopleTimeline {
    /// The state on `day` (YYYY-MM-DD): per field, the latest move on or before the day that sets
    /// it. Moves are in the order they were recorded; a move recorded later for an earlier date
    /// changes only the fields it names, so no later move is overwritten.
    public static func state(_ moves: [PersonMove], on day: String) -> PersonState? {
        let upTo = moves.enumerated().filter { $0.element.date <= day }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        guard let team = upTo.last(where: { $0.team != nil })?.team, let role = upTo.last(where: { $0.role != nil })?.role else { return nil }
        return PersonState(team: team, role: role, portfolio: upTo.last { $0.portfolio != nil }?.portfolio,
                           area: upTo.last { $0.area != nil }?.area)
    }

    /// How many people hold each role in `team` on `day`, from everyone's moves.
    public static func holders<Key>(team: String, on day: String, moves: [Key: [PersonMove]]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for list in moves.values {
            if let s = state(list, on: day), s.team == team { counts[s.role, default: 0] += 1 }
        }
        return counts
    }

    /// A day after every recorded one: the state on it is the latest recorded.
    public static let end = "9999-12-31"

    /// The latest state of all: the one today's listings show when no move lies ahead.
    public static func latest(_ moves: [PersonMove]) -> PersonState? {
        state(moves, on: end)
    }

    /// A value that changed over time (the WOE's position, a section of text): the one in force on `day`.
    public static func value<T>(_ dated: [(date: String, value: T)], on day: String) -> T? {
        dated.enumerated().filter { $0.element.date <= day }
            .max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }?.element.value
    }
}

/// The phases a team passes through in the study, in order.
public enum Phase: String, CaseIterable, Sendable {
    case verkennen, terugkoppelen, concretiseren, implementeren, afronden

    public static func parse(_ text: String) throws -> Phase {
        guard let p = Phase(rawValue: text.lowercased()) else {
            throw VeldwerkError("phase '\(text)' is not known; use verkennen, terugkoppelen, concretiseren, implementeren or afronden")
        }
        return p
    }
}

/// A team's phase with its dates; `to` is open while the phase lasts.
public struct PhaseSpan: Equatable, Sendable {
    public var phase: Phase
    public var from: String
    public var to: String?

    public init(phase: Phase, from: String, to: String?) {
        self.phase = phase
        self.from = from
        self.to = to
    }

    /// The phase a team was in on `day`: the latest begun on or before it whose end is not passed.
    public static func current(_ spans: [PhaseSpan], on day: String) -> PhaseSpan? {
        spans.filter { $0.from <= day && ($0.to.map { day <= $0 } ?? true) }.max { $0.from < $1.from }
    }
}
