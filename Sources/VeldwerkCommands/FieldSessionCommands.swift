import ArgumentParser
import Foundation
import VeldwerkCore
import VeldwerkStore

// The intervention layer: sessions, what was fed back and what became of it, case learning.

struct FieldSessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session", abstract: "Meetings after the focus group: development sessions, shadowing, team meetings, case learning.",
        subcommands: [SessionAdd.self, SessionJoin.self, SessionAgenda.self, SessionList.self, SessionShow.self])
}

struct SessionAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Record a session; prints its number.",
        discussion: "Example:\n  session add Amersfoort --kind casusleren --date 2023-03-14 --title \"Casus verkiezingsavond\" --lead Noor")

    @Argument(help: .init("The team.", valueName: "team")) var team: String
    @Option(help: .init("ontwikkelbijeenkomst, meelopen, overleg, casusleren, terugblik, begeleidingscommissie or anders.", valueName: "kind"),
            completion: .list(SessionKind.allCases.map(\.rawValue))) var kind: String
    @Option(help: .init("The day, YYYY-MM-DD.", valueName: "date")) var date: String
    @Option(help: .init("What it was about.", valueName: "text")) var title: String?
    @Option(help: .init("The researcher who led it.", valueName: "lead")) var lead: String?

    func run(in context: CommandContext) throws -> Output {
        let kind = try SessionKind.parse(kind)
        let day = try Day(parsing: date)
        let id = try context.change { w in try w.addSession(team: team, kind: kind, date: day, title: title, lead: lead ?? context.researcher) }
        return .message("session \(id)")
    }
}

struct SessionJoin: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "join", abstract: "Add attendees: participants of the team, or +ROLE for someone not interviewed.",
        discussion: "Example:\n  session join 3 AMF-WOE-01 AMF-OE-02 +OpCo")

    @Argument(help: .init("The session number.", valueName: "session")) var session: Int64
    @Argument(help: .init("Pseudonyms, or +ROLE.", valueName: "participants")) var people: [String]

    func run(in context: CommandContext) throws -> Output {
        let n = try context.change { w in try w.joinSession(session, people) }
        return .message("session \(session): \(n) attendee\(n == 1 ? "" : "s") added")
    }
}

struct SessionAgenda: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "agenda", abstract: "Add agenda items to a session, in order.",
        discussion: "Example:\n  session agenda 3 \"Tijdlijn van de casus\" \"Wat ging goed, wat kan beter\"")

    @Argument(help: .init("The session number.", valueName: "session")) var session: Int64
    @Argument(help: .init("The items.", valueName: "item")) var items: [String]

    func run(in context: CommandContext) throws -> Output {
        try context.change { w in try w.addAgenda(session, items) }
        return .message("session \(session): \(items.count) agenda item\(items.count == 1 ? "" : "s") added")
    }
}

struct SessionList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "List sessions by date.", discussion: "Example:\n  session list --team Amersfoort --kind casusleren")

    @Option(help: .init("Only this team.", valueName: "team")) var team: String?
    @Option(help: .init("Only this kind.", valueName: "kind"), completion: .list(SessionKind.allCases.map(\.rawValue))) var kind: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let kind = try kind.map(SessionKind.parse)
        let sessions = try context.read { r in try r.sessions(team: team, kind: kind) }
        return .table(Table(
            name: "sessions",
            columns: [Column("id", numeric: true), Column("date"), Column("team"), Column("kind"), Column("title"), Column("lead"),
                      Column("attendees", numeric: true), Column("notes", numeric: true), Column("feedback", numeric: true), Column("cases", numeric: true)],
            rows: sessions.map { s in
                [.int(Int(s.id)), .text(s.date), .text(s.team), .text(s.kind), s.title.map(Value.text) ?? .null, s.lead.map(Value.text) ?? .null,
                 .int(s.attendees.count), .int(s.notes), .int(s.feedback), .int(s.cases)]
            },
            emptyNote: "no sessions yet; 'session add TEAM --kind KIND --date YYYY-MM-DD'"))
    }
}

struct SessionShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "Show a session: attendees, agenda, feedback and cases.", discussion: "Example:\n  session show 3")

    @Argument(help: .init("The session number.", valueName: "session")) var session: Int64
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let (s, feedback, cases) = try context.read { r in
            let s = try r.session(session)
            return (s, try r.feedback(session: session), try r.cases(session: session))
        }
        return .record(Record(name: "session", fields: [
            ("id", "session", .int(Int(s.id))), ("date", "date", .text(s.date)), ("team", "team", .text(s.team)), ("kind", "kind", .text(s.kind)),
            ("title", "title", s.title.map(Value.text) ?? .null), ("lead", "lead", s.lead.map(Value.text) ?? .null),
            ("attendees", "attendees", .list(s.attendees)), ("agenda", "agenda", .list(s.agenda)), ("themes", "themes", .list(s.themes)),
            ("notes", "logboek notes", .int(s.notes)),
            ("feedback", "fed back", .list(feedback.map { "\($0.id): \($0.what)" + ($0.outcome.map { " (\($0))" } ?? "") })),
            ("cases", "cases", .list(cases.map { "\($0.id): \($0.title) (\($0.outcome))" })),
        ]))
    }
}

