import Foundation
import VeldwerkCore

/// `veldwerk-serve`, the program that carries the web server, found beside `veldwerk`.
enum ServerProgram {
    static let name = "veldwerk-serve"

    /// Replaces this process with `veldwerk-serve`, given the same words; returns only on failure.
    static func handOver(_ arguments: [String]) throws -> Int32 {
        let here = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let path = here.appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw VeldwerkError("\(name) is not beside veldwerk in \(here.path); build both with 'swift build' (or 'swift build -c release')")
        }
        fflush(nil)
        let argv = ([name] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
        throw VeldwerkError("cannot start \(path) (\(String(cString: strerror(errno)))); check that it is executable")
    }
}
