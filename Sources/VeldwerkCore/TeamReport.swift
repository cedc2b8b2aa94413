/// Everything a basisteam's write-up says, gathered once and rendered by each export format.
///
/// Speakers appear by role and team only; real names never enter this structure.
public struct TeamReport: Sendable {
    public struct Profile: Sendable {
        public var name: String
        public var code: String
        public var fte: Double?
        public var areaKind: String?
        public var areas: [String]
        public var portfolios: [String]
        public var woePosition: String?

        public init(name: String, code: String, fte: Double?, areaKind: String?, areas: [String], portfolios: [String], woePosition: String?) {
            self.name = name
            self.code = code
            self.fte = fte
            self.areaKind = areaKind
            self.areas = areas
            self.portfolios = portfolios
            self.woePosition = woePosition
        }
    }

    public struct Count: Sendable, Equatable {
        public var label: String
        public var count: Int

        public init(_ label: String, _ count: Int) {
            self.label = label
            self.count = count
        }
    }

    public struct FocusGroup: Sendable {
        public var id: Int64
        public var date: String
        public var participants: Int
        public var subgroups: Int
        public var recognised: Int
        public var voted: Int
        public var kendallW: Double?
        /// Every active item with its share of all individual pie, for the overview pie.
        public var itemShares: [(number: Int, label: String, share: Double)]

        public init(id: Int64, date: String, participants: Int, subgroups: Int, recognised: Int, voted: Int, kendallW: Double?,
                    itemShares: [(number: Int, label: String, share: Double)]) {
            self.id = id
            self.date = date
            self.participants = participants
            self.subgroups = subgroups
            self.recognised = recognised
            self.voted = voted
            self.kendallW = kendallW
            self.itemShares = itemShares
        }
    }

    public struct TallyFigures: Sendable {
        public var item: Int
        public var rank: Int
        public var score: Double
        public var share: Double
        public var recognised: Int
        public var recognisedShare: Double
        public var slicedBy: Int
        public var consensus: [(subgroup: String, share: Double?)]

        public init(item: Int, rank: Int, score: Double, share: Double, recognised: Int, recognisedShare: Double, slicedBy: Int,
                    consensus: [(subgroup: String, share: Double?)]) {
            self.item = item
            self.rank = rank
            self.score = score
            self.share = share
            self.recognised = recognised
            self.recognisedShare = recognisedShare
            self.slicedBy = slicedBy
            self.consensus = consensus
        }
    }

    public struct Quote: Sendable, Equatable {
        public var text: String
        /// The speaker's role, nil where fewer than the privacy threshold hold it ("colleague").
        public var role: String?
        public var team: String
        public var tension: String?

        public init(text: String, role: String?, team: String, tension: String?) {
            self.text = text
            self.role = role
            self.team = team
            self.tension = tension
        }

        /// "wijkagent, Amersfoort", or "collega, Amersfoort" in the words given for a colleague.
        public func speaker(colleague: String) -> String { "\(role ?? colleague), \(team)" }
    }

    public struct NoteLine: Sendable, Equatable {
        public var date: String
        public var setting: String
        public var roles: [String]
        public var summary: String

        public init(date: String, setting: String, roles: [String], summary: String) {
            self.date = date
            self.setting = setting
            self.roles = roles
            self.summary = summary
        }
    }

    public struct Step: Sendable, Equatable {
        public var date: String
        public var kind: String
        public var detail: String
        public var reason: String?

        public init(date: String, kind: String, detail: String, reason: String?) {
            self.date = date
            self.kind = kind
            self.detail = detail
            self.reason = reason
        }
    }

    public struct Action: Sendable, Equatable {
        public var description: String
        /// A role (team's own name), a forum, or "" for one person whose role too few hold.
        public var owner: String
        public var level: PlanLevel
        public var status: ActionStatus
        public var due: String?
        public var evaluations: [String]
        public var scope: PlanScope?
        /// What the team expects the action to bring; evaluations are read against it.
        public var expects: String?
        /// The action's path up to the report's date, oldest first.
        public var steps: [StatusStep] = []
        /// "FORUM OR ROLE, DATE" per approval.
        public var approvals: [String] = []

        public init(description: String, owner: String, level: PlanLevel, status: ActionStatus, due: String?, evaluations: [String]) {
            self.description = description
            self.owner = owner
            self.level = level
            self.status = status
            self.due = due
            self.evaluations = evaluations
        }
    }

    public struct Theme: Sendable {
        public var id: Int64
        public var position: Int
        public var name: String
        public var codes: [String]
        public var frame: [(key: String, value: String)]
        public var tally: TallyFigures?
        public var segments: Int
        public var participants: Int
        public var roles: [String]
        public var quotes: [Quote]
        public var notes: [NoteLine]
        public var history: [Step]
        public var actions: [Action]
        /// Where the theme came from when not from the plenary: a session, with why.
        public var fromSession: Step?
        /// The team's own words about this theme, placed before the evidence.
        public var narrative: String?

