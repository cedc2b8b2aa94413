import Foundation

// Measures Veldwerk against plain sqlite3 on the same machine; prints a table, or JSON with --json.
// Usage: swift run -c release veldwerk-bench [--json] [--sizes 40,400,4000]

let options = BenchOptions.parse(CommandLine.arguments.dropFirst())
var results: [Measurement] = []
let work = options.keep ?? NSTemporaryDirectory() + "veldwerk-bench-\(ProcessInfo.processInfo.processIdentifier)"
if options.keep != nil { try? FileManager.default.removeItem(atPath: work) }
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
defer { if options.keep == nil { try? FileManager.default.removeItem(atPath: work) } }

for size in options.sizes where !options.votesOnly {
    let project = "\(work)/p\(size)"
    let script = "\(work)/build\(size).vw"
    let commands = Corpus.peopleScript(interviews: size)
    try commands.joined(separator: "\n").write(toFile: script, atomically: true, encoding: .utf8)
    let build = try Runner.veldwerk(["init", project]).then { try Runner.veldwerk([project, "--script", script]) }
    let sql = "\(work)/build\(size).sql"
    try Corpus.peopleSQL(interviews: size).joined(separator: "\n").write(toFile: sql, atomically: true, encoding: .utf8)
    let baseline = try Runner.sqlite(database: "\(work)/plain\(size).sqlite", script: sql)
    results.append(Measurement(workload: "build project (\(commands.count) commands)", size: size, run: build, baseline: baseline, units: commands.count))

    var opens: [Run] = []
    for _ in 0..<options.repeats { opens.append(try Runner.veldwerk([project, "-c", ""])) }
    var plainOpens: [Run] = []
    for _ in 0..<options.repeats {
        plainOpens.append(try Runner.sqliteCommand(database: "\(work)/plain\(size).sqlite", sql: "SELECT count(*) FROM participant;"))
    }
    results.append(Measurement(workload: "open project (time to first prompt)", size: size, run: Run.median(opens), baseline: Run.median(plainOpens), units: 1))
    // One whole command, as people type it, beside the shell answering the same question.
    var teamLists: [Run] = [], plainTeamLists: [Run] = []
    for _ in 0..<options.repeats {
        teamLists.append(try Runner.veldwerk([project, "-c", "team list"]))
        plainTeamLists.append(try Runner.sqliteCommand(database: "\(project)/veldwerk.sqlite", sql: "SELECT name FROM team ORDER BY name;"))
    }
    var tl = Measurement(workload: "team list (whole command)", size: size, run: Run.median(teamLists), baseline: Run.median(plainTeamLists), units: 1)
    tl.goal = 2
    results.append(tl)

    guard options.transcripts else { continue }
    // Transcripts of about 8,000 words each, one per interview, imported through a manifest.
    let folder = "\(work)/t\(size)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var corpus = TranscriptCorpus(seed: 20221)
    var manifest = "file,participant,date\n"
    // The anchor: each file in its own transaction, indexed for full-text search as Veldwerk does.
    var loadSQL = ["PRAGMA journal_mode = WAL;", "CREATE TABLE document (id INTEGER PRIMARY KEY, body TEXT);",
                   "CREATE VIRTUAL TABLE document_fts USING fts5(body, content = 'document', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');"]
    var paragraphs: [Int] = []
    var bytes = 0
    for (i, participant) in Corpus.pseudonyms(interviews: size).enumerated() {
        let t = corpus.transcript(words: options.words)
        let name = "t\(i).txt"
        try t.text.write(toFile: "\(folder)/\(name)", atomically: false, encoding: .utf8)
        bytes += t.text.utf8.count
        paragraphs.append(t.paragraphs)
        manifest += "\(name),\(participant),2022-03-\(String(format: "%02d", 1 + i % 28))\n"
        loadSQL.append("BEGIN; INSERT INTO document (body) VALUES (readfile('\(folder)/\(name)')); INSERT INTO document_fts (rowid, body) SELECT id, body FROM document WHERE id = last_insert_rowid(); COMMIT;")
    }
    try manifest.write(toFile: "\(folder)/manifest.csv", atomically: false, encoding: .utf8)
    try loadSQL.joined(separator: "\n").write(toFile: "\(folder)/load.sql", atomically: false, encoding: .utf8)
    let load = try Runner.veldwerk([project, "-c", "transcript import --manifest \(folder)/manifest.csv"])
    let plainLoad = try Runner.sqlite(database: "\(work)/plaintext\(size).sqlite", script: "\(folder)/load.sql")
    var m = Measurement(workload: "import transcripts (\(bytes / 1_048_576) MB)", size: size, run: load, baseline: plainLoad, units: size)
    m.unitName = "files"
    m.goal = 2
    results.append(m)

    // Two coders, 12 and 13 paragraphs per transcript (100,000 segments at 4,000 interviews);
    // mostly the same paragraphs and codes, so agreement has something to measure.
    try TranscriptCorpus.codebookYAML().write(toFile: "\(folder)/codes.yaml", atomically: false, encoding: .utf8)
    var coding = ["codebook import \(folder)/codes.yaml"]
    for coder in ["Noor", "Sem"] {
        coding.append(coder == "Noor" ? "as Noor" : "researcher add Sem; as Sem")
        for (i, count) in paragraphs.enumerated() {
            for k in 0..<(coder == "Noor" ? 12 : 13) {
                let p = 2 + (k * 2 + (coder == "Sem" && k >= 10 ? 1 : 0)) % max(1, count - 2)
                let code = TranscriptCorpus.codes[(i + k + (coder == "Sem" && k == 9 ? 1 : 0)) % TranscriptCorpus.codes.count]
                coding.append("code \(i + 1) \(p) \"\(code)\" --tension dilemma")
            }
        }
    }
    try coding.joined(separator: "\n").write(toFile: "\(folder)/coding.vw", atomically: false, encoding: .utf8)
    var codeRun = try Runner.veldwerk([project, "--keep-going", "--script", "\(folder)/coding.vw"], allowFailure: true)
    codeRun.seconds = max(codeRun.seconds, 1e-6)
    // The anchor inserts the same segments, each in its own transaction with a change-log entry.
    let codeSQL = "\(folder)/coding.sql"
    try Corpus.codingSQL(commands: coding.count).joined(separator: "\n").write(toFile: codeSQL, atomically: false, encoding: .utf8)
    let plainCode = try Runner.sqlite(database: "\(work)/plaincode\(size).sqlite", script: codeSQL)
    var cm = Measurement(workload: "code \(coding.count) segments", size: size, run: codeRun, baseline: plainCode, units: coding.count)
    cm.unitName = "cmds"
    cm.goal = 2
    results.append(cm)

    // A focus group of 20 in 4 subgroups, entered command by command as a facilitator would.
    var room = ["as Noor"] + TranscriptCorpus.codes.prefix(5).map { "a4 add AMF \"\($0)\"" } + ["focusgroup add AMF --date 2022-06-14"]
    for g in 0..<4 {
        room.append("subgroup add \(size == 0 ? 1 : 1) G\(g) --lead Noor")
        room.append("subgroup join 1/G\(g) +WOE +wijkagent +OE +wijkagent +teamchef")
    }
    var fgCorpus = TranscriptCorpus(seed: 7)
    let voters = (1...20).map { i -> String in
        let role = ["WOE", "WA", "OE", "WA", "TC"][(i - 1) % 5]
        return role
    }
    var seq: [String: Int] = [:]
    let existing = Corpus.pseudonyms(interviews: size).filter { $0.hasPrefix("AMF-") }
    for role in voters {
        let key = "AMF-\(role)"
        let already = existing.filter { $0.hasPrefix(key + "-") }.count
        seq[key, default: already] += 1
        let p = "\(key)-\(String(format: "%02d", seq[key]!))"
        let a = 1 + fgCorpus.below(5), b = 1 + (a + fgCorpus.below(4)) % 5, c = 1 + (b + 1 + fgCorpus.below(3)) % 5
        room.append("recognise \(p) \(Set([a, b, c]).sorted().map(String.init).joined(separator: " "))")
        room.append(Set([a, b, c]).count == 3 ? "pie \(p) \(a):50 \(b):30 \(c):20" : "pie \(p) \(a)")
    }
    for g in 0..<4 { room.append("consensus 1/G\(g) 1:40 2:40 3:20") }
    room.append("tally 1")
    room.append("prioritise AMF 1 2")
    room.append("plan add 1 \"Werkafspraak\" --owner WOE --level operational --status started")
    try room.joined(separator: "\n").write(toFile: "\(folder)/room.vw", atomically: false, encoding: .utf8)
    var roomRun = try Runner.veldwerk([project, "--script", "\(folder)/room.vw"])
    roomRun.seconds = max(roomRun.seconds, 1e-6)
    var rm = Measurement(workload: "focus group of 20 (\(room.count) commands)", size: size, run: roomRun, baseline: nil, units: room.count)
    rm.unitName = "cmds"
    results.append(rm)

    // The first open after a write checks the whole file (quick_check, migrations, triggers);
    // beside it, opening the same file unchanged since its last check.
    var checkedOpens: [Run] = [], stampedOpens: [Run] = []
    for _ in 0..<options.repeats {
        try? FileManager.default.removeItem(atPath: "\(project)/veldwerk.sqlite-checked")
        checkedOpens.append(try Runner.veldwerk([project, "-c", ""]))
        stampedOpens.append(try Runner.veldwerk([project, "-c", ""]))
    }
    results.append(Measurement(workload: "open after a write (full check, vs unchanged)", size: size, run: Run.median(checkedOpens), baseline: Run.median(stampedOpens), units: 1))

    // Each reading command beside the plain SQL that fetches the same rows from the same file
    // with the sqlite3 shell: the ratio is Veldwerk's own cost (start-up, checks, computing, printing).
    let database = "\(project)/veldwerk.sqlite"
    let plainSQL: [String: String] = [
        "tally": "SELECT i.number, sum(s.share), count(*) FROM pie p JOIN pie_slice s ON s.pie_id = p.id JOIN fg_item i ON i.id = s.item_id WHERE p.focus_group_id = 1 GROUP BY i.id;",
        "segments": "SELECT s.id, substr(d.body, s.start_pos + 1, s.end_pos - s.start_pos), p.pseudonym, r.name, t.name FROM segment s JOIN document d ON d.id = s.document_id JOIN transcript x ON x.document_id = d.id JOIN interview i ON i.id = x.interview_id JOIN participant p ON p.id = i.participant_id JOIN role r ON r.id = p.role_id JOIN team t ON t.id = p.team_id WHERE s.code_id = (SELECT id FROM code WHERE name = 'Regie');",
        "search": "SELECT g.document_id, g.number, substr(d.body, g.start_pos + 1, g.end_pos - g.start_pos) FROM paragraph_fts f JOIN paragraph g ON g.id = f.rowid JOIN document d ON d.id = g.document_id WHERE paragraph_fts MATCH '\"regie\" \"casus\"' LIMIT 200;",
        "matrix": "SELECT s.code_id, r.name, count(*) FROM segment s JOIN transcript x ON x.document_id = s.document_id JOIN interview i ON i.id = x.interview_id JOIN participant p ON p.id = i.participant_id JOIN role r ON r.id = p.role_id GROUP BY s.code_id, r.id;",
        "candidates": "SELECT s.code_id, count(*), count(DISTINCT p.id), count(DISTINCT p.role_id) FROM segment s JOIN transcript x ON x.document_id = s.document_id JOIN interview i ON i.id = x.interview_id JOIN participant p ON p.id = i.participant_id WHERE p.team_id = 1 AND s.tension IS NOT NULL GROUP BY s.code_id;",
        "agreement": "SELECT s.document_id, s.start_pos, s.end_pos, s.code_id, s.coder_id FROM segment s WHERE s.coder_id IN (1, 2) ORDER BY s.document_id, s.start_pos;",
    ]
    for (label, command) in [("tally", "tally 1"), ("export all html", "export all --format html --out \(folder) --force"),
                             ("export all json", "export all --format json --out \(folder) --force"),
                             ("segments", "segments Regie"), ("search", "search \"regie casus\""), ("matrix", "matrix --by role"),
                             ("candidates", "candidates AMF"), ("agreement", "agreement Noor Sem")] {
        var runs: [Run] = []
        var plain: [Run] = []
        // One untimed run first, as a warm-up: the first open after a write runs the file's
        // full checks (their cost is the "open after a write" line), then an odd number of runs.
        _ = try Runner.veldwerk([project, "-c", command])
        for _ in 0..<(max(3, options.repeats) | 1) {
            runs.append(try Runner.veldwerk([project, "-c", command]))
            if let sql = plainSQL[label] { plain.append(try Runner.sqliteCommand(database: database, sql: sql)) }
        }
        var rm = Measurement(workload: "\(label) (whole command)", size: size, run: Run.median(runs),
                             baseline: plain.isEmpty ? nil : Run.median(plain), units: 1)
        rm.goal = plain.isEmpty ? nil : 2
        results.append(rm)
    }

    // Undo and redo of one coding among all the project's segments (100,000 at 4,000 interviews),
    // as whole commands beside opening the project for nothing: the difference is undo's own cost.
    _ = try Runner.veldwerk([project, "--as", "Sem", "-c", "code 1 3 \"\(TranscriptCorpus.codes[0])\" --memo bench"])
    var undos: [Run] = [], redos: [Run] = [], idle: [Run] = []
    for _ in 0..<options.repeats {
        undos.append(try Runner.veldwerk([project, "--as", "Sem", "-c", "undo"]))
        redos.append(try Runner.veldwerk([project, "--as", "Sem", "-c", "redo"]))
        idle.append(try Runner.veldwerk([project, "--as", "Sem", "-c", ""]))
    }
    results.append(Measurement(workload: "undo one coding (whole command, vs opening)", size: size, run: Run.median(undos), baseline: Run.median(idle), units: 1))
    results.append(Measurement(workload: "redo one coding (whole command, vs opening)", size: size, run: Run.median(redos), baseline: Run.median(idle), units: 1))

    // The whole coded project out as REFI-QDA and into a new project, beside importing the same
    // texts with `transcript import` (the goal: within 3x).
    let qdpx = "\(work)/p\(size).qdpx"
    let exported = try Runner.veldwerk([project, "-c", "project export \(qdpx) --force"])
    var em = Measurement(workload: "project export .qdpx (vs transcript import)", size: size, run: exported, baseline: load, units: size)
    em.unitName = "files"
    results.append(em)
    let fresh = "\(work)/q\(size)"
    _ = try Runner.veldwerk(["init", fresh])
    let imported = try Runner.veldwerk([fresh, "-c", "project import \(qdpx)"], allowFailure: true)
    var im = Measurement(workload: "project import .qdpx (vs transcript import)", size: size, run: imported, baseline: load, units: size)
    im.unitName = "files"
    results.append(im)
}

// A 10,000-command script against a project of its own.
if !options.votesOnly {
let big = "\(work)/tenk"
let mixed = MixedScript()
let tenk = mixed.commands
try tenk.joined(separator: "\n").write(toFile: big + ".vw", atomically: true, encoding: .utf8)
try mixed.sql.joined(separator: "\n").write(toFile: big + ".sql", atomically: true, encoding: .utf8)
_ = try Runner.veldwerk(["init", big])
let tenkRun = try Runner.veldwerk([big, "--script", big + ".vw"])
let tenkBase = try Runner.sqlite(database: big + "-plain.sqlite", script: big + ".sql")
var tm = Measurement(workload: "10,000 mixed commands", size: nil, run: tenkRun, baseline: tenkBase, units: tenk.count)
tm.goal = 2
results.append(tm)
}
if options.votes { results += try VoteBench.run(work: work) }

print(options.json ? Report.json(results) : Report.table(results))
// For people to run before a release; not part of the tests, whose machines vary too much.
if options.check && results.contains(where: { $0.meetsGoal == false }) { exit(1) }
