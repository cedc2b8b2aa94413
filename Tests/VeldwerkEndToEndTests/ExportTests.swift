import Foundation
import XCTest

/// The per-basisteam export, as a team would receive it.
final class ExportTests: XCTestCase {
    func export(_ project: String, _ format: String, to folder: String, extra: [String] = []) throws -> Veldwerk.Result {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try Veldwerk.run([project, "-c", (["export", "all", "--format", format, "--out", folder] + extra).joined(separator: " ")])
    }

    func testEveryFormatIsReproducibleByteForByte() throws {
        let project = DemoProject.built
        for format in ["md", "html", "json", "csv"] {
            let a = NSTemporaryDirectory() + "vw-a-\(UUID().uuidString)", b = NSTemporaryDirectory() + "vw-b-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
            XCTAssertEqual(try export(project, format, to: a).status, 0)
            XCTAssertEqual(try export(project, format, to: b).status, 0)
            let files = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
            XCTAssertEqual(files, try FileManager.default.contentsOfDirectory(atPath: b).sorted())
            XCTAssertTrue(files.contains("index.\(format)"), format)
            XCTAssertGreaterThanOrEqual(files.count, format == "csv" ? 10 : 4)
            for f in files {
                XCTAssertEqual(FileManager.default.contents(atPath: a + "/" + f), FileManager.default.contents(atPath: b + "/" + f), f)
            }
        }
    }