        public init(id: Int64, position: Int, name: String, codes: [String], frame: [(key: String, value: String)], tally: TallyFigures?,
                    segments: Int, participants: Int, roles: [String], quotes: [Quote], notes: [NoteLine], history: [Step], actions: [Action]) {
            self.id = id
            self.position = position
            self.name = name
            self.codes = codes
            self.frame = frame
            self.tally = tally
            self.segments = segments
            self.participants = participants
            self.roles = roles
            self.quotes = quotes
            self.notes = notes
            self.history = history
            self.actions = actions
        }
    }

    public struct TimePieLine: Sendable {
        /// Whose time: a person by role (nil where too few hold it), a role as a whole, or a vacant post.
        public enum Subject: Sendable, Equatable {
            case person(role: String?)
            case role(String)
            case vacancy(String)
        }
        public var subject: Subject
        public var team: String
        /// YYYY-MM-DD, "" when undated.
        public var date: String
        public var slices: [TimePie.Slice]
        /// 2, 3, ... where more than one pie would carry the same label.
        public var number: Int?

        public init(subject: Subject, team: String, date: String, slices: [TimePie.Slice], number: Int? = nil) {
            self.subject = subject
            self.team = team
            self.date = date
            self.slices = slices
            self.number = number
        }
    }

    public struct Decision: Sendable, Equatable {
        public var at: String
        public var themes: [String]
        public var note: String?

        public init(at: String, themes: [String], note: String?) {
            self.at = at
            self.themes = themes
            self.note = note
        }
    }

    /// A session of the action half, as the team's text shows it (attendees by role only).
    public struct SessionLine: Sendable, Equatable {
        public var date: String
        public var kind: String
        public var title: String?
        public var attendees: [String]
        public var agenda: [String]
        public init(date: String, kind: String, title: String?, attendees: [String], agenda: [String]) {
            self.date = date; self.kind = kind; self.title = title; self.attendees = attendees; self.agenda = agenda
        }
    }

    /// Something fed back, and what became of it at the latest check.
    public struct FeedbackLine: Sendable, Equatable {
        public var date: String
        public var what: String
        public var theme: String?
        public var checkOn: String?
        /// followed, partly, not-followed; nil while unchecked.
        public var outcome: String?
        public var checkedOn: String?
        public var note: String?
        public init(date: String, what: String, theme: String?, checkOn: String?, outcome: String?, checkedOn: String?, note: String?) {
            self.date = date; self.what = what; self.theme = theme; self.checkOn = checkOn; self.outcome = outcome; self.checkedOn = checkedOn; self.note = note
        }
    }

    /// A case from case learning, as a box: timeline, factors, lessons.
    public struct CaseBox: Sendable, Equatable {
        public struct Event: Sendable, Equatable {
            public var when: String
            public var who: String
            public var what: String
            public var view: String?
            public init(when: String, who: String, what: String, view: String?) { self.when = when; self.who = who; self.what = what; self.view = view }
        }
        public var title: String
        public var outcome: String
        public var date: String
        public var events: [Event]
        public var helping: [String]
        public var hindering: [String]
        public var wentWell: [String]
        public var couldBeBetter: [String]
        public init(title: String, outcome: String, date: String, events: [Event], helping: [String], hindering: [String], wentWell: [String], couldBeBetter: [String]) {
            self.title = title; self.outcome = outcome; self.date = date; self.events = events
            self.helping = helping; self.hindering = hindering; self.wentWell = wentWell; self.couldBeBetter = couldBeBetter
        }
    }

    /// A comment the team made on its text while reviewing it, with what was done about it.
    public struct ReviewLine: Sendable, Equatable {
        public var about: String
        /// klopt, klopt-niet, aanvulling, opmerking.
        public var verdict: String
        /// The reader's role where enough people hold it to hide who; nil says "a colleague".
        public var role: String?
        public var text: String?
        public var resolvedOn: String
        public var resolution: String?
        public init(about: String, verdict: String, role: String?, text: String?, resolvedOn: String, resolution: String?) {
            self.about = about; self.verdict = verdict; self.role = role; self.text = text; self.resolvedOn = resolvedOn; self.resolution = resolution
        }
    }

    public var project: String
    public var profile: Profile
    public var sessions: [SessionLine] = []
    /// Resolved comments from the team's review of its text.
    public var reviewComments: [ReviewLine] = []
    /// The team's own introduction and "Aan de slag" steps, around the generated evidence.
    public var introduction: String?
    /// The day the report stands on when written as an interim report (`export --as-of`); nil for today.
    public var asOf: String?
    public var phases: [PhaseSpan] = []
    /// The WOE's position over time, oldest first, up to the report's day.
    public var woeHistory: [(date: String, text: String)] = []
    public var gettingStarted: String?
    /// Meetings where this text was reviewed with the team: date, roles present, note.
    public var reviews: [(date: String, roles: [String], note: String?)] = []
    /// The least number of a team's participants in a role before an export names the role.
    public var privacyThreshold = PrivacyRules.defaultThreshold
    /// Passages left out of the quotes because their speakers asked for it (their codings count).
    public var withheldQuotes = 0
    public var feedback: [FeedbackLine] = []
    public var cases: [CaseBox] = []

