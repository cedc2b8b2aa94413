import ArgumentParser
import VeldwerkCore
import VeldwerkStore

struct FocusGroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "focusgroup", abstract: "Focus groups per team: the A4 sheet frozen, subgroups, votes.",
        subcommands: [FocusGroupAdd.self, FocusGroupList.self, FocusGroupShow.self, FocusGroupUse.self])
}

struct FocusGroupAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Make a focus group for a team; freezes its A4 sheet. Prints the id.",
        discussion: "Later changes to codes or to the A4 sheet do not alter it.\nExample:\n  focusgroup add Amersfoort --date 2022-06-14")

    @Argument(help: "The team.") var team: String
    @Option(help: .init("The day of the focus group, YYYY-MM-DD.", valueName: "date")) var date: String

    func run(in context: CommandContext) throws -> Output {
        let day = try Day(parsing: date)
        let id = try context.change { w in try w.addFocusGroup(team: team, date: day) }
        context.currentFocusGroup = id
        return .message(String(id))
    }
}

struct FocusGroupList: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(commandName: "list", abstract: "List focus groups.", discussion: "Example:\n  focusgroup list")

    @Option(help: "Only this team.") var team: String?
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let all = try context.read { try $0.focusGroups(team: team) }
        return .table(Table(
            name: "focusgroups",
            columns: [Column("id", numeric: true), Column("team"), Column("date"), Column("items", numeric: true),
                      Column("subgroups", numeric: true), Column("participants", numeric: true)],
            rows: all.map { [.int(Int($0.id)), .text($0.team), .text($0.date), .int($0.items), .int($0.subgroups), .int($0.participants)] },
            emptyNote: "no focus groups yet; 'focusgroup add TEAM --date YYYY-MM-DD'"))
    }
}

struct FocusGroupShow: ReportingCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "show", abstract: "Show a focus group's items and subgroups; makes it the current one.",
        discussion: "Example:\n  focusgroup show 1")

    @Argument(help: .init("The focus group id.", valueName: "focusgroup")) var focusGroup: Int64
    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let (fg, items, groups) = try context.read { r in (try r.focusGroup(focusGroup), try r.items(of: focusGroup), try r.subgroups(of: focusGroup)) }
        context.currentFocusGroup = focusGroup
        let head = Record(name: "focusgroup", fields: [("id", "focus group", .int(Int(fg.id))), ("team", "team", .text(fg.team)), ("date", "date", .text(fg.date))])
        let itemTable = Table(
            name: "items",
            columns: [Column("number", "#", numeric: true), Column("label"), Column("codes"), Column("state")],
            rows: items.map { i in
                let state = i.mergedInto.map { "merged into \($0)" } ?? (i.mergedFrom.isEmpty ? "" : "merged from \(i.mergedFrom.map(String.init).joined(separator: ", "))")
                return [.int(i.number), .text(i.label), .list(i.codes), .text(state)]
            }, emptyNote: "no items")
        let groupTable = Table(
            name: "subgroups",
            columns: [Column("subgroup"), Column("lead"), Column("size", numeric: true), Column("members")],
            rows: groups.map { g in [.text(g.name), g.lead.map(Value.text) ?? .null, .int(g.members.count), .list(g.members.map { "\($0.pseudonym) (\($0.role))" })] },
            emptyNote: "no subgroups yet; 'subgroup add \(focusGroup) NAME --lead RESEARCHER'")
        return .sections([.record(head), .table(itemTable), .table(groupTable)])
    }
}

struct FocusGroupUse: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "use", abstract: "Make a focus group the current one, so subgroup names need no number.",
        discussion: "Example:\n  focusgroup use 2")

    @Argument(help: .init("The focus group id.", valueName: "focusgroup")) var focusGroup: Int64

    func run(in context: CommandContext) throws -> Output {
        let fg = try context.read { try $0.focusGroup(focusGroup) }
        context.currentFocusGroup = fg.id
        return .message("focus group \(fg.id) of \(fg.team) on \(fg.date)")
    }
}

struct SubgroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subgroup", abstract: "Subgroups of 4-6 participants of mixed roles, each with a lead researcher.",
        subcommands: [SubgroupAdd.self, SubgroupJoin.self])
}

struct SubgroupAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "add", abstract: "Add a subgroup to a focus group.",
        discussion: "Example:\n  subgroup add 1 A --lead Noor")

    @Argument(help: .init("The focus group id.", valueName: "focusgroup")) var focusGroup: Int64
    @Argument(help: .init("The subgroup's name, e.g. A.", valueName: "name")) var name: String
    @Option(help: .init("The researcher who leads the subgroup.", valueName: "researcher")) var lead: String?

    func run(in context: CommandContext) throws -> Output {
        let id = try context.change { w in try w.addSubgroup(focusGroup: focusGroup, name: name, lead: lead) }
        context.currentFocusGroup = focusGroup
        return .message("subgroup \(name) (\(id)) in focus group \(focusGroup)")
    }
}

