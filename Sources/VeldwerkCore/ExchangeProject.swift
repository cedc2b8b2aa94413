/// A whole project as REFI-QDA sees it: the common ground between Veldwerk, its own exports,
/// and ATLAS.ti, MAXQDA, NVivo or QualCoder projects. Readers fill it from a `.qdpx` or from a
/// Veldwerk database; the store merges it into a project; the writer turns it into a `.qdpx`.
///
/// Positions are 0-based, end-exclusive Unicode-scalar offsets into the source's text.
public struct ExchangeProject: Equatable, Sendable {
    public var name: String
    public var origin: String?
    public var users: [User] = []
    public var codebook: Codebook
    public var cases: [Case] = []
    public var sources: [Source] = []
    /// Free-standing notes (memos), by GUID; codings and selections point at them.
    public var notes: [Note] = []
    /// Focus groups with their votes: only a Veldwerk project carries them (not a `.qdpx`).
    public var focusGroups: [ExchangeFocusGroup] = []

    public init(name: String, origin: String?, codebook: Codebook) {
        self.name = name
        self.origin = origin
        self.codebook = codebook
    }

    public struct User: Equatable, Sendable {
        public var guid: String
        public var name: String
        public init(guid: String, name: String) { self.guid = guid; self.name = name }
    }

    /// A person the sources are about: a participant in Veldwerk. `values` are variables by name
    /// (`team`, `role`, `interview date`, and `real name` only when asked for).
    public struct Case: Equatable, Sendable {
        public var guid: String
        public var name: String
        public var values: [String: String]
        public var sources: [String]
        public init(guid: String, name: String, values: [String: String], sources: [String]) {
            self.guid = guid; self.name = name; self.values = values; self.sources = sources
        }
    }

    public enum Content: Equatable, Sendable {
        /// The text, normalised as Veldwerk stores it; selections count in it.
        case text(String)
        /// A source Veldwerk does not take in (picture, audio, PDF, a file outside the archive).
        case skipped(String)
    }

    public struct Source: Equatable, Sendable {
        public var guid: String
        public var name: String
        public var content: Content
        public var selections: [Selection]
        /// Variables on the source itself; Veldwerk marks its logboek notes this way
        /// (`logboek team`, `logboek date`, `logboek setting`).
        public var values: [String: String]
        /// SHA-256 of the normalised text (hex): how the same transcript is recognised anywhere.
        public var sha256: String
        public init(guid: String, name: String, content: Content, selections: [Selection] = [], values: [String: String] = [:], sha256: String = "") {
            self.guid = guid; self.name = name; self.content = content; self.selections = selections; self.values = values; self.sha256 = sha256
        }
        public var isLogbookNote: Bool { values[ExchangeVariable.logbookTeam] != nil }
    }

    public struct Selection: Equatable, Sendable {
        public var guid: String
        public var start: Int
        public var end: Int
        public var description: String?
        public var codings: [Coding]
        public init(guid: String, start: Int, end: Int, description: String?, codings: [Coding]) {
            self.guid = guid; self.start = start; self.end = end; self.description = description; self.codings = codings
        }
    }

    public struct Coding: Equatable, Sendable {
        public var guid: String
        public var code: String
        public var user: String?
        public var notes: [String]
        public init(guid: String, code: String, user: String?, notes: [String] = []) {
            self.guid = guid; self.code = code; self.user = user; self.notes = notes
        }
    }

    public struct Note: Equatable, Sendable {
        public var guid: String
        public var name: String
        public var text: String
        public init(guid: String, name: String, text: String) { self.guid = guid; self.name = name; self.text = text }
    }

    public var codingCount: Int { sources.reduce(0) { $0 + $1.selections.reduce(0) { $0 + $1.codings.count } } }
    public var selectionCount: Int { sources.reduce(0) { $0 + $1.selections.count } }
}

/// The variable names Veldwerk writes and recognises on cases and sources.
public enum ExchangeVariable {
    public static let team = "team"
    public static let role = "role"
    public static let interviewDate = "interview date"
    public static let interviewer = "interviewer"
    public static let realName = "real name"
    public static let logbookTeam = "logboek team"
    public static let logbookDate = "logboek date"
    public static let logbookSetting = "logboek setting"
    public static let logbookAuthor = "logboek author"

    /// Which are dates (typed `Date` in the project file); the rest are text.
    public static let dates: Set<String> = [interviewDate, logbookDate]
    public static let all = [team, role, interviewDate, interviewer, realName, logbookTeam, logbookDate, logbookSetting, logbookAuthor]
}

