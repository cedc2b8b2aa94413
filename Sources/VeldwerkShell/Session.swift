import Foundation
import VeldwerkCommands
import VeldwerkCore
import VeldwerkStore

/// Runs lines of the command language against one open project and prints what they produce:
/// results on stdout, warnings and errors on stderr.
public final class Session {
    public let context: CommandContext
    let renderer: Renderer
    /// `--json` given when Veldwerk started: every report as JSON.
    let json: Bool
    /// Leave warnings unsaid (building a project from its script); errors still show.
    var quietWarnings = false
    /// Pages long lists of quotes when someone reads them at a terminal.
    var pager: Pager?

    public init(store: ProjectStore, researcher: String?, terminal: Terminal, json: Bool) {
        self.context = CommandContext(store: store, researcher: researcher)
        self.renderer = Renderer(terminal: terminal)
        self.json = json
        if terminal.isInteractive && isatty(STDERR_FILENO) == 1 {
            context.progress = Progress.bar(width: terminal.width)
        }
    }

    /// Runs every command on the line; stops at the first failure. Returns whether all succeeded.
    /// `location` prefixes errors in scripts ("line 12: ").
    @discardableResult
    public func run(line: String, location: String = "") -> Bool {
        let commands: [[String]]
        do {
            commands = try LineTokenizer.commands(in: InputLine.decode(line))
        } catch {
            report(error, location: location)
            return false
        }
        for words in commands {
            guard run(words: words, location: location) else { return false }
            if context.wantsQuit { return true }
        }
        return true
    }

    func run(words: [String], location: String) -> Bool {
        do {
            let command = try CommandCatalog.parse(words)
            context.line = LineTokenizer.line(from: words)
            let output = try command.run(in: context)
            for warning in context.takeWarnings() where !quietWarnings {
                Console.error(renderer.terminal.yellow("warning: ") + location + warning)
            }
            let asJSON = json || ((command as? any ReportingCommand)?.output.json ?? false)
            if !asJSON, case .quotes(let quotes) = output, let pager, quotes.count > pager.pageSize {
                pager.show(count: quotes.count, render: { renderer.quotes(Array(quotes[$0])) + "\n" },
                           out: { Console.out($0) }, dim: renderer.terminal.dim)
            } else {
                let text = asJSON ? renderer.json(output) : renderer.text(output)
                if !text.isEmpty { Console.out(text) }
            }
            if let failure = context.failure {
                context.failure = nil
                report(VeldwerkError(failure), location: location)
                return false
            }
            return true
        } catch let help as CommandCatalog.HelpRequest {
            Console.out((try? CommandCatalog.help(for: help.path)) ?? "")
            return true
        } catch {
            for warning in context.takeWarnings() {
                Console.error(renderer.terminal.yellow("warning: ") + location + warning)
            }
            context.failure = nil
            report(error, location: location)
            return false
        }
    }

    func report(_ error: Error, location: String) {
        let message = ErrorWording.message(for: error)
        Console.error(renderer.terminal.red("error: ") + location + message)
    }

    // MARK: Modes

    /// Runs a script (file or pipe). Stops at the first error unless `keepGoing`; returns the exit status.
    public func runScript(_ reader: LineReader, keepGoing: Bool, label: String? = nil) -> Int32 {
        var failed = false
        while true {
            let line: String
            do {
                guard let next = try reader.next() else { break }
                line = next
            } catch let stop as LineReader.Unreadable {
                report(VeldwerkError(stop.message), location: prefix(label, reader.lineNumber))
                failed = true
                break
            } catch {
                report(error, location: prefix(label, reader.lineNumber))
                failed = true
                if keepGoing { continue } else { break }
            }
            if !run(line: line, location: prefix(label, reader.lineNumber)) {
                failed = true
                if !keepGoing { break }
            }
            if context.wantsQuit { break }
        }
        return failed ? 1 : 0
    }

    /// Runs `-c` commands: `;` separates them, as at the prompt.
    public func runCommands(_ text: String, keepGoing: Bool) -> Int32 {
        var failed = false
        let commands: [[String]]
        do {
            commands = try LineTokenizer.commands(in: InputLine.decode(text))
        } catch {
            report(error, location: "")
            return 1
        }
        for words in commands {
            if !run(words: words, location: "") {
                failed = true
                if !keepGoing { break }
            }
            if context.wantsQuit { break }
        }
        return failed ? 1 : 0
    }

    private func prefix(_ label: String?, _ line: Int) -> String {
        label.map { "\($0):\(line): " } ?? "line \(line): "
    }

    /// The interactive prompt with line editing, history and completion.
    public func interact() -> Int32 {
        let store = context.store
        let completer = Completer { kind in (try? store.read { try $0.names(of: kind) }) ?? [] }
        let historyPath = (store.folder as NSString).appendingPathComponent(".veldwerk_history")
        let editor = LineEditor(historyPath: historyPath, completer: completer)
        if let warning = editor.historyWarning { Console.error(renderer.terminal.yellow("warning: ") + warning) }
        let name = (try? store.read { try $0.projectName() }) ?? "veldwerk"
        Console.out(renderer.terminal.dim("Veldwerk \(Version.current) · \(name) · 'help' lists the commands, Ctrl-D leaves"))
        while !context.wantsQuit {
            let who = context.researcher.map { " (\($0))" } ?? ""
            do {
                guard let line = try editor.readLine(prompt: "\(name)\(who)> ") else {
                    Console.out("")
                    break
                }
                run(line: line)
            } catch {
                report(error, location: "")
            }
        }
        return 0
    }
}

/// Writes to stdout and stderr, flushing each time so a reader of a pipe sees every result at once.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

public enum Version {
    public static let current = "0.1.0"
}

extension Console {
    /// Runs `body` with stdout sent to /dev/null; errors still reach stderr.
    static func silenced<T>(_ body: () throws -> T) rethrows -> T {
        let saved = dup(STDOUT_FILENO)
        let null = open("/dev/null", O_WRONLY)
        dup2(null, STDOUT_FILENO)
        close(null)
        defer {
            dup2(saved, STDOUT_FILENO)
            close(saved)
        }
        return try body()
    }
}
