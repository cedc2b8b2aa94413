import ArgumentParser
import VeldwerkCore
import VeldwerkStore

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Development plans: actions per theme, their path, approval and evaluations.",
        subcommands: [PlanAdd.self, PlanShow.self, PlanStatus.self, PlanApprove.self, PlanEvaluate.self])
}

struct PlanAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Add an action to a theme's development plan; prints its number.",
        discussion: """
            The owner is a role or a participant (--owner) or a forum such as the team meeting
            (--forum). --status and --date give the first step of the action's path.
            Example:
              plan add 4 "Spreekuur personeelszorg voor de WOE" --owner WOE --level tactical --status idea --date 2023-02-14 --scope basisteam --expects "teamchef houdt tijd over voor de ploegen"
            """)

    @Argument(help: .init("The theme's number or name.", valueName: "theme")) var theme: String
    @Argument(help: .init("The action.", valueName: "action")) var action: String
    @Option(help: .init("The role or participant that acts.", valueName: "owner")) var owner: String?
    @Option(help: .init("The forum that acts, e.g. teamoverleg.", valueName: "forum")) var forum: String?
    @Option(help: "operational, tactical or strategic.", completion: .list(PlanLevel.allCases.map(\.rawValue))) var level: String
    @Option(help: "idea, started, realised, ongoing or stopped.", completion: .list(ActionStatus.allCases.map(\.rawValue))) var status: String
    @Option(help: .init("When the action got that status, YYYY-MM-DD (default today).", valueName: "date")) var date: String?
    @Option(help: "basisteam, district, eenheid or landelijk.", completion: .list(PlanScope.allCases.map(\.rawValue))) var scope: String?
    @Option(help: .init("The outcome the team expects.", valueName: "text")) var expects: String?
    @Option(help: .init("Due month, YYYY-MM.", valueName: "month")) var due: String?

    func run(in context: CommandContext) throws -> Output {
        let l = try PlanLevel.parse(level), s = try ActionStatus.parse(status), d = try due.map { try Month(parsing: $0) }
        let sc = try scope.map(PlanScope.parse), on = try Day.given(date)
        let a = try context.change { w in
            try w.addAction(theme: theme, description: action, owner: owner, forum: forum, level: l, status: s, on: on, due: d, expects: expects, scope: sc)
        }
        return .message("action \(a.id) on \(a.theme)")
    }
}

struct PlanShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "A theme's plan, grouped by level and status, with each action's path.", discussion: "Example:\n  plan show 4")

    @Argument(help: .init("The theme's number or name.", valueName: "theme")) var theme: String
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        .table(Self.table(try context.read { try $0.actions(theme: theme) }))
    }

    static func table(_ actions: [ActionInfo]) -> Table {
        let sorted = actions.sorted { a, b in
            let la = PlanLevel.allCases.firstIndex(of: a.level)!, lb = PlanLevel.allCases.firstIndex(of: b.level)!
            let sa = ActionStatus.allCases.firstIndex(of: a.status)!, sb = ActionStatus.allCases.firstIndex(of: b.status)!
            return (la, sa, a.id) < (lb, sb, b.id)
        }
        return Table(
            name: "actions",
            columns: [Column("level"), Column("status"), Column("id", "#", numeric: true), Column("action"), Column("owner"), Column("scope"),
                      Column("due"), Column("expects"), Column("path"), Column("approved"), Column("evaluations")],
            rows: sorted.map { a in
                [.text(a.level.rawValue), .text(a.status.rawValue), .int(Int(a.id)), .text(a.description), .text(a.owner.label),
                 a.scope.map { .text($0.rawValue) } ?? .null, a.due.map(Value.text) ?? .null, a.expects.map(Value.text) ?? .null,
                 .text(StatusStep.path(a.steps)), .list(a.approvals.map { "\($0.by) \($0.date)" }),
                 .list(a.evaluations.map { e in [e.moment, e.label, e.notes].compactMap { $0 }.joined(separator: " ") })]
            },
            emptyNote: "no plan yet; 'plan add THEME \"ACTION\" --owner ROLE --level ... --status ...'")
    }
}

struct PlanStatus: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "status", abstract: "Record an action's new status on a day; earlier steps are kept as its path.",
        discussion: "Example:\n  plan status 3 stopped --date 2024-03-01 --note \"geen capaciteit na de reorganisatie\"")

    @Argument(help: .init("The action number.", valueName: "action")) var action: Int64
    @Argument(help: "idea, started, realised, ongoing or stopped.", completion: .list(ActionStatus.allCases.map(\.rawValue))) var status: String
    @Option(help: .init("When, YYYY-MM-DD (default today).", valueName: "date")) var date: String?
    @Option(help: .init("Why, or what happened.", valueName: "text")) var note: String?

    func run(in context: CommandContext) throws -> Output {
        let s = try ActionStatus.parse(status), on = try Day.given(date)
        let a = try context.change { w in try w.setActionStatus(action, status: s, on: on, note: note) }
        return .message("action \(a.id): \(StatusStep.path(a.steps))")
    }
}

struct PlanApprove: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "approve", abstract: "Record that a forum or role approved an action on a day.",
        discussion: "Example:\n  plan approve 3 --by teamoverleg --date 2023-03-14")

    @Argument(help: .init("The action number.", valueName: "action")) var action: Int64
    @Option(help: .init("The forum or role that approved it.", valueName: "forum or role")) var by: String
    @Option(help: .init("When, YYYY-MM-DD.", valueName: "date")) var date: String

    func run(in context: CommandContext) throws -> Output {
        let on = try Day(parsing: date)
        let a = try context.change { w in try w.approveAction(action, by: by, on: on) }
        return .message("action \(a.id) approved by \(by) on \(on)")
    }
}

struct PlanEvaluate: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "evaluate", abstract: "Plan or record an evaluation moment of an action, read against what it should bring.",
        discussion: "Example:\n  plan evaluate 3 2024-06 --label halverwege --notes \"pilot loopt, meer sparmomenten gewenst\"")

    @Argument(help: .init("The action number.", valueName: "action")) var action: Int64
    @Argument(help: .init("When: YYYY-MM or YYYY-MM-DD.", valueName: "moment")) var moment: String
    @Option(help: .init("e.g. halverwege, eind.", valueName: "label")) var label: String?
    @Option(help: .init("What the evaluation found.", valueName: "text")) var notes: String?

    func run(in context: CommandContext) throws -> Output {
        try context.change { w in try w.addEvaluation(action: action, moment: moment, label: label, notes: notes) }
        return .message("evaluation of action \(action) on \(moment)")
    }
}
