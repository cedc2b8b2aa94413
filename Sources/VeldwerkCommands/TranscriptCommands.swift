import ArgumentParser
import Foundation
import VeldwerkCore
import VeldwerkImport
import VeldwerkStore

struct TranscriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcript",
        abstract: "Interview transcripts: import, link to interviews, read.",
        subcommands: [TranscriptImport.self, TranscriptLink.self, TranscriptList.self, TranscriptShow.self])
}

struct TranscriptImport: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "import",
        abstract: "Import .txt, .md or .docx transcripts; prints one id per transcript.",
        discussion: """
            Each file is its own transaction: a bad file is reported and skipped, the others land.
            Text is stored once (NFC, \\n line ends); importing the same text again is recognised.
            Limits: 10 MB for a text file, 25 MB for a docx (64 MB unpacked).
            A manifest is a CSV with columns file, participant, date and optionally interviewer.
            Examples:
              transcript import interviews/amf-woe-01.docx --interview 1
              transcript import --manifest interviews/manifest.csv
            """)

    @Argument(help: .init("Transcript files.", valueName: "file"), completion: .file(extensions: ["txt", "md", "docx"]))
    var files: [String] = []
    @Option(help: .init("Link the transcript to this interview.", valueName: "interview")) var interview: Int64?
    @Option(help: .init("A CSV linking many files to interviews.", valueName: "file"), completion: .file(extensions: ["csv"]))
    var manifest: String?
    @Flag(help: "Replace the interview's existing transcript (its segments go with it; undo restores them).") var replace = false

    func validate() throws {
        if files.isEmpty && manifest == nil { throw ValidationError("name one or more files, or --manifest FILE") }
        if manifest != nil && (!files.isEmpty || interview != nil) { throw ValidationError("--manifest stands alone: no files or --interview beside it") }
        if interview != nil && files.count > 1 { throw ValidationError("--interview links one file; use --manifest for many") }
    }

    func run(in context: CommandContext) throws -> Output {
        var jobs: [(path: String, interview: Int64?, manifestRow: Manifest.Row?)] = []
        if let manifest {
            for row in try Manifest.read(path: context.resolve(manifest)) { jobs.append((row.file, nil, row)) }
        } else {
            let paths = try context.files(files)
            if interview != nil && paths.count > 1 { throw VeldwerkError("--interview links one file, and these words name \(paths.count); use --manifest for many") }
            jobs = paths.map { ($0, interview, nil) }
        }
        var lines: [[Value]] = []
        var skipped = 0
        for (i, job) in jobs.enumerated() {
            let name = (job.path as NSString).lastPathComponent
            context.progress(i, jobs.count, name)
            do {
                let loaded = try TranscriptReader.read(path: job.path)
                let line = "transcript import " + LineTokenizer.line(from: [job.path]) + (job.interview.map { " --interview \($0)" } ?? "")
                let outcome = try context.store.change(line: line, actor: context.researcher) { w -> ProjectWriterOutcome in
                    var interview = job.interview
                    if let row = job.manifestRow {
                        interview = try w.interviewFor(participant: row.participant, date: row.date, interviewer: row.interviewer)
                    }
                    let result = try w.importTranscript(title: loaded.title, format: loaded.format, text: loaded.text, sha256: loaded.sha256,
                                                        interview: interview, replace: replace)
                    // Counted in the same transaction: a read of its own per file cost a
                    // transaction more, and its mapped pages added up over thousands of files.
                    var paragraphs: Int?
                    if case .added(let id) = result { paragraphs = try w.reader.transcript(id).paragraphs }
                    return ProjectWriterOutcome(result: result, interview: interview, paragraphs: paragraphs)
                }
                switch outcome.result {
                case .added(let id):
                    lines.append([.int(Int(id)), .text(name), outcome.paragraphs.map { .int($0) } ?? .null, outcome.interview.map { .int(Int($0)) } ?? .null, .text("imported")])
                case .known(let id, let linked):
                    lines.append([.int(Int(id)), .text(name), .null, linked.map { .int(Int($0)) } ?? .null, .text("already imported")])
                }
            } catch {
                skipped += 1
                context.warn("skipped \(name): \(ErrorWording.message(for: error))")
            }
        }
        context.progress(jobs.count, jobs.count, "")
        if skipped > 0 { context.failure = "\(skipped) of \(jobs.count) file\(jobs.count == 1 ? "" : "s") skipped (see the warnings); the others were imported" }
        return .table(Table(name: "imported",
                            columns: [Column("id", numeric: true), Column("file"), Column("paragraphs", numeric: true), Column("interview", numeric: true), Column("status")],
                            rows: lines, emptyNote: "nothing imported"))
    }
}

/// What one file's import transaction hands back.
struct ProjectWriterOutcome {
    var result: ProjectWriter.ImportOutcome
    var interview: Int64?
    /// Paragraphs of a transcript the import added.
    var paragraphs: Int?
}

struct TranscriptLink: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "link", abstract: "Link a transcript to its interview.", discussion: "Example:\n  transcript link 3 12")

    @Argument(help: .init("The transcript id.", valueName: "transcript")) var transcript: Int64
    @Argument(help: .init("The interview id.", valueName: "interview")) var interview: Int64

    func run(in context: CommandContext) throws -> Output {
        try context.change { w in try w.link(transcript, interview: interview) }
        let t = try context.read { try $0.transcript(transcript) }
        return .message("transcript \(transcript) is the interview with \(t.participant ?? "?") (\(t.role ?? "?"), \(t.team ?? "?"))")
    }
}

struct TranscriptList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "List transcripts with their interviewee, size and coding.",
        discussion: "Example:\n  transcript list --team Amersfoort")

    @Option(help: "Only this team.") var team: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let all = try context.read { try $0.transcripts(team: team) }
        return .table(Table(
            name: "transcripts",
            columns: [Column("id", numeric: true), Column("title"), Column("participant"), Column("role"), Column("team"),
                      Column("paragraphs", numeric: true), Column("characters", numeric: true), Column("segments", numeric: true)],
            rows: all.map { t in
                [.int(Int(t.id)), .text(t.title), t.participant.map(Value.text) ?? .null, t.role.map(Value.text) ?? .null,
                 t.team.map(Value.text) ?? .null, .int(t.paragraphs), .int(t.characters), .int(t.segments)]
            },
            emptyNote: "no transcripts yet; import one with 'transcript import FILE --interview ID'"))
    }
}

struct TranscriptShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "Show a transcript's numbered paragraphs with the codes on each.",
        discussion: "Example:\n  transcript show 3 --para 4-9")

    @Argument(help: .init("The transcript id.", valueName: "transcript")) var transcript: Int64
    @Option(help: .init("Only paragraph N or N-M.", valueName: "N[-M]")) var para: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let range = try para.map { try ParagraphRange.parse($0) }
        let (summary, paragraphs) = try context.read { r in (try r.transcript(transcript), try r.paragraphs(of: transcript, range: range)) }
        let heading = [summary.participant, summary.role, summary.team].compactMap { $0 }.joined(separator: ", ")
        return .document(DocumentView(id: summary.id, title: "transcript \(summary.id): \(summary.title)", heading: heading,
                                      paragraphs: paragraphs.map { .init(number: $0.number, speaker: $0.speaker, text: $0.text, codes: $0.codes) }))
    }
}

