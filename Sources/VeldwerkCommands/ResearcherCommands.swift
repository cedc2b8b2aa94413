import ArgumentParser
import VeldwerkCore

struct ResearcherCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "researcher",
        abstract: "The study team: interviewers, coders, facilitators.",
        subcommands: [ResearcherAdd.self, ResearcherList.self])
}

struct ResearcherAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Add a researcher.", discussion: "Example:\n  researcher add Noor")

    @Argument(help: "The researcher's name.") var researcher: String

    func run(in context: CommandContext) throws -> Output {
        let added = try context.change { w in try w.addResearcher(name: researcher) }
        return .message("researcher \(added.name)")
    }
}

struct ResearcherList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "List the researchers.", discussion: "Example:\n  researcher list")

    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let all = try context.read { try $0.researchers() }
        let current = context.researcher?.lowercased()
        return .table(Table(
            name: "researchers",
            columns: [Column("name", "researcher"), Column("current")],
            rows: all.map { [.text($0.name), .text($0.name.lowercased() == current ? "*" : "")] },
            emptyNote: "no researchers yet; add one with 'researcher add NAME'"))
    }
}

struct AsCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "as",
        abstract: "Act as a researcher: the coder and author of what follows.",
        discussion: "Example:\n  as Noor")

    @Argument(help: "The researcher's name.") var researcher: String

    func run(in context: CommandContext) throws -> Output {
        let found = try context.read { try $0.researcher(named: researcher) }
        context.researcher = found.name
        return .message("acting as \(found.name)")
    }
}
