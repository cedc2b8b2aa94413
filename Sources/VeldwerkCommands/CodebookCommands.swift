import ArgumentParser
import Foundation
import VeldwerkCore
import VeldwerkExport
import VeldwerkImport

struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook",
        abstract: "The thematic codebook: a tree of codes with descriptions, colours and stable GUIDs.",
        subcommands: [CodebookShow.self, CodebookAdd.self, CodebookImport.self, CodebookExport.self,
                      CodebookRename.self, CodebookMove.self, CodebookMerge.self])
}

struct CodebookShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "Show the code tree with counts of coded segments.", discussion: "Example:\n  codebook show")

    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let codes = try context.read { try $0.codes() }
        // A parent's total counts its sub-codes too.
        var totals: [Int64: Int] = [:]
        for c in codes.reversed() {
            totals[c.id, default: 0] += c.segments
            if let p = c.parentID { totals[p, default: 0] += totals[c.id] ?? 0 }
        }
        return .table(Table(
            name: "codes",
            columns: [Column("code"), Column("segments", numeric: true), Column("total", "with sub-codes", numeric: true),
                      Column("color"), Column("description")],
            rows: codes.map { c in
                [.text(String(repeating: "  ", count: c.depth) + c.name + (c.isCodable ? "" : " (group)")), .int(c.segments),
                 .int(totals[c.id] ?? 0), c.color.map(Value.text) ?? .null, c.description.map(Value.text) ?? .null]
            },
            emptyNote: "the codebook is empty; 'codebook import FILE' or 'codebook add NAME'"))
    }
}

struct CodebookAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Add a code, at the top or under a parent.",
        discussion: "Example:\n  codebook add \"Afbakening WOE en OSA\" --parent \"Rol van de WOE\" --description \"...\"")

    @Argument(help: .init("The new code's name.", valueName: "name")) var name: String
    @Option(help: .init("The code to put it under.", valueName: "code")) var parent: String?
    @Option(help: .init("What the code is for.", valueName: "text")) var description: String?
    @Option(help: .init("Colour as #RRGGBB.", valueName: "color")) var color: String?

    func run(in context: CommandContext) throws -> Output {
        let code = try context.change { w in try w.addCode(name: name, parent: parent, description: description, color: color) }
        return .message("code \(code.path)")
    }
}

struct CodebookImport: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "import",
        abstract: "Import a codebook: .yaml (Veldwerk's own), .qdc or .qdpx (REFI-QDA).",
        discussion: """
            Codes are matched by GUID: a code already here is updated, a new one added.
            Example:
              codebook import Codebooks/woe-probleemgericht.yaml
            """)

    @Argument(help: .init("The codebook file.", valueName: "file"), completion: .file(extensions: ["yaml", "yml", "qdc", "qdpx"]))
    var file: String

    func run(in context: CommandContext) throws -> Output {
        let paths = try context.files([file])
        guard paths.count == 1, let path = paths.first else {
            throw VeldwerkError("'\(file)' matches \(paths.count) files; import one codebook at a time")
        }
        let book = try CodebookFiles.read(path: path)
        let result = try context.change { w in try w.importCodebook(book) }
        return .message("\(result.added) codes added, \(result.updated) updated, \(result.sets) sets from \((path as NSString).lastPathComponent)")
    }
}

struct CodebookExport: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "export", abstract: "Write the codebook to a .yaml or .qdc file.",
        discussion: "Example:\n  codebook export out/codebook.qdc --force")

    @Argument(help: .init("The file to write; its extension picks the format.", valueName: "file"), completion: .file(extensions: ["yaml", "qdc"]))
    var file: String
    @Flag(help: "Overwrite an existing file.") var force = false

    func run(in context: CommandContext) throws -> Output {
        let path = context.resolve(file)
        let book = try context.read { try $0.codebook() }
        let text: String
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": text = try CodebookYAMLWriter.write(book)
        case "qdc": text = QDCWriter.write(book, origin: "Veldwerk")
        default: throw VeldwerkError("write the codebook as .yaml or .qdc")
        }
        try context.checkWrite(path, force: force)
        try SafeFile.write(text, to: path, force: force)
        return .message("\(book.allCodes.count) codes written to \(file)")
    }
}

struct CodebookRename: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "rename", abstract: "Rename a code (its segments and GUID stay).",
        discussion: "Example:\n  codebook rename Regie \"Regie en eigenaarschap\"")

    @Argument(help: .init("The code.", valueName: "code")) var code: String
    @Argument(help: .init("Its new name.", valueName: "name")) var name: String

    func run(in context: CommandContext) throws -> Output {
        .message("code \(try context.change { w in try w.renameCode(code, to: name) })")
    }
}

struct CodebookMove: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "move", abstract: "Move a code under another, or to the top with --top.",
        discussion: "Example:\n  codebook move Coaching --parent \"Rol van de WOE\"")

    @Argument(help: .init("The code.", valueName: "code")) var code: String
    @Option(help: .init("The new parent.", valueName: "code")) var parent: String?
    @Flag(help: "Move it to the top level.") var top = false

    func validate() throws {
        if (parent == nil) == (top == false) { throw ValidationError("give --parent CODE or --top") }
    }

    func run(in context: CommandContext) throws -> Output {
        .message("code \(try context.change { w in try w.moveCode(code, under: parent) })")
    }
}

struct CodebookMerge: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "merge", abstract: "Merge a code into another: its segments, sub-codes and A4 items move over.",
        discussion: "Example:\n  codebook merge \"Taakverdeling\" \"Rolverdeling bij complexe casuïstiek\"")

    @Argument(help: .init("The code that goes.", valueName: "code")) var source: String
    @Argument(help: .init("The code that stays.", valueName: "code")) var target: String

    func run(in context: CommandContext) throws -> Output {
        let result = try context.change { w in try w.mergeCode(source, into: target) }
        return .message("merged: \(result.moved) segments moved\(result.dropped > 0 ? ", \(result.dropped) identical ones folded together" : "")")
    }
}

/// Reads any codebook file by its extension.
enum CodebookFiles {
    static func read(path: String) throws -> Codebook {
        let name = (path as NSString).lastPathComponent
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml":
            guard FileManager.default.fileExists(atPath: path) else { throw VeldwerkError("no file \(path); check the path") }
            guard let data = FileManager.default.contents(atPath: path), data.count <= 16 * 1024 * 1024 else {
                throw VeldwerkError("cannot read \(path), or it is over 16 MB")
            }
            guard let text = String(data: data, encoding: .utf8) else { throw VeldwerkError("\(name) is not valid UTF-8") }
            return try CodebookYAMLReader.read(text, source: name)
        case "qdc", "qdpx", "qde":
            return try QDCReader.read(path: path)
        default:
            throw VeldwerkError("\(name): a codebook is .yaml, .qdc or .qdpx")
        }
    }
}
