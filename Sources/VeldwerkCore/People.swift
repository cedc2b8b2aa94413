/// A basisteam: the local police team a study works with.
public struct Team: Equatable, Sendable {
    public var id: Int64
    public var name: String
    /// Short letters used in pseudonyms, e.g. AMF.
    public var code: String
    public var fte: Double?
    /// What the team calls its areas: GGG, cluster, wijk.
    public var areaKind: String?
    public var areas: [String]
    public var portfolios: [String]
    /// How the WOE is placed in this team, in the researchers' words.
    public var woePosition: String?

    public init(id: Int64, name: String, code: String, fte: Double?, areaKind: String?, areas: [String], portfolios: [String], woePosition: String? = nil) {
        self.id = id
        self.name = name
        self.code = code
        self.fte = fte
        self.areaKind = areaKind
        self.areas = areas
        self.portfolios = portfolios
        self.woePosition = woePosition
    }
}

/// A function in a team (WOE, wijkagent, OE, teamchef ...). Roles are data because every team has its own set.
public struct Role: Equatable, Sendable {
    public var id: Int64
    public var name: String
    /// Short letters used in pseudonyms, e.g. WOE or WA.
    public var code: String
    public var description: String?

    public init(id: Int64, name: String, code: String, description: String?) {
        self.id = id
        self.name = name
        self.code = code
        self.description = description
    }
}

/// A member of the study team who interviews, codes and facilitates.
public struct Researcher: Equatable, Sendable {
    public var id: Int64
    public var name: String

    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

/// An officer taking part, known everywhere outside the database by pseudonym.
public struct Participant: Equatable, Sendable {
    public var id: Int64
    public var pseudonym: String
    public var team: String
    public var role: String
    /// Kept for the researchers' own bookkeeping; printed only when explicitly asked for.
    public var realName: String?

    public init(id: Int64, pseudonym: String, team: String, role: String, realName: String?) {
        self.id = id
        self.pseudonym = pseudonym
        self.team = team
        self.role = role
        self.realName = realName
    }

    /// How a speaker is named in quotes and exports: "wijkagent, Amersfoort".
    public var roleAndTeam: String { "\(role), \(team)" }
}

/// One individual interview with a participant.
public struct Interview: Equatable, Sendable {
    public var id: Int64
    public var participant: String
    public var team: String
    public var role: String
    public var date: Day
    public var interviewer: String?

    public init(id: Int64, participant: String, team: String, role: String, date: Day, interviewer: String?) {
        self.id = id
        self.participant = participant
        self.team = team
        self.role = role
        self.date = date
        self.interviewer = interviewer
    }
}
