import Foundation
import VeldwerkShell

exit(Launcher.main(arguments: Array(CommandLine.arguments.dropFirst())))
