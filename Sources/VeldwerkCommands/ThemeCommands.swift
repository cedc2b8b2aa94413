import ArgumentParser
import VeldwerkCore
import VeldwerkStore

/// Why and when a theme changed: every step in its history carries both.
struct ThemeStepOptions: ParsableArguments {
    @Option(help: .init("Why.", valueName: "text")) var reason: String?
    @Option(help: .init("When, YYYY-MM-DD (default today).", valueName: "date")) var date: String?

    func day() throws -> Day { try Day.given(date) }
}

struct ThemeShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "A theme with its codes, 5W frame, history and plan.", discussion: "Example:\n  theme show \"Coaching van wijkagenten\"")

    @Argument(help: .init("The theme's number or name.", valueName: "theme")) var theme: String
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let (d, actions) = try context.read { r in (try r.themeDetail(theme), try r.actions(theme: theme)) }
        var fields: [(key: String, label: String, value: Value)] = [
            ("id", "theme", .int(Int(d.info.id))), ("name", "name", .text(d.info.name)), ("team", "team", .text(d.info.team)),
            ("state", "state", .text(d.state + (d.successor.map { " into \($0)" } ?? ""))),
            ("item", "focus group item", d.info.focusGroup.flatMap { fg in d.info.item.map { Value.text("\(fg)/\($0)") } } ?? .null),
            ("session", "from session", d.info.session.map { .int(Int($0)) } ?? .null), ("codes", "codes", .list(d.info.codes)),
        ]
        if let o = d.origin { fields.append(("origin", "split from", .text(o))) }
        for (key, value) in d.frame { fields.append(("w" + key.capitalized, key, .text(value))) }
        let history = Table(name: "history", columns: [Column("date"), Column("kind", "step"), Column("detail"), Column("reason")],
                            rows: d.events.map { [.text($0.date), .text($0.kind), .text($0.detail), $0.reason.map(Value.text) ?? .null] },
                            emptyNote: "no steps since the focus group")
        return .sections([.record(Record(name: "theme", fields: fields)), .table(history), .table(PlanShow.table(actions))])
    }
}

struct ThemeRename: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "rename", abstract: "Sharpen a theme's name, with a dated reason.",
        discussion: "Example:\n  theme rename 4 \"Regie bij complexe casuïstiek\" --reason \"scherper na sessie 2\" --date 2022-10-03")

    @Argument(help: .init("The theme's number or name.", valueName: "theme")) var theme: String
    @Argument(help: .init("The new name.", valueName: "name")) var name: String
    @OptionGroup var step: ThemeStepOptions

    func run(in context: CommandContext) throws -> Output {
        let d = try step.day()
        let new = try context.change { w in try w.renameTheme(theme, to: name, reason: step.reason, date: d) }
        return .message("theme renamed: \(new)")
    }
}

struct ThemeMerge: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "merge", abstract: "Merge a theme into another; plans and notes move along.",
        discussion: "Example:\n  theme merge 5 4 --reason \"bleken hetzelfde vraagstuk\"")

    @Argument(help: .init("The theme that is merged.", valueName: "theme")) var source: String
    @Argument(help: .init("The theme it goes into.", valueName: "theme")) var target: String
    @OptionGroup var step: ThemeStepOptions

    func run(in context: CommandContext) throws -> Output {
        let d = try step.day()
        try context.change { w in try w.mergeTheme(source, into: target, reason: step.reason, date: d) }
        return .message("theme \(source) merged into \(target)")
    }
}

struct ThemeSplit: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "split", abstract: "Split a theme into two or more new ones.",
        discussion: "Example:\n  theme split 6 \"Coaching in de wijk\" \"Coaching bij ontwikkelgesprekken\" --reason \"twee vragen\"")

    @Argument(help: .init("The theme's number or name.", valueName: "theme")) var theme: String
    @Argument(help: .init("The new themes' names.", valueName: "name")) var names: [String]
    @OptionGroup var step: ThemeStepOptions

    func run(in context: CommandContext) throws -> Output {
        let d = try step.day()
        let ids = try context.change { w in try w.splitTheme(theme, into: names, reason: step.reason, date: d) }
        return .message("theme split into \(ids.map(String.init).joined(separator: ", "))")
    }
}

struct ThemeFrame: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "frame", abstract: "Describe a theme with the 5W frame: what, who, where, when, why.",
        discussion: "Example:\n  theme frame 4 --what \"onduidelijk wie de regie heeft\" --who \"WOE, OE, wijkagent\"")

    @Argument(help: .init("The theme's number or name.", valueName: "theme")) var theme: String
    @Option(help: .init("What the problem is.", valueName: "text")) var what: String?
    @Option(help: .init("Who is involved.", valueName: "text")) var who: String?
    @Option(name: .customLong("where"), help: .init("Where it plays.", valueName: "text")) var place: String?
    @Option(name: .customLong("when"), help: .init("When it plays.", valueName: "text")) var time: String?
    @Option(help: .init("Why it matters.", valueName: "text")) var why: String?
    @Option(help: .init("When, YYYY-MM-DD (default today).", valueName: "date")) var date: String?

    func run(in context: CommandContext) throws -> Output {
        let d = try Day.given(date)
        try context.change { w in try w.frameTheme(theme, what: what, who: who, where: place, when: time, why: why, date: d) }
        return .message("theme \(theme) framed")
    }
}

