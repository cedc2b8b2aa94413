import Foundation
import XCTest

/// The demo's exports tell each team's story in order: at the end of every phase an interim
/// report names the phase and shows only what had happened by then, with the team's own
/// sections in their version of then; no export names a role fewer than three of the team hold
/// or carries a pseudonym.
final class DemoTimelineTests: XCTestCase {
    func json(_ args: String) throws -> [[String: Any]] {
        let r = try Veldwerk.run([DemoProject.built, "--json", "-c", args])
        XCTAssertEqual(r.status, 0, r.err)
        return try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [[String: Any]]
    }

    func export(_ team: String, asOf: String?) throws -> String {
        let out = NSTemporaryDirectory() + "veldwerk-demo-export-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try Veldwerk.run([DemoProject.built, "-c", "export \"\(team)\" --format md --out \(out)" + (asOf.map { " --as-of \($0)" } ?? "")])
        XCTAssertEqual(r.status, 0, r.err)
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        return try String(contentsOfFile: out + "/" + files[0], encoding: .utf8)
    }

    func testAtTheEndOfEachPhaseTheReportTellsTheStorySoFar() throws {
        let pseudonym = try NSRegularExpression(pattern: "\\b[A-Z]{3}-[A-Z]{2,5}-[0-9]{2}\\b")
        let attribution = try NSRegularExpression(pattern: "— \\*([^*]+), ([^*]+)\\*")
        for team in ["Amersfoort", "Utrecht-Zuid", "Almere Stad-Haven"] {
            // Everyone quoted was interviewed by the end of October 2022; roles as they were then.
            let people = try json("participant list --team \"\(team)\" --as-of 2022-10-31")
            let holders = Dictionary(grouping: people, by: { $0["role"] as! String }).mapValues(\.count)
            let phases = try json("phase list \"\(team)\"")
            XCTAssertEqual(phases.map { $0["phase"] as! String }, ["verkennen", "terugkoppelen", "concretiseren", "implementeren", "afronden"], team)
            var previousLength = 0, named = 0
            for phase in phases {
                let end = phase["to"] as! String
                let text = try export(team, asOf: end)
                let name = phase["phase"] as! String
                XCTAssertTrue(text.contains("**Stand op \(end)** (fase: \(name))"), "\(team) \(end)")
                XCTAssertEqual(name == "verkennen", text.contains("Nog geen gevalideerde thema's."), "\(team) \(name): themes come with the focus group")
                XCTAssertGreaterThan(text.count, previousLength, "\(team) \(name): the story only grows")
                previousLength = text.count
                XCTAssertNil(pseudonym.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), "\(team) \(name) shows a pseudonym")
                for m in attribution.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    let role = String(text[Range(m.range(at: 1), in: text)!])
                    guard role != "collega" else { continue }
                    let function = team == "Utrecht-Zuid" && role == "OEWA" ? "WOE" : role
                    XCTAssertGreaterThanOrEqual(holders[function] ?? 0, 3, "\(team) \(name) names \(role)")
                    named += 1
                }
            }
            XCTAssertGreaterThan(named, 0, "\(team): the check saw roles named")
        }
    }

    func testTheTeamsOwnWordsAndThePilotFollowTheCalendar() throws {
        let spring2023 = try export("Almere Stad-Haven", asOf: "2023-05-31")
        XCTAssertTrue(spring2023.contains("Uit de focusgroep kwam de vraag wie voor de wijkagent zorgt"), spring2023)
        XCTAssertTrue(spring2023.contains("[Idee] Proef van een jaar"), spring2023)
        XCTAssertTrue(spring2023.contains("Goedgekeurd door: managementteam, 2023-05-23"))
        XCTAssertFalse(spring2023.contains("## Aan de slag"))
        let final = try export("Almere Stad-Haven", asOf: nil)
        XCTAssertTrue(final.contains("zette de proef daarna voort in dat cluster"))
        XCTAssertFalse(final.contains("Uit de focusgroep kwam de vraag"))
        XCTAssertTrue(final.contains("Verloop: Idee (2023-03-16) → Gestart (2024-01-08: na de zomer voorbereid, begonnen met het nieuwe jaar) → Gerealiseerd (2024-12-17: voortgezet in GGP 2, niet uitgebreid naar de andere clusters)"), final)
        XCTAssertTrue(final.contains("Deze tekst is besproken met het team op 2025-02-04"), final)
        // Utrecht-Zuid: the team's own name for the role, and the lone OEWA left is a colleague.
        let utz = try export("Utrecht-Zuid", asOf: nil)
        XCTAssertTrue(utz.contains("— *OEWA, Utrecht-Zuid*"), utz)
        XCTAssertTrue(utz.contains("collega, Utrecht-Zuid (2024-02-01)"), utz)
        XCTAssertTrue(utz.contains("vacature OEWA, Utrecht-Zuid (2024-02-01)"), utz)
        XCTAssertTrue(utz.contains("[Gestopt] Beslisregel wanneer cluster of pijler voorgaat"), utz)
        XCTAssertTrue(utz.contains("Eerder (vanaf 2022-10-31): Drie OEWA's"), utz)
    }
}
