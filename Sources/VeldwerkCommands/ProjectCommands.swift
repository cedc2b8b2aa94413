import ArgumentParser
import Foundation
import VeldwerkCore
import VeldwerkExport
import VeldwerkImport
import VeldwerkStore

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Whole projects in and out (REFI-QDA .qdpx), and merging another researcher's work.",
        subcommands: [ProjectExport.self, ProjectImport.self, ProjectMerge.self])
}

struct ProjectExport: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "export",
        abstract: "Write the whole project as a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo or QualCoder.",
        discussion: """
            Sources (transcripts and logboek notes) with their codings by coder, the codebook,
            researchers as users, participants as cases with team, role and interview date.
            Real names are replaced in the texts (by marks of the same length, so every coding
            still covers the same words) and left out of the cases, unless --names.
            Example:
              project export out/woest.qdpx
            """)

    @Argument(help: .init("The .qdpx file to write.", valueName: "file"), completion: .file(extensions: ["qdpx"]))
    var file: String
    @Flag(help: "Include real names: in the texts as typed, and as a variable of each case.") var names = false
    @Flag(help: "Overwrite an existing file.") var force = false

    func run(in context: CommandContext) throws -> Output {
        let path = context.resolve(file)
        guard (path as NSString).pathExtension.lowercased() == "qdpx" else {
            throw VeldwerkError("a REFI-QDA project is written as .qdpx; name the file FILE.qdpx")
        }
        let project = try context.read { r in
            let whole = try r.exchangeProject(names: names)
            return names ? whole : whole.scrubbed(NameScrubber(realNames: try r.realNames(), marker: "[…]"))
        }
        try context.checkWrite(path, force: force)
        try SafeFile.write(to: path, force: force) { temporary in try QDPXWriter.write(project, to: URL(fileURLWithPath: temporary)) }
        let texts = project.sources.count
        return .message("\(texts) source\(texts == 1 ? "" : "s"), \(project.codebook.allCodes.count) codes, \(project.codingCount) codings, \(project.cases.count) cases written to \(file)\(names ? " (with real names)" : "")")
    }
}

struct ProjectImport: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "import",
        abstract: "Take in a REFI-QDA project (.qdpx) from ATLAS.ti, MAXQDA, NVivo, QualCoder or Veldwerk.",
        discussion: """
            Its sources become transcripts (plain text, or a Word document's text), its users
            researchers, its codings segments by their own coder, its codes join the codebook by
            GUID; cases become participants where their team and role are here. What is here
            already is found and kept, never overwritten. One change: 'undo' takes it all back.
            Example:
              project import elders/qualcoder-project.qdpx
            """)

    @Argument(help: .init("The .qdpx file.", valueName: "file"), completion: .file(extensions: ["qdpx"]))
    var file: String

    func run(in context: CommandContext) throws -> Output {
        try ProjectMerging.merge(file: file, in: context, allowFolder: false)
    }
}

struct ProjectMerge: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "merge",
        abstract: "Add what another project (a Veldwerk folder or a .qdpx) has that this one lacks.",
        discussion: """
            Transcripts are matched by content, codes by GUID (then by path of names), researchers
            by name, participants by pseudonym; segments and notes are added once. A conflict (a
            pseudonym in another team, a GUID under another name) is reported and left out.
            The other project is only read. One change: 'undo' takes the whole merge back.
            Example:
              project merge ../bram/woest
            """)

    @Argument(help: .init("A Veldwerk project folder or a .qdpx file.", valueName: "other"), completion: .directory)
    var other: String

    func run(in context: CommandContext) throws -> Output {
        try ProjectMerging.merge(file: other, in: context, allowFolder: true)
    }
}

enum ProjectMerging {
    static func merge(file: String, in context: CommandContext, allowFolder: Bool) throws -> Output {
        let path = context.resolve(file)
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        let name = (path as NSString).lastPathComponent
        let project: ExchangeProject
        if exists && isDir.boolValue {
            guard allowFolder else { throw VeldwerkError("\(file) is a folder; 'project import' takes a .qdpx file (use 'project merge' for a project folder)") }
            let mine = URL(fileURLWithPath: context.store.folder).standardizedFileURL.resolvingSymlinksInPath().path
            let theirs = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            guard mine != theirs else { throw VeldwerkError("\(file) is this project itself; name another project's folder") }
            project = try ProjectStore.withCopy(of: path) { r in
                var whole = try r.exchangeProject(names: true)
                whole.focusGroups = try r.exchangeFocusGroups()
                return whole
            }
        } else {
            guard exists else { throw VeldwerkError("no file or folder \(file); check the path") }
            project = try QDPXReader.read(path: path)
        }
        let report = try context.change { w in try w.merge(project, from: name, coder: context.researcher) }
        for line in report.conflicts { context.warn("conflict: \(line)") }
        for line in report.skipped { context.warn("skipped: \(line)") }
        func field(_ key: String, _ label: String, _ n: Int) -> (key: String, label: String, value: Value) { (key, label, .int(n)) }
        return .record(Record(name: "merge", fields: [
            ("from", "from", .text(name)),
            field("transcripts", "transcripts added", report.transcripts),
            field("notes", "logboek notes added", report.notes),
            field("known_sources", "sources already here", report.knownDocuments),
            field("segments", "segments added", report.segments),
            field("known_segments", "segments already here", report.knownSegments),
            field("codes", "codes added", report.codes),
            field("sets", "code sets added", report.sets),
            field("researchers", "researchers added", report.researchers),
            field("participants", "participants added", report.participants),
            field("interviews", "interviews added", report.interviews),
            field("focus_groups", "focus groups added", report.focusGroups),
            field("votes", "votes added", report.votes),
            field("skipped", "skipped", report.skipped.count),
            field("conflicts", "conflicts", report.conflicts.count),
        ]))
    }
}
