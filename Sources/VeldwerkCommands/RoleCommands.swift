import ArgumentParser
import VeldwerkCore

struct RoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role",
        abstract: "Roles (functies) such as WOE, wijkagent, OE; every team has its own set.",
        subcommands: [RoleAdd.self, RoleList.self, RoleAlias.self])
}

struct RoleAdd: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
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
    static let configuration = CommandConfiguration.prompt(
        commandName: "list", abstract: "List the roles with how many participants each team has in them.",
        discussion: "Example:\n  role list")

    @OptionGroup var output: OutputOptions

    func run(in context: CommandContext) throws -> Output {
        let (roles, use, aliases) = try context.read { r in (try r.roles(), try r.roleUse(), try r.roleAliases()) }
        let rows: [[Value]] = roles.map { role in
            let perTeam = (use[role.name] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            let names = aliases.sorted { $0.key < $1.key }.compactMap { team, names in names[role.name].map { "\($0) (\(team))" } }
            return [.text(role.name), .text(role.code), role.description.map(Value.text) ?? .null, .list(perTeam), .list(names)]
        }
        return .table(Table(
            name: "roles",
            columns: [Column("name", "role"), Column("code"), Column("description"), Column("teams", "participants per team"),
                      Column("aliases", "called")],
            rows: rows, emptyNote: "no roles yet; add one with 'role add NAME'"))
    }
}

struct RoleAlias: PromptCommand {
    static let configuration = CommandConfiguration.prompt(
        commandName: "alias", abstract: "Give a role a team's own name (Utrecht-Zuid's OEWA is its WOE).",
        discussion: """
            Counts and the matrix keep the role as one function across teams; attributions and
            listings in that team's export use the team's name for it.
            Example:
              role alias WOE OEWA --team Utrecht-Zuid
            """)

    @Argument(help: "The role (the function).") var role: String
    @Argument(help: .init("What the team calls it.", valueName: "name")) var name: String
    @Option(help: "The team that uses the name.") var team: String

    func run(in context: CommandContext) throws -> Output {
        try context.change { w in try w.setRoleAlias(role: role, name: name, team: team) }
        return .message("\(team): \(role) is called \(name)")
    }
}
