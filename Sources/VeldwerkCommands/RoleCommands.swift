import ArgumentParser
import VeldwerkCore

struct RoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role",
        abstract: "Roles (functies) such as WOE, wijkagent, OE; every team has its own set.",
        subcommands: [RoleAdd.self, RoleList.self])
}

struct RoleAdd: PromptCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a role.",
        discussion: """
            The code (used in pseudonyms) is the name itself when short, else its first letters; --code sets it.
            Example:
              role add wijkagent --code WA --description "neighbourhood officer"
            """)

    @Argument(help: "The role's name.") var role: String
    @Option(help: "Short letters for pseudonyms, e.g. WA.") var code: String?
    @Option(help: .init("What the role is.", valueName: "text")) var description: String?

    func run(in context: CommandContext) throws -> Output {
        let added = try context.change { w in try w.addRole(name: role, code: code, description: description) }
        return .message("role \(added.name) (\(added.code))")
    }
}

struct RoleList: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the roles with how many participants each team has in them.",
        discussion: "Example:\n  role list")

    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let (roles, use) = try context.read { r in (try r.roles(), try r.roleUse()) }
        let rows: [[Value]] = roles.map { role in
            let perTeam = (use[role.name] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            return [.text(role.name), .text(role.code), role.description.map(Value.text) ?? .null, .list(perTeam)]
        }
        return .table(Table(
            name: "roles",
            columns: [Column("name", "role"), Column("code"), Column("description"), Column("teams", "participants per team")],
            rows: rows, emptyNote: "no roles yet; add one with 'role add NAME'"))
    }
}
