import ArgumentParser
import VeldwerkCore
import VeldwerkStore

struct TimePieCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timepie", abstract: "Time pies: a person's, a role's or a vacancy's tasks with the share of time each takes.",
        subcommands: [TimePieSet.self, TimePieCompare.self, TimePieHistory.self], defaultSubcommand: TimePieSet.self)
}

/// How the prompt names a pie's subject: the pseudonym, or the role (as a whole or vacant) in its team.
private func subjectLabel(_ pie: TimePieInfo) -> String {
    switch pie.subject {
    case .participant(let p): return p
    case .role(let r): return "role \(r), \(pie.team)"
    case .vacancy(let r): return "vacancy \(r), \(pie.team)"
    }
}

/// One row per slice, the pie's subject and date on its first row only.
private func sliceRows(_ pies: [TimePieInfo]) -> [[Value]] {
    pies.flatMap { pie in
        pie.slices.enumerated().map { i, s -> [Value] in
            [i == 0 ? .text(subjectLabel(pie)) : .null, i == 0 ? .text(pie.date.isEmpty ? "undated" : pie.date) : .null,
             .text(s.task), .number(s.percent, decimals: 1), .bar(s.percent / 100)]
        }
    }
}

private let pieColumns = [Column("who"), Column("date"), Column("task"), Column("percent", "%", numeric: true), Column("bar", "")]

struct TimePieSet: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "set", abstract: "Record a time pie on a day (the shares add up to 100); earlier pies are kept.",
        discussion: """
            SUBJECT is a participant, or with --team a role in that team as a whole, or with
            --team and --vacancy a vacant post. A pie of the same subject on the same day is replaced.
            Examples:
              timepie AMF-WOE-01 --date 2022-07-12 "portefeuillewerk":50 "invallen voor wijkagenten":30 "diensten":20
              timepie WOE --team Almere --vacancy --date 2024-01-08 "personeelszorg":60 "casusregie":40
            """)

    @Argument(help: .init("A participant, or a role with --team.", valueName: "subject")) var subject: String
    @Argument(help: .init("\"TASK\":PERCENT", valueName: "slice")) var slices: [String]
    @Option(help: .init("When the pie was drawn, YYYY-MM-DD (default today).", valueName: "date")) var date: String?
    @Option(help: "Makes SUBJECT a role in this team.") var team: String?
    @Flag(help: "The role's post is vacant: the pie shows how its work is covered.") var vacancy = false
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let parsed = try TimePie.parse(slices)
        let on = try Day.given(date)
        let pie = try context.change { w in try w.setTimePie(subject: subject, team: team, vacancy: vacancy, on: on, slices: parsed) }
        return .table(Table(name: "timepie", columns: pieColumns, rows: sliceRows([pie]), emptyNote: ""))
    }
}

struct TimePieCompare: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "compare", abstract: "A team's time pies side by side: each subject's pie in force on a day.",
        discussion: "Example:\n  timepie compare Almere --date 2024-06-30")

    @Argument(help: "The team's name or code.") var team: String
    @Option(help: .init("The day, YYYY-MM-DD (default today).", valueName: "date")) var date: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let on = try Day.given(date)
        let pies = try context.read { r in try r.timePies(team: try r.team(named: team).name, on: on.description) }
        return .table(Table(name: "timepies", columns: pieColumns, rows: sliceRows(pies),
                            emptyNote: "no time pies for \(team) by \(on); draw one with 'timepie SUBJECT --date YYYY-MM-DD \"TASK\":PERCENT ...'"))
    }
}

struct TimePieHistory: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "history", abstract: "Every time pie a team has, oldest first.",
        discussion: "Example:\n  timepie history Utrecht-Zuid")

    @Argument(help: "The team's name or code.") var team: String
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let pies = try context.read { r in try r.timePieHistory(team: try r.team(named: team).name) }
        return .table(Table(name: "timepies", columns: pieColumns, rows: sliceRows(pies), emptyNote: "no time pies for \(team) yet"))
    }
}
