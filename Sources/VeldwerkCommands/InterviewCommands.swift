import ArgumentParser
import VeldwerkCore

struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Individual interviews with participants.",
        subcommands: [InterviewAdd.self, InterviewList.self])
}

struct InterviewAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add",
        abstract: "Record an interview; prints its id.",
        discussion: """
            The interviewer defaults to the current researcher (see 'as').
            Example:
              interview add AMF-WOE-01 --date 2024-03-18 --interviewer Noor
            """)

    @Argument(help: "The participant's pseudonym.") var participant: String
    @Option(help: .init("The day of the interview, YYYY-MM-DD.", valueName: "date")) var date: String
    @Option(help: .init("Who held the interview.", valueName: "researcher")) var interviewer: String?

    func run(in context: CommandContext) throws -> Output {
        let day = try Day(parsing: date)
        let who = interviewer ?? context.researcher
        let added = try context.change { w in try w.addInterview(participant: participant, date: day, interviewer: who) }
        return .message(String(added.id))
    }
}

struct InterviewList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "List interviews by date.",
        discussion: "Example:\n  interview list --team Utrecht-Zuid")

    @Option(help: "Only this team.") var team: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let all = try context.read { try $0.interviews(team: team) }
        return .table(Table(
            name: "interviews",
            columns: [Column("id", numeric: true), Column("date"), Column("participant"), Column("team"), Column("role"), Column("interviewer")],
            rows: all.map { [.int(Int($0.id)), .text($0.date.description), .text($0.participant), .text($0.team),
                             .text($0.role), $0.interviewer.map(Value.text) ?? .null] },
            emptyNote: "no interviews yet; add one with 'interview add PARTICIPANT --date YYYY-MM-DD'"))
    }
}