struct FeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback", abstract: "What researchers fed back in a session, and whether the team acted on it.",
        subcommands: [FeedbackAdd.self, FeedbackCheck.self, FeedbackList.self])
}

struct FeedbackAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Record what was fed back in a session, with a date to check on it.",
        discussion: "Example:\n  feedback add 3 \"Spreek af wie na de acute fase de regie neemt\" --theme 2 --check 2023-05-01")

    @Argument(help: .init("The session number.", valueName: "session")) var session: Int64
    @Argument(help: .init("What was fed back.", valueName: "text")) var what: String
    @Option(help: .init("The theme it concerns.", valueName: "theme")) var theme: String?
    @Option(help: .init("When to check whether it was followed, YYYY-MM-DD.", valueName: "date")) var check: String?

    func run(in context: CommandContext) throws -> Output {
        let day = try check.map { try Day(parsing: $0) }
        let id = try context.change { w in try w.addFeedback(session: session, what: what, theme: theme, checkOn: day) }
        return .message("feedback \(id)")
    }
}

struct FeedbackCheck: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "check", abstract: "Record what became of feedback: followed, partly or not-followed.",
        discussion: "Example:\n  feedback check 4 not-followed --date 2023-06-12 --note \"afspraak niet opgepakt\"")

    @Argument(help: .init("The feedback number.", valueName: "feedback")) var feedback: Int64
    @Argument(help: .init("followed, partly or not-followed.", valueName: "outcome"), completion: .list(FollowUp.allCases.map(\.rawValue))) var outcome: String
    @Option(help: .init("The day of the check, YYYY-MM-DD.", valueName: "date")) var date: String
    @Option(help: .init("What was seen.", valueName: "text")) var note: String?

    func run(in context: CommandContext) throws -> Output {
        let outcome = try FollowUp.parse(outcome)
        let day = try Day(parsing: date)
        try context.change { w in try w.checkFeedback(feedback, outcome: outcome, date: day, note: note) }
        return .message("feedback \(feedback): \(outcome.rawValue) on \(day)")
    }
}

struct FeedbackList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "List what was fed back; --open shows what is due or overdue and not followed.",
        discussion: "Example:\n  feedback list --team Amersfoort --open")

    @Option(help: .init("Only this team.", valueName: "team")) var team: String?
    @Flag(help: "Only what is open and due today or earlier.") var open = false
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let today = try Day(parsing: ProjectClock.today())
        let items = try context.read { r in try r.feedback(team: team, dueBy: open ? today : nil) }
        return .table(Table(
            name: "feedback",
            columns: [Column("id", numeric: true), Column("session", numeric: true), Column("date"), Column("team"), Column("theme"),
                      Column("what"), Column("check"), Column("outcome"), Column("checked")],
            rows: items.map { f in
                [.int(Int(f.id)), .int(Int(f.session)), .text(f.date), .text(f.team), f.theme.map(Value.text) ?? .null,
                 .text(Quote.line(f.what, limit: 60)), f.checkOn.map(Value.text) ?? .null,
                 f.outcome.map(Value.text) ?? .text(open ? "open" : "not checked"), f.checks.last.map { Value.text($0.date) } ?? .null]
            },
            emptyNote: open ? "nothing fed back is due and open" : "nothing fed back yet; 'feedback add SESSION \"...\"'"))
    }
}

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Case learning: a case's timeline, helping and hindering factors, lessons.",
        subcommands: [CaseAdd.self, CaseEvent.self, CaseFactor.self, CaseLesson.self, CaseShow.self, CaseList.self])
}

struct CaseAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Add a case to a casusleren session; prints its number.",
        discussion: "Example:\n  case add 3 \"Verkiezingsavond\" --outcome went-well")

    @Argument(help: .init("The session number.", valueName: "session")) var session: Int64
    @Argument(help: .init("The case's title.", valueName: "title")) var title: String
    @Option(help: .init("went-well or went-less-well.", valueName: "outcome"), completion: .list(CaseOutcome.allCases.map(\.rawValue))) var outcome: String

    func run(in context: CommandContext) throws -> Output {
        let outcome = try CaseOutcome.parse(outcome)
        let id = try context.change { w in try w.addCase(session: session, title: title, outcome: outcome) }
        return .message("case \(id)")
    }
}

