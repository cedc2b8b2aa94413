import ArgumentParser

/// A command of the prompt: declared once with swift-argument-parser, so parsing, usage, help
/// and Tab completion all come from the same declaration.
public protocol PromptCommand: ParsableCommand {
    func run(in context: CommandContext) throws -> Output
}

extension PromptCommand {
    /// Prompt commands run through ``run(in:)``; this keeps ArgumentParser's entry point unused.
    public func run() throws {}
}

/// `--json` for commands that print tables or reports.
public struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of text.")
    public var json = false

    public init() {}
}

/// A command whose output can be asked for as JSON with `--json`.
public protocol ReportingCommand: PromptCommand {
    var output: OutputOptions { get }
}
