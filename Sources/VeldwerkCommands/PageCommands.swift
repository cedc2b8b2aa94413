import ArgumentParser
import Foundation
import VeldwerkCore
import VeldwerkStore

// The prompt's side of the pages: open and close rounds, hand out codes and links, reveal the
// board, and read the comments a team left on its text. `veldwerk serve DIR` serves the pages.

/// Where the pages are: the address a running server announced, else the default one.
enum PageLinks {
    static let defaultBase = "http://127.0.0.1:8080"

    static func base(_ context: CommandContext) throws -> (url: String, running: Bool) {
        if let url = try context.read({ try $0.serverURL() }) { return (url, true) }
        return (defaultBase, false)
    }

    /// The codes handed out, one per person: shown this once, never stored as they are.
    static func codes(_ issued: IssuedCodes) -> (table: Table, json: JSONValue) {
        (Table(name: "codes", columns: [Column("pseudonym"), Column("role"), Column("code")],
               rows: issued.people.map { [.text($0.pseudonym), .text($0.role), .text($0.code)] }, emptyNote: "nobody"),
         .object(issued.people.map { ($0.pseudonym, .string($0.code)) }))
    }

    static func note(_ context: CommandContext, running: Bool) {
        if !running {
            context.warn("no server runs for this project yet; start it with 'veldwerk serve \(context.store.folder)' (the links assume port 8080)")
        }
    }
}

struct VoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote", abstract: "Let a focus group vote from phones: one code per participant; the same votes as 'recognise' and 'pie'.",
        subcommands: [VoteOpen.self, VoteClose.self])
}

struct VoteOpen: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "open", abstract: "Open voting: prints the join link, a code per participant in the subgroups, and the board's links.",
        discussion: """
            Hand each participant their own code (on a slip of paper): it opens their vote and
            nobody else's. Codes are shown once and stored only as hashes; they stop working at
            'vote close' or after --days.
            Example:
              vote open 1
            """)

    @Argument(help: .init("The focus group id.", valueName: "focusgroup")) var focusGroup: Int64
    @Option(help: .init("Days the codes work unless closed first.", valueName: "n")) var days: Int = 1
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let issued = try context.change { w in try w.openVoteRound(focusGroup: focusGroup, days: days) }
        context.currentFocusGroup = focusGroup
        let (base, running) = try PageLinks.base(context)
        PageLinks.note(context, running: running)
        let join = base + "/"
        let links = Record(name: "round", fields: [
            ("link", "join at", .text(join)),
            ("board", "board", .text(base + "/board/" + (issued.boardToken ?? ""))),
            ("facilitator", "facilitator", .text(base + "/board/" + (issued.facilitatorToken ?? ""))),
            ("expires", "codes work until", .text(issued.expiresAt)),
        ])
        let codes = PageLinks.codes(issued)
        let json = JSONValue.object([
            ("link", .string(join)), ("board", .string(base + "/board/" + (issued.boardToken ?? ""))),
            ("facilitator", .string(base + "/board/" + (issued.facilitatorToken ?? ""))),
            ("expires", .string(issued.expiresAt)),
            ("codes", codes.json),
        ])
        return .shaped(.sections([.record(links), .table(codes.table)]), json: json)
    }
}

struct VoteClose: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "close", abstract: "Close voting: the codes stop working; the votes stay.",
        discussion: "Example:\n  vote close 1")

    @Argument(help: .init("The focus group id.", valueName: "focusgroup")) var focusGroup: Int64

    func run(in context: CommandContext) throws -> Output {
        _ = try context.change { w in try w.closeVoteRound(focusGroup: focusGroup) }
        let progress = try context.read { try $0.voteProgress(focusGroup: focusGroup) }
        return .message("voting for focus group \(focusGroup) closed: \(progress.voted) of \(progress.seated) voted")
    }
}

struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board", abstract: "The live board for a projector: progress while people vote, the tally once revealed.",
        subcommands: [BoardShow.self, BoardReveal.self], defaultSubcommand: BoardShow.self)
}

