import Foundation
import XCTest

/// Exports of a small team: a role held by one person is never named, no pseudonym appears in
/// any format, votes are totals only, and words of someone who declined are never quoted.
final class ExportPrivacyTests: XCTestCase {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts").path

    static let setup = """
        researcher add Noor
        as Noor
        team add Amersfoort --code AMF --fte 190
        role add WOE
        role add teamchef --code TC
        participant add --team AMF --role WOE --name "Geheime Naam"
        participant add --team AMF --role WOE
        participant add --team AMF --role WOE
        participant add --team AMF --role teamchef --name "Kees Baas"
        interview add AMF-WOE-01 --date 2022-06-07 --interviewer Noor
        interview add AMF-TC-01 --date 2022-06-08 --interviewer Noor
        codebook import files/codes.yaml
        transcript import files/interview-a.txt --interview 1
        transcript import files/interview-b.txt --interview 2
        code 1 2 Rolverdeling --tension onduidelijkheid
        code 2 3 Rolverdeling --tension onenigheid
        a4 add AMF Rolverdeling "Wie heeft de regie?"
        a4 add AMF Coaching
        focusgroup add AMF --date 2022-11-15
        subgroup add 1 A --lead Noor
        subgroup join A AMF-WOE-01 AMF-WOE-02 AMF-WOE-03 AMF-TC-01
        pie AMF-WOE-01 1:60 2:40
        pie AMF-WOE-02 1
        pie AMF-WOE-03 1 2
        pie AMF-TC-01 2
        consensus A 1:70 2:30
        prioritise AMF 1 2
        timepie AMF-TC-01 "Leiding":60 "Overleg":40
        session add AMF --kind casusleren --date 2023-02-01 --title "Nachtdienst" --lead Noor
        session join 1 AMF-TC-01 AMF-WOE-01 +teamchef
        case add 1 "Melding in de nacht" --outcome went-well
        case event 1 --at "22:00" --by AMF-TC-01 "belt de dienstdoende"
        case event 1 --at "22:30" --by "Veilig Thuis" "neemt het over"
        case event 1 --at "23:00" --by teamchef "schaalt op"
        """

    func export(_ project: String, _ format: String) throws -> String {
        let out = project + "/out-\(format)"
        let r = try Veldwerk.run([project, "-c", "export AMF --format \(format) --out \(out) --force"], cwd: Self.scripts)
        XCTAssertEqual(r.status, 0, r.err)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        return try files.map { try String(contentsOfFile: out + "/" + $0, encoding: .utf8) }.joined(separator: "\n")
    }

    func testASmallTeamsExportsNameNoLoneRoleNoPseudonymAndNoOnesVote() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let built = try Veldwerk.run([project, "-c", Self.setup.split(separator: "\n").joined(separator: "; ")], cwd: Self.scripts)
        XCTAssertEqual(built.status, 0, built.err)