struct SubgroupJoin: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "join", abstract: "Put participants in a subgroup; +ROLE adds someone who was not interviewed.",
        discussion: """
            A subgroup is named as in the current focus group, as FOCUSGROUP/NAME, or by its number.
            Example:
              subgroup join A AMF-WOE-01 AMF-WA-02 AMF-OE-01 +wijkagent
            """)

    @Argument(help: .init("The subgroup.", valueName: "subgroup")) var subgroup: String
    @Argument(help: .init("Pseudonyms, or +ROLE for a new participant.", valueName: "participant")) var participants: [String]

    func run(in context: CommandContext) throws -> Output {
        let current = context.currentFocusGroup
        let result = try context.change { w in
            try w.joinSubgroup(try w.reader.subgroupID(subgroup, current: current), participants: participants)
        }
        result.warnings.forEach(context.warn)
        return .message("joined \(subgroup): \(result.joined.joined(separator: " "))")
    }
}

struct RecogniseCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "recognise", abstract: "The A4 items a participant recognises (replaces what was recorded).",
        discussion: "Example:\n  recognise AMF-WOE-01 1 2 4", aliases: ["recognize"])

    @Argument(help: "The participant.") var participant: String
    @Argument(help: .init("Item numbers.", valueName: "item")) var items: [Int]

    func run(in context: CommandContext) throws -> Output {
        let current = context.currentFocusGroup
        let r = try context.change { w in try w.recognise(participant: participant, items: items, current: current) }
        context.currentFocusGroup = r.focusGroup
        return .message("\(participant): \(r.count) item\(r.count == 1 ? "" : "s") recognised")
    }
}

struct PieCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "pie", abstract: "A participant's taartpunten: up to 3 items with optional sizes (replaces the previous pie).",
        discussion: """
            Sizes add up to 100 (or use --normalise); no sizes means equal shares (two slices are halves).
            Example:
              pie AMF-WOE-01 2:50 5:30 1:20
            """)

    @Argument(help: "The participant.") var participant: String
    @Argument(help: .init("ITEM or ITEM:SIZE.", valueName: "slice")) var slices: [String]
    @Flag(help: "Scale sizes that do not add up to 100.") var normalise = false

    func run(in context: CommandContext) throws -> Output {
        let current = context.currentFocusGroup
        return try PieEntry.store(slices, normalise: normalise, for: participant, in: context) { w, parsed in
            try w.setPie(participant: participant, slices: parsed, current: current)
        }
    }
}

struct ConsensusCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "consensus", abstract: "A subgroup's agreed pie, kept beside the individual ones.",
        discussion: "Example:\n  consensus A 2:40 1:40 5:20")

    @Argument(help: .init("The subgroup.", valueName: "subgroup")) var subgroup: String
    @Argument(help: .init("ITEM or ITEM:SIZE.", valueName: "slice")) var slices: [String]
    @Flag(help: "Scale sizes that do not add up to 100.") var normalise = false

    func run(in context: CommandContext) throws -> Output {
        let current = context.currentFocusGroup
        return try PieEntry.store(slices, normalise: normalise, for: "subgroup \(subgroup)", in: context) { w, parsed in
            try w.setConsensus(subgroup: try w.reader.subgroupID(subgroup, current: current), slices: parsed)
        }
    }
}

struct MergeCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "merge", abstract: "Merge items in plenary; the new item carries the votes of its parts.",
        discussion: "Example:\n  merge 1 3 5 --as \"Regie en rolverdeling\"")

    @Argument(help: .init("The focus group id.", valueName: "focusgroup")) var focusGroup: Int64
    @Argument(help: .init("Item numbers.", valueName: "item")) var items: [Int]
    @Option(name: .customLong("as"), help: .init("The merged item's label.", valueName: "label")) var label: String

    func run(in context: CommandContext) throws -> Output {
        let number = try context.change { w in try w.merge(focusGroup: focusGroup, items: items, label: label) }
        context.currentFocusGroup = focusGroup
        return .message("item \(number): \(label) (from \(items.map(String.init).joined(separator: ", ")))")
    }
}

struct PrioritiseCommand: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "prioritise", abstract: "The plenary outcome: items in order become the team's validated themes.",
        discussion: """
            Items are those of the team's latest focus group. A new decision supersedes the earlier
            one, which stays on record.
            Example:
              prioritise Amersfoort 3 1 2 --note "samengevoegd in plenaire ronde"
            """, aliases: ["prioritize"])

    @Argument(help: "The team.") var team: String
    @Argument(help: .init("Item numbers in priority order.", valueName: "item")) var items: [Int]
    @Option(help: .init("A note on the decision.", valueName: "text")) var note: String?

    func run(in context: CommandContext) throws -> Output {
        let themes = try context.change { w in try w.prioritise(team: team, items: items, note: note) }
        return .table(Table(name: "themes", columns: [Column("position", "#", numeric: true), Column("name", "theme"), Column("item", numeric: true), Column("codes")],
                            rows: themes.map { [.int($0.position), .text($0.name), $0.item.map(Value.int) ?? .null, .list($0.codes)] }, emptyNote: ""))
    }
}

/// Individual pies and consensus pies are checked, stored and reported the same way.
enum PieEntry {
    static func store(_ words: [String], normalise: Bool, for who: String, in context: CommandContext,
                      _ write: (ProjectWriter, [Pie.Slice]) throws -> (focusGroup: Int64, warnings: [String])) throws -> Output {
        let parsed = try Pie.parse(words, normalise: normalise)
        let r = try context.change { w in try write(w, parsed) }
        r.warnings.forEach(context.warn)
        context.currentFocusGroup = r.focusGroup
        return .message("\(who): " + Value.pie(parsed.map { ($0.item, $0.share) }).plain)
    }
}
