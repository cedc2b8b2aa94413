import ArgumentParser
import Foundation
import VeldwerkCore
import VeldwerkStore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "The logboek: field notes while the teams work on their themes.",
        subcommands: [LogAdd.self, LogNew.self, LogList.self, LogShow.self, LogLink.self])
}

struct LogAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Add a field note; it can be coded and searched like a transcript.",
        discussion: """
            Settings: 'in het werk' (shadowing shifts and meetings), 'over het werk' (development
            sessions), or a word of your own. The author is the current researcher.
            Example:
              log add --team Amersfoort --date 2022-09-12 --setting "over het werk" --roles "WOE,OE" "Sessie over regie ..."
            """)

    @Option(help: "The team.") var team: String
    @Option(help: .init("The day, YYYY-MM-DD.", valueName: "date")) var date: String
    @Option(help: .init("in het werk, over het werk, or another word.", valueName: "setting"),
            completion: .list(["in het werk", "over het werk"])) var setting: String
    @Option(help: .init("Comma-separated roles that were present.", valueName: "roles")) var roles: String?
    @Option(help: .init("Link to a theme (repeatable).", valueName: "theme")) var theme: [String] = []
    @Option(help: .init("Link to a participant (repeatable).", valueName: "participant")) var participant: [String] = []
    @Option(help: .init("The session the note belongs to.", valueName: "session")) var session: Int64?
    @Argument(help: .init("What happened, and what was fed back.", valueName: "text")) var text: String

    func run(in context: CommandContext) throws -> Output {
        let day = try Day(parsing: date)
        let roleList = try Names.list(roles, what: "role")
        let note = try context.change { w in
            try w.addNote(team: team, date: day, setting: setting, author: context.researcher, text: text,
                          roles: roleList, themes: theme, participants: participant, session: session)
        }
        return .message("note \(note.id) (document \(note.document))")
    }
}

struct LogNew: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "new", abstract: "Write a field note in $EDITOR, like a commit message; an empty note aborts.",
        discussion: "Example:\n  log new --team Amersfoort")

    @Option(help: "The team (can also be filled in in the editor).") var team: String?

    func run(in context: CommandContext) throws -> Output {
        let template = NoteTemplate.blank(team: team, date: ProjectClock.today(), author: context.researcher)
        let written = try ExternalEditor.edit(template)
        let parsed = try NoteTemplate.parse(written)
        let note = try context.change { w in
            try w.addNote(team: parsed.team, date: parsed.date, setting: parsed.setting, author: context.researcher, text: parsed.text,
                          roles: parsed.roles, themes: parsed.themes, participants: parsed.participants)
        }
        return .message("note \(note.id) (document \(note.document))")
    }
}

/// The text a researcher fills in for `log new`: a header of `key: value` lines, then the note.
enum NoteTemplate {
    struct Parsed {
        var team: String
        var date: Day
        var setting: String
        var roles: [String]
        var themes: [String]
        var participants: [String]
        var text: String
    }

    static func blank(team: String?, date: String, author: String?) -> String {
        """
        team: \(team ?? "")
        date: \(date)
        setting: in het werk
        roles:
        themes:
        participants:

        # Write the note below the blank line: what happened, who was there (by role), what you fed back.
        # Lines starting with '#' are left out. An empty note aborts.\(author.map { "\n# Author: \($0)" } ?? "")

        """
    }

    static func parse(_ text: String) throws -> Parsed {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.hasPrefix("#") }
        var header: [String: String] = [:]
        var index = 0
        while index < lines.count, !lines[index].trimmingWhitespace().isEmpty {
            let line = lines[index]
            guard let colon = line.firstIndex(of: ":") else { break }
            let key = String(line[..<colon]).trimmingWhitespace().lowercased()
            header[key] = String(line[line.index(after: colon)...]).trimmingWhitespace()
            index += 1
        }
        let body = lines.dropFirst(index).joined(separator: "\n").trimmingWhitespace()
        guard !body.isEmpty else { throw VeldwerkError("the note is empty; nothing was saved") }
        guard let team = header["team"], !team.isEmpty else { throw VeldwerkError("the note names no team; fill in 'team:' in the header") }
        let date = try Day(parsing: header["date"] ?? "")
        func list(_ key: String) -> [String] {
            (header[key] ?? "").split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        return Parsed(team: team, date: date, setting: header["setting"].flatMap { $0.isEmpty ? nil : $0 } ?? "in het werk",
                      roles: list("roles"), themes: list("themes"), participants: list("participants"), text: body)
    }
}