    /// How many fed-back items were followed, partly followed, not followed, or not yet checked.
    public var followUpCounts: [(outcome: String, count: Int)] {
        ["followed", "partly", "not-followed", "unchecked"].map { o in (o, feedback.filter { ($0.outcome ?? "unchecked") == o }.count) }
    }
    public var interviewsByRole: [Count]
    public var transcripts: Int
    public var codedSegments: Int
    public var codesUsed: [Count]
    public var focusGroup: FocusGroup?
    public var themes: [Theme]
    public var decisions: [Decision]
    public var timePies: [TimePieLine]

    public init(project: String, profile: Profile, interviewsByRole: [Count], transcripts: Int, codedSegments: Int, codesUsed: [Count],
                focusGroup: FocusGroup?, themes: [Theme], decisions: [Decision], timePies: [TimePieLine]) {
        self.project = project
        self.profile = profile
        self.interviewsByRole = interviewsByRole
        self.transcripts = transcripts
        self.codedSegments = codedSegments
        self.codesUsed = codesUsed
        self.focusGroup = focusGroup
        self.themes = themes
        self.decisions = decisions
        self.timePies = timePies
    }
}

/// Keeps real names out of exported text: a participant's full name, surname or last name,
/// written in any case, becomes a neutral marker; so does a first name alone in a text where
/// that person's surname also occurs ("Jan" after "Jan de Vries"), where it can only mean them.
public struct NameScrubber: Sendable {
    struct Person: Sendable {
        /// Full name, surname with tussenvoegsel, last word: always replaced.
        var always: [String]
        /// Replaced only in a text where one of `always` occurs.
        var first: String?
        /// The folded runs of letters of each of `always`: all must be words of a text to match.
        var keys: [[String]]
    }

    let people: [Person]
    let marker: String

    public init(realNames: [String], marker: String) {
        people = realNames.compactMap { name in
            let full = name.trimmingWhitespace()
            guard !full.isEmpty else { return nil }
            let parts = full.split(separator: " ").map(String.init)
            var always = [full]
            var first: String?
            if parts.count >= 2 {
                let surname = parts.dropFirst().joined(separator: " ")
                // A part without letters ("Person 100") names nobody on its own; searching for it
                // would blank out numbers.
                if surname.count >= 3, surname.contains(where: \.isLetter) { always.append(surname) }
                if let last = parts.last, last.count >= 3, last.contains(where: \.isLetter) { always.append(last) }
                if parts[0].count >= 2 { first = parts[0] }
            }
            return Person(always: always, first: first, keys: always.map { Self.runs(in: $0) })
        }
        self.marker = marker
    }

    /// Case folded as the search folds it.
    static func fold(_ s: String) -> String { s.folding(options: [.caseInsensitive], locale: nil) }

    /// The folded runs of letters in a text.
    static func words(in text: String) -> Set<String> { Set(runs(in: text)) }

    static func runs(in text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in fold(text) {
            if ch.isLetter { current.append(ch) } else if !current.isEmpty { out.append(current); current = "" }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    public func scrub(_ text: String) -> String { scrub(text, keepingLength: false) }

    /// Each name becomes a run of `▮` as long as the name (in scalars), so positions counted in
    /// the text (REFI-QDA selections) still point at the same words.
    public func scrubKeepingLength(_ text: String) -> String { scrub(text, keepingLength: true) }

    func scrub(_ text: String, keepingLength: Bool) -> String {
        guard !text.isEmpty else { return text }
        // A name found as a whole word has each of its runs of letters as a whole word of the
        // text, so only people with such a name need the slower search: one pass over the text
        // instead of one per person keeps a whole project (hundreds of people, megabytes) quick.
        let present = Self.words(in: text)
        var words: Set<String> = []
        for person in people where person.keys.contains(where: { $0.isEmpty || $0.allSatisfy(present.contains) }) {
            let present = person.always.filter { Self.occurs($0, in: text) }
            guard !present.isEmpty else { continue }
            words.formUnion(present)
            if let first = person.first, Self.occurs(first, in: text) { words.insert(first) }
        }
        // Longest first, so "Jan de Vries" goes before "de Vries" and "Vries".
        var out = text
        for word in words.sorted(by: { ($0.count, $0) > ($1.count, $1) }) {
            out = Self.replaceWholeWords(word, in: out) { found in
                keepingLength ? String(repeating: "▮", count: found.unicodeScalars.count) : marker
            }
        }
        return out
    }

    static func occurs(_ word: String, in text: String) -> Bool {
        var rest = Substring(text)
        while let range = rest.range(of: word, options: [.caseInsensitive]) {
            if isWhole(range, in: rest) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    static func isWhole(_ range: Range<Substring.Index>, in text: Substring) -> Bool {
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
        return !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
    }

    static func replaceWholeWords(_ word: String, in text: String, with replacement: (Substring) -> String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: word, options: [.caseInsensitive]) {
            result += rest[..<range.lowerBound]
            result += isWhole(range, in: rest) ? replacement(rest[range]) : String(rest[range])
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
