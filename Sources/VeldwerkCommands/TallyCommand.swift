import ArgumentParser
import VeldwerkCore
import VeldwerkStore

struct TallyCommand: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "tally",
        abstract: "The focus group's tally, recomputed from the stored votes: recognition, pies, consensus, agreement.",
        discussion: """
            score: sum of individual slice shares (1.00 = one whole pie). share: of all individual
            pie. Subgroup columns: each consensus share. gap: individual share minus consensus share.
            A flag marks items most of a subgroup chose that its consensus dropped. W: Kendall's W
            among individuals, corrected for ties (unranked items share the remaining rank).
            Example:
              tally 1
            """)

    @Argument(help: .init("The focus group id.", valueName: "focusgroup")) var focusGroup: Int64
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let input = try context.read { try $0.tallyInput(focusGroup) }
        context.currentFocusGroup = focusGroup
        let tally = Tally(items: input.items, subgroups: input.subgroups, recognitions: input.recognitions, ballots: input.ballots)
        let groups = input.subgroups.map(\.name)
        let progress = Record(name: "progress", fields: [
            ("participants", "participants", .int(tally.participants)),
            ("recognised", "recognised", .text("\(tally.recognisedBy) of \(tally.participants)")),
            ("voted", "voted", .text("\(tally.voted) of \(tally.participants)")),
            ("consensus", "consensus", .text("\(tally.consensusCount) of \(tally.subgroupCount) subgroups")),
            ("kendallW", "Kendall's W", tally.kendallW.map { .statistic($0, decimals: 3) } ?? .null),
        ])
        var columns = [Column("rank", "#", numeric: true), Column("item", numeric: true), Column("label"),
                       Column("recognised", numeric: true), Column("recognisedShare", "rec %", numeric: true),
                       Column("score", numeric: true), Column("bar", ""), Column("slicedBy", "by", numeric: true),
                       Column("share", "share %", numeric: true)]
        columns += groups.map { Column("consensus:\($0)", $0, numeric: true) }
        columns += [Column("gap", numeric: true), Column("flag")]
        let maxScore = tally.lines.map(\.individualScore).max() ?? 0
        let rows: [[Value]] = tally.lines.map { l in
            var row: [Value] = [.int(l.rank), .int(l.number), .text(l.label), .int(l.recognised), .fixed(l.recognisedShare * 100, decimals: 0),
                                .fixed(l.individualScore, decimals: 2), .bar(maxScore > 0 ? l.individualScore / maxScore : 0), .int(l.slicedBy),
                                .fixed(l.individualShare * 100, decimals: 1)]
            row += groups.map { g in (l.consensus[g] ?? nil).map { .fixed($0 * 100, decimals: 0) } ?? .null }
            row += [.fixed((l.individualShare - l.consensusShare) * 100, decimals: 1),
                    .text(l.droppedBy.isEmpty ? "" : "dropped by \(l.droppedBy.joined(separator: ", "))")]
            return row
        }
        let pies = Table(
            name: "consensus",
            columns: [Column("subgroup"), Column("members", numeric: true), Column("pie")],
            rows: input.subgroups.map { g in
                [.text(g.name), .int(g.members.count), g.consensus.map { .pie($0.map { ($0.item, $0.share) }) } ?? .text("no consensus yet")]
            }, emptyNote: "no subgroups")
        return .sections([.record(progress), .table(Table(name: "items", columns: columns, rows: rows, emptyNote: "no items")), .table(pies)])
    }
}

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme", abstract: "Validated development themes per team: list, show, sharpen, merge, split, frame.",
        subcommands: [ThemeList.self, ThemeShow.self, ThemeAdd.self, ThemeRename.self, ThemeMerge.self, ThemeSplit.self, ThemeFrame.self])
}

struct ThemeAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Add a theme that a session crystallised, outside a focus group; prints its number.",
        discussion: """
            It gets the same history, 5W frame and plan as a theme the plenary chose; the export
            says which session it came from and why.
            Example:
              theme add Amersfoort "Overdracht na de acute fase" --session 3 --reason "kwam in beide casussen terug"
            """)

    @Argument(help: .init("The team.", valueName: "team")) var team: String
    @Argument(help: .init("The theme's name.", valueName: "name")) var name: String
    @Option(help: .init("The session it came from.", valueName: "session")) var session: Int64
    @Option(help: .init("Why it became a theme.", valueName: "text")) var reason: String

    func run(in context: CommandContext) throws -> Output {
        let id = try context.change { w in try w.addSessionTheme(team: team, name: name, session: session, reason: reason, date: nil) }
        return .message("theme \(id)")
    }
}

struct ThemeList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "The team's current themes and its earlier decisions.", discussion: "Example:\n  theme list Amersfoort")

    @Argument(help: "The team.") var team: String
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let (themes, decisions) = try context.read { r in (try r.themes(team: team), try r.decisions(team: team)) }
        let current = Table(name: "themes", columns: [Column("position", "#", numeric: true), Column("id", "theme", numeric: true), Column("name"),
                                                       Column("focusGroup", "fg", numeric: true), Column("item", numeric: true), Column("session", numeric: true), Column("codes")],
                            rows: themes.map { t in
                                [.int(t.position), .int(Int(t.id)), .text(t.name), t.focusGroup.map { .int(Int($0)) } ?? .null, t.item.map(Value.int) ?? .null,
                                 t.session.map { .int(Int($0)) } ?? .null, .list(t.codes)]
                            },
                            emptyNote: "no validated themes yet; the plenary decides them with 'prioritise \(team) ITEM...'")
        let history = Table(name: "decisions", columns: [Column("id", "decision", numeric: true), Column("at"), Column("themes"), Column("note")],
                            rows: decisions.map { [.int(Int($0.id)), .text($0.at), .list($0.themes), $0.note.map(Value.text) ?? .null] },
                            emptyNote: "")
        return decisions.count > 1 ? .sections([.table(current), .table(history)]) : .table(current)
    }
}