    func testJSONValidatesAgainstItsPublishedSchema() throws {
        let folder = NSTemporaryDirectory() + "vw-json-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(try export(DemoProject.built, "json", to: folder, extra: ["--lang", "en", "--timestamp"]).status, 0)
        let schema = DemoProject.repository.appendingPathComponent("docs/export-schema.json").path
        let check = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            for path in sys.argv[2:]:
                jsonschema.Draft202012Validator(schema).validate(json.load(open(path)))
            print("valid", len(sys.argv) - 2)
            """
        let files = ["amersfoort", "utrecht-zuid", "almere-stad-haven"].map { "\(folder)/\($0).json" }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", check, schema] + files
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 0, message)
        XCTAssertEqual(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self), "valid 3\n")
        // And it says what the team reached.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: files[0]))) as! [String: Any]
        XCTAssertEqual((json["themes"] as! [[String: Any]]).map { $0["name"] as! String },
                       ["Resultaatgericht werken aan portefeuilles", "Rolverdeling bij complexe casuïstiek", "Coaching van wijkagenten"])
        XCTAssertNotNil(json["generated"])
    }

    func testNoRealNameReachesAnyExportWhateverTheData() throws {
        let (root, project) = try DemoProject.copy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // Plant names: a participant, and their name in a note, a theme, a plan and a time pie.
        let plant = try Veldwerk.run([project, "--as", "Noor"], stdin: Data("""
            participant add --team AMF --role OE --name "Gerrit Klaassen"
            log add --team AMF --date 2022-11-01 --setting "in het werk" --theme "Coaching van wijkagenten" "Gerrit Klaassen zei dat klaassen het anders wil; Gerrit belde later. Anouk Hendriks was het eens."
            theme rename "Coaching van wijkagenten" "Coaching zoals Klaassen het wil" --date 2022-11-02 --reason "op verzoek van Gerrit Klaassen"
            plan add "Coaching zoals Klaassen het wil" "Gesprek met Anouk Hendriks over coaching" --owner OE --level operational --status idea
            timepie AMF-OE-05 "overleg met Klaassen":100

            """.utf8))
        XCTAssertEqual(plant.status, 0, plant.err)
        let names = try Veldwerk.sqlite(project, "SELECT real_name FROM participant WHERE real_name IS NOT NULL").split(separator: "\n").map(String.init)
        XCTAssertEqual(names.count, 41)
        let folder = root + "/out"
        for format in ["md", "html", "json", "csv"] {
            XCTAssertEqual(try export(project, format, to: folder, extra: ["--force"]).status, 0, format)
        }
        let surnames = names.compactMap { $0.split(separator: " ").last.map(String.init) }.filter { $0.count >= 4 }
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for name in names + surnames {
                XCTAssertFalse(text.contains(name), "\(name) appears in \(file)")
            }
        }
        let md = try String(contentsOfFile: folder + "/amersfoort.md", encoding: .utf8)
        XCTAssertTrue(md.contains("Coaching zoals […] het wil"), "the planted theme is exported, scrubbed")
        XCTAssertFalse(md.lowercased().contains("klaassen"))
    }

    func testAnA4LabelWithANameIsScrubbedInTheVotesToo() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let setup = try Veldwerk.run([project, "-c", """
            team add Alpha --code ALP; role add OE; participant add --team ALP --role OE --name "Gerrit Klaassen";
            codebook add Regie; a4 add ALP Regie "Wat klaassen wil"; focusgroup add ALP --date 2022-11-01;
            subgroup add 1 A; subgroup join A ALP-OE-01; pie ALP-OE-01 1; prioritise ALP 1;
            log add --team ALP --date 2022-11-02 --setting overleg --theme 1 "Gerrit Klaassen zei dat klaassen het anders wil; Gerrit belde later."
            """])
        XCTAssertEqual(setup.status, 0, setup.err)
        let folder = project + "/out"
        for format in ["csv", "md", "json", "html"] {
            XCTAssertEqual(try export(project, format, to: folder, extra: ["--force"]).status, 0, format)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertTrue(files.contains("alpha-votes.csv"), "\(files)")
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            XCTAssertFalse(text.lowercased().contains("klaassen"), file)
            XCTAssertFalse(text.contains("Gerrit"), file)
        }
        XCTAssertTrue(try String(contentsOfFile: folder + "/alpha-votes.csv", encoding: .utf8).contains("Wat […] wil"))
        XCTAssertTrue(try String(contentsOfFile: folder + "/alpha.md", encoding: .utf8).contains("[…] zei dat […] het anders wil; […] belde later"))
    }

    func testMarkdownCarriesNoRawHTMLFromNames() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let setup = try Veldwerk.run([project, "-c", """
            team add "<script>alert(1)</script> | A&amp;B" --code X; role add R; codebook add "<img src=x onerror=y>";
            a4 add X "<img src=x onerror=y>"; focusgroup add X --date 2022-01-01; subgroup add 1 A; subgroup join A +R; pie X-R-01 1; prioritise X 1
            """])
        XCTAssertEqual(setup.status, 0, setup.err)
        let folder = project + "/out"
        XCTAssertEqual(try export(project, "md", to: folder).status, 0)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            XCTAssertFalse(text.contains("<script") || text.contains("<img"), file)
            XCTAssertTrue(text.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| A&amp;amp;B"), text)
        }
    }

    func testExportMakesItsFolderAndNeverLetsTwoTeamsShareAFile() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        XCTAssertEqual(try Veldwerk.run([project, "-c", "team add \"Utrecht Zuid\" --code UZA; team add Utrecht-Zuid --code UZB; team add Index --code IDX; team add Anker; team add Ankér --code ANE"]).status, 0)
        let folder = project + "/new"
        for format in ["md", "csv"] {
            let r = try Veldwerk.run([project, "-c", "export all --format \(format) --out \(folder)"])
            XCTAssertEqual(r.status, 0, r.err)
        }
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        XCTAssertTrue(files.isSuperset(of: ["utrecht-zuid.md", "utrecht-zuid-2.md", "index.md", "index-2.md", "anker.md", "anker-2.md",
                                            "utrecht-zuid-themes.csv", "utrecht-zuid-2-themes.csv", "index-2-votes.csv", "index.csv"]), "\(files.sorted())")
        let index = try String(contentsOfFile: folder + "/index.md", encoding: .utf8)
        XCTAssertTrue(index.contains("index-2.md") && index.contains("utrecht-zuid-2.md"), index)
        // Only the last folder is made; an empty --out is refused; nothing is written for either.
        let deep = try Veldwerk.run([project, "-c", "export all --format md --out \(project)/a/b"])
        XCTAssertEqual(deep.status, 1)
        XCTAssertTrue(deep.err.contains("does not exist"), deep.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: project + "/a"))
        let empty = try Veldwerk.run([project, "-c", "export all --format md --out \"\""])
        XCTAssertEqual(empty.status, 1)
        XCTAssertTrue(empty.err.contains("--out is empty"), empty.err)
    }

    func testTheHTMLIsOneStandaloneAccessibleFile() throws {
        let folder = NSTemporaryDirectory() + "vw-html-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        XCTAssertEqual(try export(DemoProject.built, "html", to: folder).status, 0)
        let html = try String(contentsOfFile: folder + "/amersfoort.html", encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<html lang=\"nl\">"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("http://") || html.contains("src=\""), "nothing is fetched")
        XCTAssertTrue(html.contains("<svg") && html.contains("role=\"img\"") && html.contains("<desc id="))
        XCTAssertTrue(html.contains("Ontwikkelplan") && html.contains("Uit de interviews"))
        XCTAssertTrue(html.contains("— wijkagent, Amersfoort"))
    }

    func testBadExportsWriteNothing() throws {
        let (root, project) = try DemoProject.copy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try Veldwerk.run([project, "-c", "team list"])
        let missing = try Veldwerk.run([project, "-c", "export all --format md --out \(root)/nope/deeper"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.contains("does not exist"), missing.err)
        let folder = root + "/out"
        XCTAssertEqual(try export(project, "md", to: folder).status, 0)
        try "mine".write(toFile: folder + "/utrecht-zuid.md", atomically: true, encoding: .utf8)
        let again = try export(project, "md", to: folder)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.contains("--force"), again.err)
        XCTAssertEqual(try String(contentsOfFile: folder + "/utrecht-zuid.md", encoding: .utf8), "mine")
        let unknown = try Veldwerk.run([project, "-c", "export Amsterdam --format md --out \(folder)"])
        XCTAssertTrue(unknown.err.contains("unknown team 'Amsterdam'"), unknown.err)
        let readOnly = root + "/ro"
        try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o500])
        if getuid() != 0 {
            XCTAssertEqual(try export(project, "md", to: readOnly).status, 1)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }, [])
    }

    func testLogNewOpensTheEditorAndAnEmptyOrFailedEditAborts() throws {
        let project = try Veldwerk.newProject()
        defer { try? FileManager.default.removeItem(atPath: project) }
        try Veldwerk.run([project, "-c", "team add Amersfoort --code AMF; role add WOE; researcher add Noor"])
        let editor = project + "/editor.sh"
        try """
            #!/bin/sh
            sed -i 's/^setting: in het werk$/setting: over het werk/; s/^roles:$/roles: WOE/' "$1"
            printf 'Sessie met de kerngroep over regie.\\n# dit valt weg\\n' >> "$1"
            """.write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let ok = try Veldwerk.run([project, "--as", "Noor", "-c", "log new --team AMF; log list --json"], env: ["EDITOR": editor])
        XCTAssertEqual(ok.status, 0, ok.err)
        XCTAssertTrue(ok.out.contains("\"setting\": \"over het werk\""), ok.out)
        XCTAssertTrue(ok.out.contains("Sessie met de kerngroep over regie."), ok.out)
        XCTAssertFalse(ok.out.contains("dit valt weg"))
        let before = try Veldwerk.dump(project)
        let failing = try Veldwerk.run([project, "-c", "log new --team AMF"], env: ["EDITOR": "false"])
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.err.contains("exited with status 1; nothing was saved"), failing.err)
        let empty = try Veldwerk.run([project, "-c", "log new --team AMF"], env: ["EDITOR": "true"])
        XCTAssertTrue(empty.err.contains("the note is empty"), empty.err)
        XCTAssertEqual(try Veldwerk.dump(project), before)
    }
}
