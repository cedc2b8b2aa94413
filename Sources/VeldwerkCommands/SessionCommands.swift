import ArgumentParser
import VeldwerkCore

struct HelpCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "help",
        abstract: "List the commands by phase, or show how to use one.",
        discussion: "Example:\n  help participant add")

    @Argument(help: .init("A command, e.g. 'team add'.", valueName: "command")) var topic: [String] = []

    func run(in context: CommandContext) throws -> Output {
        .text(try CommandCatalog.help(for: topic))
    }
}

struct QuitCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "quit", abstract: "Leave Veldwerk (Ctrl-D does the same).", aliases: ["exit"])

    func run(in context: CommandContext) throws -> Output {
        context.wantsQuit = true
        return .none
    }
}
