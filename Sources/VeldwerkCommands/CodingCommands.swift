import ArgumentParser
import VeldwerkCore
import VeldwerkStore

struct CodeCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "code",
        abstract: "Code paragraphs N-M, or the one place some exact words occur, with a code.",
        discussion: """
            The coder is the current researcher ('as NAME'). Words must occur exactly once in the
            transcript; otherwise Veldwerk says where they occur so you can give more of them.
            Examples:
              code 3 4-6 Rolduidelijkheid --tension onduidelijkheid
              code 3 "niemand weet wie de regie heeft" "Rolverdeling bij complexe casuïstiek" --tension dilemma
            """)

    @Argument(help: .init("The transcript id.", valueName: "transcript")) var transcript: Int64
    @Argument(help: .init("Paragraphs N or N-M, or exact words in quotes.", valueName: "where")) var place: String
    @Argument(help: .init("The code.", valueName: "code")) var code: String
    @Option(help: .init("onduidelijkheid, onenigheid or dilemma.", valueName: "kind"), completion: .list(Tension.allCases.map(\.rawValue)))
    var tension: String?
    @Option(help: .init("A note on this passage.", valueName: "text")) var memo: String?

    func run(in context: CommandContext) throws -> Output {
        let coder = try context.requireResearcher("coding")
        let kind = try tension.map(Tension.parse)
        // The passage is found inside the writing transaction: one transaction per command, and
        // the transcript cannot change between finding the passage and coding it.
        let (id, span) = try context.change { w in
            let span = try Placement.span(of: place, in: transcript, reader: w.reader)
            let id = try w.addSegment(document: transcript, span: span.range, code: code, coder: coder, tension: kind, memo: memo)
            return (id, span)
        }
        return .message("segment \(id): transcript \(transcript) ¶\(span.paragraphs), \(span.range.count) characters")
    }
}

/// Where a `code` command points: paragraphs or exact words.
enum Placement {
    static func span(of place: String, in document: Int64, reader: ProjectReader) throws -> (range: Range<Int>, paragraphs: String) {
        if let r = ParagraphRange.match(place) {
            let span = try reader.paragraphSpan(document: document, from: r.lowerBound, to: r.upperBound)
            return (span, r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound)-\(r.upperBound)")
        }
        let text = try reader.documentText(document)
        let found = TranscriptText.occurrences(of: place, in: text)
        let paragraphs = try reader.paragraphs(of: document)
        func paragraph(at offset: Int) -> Int { paragraphs.first { $0.start <= offset && offset < max($0.end, $0.start + 1) }?.number ?? 0 }
        switch found.count {
        case 1:
            let a = paragraph(at: found[0].lowerBound), b = paragraph(at: found[0].upperBound - 1)
            return (found[0], a == b ? "\(a)" : "\(a)-\(b)")
        case 0:
            throw VeldwerkError("'\(Quote.line(place, limit: 60))' does not occur in transcript \(document); check the words, or give paragraphs N-M")
        default:
            let places = found.prefix(5).map { r -> String in
                let scalars = Array(text.unicodeScalars)
                let from = max(0, r.lowerBound - 20), to = min(scalars.count, r.upperBound + 20)
                let around = String(String.UnicodeScalarView(scalars[from..<to])).replacingOccurrences(of: "\n", with: " ")
                return "¶\(paragraph(at: r.lowerBound)) …\(around)…"
            }
            throw VeldwerkError("'\(Quote.line(place, limit: 60))' occurs \(found.count) times in transcript \(document) (\(places.joined(separator: "; "))); give more words")
        }
    }
}

struct UncodeCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "uncode", abstract: "Remove a coded segment (undo brings it back).", discussion: "Example:\n  uncode 17")

    @Argument(help: .init("The segment number, as 'segments' shows it.", valueName: "segment")) var segment: Int64

    func run(in context: CommandContext) throws -> Output {
        let removed = try context.change { w in try w.removeSegment(segment) }
        return .message("removed segment \(segment) (\(removed.code), transcript \(removed.document))")
    }
}

