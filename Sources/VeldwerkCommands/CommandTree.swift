import ArgumentParser

/// The root of the prompt's command language. Its name is empty so usage reads as typed at the
/// prompt (`team add <team> ...`). The groups follow the phases of the research.
public struct PromptRoot: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "",
        abstract: "Veldwerk: action research from interview to development plan.",
        groupedSubcommands: [
            CommandGroup(name: "Project and people", subcommands: [
                TeamCommand.self, RoleCommand.self, ParticipantCommand.self, ResearcherCommand.self, AsCommand.self, ConsentCommand.self,
            ]),
            CommandGroup(name: "Explore: interviews, transcripts and coding", subcommands: [
                InterviewCommand.self, TranscriptCommand.self, CodebookCommand.self, CodeCommand.self, UncodeCommand.self,
                AutocodeCommand.self, SegmentsCommand.self, SearchCommand.self, MatrixCommand.self, AgreementCommand.self,
            ]),
            CommandGroup(name: "From codes to the A4 sheet", subcommands: [
                CandidatesCommand.self, A4Command.self,
            ]),
            CommandGroup(name: "Feed back: focus groups and taartpunten", subcommands: [
                FocusGroupCommand.self, SubgroupCommand.self, RecogniseCommand.self, PieCommand.self, ConsensusCommand.self,
                MergeCommand.self, TallyCommand.self, PrioritiseCommand.self,
            ]),
            CommandGroup(name: "Pages for the room: phones, board, team review", subcommands: [
                VoteCommand.self, BoardCommand.self, ReviewCommand.self,
            ]),
            CommandGroup(name: "Concretise: logboek, themes, plans", subcommands: [
                PhaseCommand.self, LogCommand.self, ThemeCommand.self, PlanCommand.self, TimePieCommand.self,
            ]),
            CommandGroup(name: "Act: sessions, feedback, case learning", subcommands: [
                FieldSessionCommand.self, FeedbackCommand.self, CaseCommand.self,
            ]),
            CommandGroup(name: "Out", subcommands: [
                TextCommand.self, SynthesisCommand.self, ExportCommand.self, PrivacyCommand.self,
            ]),
            CommandGroup(name: "Exchange and merge", subcommands: [
                ProjectCommand.self,
            ]),
            CommandGroup(name: "Always", subcommands: [
                HistoryCommand.self, UndoCommand.self, RedoCommand.self, HelpCommand.self, QuitCommand.self,
            ]),
        ])

    public init() {}
}