struct BoardShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "Print new links to the board: one for the projector, one for the facilitator (with the reveal button).",
        discussion: "'board 1' is short for 'board show 1'.\nExample:\n  board 1")

    @Argument(help: .init("The focus group id.", valueName: "focusgroup")) var focusGroup: Int64
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let links = try context.change { w in try w.boardLinks(focusGroup: focusGroup) }
        let (base, running) = try PageLinks.base(context)
        PageLinks.note(context, running: running)
        return .record(Record(name: "board", fields: [
            ("board", "board", .text(base + "/board/" + links.board)),
            ("facilitator", "facilitator", .text(base + "/board/" + links.facilitator)),
        ]))
    }
}

struct BoardReveal: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "reveal", abstract: "Show the tally on the board; before this it shows only how many have voted.",
        discussion: "Example:\n  board reveal 1")

    @Argument(help: .init("The focus group id.", valueName: "focusgroup")) var focusGroup: Int64

    func run(in context: CommandContext) throws -> Output {
        try context.change { w in try w.reveal(focusGroup: focusGroup) }
        return .message("the board of focus group \(focusGroup) shows the tally")
    }
}

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "The team reviews its text on a page: codes, comments, resolving them.",
        subcommands: [ReviewOpen.self, ReviewClose.self, ReviewList.self, ReviewResolve.self, ReviewRecord.self],
        // `review TEAM --date ... --with ...` records a review meeting, as the method describes it.
        defaultSubcommand: ReviewRecord.self)
}

struct ReviewOpen: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "open", abstract: "Open the team's text for comment: prints the link and a code per member.",
        discussion: """
            A reader's comments carry their role, never their name; the code itself is not tied
            to the person.
            Example:
              review open Amersfoort --days 14
            """)

    @Argument(help: .init("The team.", valueName: "team")) var team: String
    @Option(help: .init("Days the codes work unless closed first.", valueName: "n")) var days: Int = 14
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let issued = try context.change { w in try w.openReviewRound(team: team, days: days) }
        let (base, running) = try PageLinks.base(context)
        PageLinks.note(context, running: running)
        let link = base + "/"
        let codes = PageLinks.codes(issued)
        let json = JSONValue.object([("link", .string(link)), ("expires", .string(issued.expiresAt)), ("codes", codes.json)])
        let text = Output.sections([
            .record(Record(name: "round", fields: [("link", "read at", .text(link)), ("expires", "codes work until", .text(issued.expiresAt))])),
            .table(codes.table),
        ])
        return .shaped(text, json: json)
    }
}

struct ReviewClose: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "close", abstract: "Close the team's review: the codes stop working; the comments stay.",
        discussion: "Example:\n  review close Amersfoort")

    @Argument(help: .init("The team.", valueName: "team")) var team: String

    func run(in context: CommandContext) throws -> Output {
        let round = try context.change { w in try w.closeReviewRound(team: team) }
        return .message("review of \(round.team) closed")
    }
}

struct ReviewList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "Comments readers left on their team's text, with the reader's role.",
        discussion: "Example:\n  review list --team Amersfoort --open")

    @Option(help: .init("Only this team's.", valueName: "team")) var team: String?
    @Flag(help: "Only comments not resolved yet.") var open = false
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let comments = try context.read { try $0.reviewComments(team: team, openOnly: open) }
        return .table(Table(name: "comments", columns: [
            Column("id", "comment", numeric: true), Column("team"), Column("role"), Column("about"), Column("verdict"),
            Column("text"), Column("at"), Column("resolved"), Column("resolution"),
        ], rows: comments.map { c in
            [.int(Int(c.id)), .text(c.team), .text(c.role), .text(c.targetLabel), .text(c.verdict), c.text.map(Value.text) ?? .null,
             .text(String(c.at.prefix(10))), c.resolvedAt.map { .text(String($0.prefix(10))) } ?? .null, c.resolution.map(Value.text) ?? .null]
        }, emptyNote: open ? "no open comments" : "no comments yet; 'review open TEAM' hands out codes"))
    }
}

struct ReviewResolve: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "resolve", abstract: "Mark a comment as handled, with what was done about it.",
        discussion: "Example:\n  review resolve 4 --note \"alinea over het rooster herschreven\"")

    @Argument(help: .init("The comment number ('review list').", valueName: "comment")) var comment: Int64
    @Option(help: .init("What was done.", valueName: "text")) var note: String?

    func run(in context: CommandContext) throws -> Output {
        let c = try context.change { w in try w.resolveComment(comment, note: note, by: context.researcher) }
        return .message("comment \(c.id) resolved")
    }
}
