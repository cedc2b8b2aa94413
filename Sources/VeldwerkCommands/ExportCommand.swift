import ArgumentParser
import Foundation
import VeldwerkCore
import VeldwerkExport
import VeldwerkStore

struct ExportCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "export",
        abstract: "Write the validated development themes per basisteam: md, html, json or csv.",
        discussion: """
            One write-up per team: profile, how the themes were found, each theme with its tally,
            evidence (quotes by role and team only), history and development plan. 'all' writes one
            file per team plus an index. Files are written whole or not at all; existing files are
            kept unless --force. The same database always gives the same files (no timestamp
            unless --timestamp). --as-of DATE writes the text as it stood on that day: only what is
            dated by then, people in the team and role they had then, each section of the team's own
            text in its version of then; nothing in the project changes. CSV writes TEAM-themes.csv, TEAM-votes.csv and TEAM-actions.csv.
            --out is a folder (default: the project's exports/ folder), or a file for one team.
            Example:
              export all --format html --lang nl --out rapporten
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, json, csv }

    @Argument(help: .init("A team, or all.", valueName: "team")) var team: String
    @Option(help: "md, html, json or csv.") var format: Format
    @Option(help: "nl (default) or en.", completion: .list(ReportLanguage.allCases.map(\.rawValue))) var lang: String = "nl"
    @Option(help: .init("Folder (or file, for one team) to write to.", valueName: "path"), completion: .directory) var out: String?
    @Flag(help: "Overwrite existing files.") var force = false
    @Flag(help: "Put the time of export in the files (they are then no longer reproducible).") var timestamp = false
    @Option(help: .init("Write the text as it stood on this day (an interim report), YYYY-MM-DD.", valueName: "date")) var asOf: String?

    func run(in context: CommandContext) throws -> Output {
        let language = try ReportLanguage.parse(lang)
        let day = try asOf.map { try Day(parsing: $0) }
        if let out, out.trimmingWhitespace().isEmpty { throw VeldwerkError("--out is empty; name a folder or a file") }
        // File names are decided for every team at once, so two names that fold to the same
        // file (Utrecht Zuid, Utrecht-Zuid) or a team called Index never share a path.
        let (allTeams, teams): ([String], [String]) = try context.read { r in
            let all = try r.teams().map(\.name)
            return (all, team.lowercased() == "all" ? all : [try r.team(named: team).name])
        }
        let slugs = Slug.unique(for: allTeams, reserved: ["index"])
        guard !teams.isEmpty else { throw VeldwerkError("the project has no teams to export") }
        let target = try Target(out: out.map(context.resolve), project: context.store.folder, single: teams.count == 1 && team.lowercased() != "all", format: format)
        let generated = timestamp ? ProjectClock.now() : nil
        // Render everything first: nothing is written unless every file could be made.
        var files: [(path: String, text: String)] = []
        var index: [(name: String, file: String, themes: [String])] = []
        try context.read { r in
            let project = try r.projectName()
            // The one place where real names are taken out, for every format alike.
            let scrubber = NameScrubber(realNames: try r.realNames(), marker: "[…]")
            for name in teams {
                let report = try r.teamReport(name, asOf: day).scrubbed(scrubber)
                let slug = slugs[name] ?? Slug.make(name)
                index.append((name, "\(slug).\(format.rawValue)", report.themes.map(\.name)))
                switch format {
                case .md: files.append((target.path(slug, "md"), try MarkdownReport.render(report, language: language, generated: generated)))
                case .html: files.append((target.path(slug, "html"), try HTMLReport.render(report, language: language, generated: generated)))
                case .json: files.append((target.path(slug, "json"), JSONReport.render(report, language: language, generated: generated)))
                case .csv:
                    let votes = try r.votes(team: name, on: day).map { v in
                        var v = v
                        v.label = scrubber.scrub(v.label)
                        return v
                    }
                    for table in try CSVReport.render(report, votes: votes) {
                        files.append((target.path("\(slug)-\(table.name)", "csv"), table.text))
                    }
                }
            }
            if team.lowercased() == "all" {
                // Conclusions across teams, with the teams each rests on; names scrubbed as everywhere.
                let synthesis = try r.syntheses().map { (kind: $0.kind, text: scrubber.scrub($0.text), teams: $0.teams) }
                switch format {
                case .md: files.append((target.path("index", "md"), try MarkdownReport.index(index, project: project, language: language, synthesis: synthesis)))
                case .html: files.append((target.path("index", "html"), try HTMLReport.index(index, project: project, language: language, synthesis: synthesis)))
                case .json: files.append((target.path("index", "json"), JSONReport.index(index, project: project, synthesis: synthesis)))
                case .csv:
                    let rows = index.map { [$0.name, $0.themes.joined(separator: "; ")] }
                    files.append((target.path("index", "csv"), "team,themes\r\n" + rows.map { $0.map(CSVField.quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"))
                }
            }
        }
        var seen = Set<String>()
        if let twice = files.first(where: { !seen.insert($0.path).inserted }) {
            throw VeldwerkError("two files would both be written to \(twice.path); name one team's file with --out (nothing was written)")
        }
        if !force, let existing = files.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            throw VeldwerkError("\(existing.path) exists; add --force to overwrite (nothing was written)")
        }
        for file in files { try context.checkWrite(file.path, force: force) }
        try target.createFolderIfNeeded()
        for file in files { try SafeFile.write(file.text, to: file.path, force: force) }
        return .table(Table(name: "files", columns: [Column("file"), Column("bytes", numeric: true)],
                            rows: files.map { [.text($0.path), .int($0.text.utf8.count)] }, emptyNote: "nothing written"))
    }

    /// Where files go: a folder, or for one team a file name. A folder that does not exist yet
    /// is made when the files are written (its parent must exist: a typo two levels up is an error).
    struct Target {
        var folder: String
        var file: String?
        var create = false

        init(out: String?, project: String, single: Bool, format: Format) throws {
            let fm = FileManager.default
            var isDir: ObjCBool = false
            guard let out else {
                folder = (project as NSString).appendingPathComponent("exports")
                create = !fm.fileExists(atPath: folder)
                return
            }
            if fm.fileExists(atPath: out, isDirectory: &isDir) {
                if isDir.boolValue {
                    folder = out
                } else if single, format != .csv, (out as NSString).pathExtension.lowercased() == format.rawValue {
                    folder = (out as NSString).deletingLastPathComponent.isEmpty ? "." : (out as NSString).deletingLastPathComponent
                    file = out
                } else {
                    throw VeldwerkError("\(out) is a file; name a folder for --out (or a .\(format.rawValue) file for one team)")
                }
            } else if single, format != .csv, (out as NSString).pathExtension.lowercased() == format.rawValue {
                folder = (out as NSString).deletingLastPathComponent.isEmpty ? "." : (out as NSString).deletingLastPathComponent
                file = out
            } else {
                folder = out
                create = true
            }
            let parent = create ? (folder as NSString).deletingLastPathComponent : folder
            let checked = parent.isEmpty ? "." : parent
            guard fm.fileExists(atPath: checked, isDirectory: &isDir), isDir.boolValue else {
                throw VeldwerkError("folder \(checked) does not exist; create it first (only the last folder of --out is made)")
            }
            guard fm.isWritableFile(atPath: checked) else { throw VeldwerkError("folder \(checked) is not writable; choose another with --out") }
        }

        func createFolderIfNeeded() throws {
            guard create, !FileManager.default.fileExists(atPath: folder) else { return }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            } catch {
                throw VeldwerkError("cannot create folder \(folder): check the path and your permissions (nothing was written)")
            }
        }

        func path(_ name: String, _ ext: String) -> String {
            file ?? (folder as NSString).appendingPathComponent("\(name).\(ext)")
        }
    }
}

/// File names from team names: lower-case ASCII letters, digits and hyphens only, so no name
/// can reach outside the export folder.
enum Slug {
    static func make(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        for c in folded.unicodeScalars {
            if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") { out.unicodeScalars.append(c) } else if !out.hasSuffix("-") { out += "-" }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "team" : String(trimmed.prefix(60))
    }

    /// One distinct slug per name, in the order given: a slug already taken, or reserved for
    /// another file, gets -2, -3, ... The same list of names always gives the same slugs.
    static func unique(for names: [String], reserved: Set<String>) -> [String: String] {
        var taken = reserved
        var result: [String: String] = [:]
        for name in names {
            let base = make(name)
            var slug = base, n = 1
            while taken.contains(slug) { n += 1; slug = "\(base)-\(n)" }
            taken.insert(slug)
            result[name] = slug
        }
        return result
    }
}

enum CSVField {
    static func quote(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
