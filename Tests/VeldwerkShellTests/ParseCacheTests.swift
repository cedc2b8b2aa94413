import ArgumentParser
import XCTest
@testable import VeldwerkCommands

/// A line parsed again from its shape's template must make exactly the command ArgumentParser
/// makes of it, for every command Veldwerk declares; where it cannot, ArgumentParser parses.
final class ParseCacheTests: XCTestCase {
    static let pool = ["1", "2", "12", "3-5", "abc", "Regie", "x y", "2023-09-01", "2023-02-30", "nl", "en", "team", "role",
                       "dilemma", "-3", "0", "1.5", "AMF", "ja", "", "70:30", "AMF-WOE-01", "2024-05", "tm 3"]

    func description(_ command: Any) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }

    func testEveryCommandParsedAgainIsWhatArgumentParserMakes() throws {
        // Other lines each run; a failure names its line.
        var random = SystemRandomNumberGenerator()
        var fast = 0, compared = 0
        for entry in CommandCatalog.entries where !entry.isGroup && !entry.isAlias {
            let specs = CommandCatalog.arguments(for: entry.path)
            for _ in 0..<6 {
                // One shape: which options and flags, in which order, and the positionals.
                let chosen = specs.filter { $0.kind == .positional || Bool.random(using: &random) }
                let order = chosen.shuffled(using: &random)
                // A repeating positional gets one to three words, the same number in every line of the shape.
                let repeats = Int.random(in: 1...3, using: &random)
                func line() -> [String] {
                    var words: [String] = []
                    for spec in order {
                        if let name = spec.names.randomElement(using: &random) { words.append(name) }
                        let count = spec.kind == .flag ? 0 : spec.kind == .positional && spec.isRepeating ? repeats : 1
                        for _ in 0..<count { words.append((Self.pool + spec.choices).randomElement(using: &random)!) }
                    }
                    return words
                }
                // The second line of a shape that ArgumentParser takes becomes its template.
                for _ in 0..<4 { _ = try? CommandCatalog.parse(entry.path + line()) }
                for _ in 0..<4 {
                    let words = line()
                    let plain = try? entry.type.parseAsRoot(words)
                    guard let again = ParseCache.parse(entry.type, path: entry.path, words) else { continue }
                    fast += 1
                    guard let plain else {
                        XCTFail("'\((entry.path + words).joined(separator: " "))' parsed again, but ArgumentParser refuses it")
                        continue
                    }
                    compared += 1
                    XCTAssertEqual(description(again), description(plain), (entry.path + words).joined(separator: " "))
                }
            }
        }
        // The comparison must have happened, across many commands.
        XCTAssertGreaterThan(compared, 300)
        XCTAssertEqual(fast, compared)
    }

    func testTheHotCommandsOfAScriptAreParsedAgain() throws {
        for line in [["code", "1", "2", "Regie", "--tension", "dilemma"],
                     ["participant", "add", "--team", "AMF", "--role", "WOE", "--name", "Person 1"],
                     ["interview", "add", "AMF-WOE-01", "--date", "2022-03-01", "--interviewer", "Noor"],
                     ["recognise", "AMF-WOE-01", "1", "2", "4"],
                     ["pie", "AMF-WOE-01", "2:50", "1:30", "4:20"],
                     ["log", "add", "--team", "AMF", "--date", "2022-09-01", "--setting", "in het werk", "Overleg over regie."]] {
            // Parsed by ArgumentParser twice: the second time makes the template.
            _ = try CommandCatalog.parse(line)
            _ = try CommandCatalog.parse(line)
            let path = Array(line.prefix(["code", "recognise", "pie"].contains(line[0]) ? 1 : 2))
            let words = Array(line.dropFirst(path.count))
            let again = try XCTUnwrap(ParseCache.parse(try XCTUnwrap(CommandCatalog.entry(path)).type, path: path, words))
            XCTAssertEqual(description(again), description(try CommandCatalog.entry(path)!.type.parseAsRoot(words)))
        }
        // A shape parsed once leaves no template: a single command pays nothing for the cache.
        // (An option given twice, which ArgumentParser takes and the random lines never make.)
        let once = ["AMF-WOE-77", "--interviewer", "Sem", "--date", "2022-03-01", "--date", "2022-03-02"]
        _ = try CommandCatalog.parse(["interview", "add"] + once)
        XCTAssertFalse(ParseCache.hasTemplate(["interview", "add"], once))
        _ = try CommandCatalog.parse(["interview", "add"] + once)
        XCTAssertTrue(ParseCache.hasTemplate(["interview", "add"], once))
        // A value that does not convert is ArgumentParser's to word.
        XCTAssertNil(ParseCache.parse(CommandCatalog.entry(["code"])!.type, path: ["code"], ["x", "2", "Regie", "--tension", "dilemma"]))
        XCTAssertThrowsError(try CommandCatalog.parse(["code", "x", "2", "Regie", "--tension", "dilemma"])) { error in
            XCTAssertTrue("\(error)".contains("see 'help code'"), "\(error)")
        }
    }
}
