import Foundation
import XCTest

/// Replays each `Scripts/NAME.vw` on a fresh project and compares everything the binary prints
/// with `Scripts/NAME.expected`. Set VELDWERK_UPDATE_EXPECTED=1 to rewrite the expectations
/// after a deliberate change, then read the diff.
final class ScriptTests: XCTestCase {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")

    func testEveryScriptPrintsWhatIsExpected() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.scripts.path).filter { $0.hasSuffix(".vw") }.sorted()
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let project = try Veldwerk.newProject()
            defer { try? FileManager.default.removeItem(atPath: project) }
            let script = Self.scripts.appendingPathComponent(file)
            let r = try Veldwerk.run([project, "--script", script.path, "--keep-going"], cwd: Self.scripts.path)
            // Paths differ between checkouts; expectations name files relative to Scripts/.
            let folder = Self.scripts.path + "/"
            let actual = Self.masked("\(r.out)--- stderr\n\(r.err)--- exit \(r.status)\n".replacingOccurrences(of: folder, with: ""), project: project)
            let expectedURL = script.deletingPathExtension().appendingPathExtension("expected")
            if ProcessInfo.processInfo.environment["VELDWERK_UPDATE_EXPECTED"] == "1" {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? "(missing \(expectedURL.lastPathComponent))"
            XCTAssertEqual(actual, expected, "\(file): output differs")
            if actual != expected { print(Self.firstDifference(actual, expected)) }
        }
    }

    /// Codes and link tokens are random by design, and the project's folder is a new temporary
    /// one each run: they are shown by their shape only.
    static func masked(_ text: String, project: String) -> String {
        text.replacingOccurrences(of: project, with: "PROJECT")
            .replacingOccurrences(of: #"([bdfghjklmnprstvz][aeiou]){2}(-([bdfghjklmnprstvz][aeiou]){2}){3}"#, with: "CODE", options: .regularExpression)
            .replacingOccurrences(of: #"/board/[0-9a-f]{32}"#, with: "/board/TOKEN", options: .regularExpression)
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let la = a.components(separatedBy: "\n"), lb = b.components(separatedBy: "\n")
        for i in 0..<max(la.count, lb.count) where i >= la.count || i >= lb.count || la[i] != lb[i] {
            return "line \(i + 1):\n  actual:   \(i < la.count ? la[i] : "<end>")\n  expected: \(i < lb.count ? lb[i] : "<end>")"
        }
        return "same"
    }
}