/// GUIDs derived from what a thing is, so the same project exports the same GUIDs every time
/// and two projects that hold the same researcher or text give it the same GUID.
public enum StableGUID {
    public static func derive(_ kind: String, _ key: String) -> String {
        // Two FNV-1a 64-bit hashes with different seeds make 128 bits; identity, not secrecy.
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in (kind + "\u{1F}" + key).utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = b &+ (b << 7)
        }
        return format(a, b)
    }

    /// A GUID from the first 32 hex digits of a hash already at hand (a text's SHA-256).
    public static func fromHex(_ hex: String) -> String? {
        let digits = String(hex.prefix(32))
        guard digits.count == 32, digits.allSatisfy(\.isHexDigit) else { return nil }
        return dashed(digits.uppercased())
    }

    static func format(_ a: UInt64, _ b: UInt64) -> String {
        func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16, uppercase: true)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return dashed(hex(a) + hex(b))
    }

    /// 32 hex digits as 8-4-4-4-12.
    static func dashed(_ h: String) -> String {
        let d = Array(h)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(d[$0]) }.joined(separator: "-")
    }
}

extension ExchangeProject {
    /// Real names taken out: texts keep their length (so selections still fit), memos, titles
    /// and cases lose them, and no case carries a real name.
    public func scrubbed(_ scrubber: NameScrubber) -> ExchangeProject {
        var copy = self
        for i in copy.sources.indices {
            copy.sources[i].name = scrubber.scrub(copy.sources[i].name)
            if case .text(let text) = copy.sources[i].content { copy.sources[i].content = .text(scrubber.scrubKeepingLength(text)) }
        }
        for i in copy.notes.indices { copy.notes[i].text = scrubber.scrub(copy.notes[i].text) }
        for i in copy.cases.indices { copy.cases[i].values[ExchangeVariable.realName] = nil }
        return copy
    }
}

/// A focus group as one Veldwerk project hands it to another in a merge (REFI-QDA has no place
/// for votes): the frozen A4 items, subgroups, and every individual and consensus vote.
public struct ExchangeFocusGroup: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var number: Int
        public var label: String
        public var mergedInto: Int?
        public var codes: [CodeLabel]
        public init(number: Int, label: String, mergedInto: Int?, codes: [CodeLabel]) {
            self.number = number; self.label = label; self.mergedInto = mergedInto; self.codes = codes
        }
    }

    public struct CodeLabel: Equatable, Sendable {
        public var guid: String
        public var name: String
        public init(guid: String, name: String) { self.guid = guid; self.name = name }
    }

    public struct Subgroup: Equatable, Sendable {
        public var name: String
        public var lead: String?
        public var members: [String]
        public init(name: String, lead: String?, members: [String]) { self.name = name; self.lead = lead; self.members = members }
    }

    /// One pie: a participant's own, or a subgroup's consensus; slices by item number.
    public struct Pie: Equatable, Sendable {
        public var participant: String?
        public var subgroup: String?
        public var slices: [Slice]
        public init(participant: String?, subgroup: String?, slices: [Slice]) {
            self.participant = participant; self.subgroup = subgroup; self.slices = slices
        }
    }

    public struct Slice: Equatable, Sendable {
        public var item: Int
        public var share: Double
        public init(item: Int, share: Double) { self.item = item; self.share = share }
    }

    public var team: String
    public var date: String
    public var items: [Item]
    public var subgroups: [Subgroup]
    /// (participant pseudonym, item number)
    public var recognitions: [Recognition]
    public var pies: [Pie]

    public struct Recognition: Equatable, Sendable {
        public var participant: String
        public var item: Int
        public init(participant: String, item: Int) { self.participant = participant; self.item = item }
    }

    public init(team: String, date: String, items: [Item], subgroups: [Subgroup], recognitions: [Recognition], pies: [Pie]) {
        self.team = team; self.date = date; self.items = items; self.subgroups = subgroups; self.recognitions = recognitions; self.pies = pies
    }

    /// Two pies are the same vote when they give the same items the same shares.
    public static func sameSlices(_ a: [Slice], _ b: [Slice]) -> Bool {
        let x = a.sorted { $0.item < $1.item }, y = b.sorted { $0.item < $1.item }
        return x.count == y.count && zip(x, y).allSatisfy { $0.item == $1.item && abs($0.share - $1.share) < 1e-9 }
    }
}
