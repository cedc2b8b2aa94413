import ArgumentParser
import Foundation
import VeldwerkCore
import VeldwerkExport
import VeldwerkStore

// What exports may say about people: the role threshold, consent to be quoted, and a check of
// what one team's export would reveal.

struct ConsentCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "consent", abstract: "Whether a participant's words may be quoted in exports (their codings count either way).",
        discussion: "Example:\n  consent AMF-TC-01 --quotes no")

    @Argument(help: .init("The pseudonym.", valueName: "participant")) var participant: String
    @Option(help: .init("yes or no.", valueName: "yes|no"), completion: .list(["yes", "no"])) var quotes: String

    func run(in context: CommandContext) throws -> Output {
        let allowed: Bool
        switch quotes.lowercased() {
        case "yes", "ja": allowed = true
        case "no", "nee": allowed = false
        default: throw VeldwerkError("--quotes takes yes or no")
        }
        try context.change { w in try w.setQuoteConsent(participant, allowed: allowed) }
        return .message(allowed ? "\(participant) may be quoted" : "\(participant)'s words stay out of every export; their codings still count")
    }
}

struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy", abstract: "What exports reveal about people: the role threshold, and a check per team.",
        subcommands: [PrivacyThreshold.self, PrivacyCheck.self])
}

struct PrivacyThreshold: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "threshold", abstract: "The least number of a team's participants in a role before exports name the role.",
        discussion: "Below it a quote reads 'colleague, TEAM' and counts fold into 'other roles'.\nExample:\n  privacy threshold 3")

    @Argument(help: .init("People, 1 to 100 (3 unless set).", valueName: "n")) var n: Int?

    func run(in context: CommandContext) throws -> Output {
        guard let n else { return .message("roles are named where at least \(try context.read { try $0.privacyThreshold() }) of a team hold them") }
        try context.change { w in try w.setPrivacyThreshold(n) }
        return .message("roles are named where at least \(n) of a team hold them")
    }
}

struct PrivacyCheck: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "check", abstract: "What an export of the team would reveal: small roles, names replaced, quotes withheld.",
        discussion: "Example:\n  privacy check Amersfoort")

    @Argument(help: .init("The team.", valueName: "team")) var team: String
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let (report, raw, people) = try context.read { r -> (PrivacyReport, String, [Participant]) in
            let name = try r.team(named: team).name
            return (try r.privacyReport(team: name), try MarkdownReport.render(r.teamReport(name), language: .nl),
                    try r.participants().filter { $0.realName != nil })
        }
        // Each real name that appears in the unscrubbed text, by the pseudonym it belongs to.
        let replaced: [(String, Int)] = people.compactMap { p in
            let marker = "\u{1}"
            let scrubbed = NameScrubber(realNames: [p.realName!], marker: marker).scrub(raw)
            let n = scrubbed.components(separatedBy: marker).count - 1
            return n > 0 ? (p.pseudonym, n) : nil
        }
        return .sections([
            .record(Record(name: "rule", fields: [("threshold", "roles named from", .text("\(report.threshold) people"))])),
            .table(Table(name: "smallRoles", columns: [Column("role"), Column("holders", "people", numeric: true), Column("export says")],
                         rows: report.smallRoles.map { [.text($0.role), .int($0.holders), .text("colleague / other roles")] },
                         emptyNote: "every role is held by at least \(report.threshold)")),
            .table(Table(name: "namesReplaced", columns: [Column("participant"), Column("places", numeric: true)],
                         rows: replaced.map { [.text($0.0), .int($0.1)] }, emptyNote: "no real name occurs in the text")),
            .table(Table(name: "quotesWithheld", columns: [Column("participant"), Column("segments", numeric: true)],
                         rows: report.withheld.map { [.text($0.pseudonym), .int($0.segments)] }, emptyNote: "everyone may be quoted")),
        ])
    }
}
