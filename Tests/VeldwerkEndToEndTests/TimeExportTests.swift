import Foundation
import XCTest

/// Interim reports: `export --as-of` writes a team's text as it stood on a day, with people in
/// the team and role they had then, the phase the team was in, each plan action's path so far
/// and the team's own sections in their version of then; and a person who moved keeps their
/// interview with the team they spoke about.
final class TimeExportTests: XCTestCase {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts").path

    static let setup = """
        researcher add Noor
        as Noor
        team add Utrecht-Zuid --code UTZ
        team add Almere --code ALM
        role add WOE
        role add OSA
        participant add --team UTZ --role WOE --name "Geheime Naam"
        participant add --team UTZ --role WOE
        participant add --team UTZ --role WOE
        role alias WOE OEWA --team Utrecht-Zuid
        interview add UTZ-WOE-01 --date 2022-06-07 --interviewer Noor
        interview add UTZ-WOE-03 --date 2022-06-08 --interviewer Noor
        codebook import files/codes.yaml
        transcript import files/interview-a.txt --interview 1
        transcript import files/interview-b.txt --interview 2
        code 1 2 Rolverdeling --tension onduidelijkheid
        code 2 3 Rolverdeling --tension onenigheid
        phase UTZ verkennen --from 2022-06-01 --to 2022-10-31
        phase UTZ terugkoppelen --from 2022-11-01 --to 2022-12-31
        phase UTZ concretiseren --from 2023-02-01 --to 2023-05-31
        phase UTZ implementeren --from 2023-06-01
        team edit UTZ --woe-position "Een OEWA per cluster" --date 2022-06-01
        team edit UTZ --woe-position "Een OEWA voor het hele team" --date 2024-01-15
        a4 add UTZ Rolverdeling "Wie heeft de regie?"
        focusgroup add UTZ --date 2022-11-15
        prioritise UTZ 1
        theme rename 1 "Regie bij lastige casussen" --date 2023-03-01 --reason "aangescherpt in de sessie"
        plan add 1 "Pilot casusregie door de OEWA" --owner WOE --level tactical --status idea --date 2023-02-14 --scope basisteam --expects "minder casussen zonder regie"
        plan approve 1 --by teamoverleg --date 2023-03-14
        plan status 1 started --date 2023-06-01
        plan evaluate 1 2024-01 --label halverwege --notes "regie vaker belegd"
        plan status 1 stopped --date 2024-03-01 --note "capaciteit ging naar de noodhulp"
        text set UTZ inleiding "Eerste versie van de inleiding." --date 2022-12-10
        text set UTZ inleiding "Tweede versie, na de pilot." --date 2024-03-10
        timepie UTZ-WOE-01 --date 2022-07-01 "portefeuille":50 "invallen":50
        timepie UTZ-WOE-01 --date 2024-02-01 "portefeuille":80 "invallen":20
        timepie WOE --team UTZ --vacancy --date 2024-02-01 "casusregie":100
        participant move UTZ-WOE-02 --date 2023-09-01 --role OSA
        participant move UTZ-WOE-03 --date 2024-01-15 --team ALM
        """

    var project = ""

