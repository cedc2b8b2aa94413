import Foundation
import VeldwerkCore

/// Wildcards in file arguments (`*`, `?`, `[...]`), expanded as a shell would, since the prompt
/// and scripts have no shell in front of them.
enum FilePatterns {
    static func hasWildcard(_ word: String) -> Bool {
        word.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// Each argument resolved against `resolve`, a pattern replaced by the files it matches in
    /// sorted order. A pattern that matches nothing is an error naming it; a name that merely
    /// contains a wildcard character and exists as typed is taken as it is.
    static func expand(_ words: [String], resolve: (String) -> String) throws -> [String] {
        var result: [String] = []
        for word in words {
            let path = resolve(word)
            guard hasWildcard(word) else { result.append(path); continue }
            var found = glob_t()
            defer { globfree(&found) }
            let status = glob(path, GLOB_NOSORT, nil, &found)
            var matches: [String] = []
            if status == 0 {
                for i in 0..<Int(found.gl_pathc) {
                    if let p = found.gl_pathv[i] { matches.append(String(cString: p)) }
                }
            }
            if matches.isEmpty {
                if FileManager.default.fileExists(atPath: path) { result.append(path); continue }
                throw VeldwerkError("no file matches '\(word)'; check the folder and the pattern")
            }
            // Byte order, the same on every machine (glob's own order follows the locale).
            result += matches.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        }
        return result
    }
}

extension CommandContext {
    /// File arguments as typed, made absolute, with wildcards expanded.
    public func files(_ words: [String]) throws -> [String] {
        try FilePatterns.expand(words, resolve: resolve)
    }
}
