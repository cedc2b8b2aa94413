import Foundation
import XCTest

/// Opening, creating and building projects from the command line.
final class ProjectFileTests: XCTestCase {
    func testInitCreatesAPrivateDatabase() throws {
        let dir = NSTemporaryDirectory() + "veldwerk-init-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Veldwerk.run(["init", dir, "--name", "Studie"])
        XCTAssertEqual(r.status, 0, r.err)
        let attrs = try FileManager.default.attributesOfItem(atPath: dir + "/veldwerk.sqlite")
        XCTAssertEqual((attrs[.posixPermissions] as! NSNumber).intValue & 0o777, 0o600)
        let again = try Veldwerk.run(["init", dir])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.contains("already holds a project"), again.err)
    }

    func testOpeningSomethingElseFailsInOneLine() throws {
        let dir = NSTemporaryDirectory() + "veldwerk-open-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let missing = try Veldwerk.run([dir, "-c", "team list"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.err.split(separator: "\n").count, 1)
        XCTAssertTrue(missing.err.contains("veldwerk init"), missing.err)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data("just some notes\n".utf8).write(to: URL(fileURLWithPath: dir + "/veldwerk.sqlite"))
        let foreign = try Veldwerk.run([dir, "-c", "team list"])
        XCTAssertEqual(foreign.status, 1)
        XCTAssertTrue(foreign.err.contains("not a Veldwerk project"), foreign.err)
        XCTAssertEqual(try String(contentsOfFile: dir + "/veldwerk.sqlite", encoding: .utf8), "just some notes\n")
    }

    func testTheDemoBuildsFromItsScriptOnFirstOpen() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        // A copy laid out like the repository: the demo reads the shipped codebook beside it.
        let root = NSTemporaryDirectory() + "veldwerk-demo-\(UUID().uuidString)"
        let dir = root + "/Projects/woest-demo"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/Projects", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repository.path + "/Codebooks", toPath: root + "/Codebooks")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let source = repository.appendingPathComponent("Projects/woest-demo")
        for file in try FileManager.default.contentsOfDirectory(atPath: source.path) where !file.hasPrefix("veldwerk.sqlite") && !file.hasPrefix(".") {
            try FileManager.default.copyItem(atPath: source.path + "/" + file, toPath: dir + "/" + file)
        }
        let r = try Veldwerk.run([dir, "--json", "-c", "team list"])
        XCTAssertEqual(r.status, 0, r.err)
        let teams = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [[String: Any]]
        XCTAssertEqual(teams.map { $0["name"] as! String }, ["Almere Stad-Haven", "Amersfoort", "Utrecht-Zuid"])
        XCTAssertEqual(teams.map { $0["participants"] as! Int }.reduce(0, +), 50, "40 interviewees and 10 who joined a focus group")
        XCTAssertEqual(teams.map { $0["interviews"] as! Int }.reduce(0, +), 40)
        // The 40 interviewees as they stood when interviewed; others joined at the focus groups without an interview.
        let roles = try Veldwerk.run([dir, "--json", "-c", "participant list --as-of 2022-10-31"])
        let people = (try JSONSerialization.jsonObject(with: Data(roles.out.utf8)) as! [[String: Any]]).filter { ($0["interviews"] as! Int) > 0 }
        XCTAssertEqual(people.count, 40)
        let count = Dictionary(grouping: people, by: { $0["role"] as! String }).mapValues(\.count)
        XCTAssertEqual(count["WOE"], 11, "Utrecht-Zuid's OEWA's are its WOE's")
        XCTAssertNil(count["OEWA"])
        XCTAssertEqual(count["teamchef"], 3)
        XCTAssertEqual(count["OSA"], 2)
        XCTAssertEqual(count["wijkagent"], 12)
        // Later an OEWA became OSA, another left for Almere, and a wijkagent there became WOE.
        let now = (try JSONSerialization.jsonObject(with: Data(try Veldwerk.run([dir, "--json", "-c", "participant list --as-of 2025-01-01"]).out.utf8)) as! [[String: Any]])
            .filter { ($0["interviews"] as! Int) > 0 }
        let countNow = Dictionary(grouping: now, by: { $0["role"] as! String }).mapValues(\.count)
        XCTAssertEqual(countNow["OSA"], 3)
        XCTAssertEqual(countNow["wijkagent"], 11)
        XCTAssertEqual(now.filter { ($0["team"] as! String) == "Utrecht-Zuid" && ($0["role"] as! String) == "WOE" }.count, 1)
        XCTAssertEqual(count["OE"], 12)
        // Real names are in the database but in no listing.
        XCTAssertFalse(roles.out.contains("Hendriks"))
        XCTAssertTrue(try Veldwerk.sqlite(dir, "SELECT count(*) FROM participant WHERE real_name IS NOT NULL") == "40")
        let history = try Veldwerk.run([dir, "-c", "history"])
        XCTAssertFalse(history.out.contains("Hendriks"), "real names leak into history")
        // Phase 1 is in place: transcripts coded by two researchers per team, and A4 sheets.
        let transcripts = try JSONSerialization.jsonObject(with: Data(try Veldwerk.run([dir, "--json", "-c", "transcript list"]).out.utf8)) as! [[String: Any]]
        XCTAssertEqual(transcripts.count, 15)
        XCTAssertTrue(transcripts.allSatisfy { ($0["segments"] as! Int) > 0 && $0["participant"] is String })
        let agreement = try Veldwerk.run([dir, "--json", "-c", "agreement Noor Sem"])
        let overall = (try JSONSerialization.jsonObject(with: Data(agreement.out.utf8)) as! [String: Any])["overall"] as! [String: Any]
        let alpha = try XCTUnwrap(overall["alpha"] as? Double)
        XCTAssertTrue(alpha > 0.5 && alpha < 1, "alpha \(alpha)")
        for team in ["Amersfoort", "Utrecht-Zuid", "Almere Stad-Haven"] {
            let a4 = try Veldwerk.run([dir, "--json", "-c", "a4 show \"\(team)\""])
            XCTAssertGreaterThanOrEqual((try JSONSerialization.jsonObject(with: Data(a4.out.utf8)) as! [Any]).count, 4, team)
        }
        // Phase 2: the votes lead, through the tally, to the themes the study reached.
        let expected = [
            "Amersfoort": ["Resultaatgericht werken aan portefeuilles", "Rolverdeling bij complexe casuïstiek", "Coaching van wijkagenten"],
            "Almere Stad-Haven": ["Betrekken basisteam bij portefeuilles", "Personeelszorg wijkagent bij WOE"],
            "Utrecht-Zuid": ["Probleemgericht werken onder druk", "Thematische verantwoordelijkheid en gebiedsverantwoordelijkheid"],
        ]
        for (fg, team) in ["Amersfoort", "Utrecht-Zuid", "Almere Stad-Haven"].enumerated() {
            let all = try JSONSerialization.jsonObject(with: Data(try Veldwerk.run([dir, "--json", "-c", "theme list \"\(team)\""]).out.utf8)) as! [[String: Any]]
            // The plenary's themes come from A4 items; a session may add its own after them.
            let themes = all.filter { $0["item"] is Int }
            XCTAssertEqual(themes.map { $0["name"] as! String }, expected[team], team)
            XCTAssertEqual(all.filter { $0["session"] is Int }.map { $0["name"] as! String },
                           team == "Utrecht-Zuid" ? ["Analysetijd beschermen in het rooster"] : [], team)
            let tally = try JSONSerialization.jsonObject(with: Data(try Veldwerk.run([dir, "--json", "-c", "tally \(fg + 1)"]).out.utf8)) as! [String: Any]
            let items = tally["items"] as! [[String: Any]]
            // The chosen items are the top of the tally.
            let top = Set(items.prefix(themes.count).map { $0["item"] as! Int })
            XCTAssertEqual(Set(themes.map { $0["item"] as! Int }), top, team)
            XCTAssertEqual((tally["progress"] as! [String: Any])["participants"] as? Int, team == "Amersfoort" ? 20 : 15)
        }
    }
}
