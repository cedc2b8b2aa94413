import ArgumentParser
import VeldwerkCore
import VeldwerkStore

struct PhaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phase", abstract: "A team's phases (verkennen, terugkoppelen, concretiseren, implementeren, afronden) with dates.",
        subcommands: [PhaseSet.self, PhaseList.self], defaultSubcommand: PhaseSet.self)
}

struct PhaseSet: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "set", abstract: "Set when a team's phase began and, once over, ended.",
        discussion: """
            Setting a phase again moves its dates. 'export TEAM --as-of DATE' writes the team's text
            as it stood on a day, and names the phase the team was in.
            Example:
              phase Amersfoort concretiseren --from 2023-02-01 --to 2023-05-31
            """)

    @Argument(help: "The team's name or code.") var team: String
    @Argument(help: "verkennen, terugkoppelen, concretiseren, implementeren or afronden.",
              completion: .list(Phase.allCases.map(\.rawValue))) var phase: String
    @Option(help: .init("First day, YYYY-MM-DD.", valueName: "date")) var from: String
    @Option(help: .init("Last day, YYYY-MM-DD (leave out while it lasts).", valueName: "date")) var to: String?

    func run(in context: CommandContext) throws -> Output {
        let p = try Phase.parse(phase), start = try Day(parsing: from), end = try to.map { try Day(parsing: $0) }
        let span = try context.change { w in try w.setPhase(team: team, phase: p, from: start, to: end) }
        return .message("\(span.phase.rawValue): \(span.from) – \(span.to ?? "under way")")
    }
}

struct PhaseList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "The phases of one team or of all.", discussion: "Example:\n  phase list Almere")

    @Argument(help: "The team's name or code (default: all teams).") var team: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let rows = try context.read { r -> [[Value]] in
            let teams = try team.map { [try r.team(named: $0).name] } ?? r.teams().map(\.name)
            return try teams.flatMap { t in
                try r.phases(team: t).map { [.text(t), .text($0.phase.rawValue), .text($0.from), $0.to.map(Value.text) ?? .null] }
            }
        }
        return .table(Table(name: "phases", columns: [Column("team"), Column("phase"), Column("from"), Column("to")], rows: rows,
                            emptyNote: "no phases yet; 'phase TEAM verkennen --from YYYY-MM-DD'"))
    }
}
