import ArgumentParser

/// `veldwerk serve DIR`: the pages for the room over a project, until Ctrl-C.
///
/// Declared here, beside the prompt's commands, so `veldwerk` parses it and lists it in its help
/// without carrying the web server: the server itself (`ServeCommand.start`, in VeldwerkServer)
/// lives in the `veldwerk-serve` program, which `veldwerk serve` hands over to.
public struct ServeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the pages for the room: voting from phones, the live board, the team's review.",
        discussion: """
            Listens on 127.0.0.1 (this computer only) unless --lan. Open rounds at the prompt
            with 'vote open FOCUSGROUP' or 'review open TEAM'; the links they print point here.
            Example:
              veldwerk serve Projects/woest-demo --lan --port 8080
            """)

    @Argument(help: "The project folder.") public var dir: String
    @Option(help: "The port (0 picks a free one).") public var port: Int = 8080
    @Flag(help: "Listen on the local network too, so phones in the room can reach it.") public var lan = false
    @Option(help: "The pages' language: nl or en.") public var lang: String = "nl"

    public init() {}
}
