import ArgumentParser
import Foundation
import VeldwerkCore
import VeldwerkStore

// The team's own words around the generated evidence, the review of the text with the team,
// and conclusions across the teams.

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text", abstract: "The team's own sections of its text: introduction, per theme, 'Aan de slag'.",
        subcommands: [TextSet.self, TextEdit.self, TextShow.self])
}

/// What a SECTION argument may be, for help.
private let sectionHelp = ArgumentHelp("inleiding, aan-de-slag, or a theme number.", valueName: "section")

struct TextSet: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "set", abstract: "Set one of the team's sections (an empty text removes it); the export places it around the evidence.",
        discussion: """
            A blank line starts a new paragraph. Every version is kept by its --date, so
            'export TEAM --as-of DATE' shows the text as it stood then.
            Example:
              text set Amersfoort inleiding "Amersfoort (190 fte) werkt met drie WOE's in vier wijken."
            """)

    @Argument(help: .init("The team.", valueName: "team")) var team: String
    @Argument(help: sectionHelp) var section: String
    @Argument(help: .init("The text.", valueName: "text")) var text: String
    @Option(help: .init("The day this version was written for, YYYY-MM-DD (default today).", valueName: "date")) var date: String?

    func run(in context: CommandContext) throws -> Output {
        let on = try date.map { try Day(parsing: $0) }
        let key = try context.change { w in try w.setTeamText(team: team, section: section, text: text, on: on) }
        return .message(text.trimmingWhitespace().isEmpty ? "\(key) removed" : "\(key) set")
    }
}

struct TextEdit: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "edit", abstract: "Write one of the team's sections in $EDITOR, starting from what is there.",
        discussion: "Example:\n  text edit Amersfoort aan-de-slag")

    @Argument(help: .init("The team.", valueName: "team")) var team: String
    @Argument(help: sectionHelp) var section: String
    @Option(help: .init("The day this version was written for, YYYY-MM-DD (default today).", valueName: "date")) var date: String?

    func run(in context: CommandContext) throws -> Output {
        let on = try date.map { try Day(parsing: $0) }
        let current = try context.read { r -> String in
            let texts = try r.teamTexts(team: team)
            let key = ["inleiding", "introduction"].contains(section.lowercased()) ? "inleiding"
                : ["aan-de-slag", "getting-started"].contains(section.lowercased()) ? "aan-de-slag" : "theme:\(section)"
            return texts[key] ?? ""
        }
        let written = try ExternalEditor.edit(current)
        let key = try context.change { w in try w.setTeamText(team: team, section: section, text: written, on: on) }
        return .message(written.trimmingWhitespace().isEmpty ? "\(key) removed" : "\(key) set")
    }
}

struct TextShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "The team's own sections as they stand.", discussion: "Example:\n  text show Amersfoort")

    @Argument(help: .init("The team.", valueName: "team")) var team: String
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let (texts, reviews) = try context.read { r in (try r.teamTexts(team: team), try r.teamReviews(team: team)) }
        return .sections([
            .table(Table(name: "sections", columns: [Column("section"), Column("text")],
                         rows: texts.sorted { $0.key < $1.key }.map { [.text($0.key), .text($0.value)] },
                         emptyNote: "no sections yet; 'text set \(team) inleiding \"...\"' writes one")),
            .table(Table(name: "reviews", columns: [Column("date"), Column("with"), Column("note")],
                         rows: reviews.map { [.text($0.date), .list($0.roles), $0.note.map(Value.text) ?? .null] }, emptyNote: "")),
        ])
    }
}

struct ReviewRecord: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "record", abstract: "Record that the text was reviewed with the team: date, roles present, note.",
        discussion: """
            The export says so at its end (roles as the privacy rule allows).
            Example:
              review record Amersfoort --date 2024-03-12 --with teamchef WOE OE --note "twee passages aangescherpt"
            """)

    @Argument(help: .init("The team.", valueName: "team")) var team: String
    @Option(help: .init("The day, YYYY-MM-DD.", valueName: "date")) var date: String
    @Option(parsing: .upToNextOption, help: .init("The roles present.", valueName: "role")) var with: [String] = []
    @Option(help: .init("What came of it.", valueName: "text")) var note: String?

    func run(in context: CommandContext) throws -> Output {
        let day = try Day(parsing: date)
        try context.change { w in try w.addTeamReview(team: team, date: day, roles: with, note: note) }
        return .message("review of \(team)'s text on \(day) recorded")
    }
}

struct SynthesisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthesis", abstract: "Conclusions and recommendations across the teams; the index export shows them.",
        subcommands: [SynthesisAdd.self, SynthesisList.self])
}

struct SynthesisAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Add a conclusion or recommendation, with the teams it rests on; prints its number.",
        discussion: """
            Example:
              synthesis add conclusion "De positie van de WOE verschilt per team" --teams Amersfoort Utrecht-Zuid
            """)

    @Argument(help: .init("conclusion or recommendation.", valueName: "kind"), completion: .list(["conclusion", "recommendation"])) var kind: String
    @Argument(help: .init("The text.", valueName: "text")) var text: String
    @Option(parsing: .upToNextOption, help: .init("The teams it rests on.", valueName: "team")) var teams: [String] = []

    func run(in context: CommandContext) throws -> Output {
        let id = try context.change { w in try w.addSynthesis(kind: kind.lowercased(), text: text, teams: teams) }
        return .message("\(kind.lowercased()) \(id)")
    }
}

struct SynthesisList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "The conclusions and recommendations.", discussion: "Example:\n  synthesis list")

    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let all = try context.read { try $0.syntheses() }
        return .table(Table(name: "synthesis", columns: [Column("id", numeric: true), Column("kind"), Column("text"), Column("teams")],
                            rows: all.map { [.int(Int($0.id)), .text($0.kind), .text($0.text), .list($0.teams)] },
                            emptyNote: "none yet; 'synthesis add conclusion \"...\" --teams TEAM...' adds one"))
    }
}
