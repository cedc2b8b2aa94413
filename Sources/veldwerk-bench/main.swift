import Foundation

// Measures Veldwerk against plain sqlite3 on the same machine; prints a table, or JSON with --json.
// Usage: swift run -c release veldwerk-bench [--json] [--sizes 40,400,4000]

let options = BenchOptions.parse(CommandLine.arguments.dropFirst())
var results: [Measurement] = []
let work = NSTemporaryDirectory() + "veldwerk-bench-\(ProcessInfo.processInfo.processIdentifier)"
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: work) }

for size in options.sizes {
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
}

// A 10,000-command script against a project of its own.
let big = "\(work)/tenk"
let tenk = Corpus.tenThousandCommands()
try tenk.joined(separator: "\n").write(toFile: big + ".vw", atomically: true, encoding: .utf8)
try Corpus.tenThousandSQL().joined(separator: "\n").write(toFile: big + ".sql", atomically: true, encoding: .utf8)
_ = try Runner.veldwerk(["init", big])
let tenkRun = try Runner.veldwerk([big, "--script", big + ".vw"])
let tenkBase = try Runner.sqlite(database: big + "-plain.sqlite", script: big + ".sql")
results.append(Measurement(workload: "10,000-command script", size: nil, run: tenkRun, baseline: tenkBase, units: tenk.count))

print(options.json ? Report.json(results) : Report.table(results))