    override func setUpWithError() throws {
        project = try Veldwerk.newProject()
        let built = try Veldwerk.run([project, "-c", Self.setup.split(separator: "\n").joined(separator: "; ")], cwd: Self.scripts)
        XCTAssertEqual(built.status, 0, built.err)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: project)
    }

    func export(_ team: String, _ format: String, asOf: String?) throws -> String {
        let out = project + "/out-\(team)-\(format)-\(asOf ?? "now")"
        let r = try Veldwerk.run([project, "-c", "export \(team) --format \(format) --out \(out) --force" + (asOf.map { " --as-of \($0)" } ?? "")],
                                 cwd: Self.scripts)
        XCTAssertEqual(r.status, 0, r.err)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        return try files.map { try String(contentsOfFile: out + "/" + $0, encoding: .utf8) }.joined(separator: "\n")
    }

    func testEachInterimReportTellsTheStorySoFar() throws {
        let explore = try export("UTZ", "md", asOf: "2022-10-31")
        XCTAssertTrue(explore.contains("**Stand op 2022-10-31** (fase: verkennen)"), explore)
        XCTAssertTrue(explore.contains("Nog geen gevalideerde thema's."), explore)
        XCTAssertFalse(explore.contains("Inleiding"), "no section was written by then")
        XCTAssertTrue(explore.contains("| OEWA | 2 |"), "both interviews by the team's own name for the role: \(explore)")
        XCTAssertTrue(explore.contains("OEWA, Utrecht-Zuid (2022-07-01): portefeuille 50%, invallen 50%"), explore)

        let concretise = try export("UTZ", "md", asOf: "2023-05-31")
        XCTAssertTrue(concretise.contains("(fase: concretiseren)"), concretise)
        XCTAssertTrue(concretise.contains("Regie bij lastige casussen"), "renamed on 2023-03-01: \(concretise)")
        XCTAssertTrue(concretise.contains("Eerste versie van de inleiding."))
        XCTAssertTrue(concretise.contains("[Idee] Pilot casusregie door de OEWA (Wie: OEWA; reikwijdte: basisteam)"), concretise)
        XCTAssertTrue(concretise.contains("Verwacht: minder casussen zonder regie"))
        XCTAssertTrue(concretise.contains("Goedgekeurd door: teamoverleg, 2023-03-14"))
        XCTAssertFalse(concretise.contains("Gestart"), "started only in June")
        XCTAssertFalse(concretise.contains("halverwege"))

        let feedBack = try export("UTZ", "md", asOf: "2022-11-30")
        XCTAssertTrue(feedBack.contains("Wie heeft de regie?"), "the theme's name before the rename: \(feedBack)")
        XCTAssertFalse(feedBack.contains("Regie bij lastige casussen"))

        let later = try export("UTZ", "md", asOf: "2024-06-30")
        XCTAssertTrue(later.contains("(fase: implementeren)"))
        XCTAssertTrue(later.contains("Tweede versie, na de pilot."))
        XCTAssertFalse(later.contains("Eerste versie"))
        XCTAssertTrue(later.contains("Verloop: Idee (2023-02-14) → Gestart (2023-06-01) → Gestopt (2024-03-01: capaciteit ging naar de noodhulp)"), later)
        XCTAssertTrue(later.contains("Evaluatie: 2024-01 – halverwege – regie vaker belegd"), later)
        XCTAssertTrue(later.contains("Positie van de WOE (vanaf 2024-01-15): Een OEWA voor het hele team"), later)
        XCTAssertTrue(later.contains("Eerder (vanaf 2022-06-01): Een OEWA per cluster"), later)
        // The lone OEWA left is no longer named; the pie of 2024 is the colleague's, beside the vacancy.
        XCTAssertTrue(later.contains("collega, Utrecht-Zuid (2024-02-01): portefeuille 80%, invallen 20%"), later)
        XCTAssertTrue(later.contains("vacature OEWA, Utrecht-Zuid (2024-02-01): casusregie 100%"), later)
        // Quotes keep the role their speakers had when interviewed, when three held it then.
        XCTAssertTrue(later.contains("OEWA, Utrecht-Zuid"))

        for text in [explore, concretise, feedBack, later] {
            for pseudonym in ["UTZ-WOE-01", "UTZ-WOE-02", "UTZ-WOE-03"] { XCTAssertFalse(text.contains(pseudonym), pseudonym) }
            XCTAssertFalse(text.contains("Geheime Naam"))
        }
    }

    func testAMovedPersonsInterviewStaysWithTheTeamTheySpokeAbout() throws {
        let utz = try export("UTZ", "json", asOf: nil)
        let alm = try export("ALM", "json", asOf: nil)
        XCTAssertTrue(utz.contains("\"transcripts\": 2") || utz.contains("\"transcripts\":2"), utz)
        XCTAssertTrue(alm.contains("\"transcripts\": 0") || alm.contains("\"transcripts\":0"), alm)
    }

    func testAsOfChangesNothingAndEveryFormatCarriesIt() throws {
        let before = try Veldwerk.run([project, "-c", "history"], cwd: Self.scripts).out
        for format in ["md", "html", "json", "csv"] {
            let text = try export("UTZ", format, asOf: "2023-05-31")
            XCTAssertFalse(text.contains("Gestopt") || text.contains("stopped"), "\(format) shows the future")
        }
        let json = try export("UTZ", "json", asOf: "2023-05-31")
        XCTAssertTrue(json.contains("\"asOf\": \"2023-05-31\"") || json.contains("\"asOf\":\"2023-05-31\""), json)
        let after = try Veldwerk.run([project, "-c", "history"], cwd: Self.scripts).out
        XCTAssertEqual(before, after, "an interim report writes nothing into the project")
        let bad = try Veldwerk.run([project, "-c", "export UTZ --format md --as-of 2023-02-30 --out \(project)/x"], cwd: Self.scripts)
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.err, "error: 2023-02 has no day 30; give a date as YYYY-MM-DD\n")
    }
}
