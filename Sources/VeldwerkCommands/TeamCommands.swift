import ArgumentParser
import VeldwerkCore
import VeldwerkStore

struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Basisteams: their size, areas and portfolios.",
        subcommands: [TeamAdd.self, TeamEdit.self, TeamList.self, TeamShow.self])
}

struct TeamAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add",
        abstract: "Add a basisteam.",
        discussion: """
            The team's code (used in pseudonyms such as AMF-WOE-01) comes from its name unless --code gives it.
            Example:
              team add Amersfoort --code AMF --fte 190 --area-kind GGG --areas "Noord,Noord-Oost,Oost,Soesterkwartier,Binnenstad,Zuid"
            """)

    @Argument(help: "The team's name.") var team: String
    @Option(help: "Short letters for pseudonyms, e.g. AMF.") var code: String?
    @Option(help: "Size of the team in full-time equivalents.") var fte: PlainNumber?
    @Option(help: .init("What the team calls its areas, e.g. GGG or cluster.", valueName: "kind")) var areaKind: String?
    @Option(help: .init("Comma-separated area names.", valueName: "list")) var areas: String?
    @Option(help: .init("Comma-separated portfolios (portefeuilles).", valueName: "list")) var portfolios: String?

    func run(in context: CommandContext) throws -> Output {
        let areas = try Names.list(self.areas, what: "area")
        let portfolios = try Names.list(self.portfolios, what: "portfolio")
        let added = try context.change { w in
            try w.addTeam(name: team, code: code, fte: fte?.value, areaKind: areaKind, areas: areas, portfolios: portfolios)
        }
        return .message("team \(added.name) (\(added.code))")
    }
}

struct TeamList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "List the teams.", discussion: "Example:\n  team list --json")

    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let (teams, counts) = try context.read { r in
            let teams = try r.teams()
            return (teams, try teams.map { try r.roleCounts(team: $0) })
        }
        let rows: [[Value]] = zip(teams, counts).map { team, roles in
            [.text(team.name), .text(team.code), team.fte.map { .number($0, decimals: 1) } ?? .null,
             .int(team.areas.count), .int(team.portfolios.count),
             .int(roles.reduce(0) { $0 + $1.participants }), .int(roles.reduce(0) { $0 + $1.interviews })]
        }
        return .table(Table(
            name: "teams",
            columns: [Column("name", "team"), Column("code"), Column("fte", numeric: true), Column("areas", numeric: true),
                      Column("portfolios", numeric: true), Column("participants", numeric: true), Column("interviews", numeric: true)],
            rows: rows, emptyNote: "no teams yet; add one with 'team add NAME'"))
    }
}

struct TeamShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "Show one team with its areas, portfolios and people per role.",
        discussion: """
            People are counted where they stand on the day (--as-of, default today); roles carry
            the team's own name for them where it has one.
            Example:
              team show Utrecht-Zuid --as-of 2022-10-31
            """)

    @Argument(help: "The team's name or code.") var team: String
    @Option(help: .init("The day, YYYY-MM-DD (default today).", valueName: "date")) var asOf: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let day = try Day.given(asOf).description
        let (t, roles, allWoe, phases) = try context.read { r in
            let t = try r.team(named: team)
            return (t, try r.roleCounts(team: t, on: day), try r.woePositions(team: t.name), try r.phases(team: t.name))
        }
        let woe = allWoe.filter { $0.date <= day }
        var record = Record(name: "team", fields: [
            ("name", "team", .text(t.name)),
            ("code", "code", .text(t.code)),
            ("fte", "fte", t.fte.map { .number($0, decimals: 1) } ?? .null),
            ("areaKind", "area kind", t.areaKind.map(Value.text) ?? .null),
            ("areas", "areas", .list(t.areas)),
            ("portfolios", "portfolios", .list(t.portfolios)),
            ("woePosition", "WOE position", (woe.last?.text ?? (allWoe.isEmpty ? t.woePosition : nil)).map(Value.text) ?? .null),
        ])
        if !phases.isEmpty {
            record.fields.append(("phase", "phase", PhaseSpan.current(phases, on: day).map { .text($0.phase.rawValue) } ?? .null))
        }
        let table = Table(
            name: "roles",
            columns: [Column("role"), Column("participants", numeric: true), Column("interviews", numeric: true)],
            rows: roles.map { [.text($0.role), .int($0.participants), .int($0.interviews)] },
            emptyNote: "no participants yet; add them with 'participant add --team \(t.name) --role ROLE'")
        var sections: [Output] = [.record(record), .table(table)]
        if !phases.isEmpty {
            sections.append(.table(Table(name: "phases", columns: [Column("phase"), Column("from"), Column("to")],
                                         rows: phases.map { [.text($0.phase.rawValue), .text($0.from), $0.to.map(Value.text) ?? .null] }, emptyNote: "")))
        }
        // The whole history, positions dated after the day included.
        if allWoe.count > 1 {
            sections.append(.table(Table(name: "woePositions", columns: [Column("from"), Column("position", "WOE position")],
                                         rows: allWoe.map { [.text($0.date.isEmpty ? "start" : $0.date), .text($0.text)] }, emptyNote: "")))
        }
        return .sections(sections)
    }
}

struct TeamEdit: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "edit", abstract: "Change a team's size, areas, portfolios or how its WOE is positioned.",
        discussion: "Example:\n  team edit Amersfoort --woe-position \"gekoppeld aan een GGG, coachende rol, geen personeelszorg\"")

    @Argument(help: "The team's name or code.") var team: String
    @Option(help: "Size in full-time equivalents.") var fte: PlainNumber?
    @Option(help: .init("What the team calls its areas.", valueName: "kind")) var areaKind: String?
    @Option(help: .init("Comma-separated areas (replaces the list).", valueName: "list")) var areas: String?
    @Option(help: .init("Comma-separated portfolios (replaces the list).", valueName: "list")) var portfolios: String?
    @Option(help: .init("How the WOE is positioned in this team.", valueName: "text")) var woePosition: String?
    @Option(help: .init("From when the WOE position holds, YYYY-MM-DD (default today); earlier ones are kept.", valueName: "date")) var date: String?

    func run(in context: CommandContext) throws -> Output {
        let areas = try self.areas.map { try Names.list($0, what: "area") }
        let portfolios = try self.portfolios.map { try Names.list($0, what: "portfolio") }
        guard fte != nil || areaKind != nil || areas != nil || portfolios != nil || woePosition != nil else {
            throw VeldwerkError("nothing to change; give --fte, --area-kind, --areas, --portfolios or --woe-position")
        }
        if date != nil && woePosition == nil { throw VeldwerkError("--date dates a WOE position; give --woe-position too") }
        let woeFrom = try date.map { try Day(parsing: $0) }
        let t = try context.change { w in try w.editTeam(team, fte: fte?.value, areaKind: areaKind, areas: areas, portfolios: portfolios, woePosition: woePosition, woeFrom: woeFrom) }
        return .message("team \(t.name) changed")
    }
}