        for format in ["md", "html", "json", "csv"] {
            let text = try export(project, format)
            XCTAssertNil(text.range(of: #"AMF-[A-Z]+-[0-9]{2}"#, options: .regularExpression), "\(format) names a pseudonym")
            XCTAssertFalse(text.contains("teamchef"), "\(format) names a role one person holds")
            XCTAssertFalse(text.contains("Baas") || text.contains("Geheime"), "\(format) names a person")
        }
        let md = try export(project, "md")
        XCTAssertTrue(md.contains("WOE, Amersfoort"), "three hold WOE: named\n\(md)")
        XCTAssertTrue(md.contains("collega, Amersfoort"), "the teamchef's quote and time pie read 'collega'")
        XCTAssertTrue(md.contains("andere rollen"), "the teamchef's interview is counted among other roles")
        XCTAssertTrue(md.contains("ten minste 3 deelnemers"), "the privacy note states the threshold")
        XCTAssertTrue(md.contains("andere rollen (2)"), "the session's two teamchef attendees are other roles\n\(md)")
        XCTAssertTrue(md.contains("Veilig Thuis"), "a partner is named as written")

        // Votes: totals per item, the subgroup's consensus, and a role only with 3 or more voters.
        let csv = try export(project, "csv")
        XCTAssertTrue(csv.contains("team,focus_group,kind,group,item,label,score,pies"))
        XCTAssertTrue(csv.contains("Amersfoort,1,all,,1,Wie heeft de regie?,2.1000,3"), csv)
        XCTAssertTrue(csv.contains("Amersfoort,1,consensus,A,1"), csv)
        XCTAssertTrue(csv.contains("Amersfoort,1,role,WOE,1"), csv)
        XCTAssertFalse(csv.contains(",individual,"))

        // Declining to be quoted keeps the words out; the codings still count.
        let before = try export(project, "json")
        XCTAssertTrue(before.contains("Dat weet eigenlijk niemand"), before)
        XCTAssertEqual(try Veldwerk.run([project, "-c", "consent AMF-WOE-01 --quotes no"]).status, 0)
        let after = try export(project, "json")
        XCTAssertFalse(after.contains("Dat weet eigenlijk niemand"), "a declined quote was exported")
        XCTAssertTrue(after.contains("\"withheldQuotes\": 1"), after)
        XCTAssertTrue(after.contains("\"segments\": 2,"), "the declined passage still counts")

        // The check lists it all at the prompt.
        let check = try Veldwerk.run([project, "-c", "privacy check AMF"])
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertTrue(check.out.contains("teamchef"), check.out)
        XCTAssertTrue(check.out.contains("AMF-WOE-01"), check.out)
        // Raising the threshold folds WOE too; a bad one is refused with one line.
        XCTAssertEqual(try Veldwerk.run([project, "-c", "privacy threshold 4"]).status, 0)
        XCTAssertFalse(try export(project, "md").contains("WOE, Amersfoort"))
        let bad = try Veldwerk.run([project, "-c", "privacy threshold 0"])
        XCTAssertEqual(bad.err, "error: the threshold is a number of people from 1 to 100; 3 is the usual\n")
        let badConsent = try Veldwerk.run([project, "-c", "consent AMF-WOE-01 --quotes maybe"])
        XCTAssertEqual(badConsent.err, "error: --quotes takes yes or no\n")
    }
}

/// The team's own sections sit around the generated evidence in every export, the review with
/// the team is stated, and the index carries the conclusions across teams.
final class TeamTextExportTests: XCTestCase {
    func testTheTeamsOwnTextFramesTheEvidence() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let commands = ExportPrivacyTests.setup + """

            text set AMF inleiding "Amersfoort werkt met drie WOE's in vier wijken."
            text set AMF 1 "Het team wil weten wie bij een lastige casus de regie neemt."
            text set AMF aan-de-slag "Begin klein: spreek per casus af wie de regie heeft."
            review record AMF --date 2024-03-12 --with teamchef WOE --note "twee passages aangescherpt"
            synthesis add conclusion "De regie is overal een vraag" --teams Amersfoort
            """
        let built = try Veldwerk.run([project, "-c", commands.split(separator: "\n").joined(separator: "; ")], cwd: ExportPrivacyTests.scripts)
        XCTAssertEqual(built.status, 0, built.err)
        let out = project + "/out"
        let exported = try Veldwerk.run([project, "-c", "export all --format md --out \(out)"])
        XCTAssertEqual(exported.status, 0, exported.err)
        let md = try String(contentsOfFile: out + "/amersfoort.md", encoding: .utf8)
        func at(_ s: String) -> Int { md.range(of: s).map { md.distance(from: md.startIndex, to: $0.lowerBound) } ?? -1 }
        XCTAssertTrue(at("## Inleiding") >= 0 && at("## Inleiding") < at("## Profiel van het basisteam"), md)
        XCTAssertTrue(at("### 1. Wie heeft de regie?") < at("Het team wil weten wie") && at("Het team wil weten wie") < at("Begin klein"), md)
        XCTAssertTrue(at("## Aan de slag") > at("### 2."), md)
        XCTAssertTrue(md.contains("Deze tekst is besproken met het team op 2024-03-12 (aanwezig: WOE, andere rollen). twee passages aangescherpt"), md)
        let index = try String(contentsOfFile: out + "/index.md", encoding: .utf8)
        XCTAssertTrue(index.contains("**Conclusie**: De regie is overal een vraag (rust op: Amersfoort)"), index)
        XCTAssertEqual(try Veldwerk.run([project, "-c", "export all --format json --out \(out)"]).status, 0)
        let json = try String(contentsOfFile: out + "/amersfoort.json", encoding: .utf8)
        XCTAssertTrue(json.contains("\"introduction\": \"Amersfoort werkt met drie WOE's in vier wijken.\""), json)
        XCTAssertTrue(json.contains("\"narrative\": \"Het team wil weten wie"), json)
    }
}
