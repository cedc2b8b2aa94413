import Foundation
import VeldwerkServer
import VeldwerkShell

// `veldwerk serve ...`, handed over by `veldwerk`: the same words, parsed by the same program.
exit(Launcher.main(arguments: Array(CommandLine.arguments.dropFirst()), serve: { $0.start() }))
