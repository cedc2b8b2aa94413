import ArgumentParser
import VeldwerkCore
import VeldwerkStore

struct AgreementCommand: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "agreement",
        abstract: "Agreement between two coders on the transcripts both coded: percentage, Cohen's kappa, Krippendorff's alpha.",
        discussion: """
            The unit is the character. Per code: the share of characters both coders treated alike
            and Cohen's kappa (p_e = sum of p_A * p_B per category) over the whole text of the shared
            transcripts, and the same counting only characters at least one coder gave that code.
            Overall: Krippendorff's alpha (nominal), each character's value being the set of codes
            a coder gave it.
            Example:
              agreement Noor Sem --code Rolduidelijkheid
            """)

    @Argument(help: .init("The first coder.", valueName: "researcher")) var first: String
    @Argument(help: .init("The second coder.", valueName: "researcher")) var second: String
    @Option(help: .init("Only this code.", valueName: "code")) var code: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let data = try context.read { try $0.agreementData(first, second, code: code) }
        guard !data.lengths.isEmpty else {
            throw VeldwerkError("\(first) and \(second) have not both coded any transcript; agreement needs shared transcripts")
        }
        let report = Agreement.report(lengths: data.lengths, a: data.a, b: data.b, codes: data.codes.map(\.0))
        let names = Dictionary(uniqueKeysWithValues: data.codes)
        func stat(_ x: Double?) -> Value { x.map { .statistic($0, decimals: 3) } ?? .null }
        let table = Table(
            name: "codes",
            columns: [Column("code"), Column("charsA", "\(first) chars", numeric: true), Column("charsB", "\(second) chars", numeric: true),
                      Column("agreement", "% agree", numeric: true), Column("kappa", numeric: true),
                      Column("agreementCoded", "% agree (coded)", numeric: true), Column("kappaCoded", "kappa (coded)", numeric: true)],
            rows: report.codes.map { l in
                [.text(names[l.code] ?? "?"), .int(l.charactersA), .int(l.charactersB), l.percent.map { .fixed($0 * 100, decimals: 1) } ?? .null,
                 stat(l.kappa), l.percentCoded.map { .fixed($0 * 100, decimals: 1) } ?? .null, stat(l.kappaCoded)]
            },
            emptyNote: "no codes to compare")
        let summary = Record(name: "overall", fields: [
            ("coders", "coders", .list([first, second])),
            ("transcripts", "shared transcripts", .int(report.documents)),
            ("characters", "characters", .int(report.characters)),
            ("alpha", "Krippendorff's alpha", stat(report.alpha)),
        ])
        return .sections([.record(summary), .table(table)])
    }
}

struct CandidatesCommand: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "candidates",
        abstract: "Codes ranked as candidate development points for a team, with evidence.",
        discussion: """
            Ranked by how many different participants of the team voiced a tension with the code,
            then by segments with a tension kind, then by how many roles voiced it.
            Example:
              candidates Amersfoort
            """)

    @Argument(help: "The team.") var team: String
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let list = try context.read { try $0.candidates(team: team) }
        return .table(Table(
            name: "candidates",
            columns: [Column("rank", "#", numeric: true), Column("code"), Column("participants", "people", numeric: true),
                      Column("tensionSegments", "tension", numeric: true), Column("segments", numeric: true), Column("roles"),
                      Column("kinds"), Column("evidence")],
            rows: list.enumerated().map { i, c in
                let kinds = c.tensions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                let evidence = c.evidence.map { "“\($0)” — \(c.evidenceBy ?? "")" }
                return [.int(i + 1), .text(c.code), .int(c.participants), .int(c.tensionSegments), .int(c.segments),
                        .list(c.roles), .list(kinds), evidence.map(Value.text) ?? .null]
            },
            emptyNote: "nothing coded yet in transcripts of \(team)'s interviews"))
    }
}

struct A4Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "a4", abstract: "A team's A4 sheet of candidate development points for its focus group.",
        subcommands: [A4Add.self, A4Show.self])
}

struct A4Add: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Put a code on the team's A4 sheet as the next item.",
        discussion: "Example:\n  a4 add Amersfoort \"Coaching van wijkagenten\" \"Hoe coach je wijkagenten zonder leiding te geven?\"")

    @Argument(help: "The team.") var team: String
    @Argument(help: .init("The code.", valueName: "code")) var code: String
    @Argument(help: .init("How the point reads on the sheet (default: the code's name).", valueName: "label")) var label: String?

    func run(in context: CommandContext) throws -> Output {
        let item = try context.change { w in try w.addA4Item(team: team, code: code, label: label) }
        return .message("item \(item.number): \(item.label)")
    }
}

struct A4Show: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "Show a team's A4 sheet.", discussion: "Example:\n  a4 show Amersfoort")

    @Argument(help: "The team.") var team: String
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let items = try context.read { try $0.a4(team: team) }
        return .table(Table(name: "items", columns: [Column("number", "#", numeric: true), Column("label"), Column("code")],
                            rows: items.map { [.int($0.number), .text($0.label), .text($0.code)] },
                            emptyNote: "the A4 sheet of \(team) is empty; 'candidates \(team)' suggests points, 'a4 add' puts them on"))
    }
}
