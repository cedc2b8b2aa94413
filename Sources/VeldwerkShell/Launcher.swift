import ArgumentParser
import Foundation
import VeldwerkCommands
import VeldwerkCore
import VeldwerkStore

/// The `veldwerk` program: create a project, or open one at the prompt or for a script.
public enum Launcher {
    /// Runs the program. `serve` runs the pages: `veldwerk-serve` passes it; `veldwerk` passes
    /// nothing and hands `serve` over to `veldwerk-serve` beside it, so the prompt's program
    /// starts without loading the web server.
    public static func main(arguments: [String], serve: ((ServeCommand) -> Int32)? = nil) -> Int32 {
        do {
            var command = try VeldwerkProgram.parseRouted(arguments)
            if var open = command as? OpenProject {
                return open.start()
            }
            if let command = command as? ServeCommand {
                guard let serve else { return try ServerProgram.handOver(arguments) }
                // A folder that holds only its project.vw (the demo) is built first, as the prompt would.
                if !ProjectStore.exists(in: command.dir), FileManager.default.fileExists(atPath: command.dir) {
                    try ProjectBuilder.openOrBuild(folder: command.dir).close()
                }
                return serve(command)
            }
            try command.run()
            return 0
        } catch let error where error is VeldwerkError || error is StoreError {
            Console.error("error: " + ErrorWording.message(for: error))
            return 1
        } catch {
            let code = VeldwerkProgram.exitCode(for: error)
            let message = VeldwerkProgram.fullMessage(for: error)
            if code == .success {
                Console.out(message)
                return 0
            }
            Console.error(message.hasPrefix("Error: ") ? "error: " + message.dropFirst(7) : message)
            return code.rawValue == 0 ? 1 : code.rawValue
        }
    }
}

struct VeldwerkProgram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "veldwerk",
        abstract: "A workbench for action research: from interview to development plan.",
        discussion: """
            Open a project folder at the prompt with 'veldwerk DIR'; run commands from a script with
            --script FILE or -c "CMD; CMD", or pipe them in.
            """,
        version: Version.current,
        subcommands: [InitProject.self, OpenProject.self, ServeCommand.self],
        defaultSubcommand: OpenProject.self)
}

extension VeldwerkProgram {
    /// `veldwerk DIR ...`, the common form, goes straight to `open`, its default sub-command, as a
    /// command of its own: parsing the whole program first, with its look for a shell-completion
    /// request, took a sixth of a one-command run.
    static func parseRouted(_ arguments: [String]) throws -> ParsableCommand {
        let subcommands = Set(configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])
        if let first = arguments.first, !first.hasPrefix("-"), !subcommands.contains(first) {
            return try OpenProject.parseAsRoot(arguments)
        }
        return try parseAsRoot(arguments)
    }
}

struct InitProject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a project folder with its database.")

    @Argument(help: "The project folder.") var dir: String
    @Option(help: "The project's name (default: the folder's name).") var name: String?

    func run() throws {
        let store = try ProjectStore.create(folder: dir, name: name ?? URL(fileURLWithPath: dir).lastPathComponent)
        try store.close()
        Console.out("created \(ProjectStore.databasePath(in: dir)); open it with 'veldwerk \(dir)'")
    }
}

struct OpenProject: ParsableCommand {
    // Named under `veldwerk` so that, parsed on its own (`parseRouted`), its messages say
    // "veldwerk open" and ArgumentParser does not look for a shell-completion request.
    static let configuration = CommandConfiguration(
        commandName: "open", _superCommandName: "veldwerk",
        abstract: "Open a project: the prompt on a terminal, else run the commands given.")

    @Argument(help: "The project folder.") var dir: String
    @Option(name: .customLong("as"), help: "Act as this researcher.") var researcher: String?
    @Option(name: .customShort("c"), help: "Run these commands (separated by ';') and exit.") var commands: String?
    @Option(help: "Run the commands in this file and exit.") var script: String?
    @Flag(help: "In scripts, run on after a failing command (exit status 1 at the end).") var keepGoing = false
    @Flag(help: "Print reports as JSON.") var json = false

    mutating func start() -> Int32 {
        do {
            if commands != nil && script != nil {
                throw VeldwerkError("give either -c or --script, not both")
            }
            let store = try ProjectBuilder.openOrBuild(folder: dir)
            // Left open for the process's exit to release: closing frees the whole parsed schema
            // object by object, a tenth of a one-command run, and committed work needs no close.
            _ = Unmanaged.passRetained(store)
            let stdinIsTerminal = isatty(STDIN_FILENO) == 1
            let interactive = commands == nil && script == nil && stdinIsTerminal
            let terminal = Terminal.detect()
            var who: String?
            if let researcher {
                who = try store.read { try $0.researcher(named: researcher) }.name
            }
            let session = Session(store: store, researcher: who, terminal: terminal, json: json)
            // Someone reading at a terminal gets long lists a page at a time; a script never waits.
            if script == nil { session.pager = Pager.forTerminal(terminal) }
            // The project is not closed (above); a long log this process wrote is emptied instead.
            defer { store.tidyLogAtExit() }
            if let commands { return session.runCommands(commands, keepGoing: keepGoing) }
            if let script { return session.runScript(try LineReader(path: script), keepGoing: keepGoing, label: script) }
            if interactive { return session.interact() }
            return session.runScript(LineReader(file: fdopen(STDIN_FILENO, "rb"), owned: false), keepGoing: keepGoing)
        } catch {
            Console.error("error: " + ErrorWording.message(for: error))
            return 1
        }
    }

    func run() throws {}
}