struct AutocodeCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "autocode", abstract: "Code every paragraph that matches a full-text query.",
        discussion: "Example:\n  autocode \"portefeuille*\" Portefeuillewerk --tension onduidelijkheid")

    @Argument(help: .init("The search query.", valueName: "query")) var query: String
    @Argument(help: .init("The code.", valueName: "code")) var code: String
    @Option(help: .init("onduidelijkheid, onenigheid or dilemma.", valueName: "kind"), completion: .list(Tension.allCases.map(\.rawValue)))
    var tension: String?

    func run(in context: CommandContext) throws -> Output {
        let coder = try context.requireResearcher("coding")
        let kind = try tension.map(Tension.parse)
        let n = try context.change { w in try w.autocode(query: query, code: code, coder: coder, tension: kind) }
        return .message("\(n) paragraph\(n == 1 ? "" : "s") coded with \(code)")
    }
}

struct SegmentsCommand: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "segments", abstract: "Coded passages of a code (and its sub-codes) as attributed quotes.",
        discussion: "Example:\n  segments Rolduidelijkheid --team Amersfoort --coder Noor")

    @Argument(help: .init("The code.", valueName: "code")) var code: String
    @Option(help: "Only this team.") var team: String?
    @Option(help: "Only this role.") var role: String?
    @Option(help: .init("Only this coder.", valueName: "coder")) var coder: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let found = try context.read { try $0.segments(SegmentFilter(code: code, team: team, role: role, coder: coder)) }
        return .quotes(found.map(QuoteView.init))
    }
}

extension QuoteView {
    init(_ s: SegmentView) {
        let who = [s.role, s.team].compactMap { $0 }.joined(separator: ", ")
        let attribution = s.participant.map { "\($0) (\(who))" } ?? "transcript not linked to an interview"
        let paragraphs = s.paragraphs.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" } ?? "?"
        self.init(segment: s.id, code: s.code, tension: s.tension, transcript: s.document, paragraphs: paragraphs, coder: s.coder,
                  quote: Quote.withoutSpeaker(s.quote), attribution: attribution, memo: s.memo)
    }
}

struct SearchCommand: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "search", abstract: "Full-text search of transcripts, with the words in context.",
        discussion: """
            Case and diacritics do not matter (cafe finds café). All words must occur; FTS5 syntax
            works too: "exact phrase", portefeuille*, regie OR sturing, NOT.
            Example:
              search "regie casus"
            """)

    @Argument(help: .init("The words to find.", valueName: "query")) var query: String
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let hits = try context.read { try $0.searchParagraphs(query) }
        let terms = Kwic.terms(of: query)
        return .table(Table(
            name: "hits",
            columns: [Column("transcript", "tr", numeric: true), Column("paragraph", "¶", numeric: true), Column("speaker", "who"), Column("context")],
            rows: hits.map { h in
                let who = [h.participant, h.role, h.team].compactMap { $0 }.joined(separator: " ")
                return [.int(Int(h.document)), .int(h.paragraph), .text(who.isEmpty ? "-" : h.participant ?? who), .text(Kwic.context(h.text, terms: terms))]
            },
            emptyNote: "nothing found for \(query)"))
    }
}

struct MatrixCommand: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "matrix", abstract: "Count coded segments per code by team or by role.",
        discussion: "Example:\n  matrix --by role")

    enum By: String, ExpressibleByArgument, CaseIterable { case team, role }

    @Option(help: "team or role.") var by: By = .team
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let m = try context.read { try $0.matrix(byRole: by == .role) }
        let columns = [Column("code")] + m.columns.map { Column($0, numeric: true) } + [Column("total", numeric: true)]
        let rows: [[Value]] = m.rows.map { r in
            [.text(String(repeating: "  ", count: r.depth) + r.code)] + r.counts.map(Value.int) + [.int(r.counts.reduce(0, +))]
        }
        return .table(Table(name: "matrix", columns: columns, rows: rows, emptyNote: "no codes yet"))
    }
}