struct CaseEvent: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "event", abstract: "Add an event to a case's timeline: when, who, what happened, whose view.",
        discussion: """
            --at takes a date (YYYY-MM-DD) or a moment as said ("avond, dag 1"); --by a role, a
            participant of the team, or an outside partner ("woningcorporatie"); --source whose
            view it is: present, absent (gathered beforehand) or file.
            Example:
              case event 1 --at "avond, dag 1" --by wijkagent "Neemt de eerste melding aan" --source present
            """)

    @Argument(help: .init("The case number.", valueName: "case")) var id: Int64
    @Option(help: .init("When: YYYY-MM-DD or a moment.", valueName: "when")) var at: String
    @Option(help: .init("A role, a pseudonym or a partner.", valueName: "who")) var by: String
    @Argument(help: .init("What happened.", valueName: "text")) var what: String
    @Option(help: .init("present, absent or file.", valueName: "source"), completion: .list(EventSource.allCases.map(\.rawValue))) var source: String?

    func run(in context: CommandContext) throws -> Output {
        let moment = try CaseMoment(parsing: at)
        let source = try source.map(EventSource.parse)
        try context.change { w in try w.addEvent(case: id, at: moment, by: by, what: what, source: source) }
        return .message("case \(id): event added")
    }
}

struct CaseFactor: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "factor", abstract: "Name a helping or hindering factor in a case.",
        discussion: "Example:\n  case factor 1 hindering \"Niemand nam na de acute fase de regie\"")

    @Argument(help: .init("The case number.", valueName: "case")) var id: Int64
    @Argument(help: .init("helping or hindering.", valueName: "kind"), completion: .list(["helping", "hindering"])) var kind: String
    @Argument(help: .init("The factor.", valueName: "text")) var text: String

    func run(in context: CommandContext) throws -> Output {
        let kind = try CaseRemark.parseFactor(kind)
        try context.change { w in try w.addRemark(case: id, kind: kind, text: text) }
        return .message("case \(id): \(kind.rawValue) factor added")
    }
}

struct CaseLesson: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "lesson", abstract: "Record what went well or what could be better in a case.",
        discussion: "Example:\n  case lesson 1 could-be-better \"De OpCo draagt over aan de WOE van het gebied\"")

    @Argument(help: .init("The case number.", valueName: "case")) var id: Int64
    @Argument(help: .init("went-well or could-be-better.", valueName: "kind"), completion: .list(["went-well", "could-be-better"])) var kind: String
    @Argument(help: .init("The lesson.", valueName: "text")) var text: String

    func run(in context: CommandContext) throws -> Output {
        let kind = try CaseRemark.parseLesson(kind)
        try context.change { w in try w.addRemark(case: id, kind: kind, text: text) }
        return .message("case \(id): lesson added")
    }
}

struct CaseShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "A case's timeline (dated events first, then the others as typed), factors and lessons.",
        discussion: "Example:\n  case show 1")

    @Argument(help: .init("The case number.", valueName: "case")) var id: Int64
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let c = try context.read { r in try r.learningCase(id) }
        return .sections([
            .record(Record(name: "case", fields: [
                ("id", "case", .int(Int(c.id))), ("title", "title", .text(c.title)), ("outcome", "outcome", .text(c.outcome)),
                ("session", "session", .int(Int(c.session))), ("team", "team", .text(c.team)), ("date", "date", .text(c.date)),
            ])),
            .table(Table(name: "timeline", columns: [Column("when"), Column("who"), Column("what"), Column("view")],
                         rows: c.events.map { e in [.text(e.moment.text), .text(e.by), .text(e.what), e.source.map(Value.text) ?? .null] },
                         emptyNote: "no events yet; 'case event \(c.id) --at WHEN --by WHO \"...\"'")),
            .record(Record(name: "lessons", fields: [
                ("helping", "helping", .list(c.remarks(.helping))), ("hindering", "hindering", .list(c.remarks(.hindering))),
                ("went_well", "went well", .list(c.remarks(.wentWell))), ("could_be_better", "could be better", .list(c.remarks(.couldBeBetter))),
            ])),
        ])
    }
}

struct CaseList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "List the cases learned from.", discussion: "Example:\n  case list --team Amersfoort")

    @Option(help: .init("Only this team.", valueName: "team")) var team: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let cases = try context.read { r in try r.cases(team: team) }
        return .table(Table(
            name: "cases",
            columns: [Column("id", numeric: true), Column("session", numeric: true), Column("date"), Column("team"), Column("title"),
                      Column("outcome"), Column("events", numeric: true)],
            rows: cases.map { c in [.int(Int(c.id)), .int(Int(c.session)), .text(c.date), .text(c.team), .text(c.title), .text(c.outcome), .int(c.events.count)] },
            emptyNote: "no cases yet; 'case add SESSION \"TITLE\" --outcome went-well'"))
    }
}
