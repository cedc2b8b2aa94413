import ArgumentParser
import VeldwerkCore
import VeldwerkStore

struct ParticipantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participant",
        abstract: "Officers taking part, known outside the database by pseudonym only.",
        subcommands: [ParticipantAdd.self, ParticipantList.self, ParticipantShow.self, ParticipantMove.self])
}

struct ParticipantAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add",
        abstract: "Add a participant; prints the pseudonym.",
        discussion: """
            The pseudonym is TEAM-ROLE-NN from the team's and role's codes, unless --id gives one.
            A real name is stored for the researchers and shown only with --names.
            Example:
              participant add --team Amersfoort --role WOE --name "Jan de Vries"
            """)

    @Option(help: "The participant's team.") var team: String
    @Option(help: "The participant's role.") var role: String
    @Option(help: .init("Real name, kept private.", valueName: "real name")) var name: String?
    @Option(help: .init("Pseudonym to use instead of a generated one.", valueName: "pseudonym")) var id: String?

    func run(in context: CommandContext) throws -> Output {
        let added = try context.change { w in try w.addParticipant(team: team, role: role, realName: name, pseudonym: id) }
        return .message(added.pseudonym)
    }
}

struct ParticipantList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "List participants by pseudonym.",
        discussion: "Example:\n  participant list --team Amersfoort --role wijkagent")

    @Option(help: "Only this team.") var team: String?
    @Option(help: "Only this role.") var role: String?
    @Option(help: .init("Where people stood on this day, YYYY-MM-DD (default today).", valueName: "date")) var asOf: String?
    @Flag(help: "Also show real names (private).") var names = false
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let day = try Day.given(asOf)
        let (people, interviews) = try context.read { r in
            let people = try r.participants(team: team, role: role, on: day.description)
            let counts = Dictionary(grouping: try r.interviews(), by: \.participant).mapValues(\.count)
            return (people, counts)
        }
        var columns = [Column("pseudonym"), Column("team"), Column("role"), Column("interviews", numeric: true)]
        if names { columns.append(Column("realName", "real name")) }
        let rows: [[Value]] = people.map { p in
            var row: [Value] = [.text(p.pseudonym), .text(p.team), .text(p.role), .int(interviews[p.pseudonym] ?? 0)]
            if names { row.append(p.realName.map(Value.text) ?? .null) }
            return row
        }
        return .table(Table(name: "participants", columns: columns, rows: rows,
                            emptyNote: "no participants match; add one with 'participant add --team TEAM --role ROLE'"))
    }
}

struct ParticipantShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "Show one participant and their interviews.",
        discussion: "Example:\n  participant show AMF-WOE-01")

    @Argument(help: "The pseudonym.") var participant: String
    @Flag(help: "Also show the real name (private).") var names = false
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let (p, interviews, moves) = try context.read { r in
            (try r.participant(participant), try r.interviews(participant: participant), try r.moves(participant: participant))
        }
        var fields: [(key: String, label: String, value: Value)] = [
            ("pseudonym", "pseudonym", .text(p.pseudonym)),
            ("team", "team", .text(p.team)),
            ("role", "role", .text(p.role)),
        ]
        if names { fields.append(("realName", "real name", p.realName.map(Value.text) ?? .null)) }
        let table = Table(
            name: "interviews",
            columns: [Column("id", numeric: true), Column("date"), Column("interviewer")],
            rows: interviews.map { [.int(Int($0.id)), .text($0.date.description), $0.interviewer.map(Value.text) ?? .null] },
            emptyNote: "no interviews yet; add one with 'interview add \(p.pseudonym) --date YYYY-MM-DD'")
        // The history only when there is one: the first state and each dated change after it.
        let history = Table(
            name: "history",
            columns: [Column("from"), Column("team"), Column("role"), Column("portfolio"), Column("area")],
            rows: moves.map { m in
                [.text(m.date.isEmpty ? "start" : m.date), m.team.map(Value.text) ?? .null, m.role.map(Value.text) ?? .null,
                 m.portfolio.map(Value.text) ?? .null, m.area.map(Value.text) ?? .null]
            },
            emptyNote: "")
        return .sections([.record(Record(name: "participant", fields: fields)), .table(table)] + (moves.count > 1 ? [.table(history)] : []))
    }
}

struct ParticipantMove: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "move", abstract: "Record a dated change of a participant's team, role, portfolio or area.",
        discussion: """
            Earlier states are kept: interviews and quotes stay with the team and role the person had
            on the interview's day, and listings with --as-of show where people stood then. The
            pseudonym does not change.
            Example:
              participant move UTZ-OEWA-02 --date 2023-09-01 --role OSA
            """)

    @Argument(help: "The pseudonym.") var participant: String
    @Option(help: .init("When the change took effect, YYYY-MM-DD.", valueName: "date")) var date: String
    @Option(help: "The new team.") var team: String?
    @Option(help: "The new role.") var role: String?
    @Option(help: .init("The new portfolio.", valueName: "portfolio")) var portfolio: String?
    @Option(help: .init("The new area.", valueName: "area")) var area: String?

    func run(in context: CommandContext) throws -> Output {
        let day = try Day(parsing: date)
        let s = try context.change { w in try w.moveParticipant(participant, on: day, team: team, role: role, portfolio: portfolio, area: area) }
        let extra = [s.portfolio, s.area].compactMap { $0 }
        return .message("\(participant.uppercased()) from \(day): \(s.role), \(s.team)" + (extra.isEmpty ? "" : " (\(extra.joined(separator: ", ")))"))
    }
}