/// Opens `$VISUAL` or `$EDITOR` (else vi) on a private temporary file, as git does.
enum ExternalEditor {
    static func edit(_ initial: String) throws -> String {
        let env = ProcessInfo.processInfo.environment
        let editor = [env["VISUAL"], env["EDITOR"]].compactMap { $0 }.first { !$0.trimmingWhitespace().isEmpty } ?? "vi"
        let path = NSTemporaryDirectory() + "veldwerk-note-\(getpid())-\(UUID().uuidString).txt"
        guard FileManager.default.createFile(atPath: path, contents: Data(initial.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw VeldwerkError("cannot write a temporary file for the editor in \(NSTemporaryDirectory())")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "veldwerk-editor", path]
        do { try process.run() } catch { throw VeldwerkError("cannot start the editor '\(editor)'; set $EDITOR") }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw VeldwerkError("the editor '\(editor)' exited with status \(process.terminationStatus); nothing was saved")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else {
            throw VeldwerkError("the note is not valid UTF-8; nothing was saved")
        }
        return text
    }
}

struct LogList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "List logboek notes.", discussion: "Example:\n  log list --team Amersfoort")

    @Option(help: "Only this team.") var team: String?
    @Option(help: .init("Only notes linked to this theme.", valueName: "theme")) var theme: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let notes = try context.read { r in try r.notes(team: team, theme: try theme.map { try r.themeID($0) }) }
        return .table(Table(
            name: "notes",
            columns: [Column("id", numeric: true), Column("document", "doc", numeric: true), Column("date"), Column("team"), Column("setting"),
                      Column("author"), Column("roles"), Column("themes"), Column("text")],
            rows: notes.map { n in
                [.int(Int(n.id)), .int(Int(n.document)), .text(n.date), .text(n.team), .text(n.setting), n.author.map(Value.text) ?? .null,
                 .list(n.roles), .list(n.themes), .text(Quote.line(n.text, limit: 60))]
            },
            emptyNote: "no notes yet; 'log add' or 'log new'"))
    }
}

struct LogShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "Show a note with its numbered paragraphs and codes.", discussion: "Example:\n  log show 3")

    @Argument(help: .init("The note id.", valueName: "note")) var note: Int64
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let (n, paragraphs) = try context.read { r in
            let n = try r.note(note)
            return (n, try r.paragraphs(of: n.document))
        }
        let heading = "\(n.date), \(n.team), \(n.setting)" + (n.roles.isEmpty ? "" : "; " + n.roles.joined(separator: ", "))
        return .document(DocumentView(id: n.document, title: "note \(n.id) (document \(n.document))", heading: heading,
                                      paragraphs: paragraphs.map { .init(number: $0.number, speaker: $0.speaker, text: $0.text, codes: $0.codes) }))
    }
}

struct LogLink: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "link", abstract: "Link a note to themes and participants.",
        discussion: "Example:\n  log link 3 --theme \"Coaching van wijkagenten\" --participant AMF-WOE-01")

    @Argument(help: .init("The note id.", valueName: "note")) var note: Int64
    @Option(help: .init("A theme (repeatable).", valueName: "theme")) var theme: [String] = []
    @Option(help: .init("A participant (repeatable).", valueName: "participant")) var participant: [String] = []

    func run(in context: CommandContext) throws -> Output {
        guard !theme.isEmpty || !participant.isEmpty else { throw VeldwerkError("give --theme or --participant to link") }
        let n = try context.change { w in try w.linkNote(note, themes: theme, participants: participant) }
        return .message("note \(n.id): themes \(n.themes.joined(separator: ", ")); participants \(n.participants.joined(separator: ", "))")
    }
}
