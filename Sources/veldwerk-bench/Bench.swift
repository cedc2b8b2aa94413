import Foundation

struct BenchOptions {
    var json = false
    var sizes = [40, 400, 4000]
    var repeats = 7
    var transcripts = true
    var words = 8000
    var votes = true
    var votesOnly = false
    /// Exit non-zero when a ratio misses its goal.
    var check = false
    /// Keep the generated projects and corpus in this folder (for profiling) instead of a temporary one.
    var keep: String?

    static func parse(_ args: ArraySlice<String>) -> BenchOptions {
        var o = BenchOptions()
        var it = args.makeIterator()
        while let a = it.next() {
            switch a {
            case "--json": o.json = true
            case "--sizes": o.sizes = (it.next() ?? "").split(separator: ",").compactMap { Int($0) }
            case "--repeats": o.repeats = Int(it.next() ?? "") ?? o.repeats
            case "--words": o.words = Int(it.next() ?? "") ?? o.words
            case "--no-transcripts": o.transcripts = false
            case "--no-votes": o.votes = false
            case "--votes-only": o.votesOnly = true
            case "--check": o.check = true
            case "--keep": o.keep = it.next()
            default:
                FileHandle.standardError.write(Data("usage: veldwerk-bench [--check] [--json] [--keep DIR] [--sizes 40,400,4000] [--repeats N] [--words N] [--no-transcripts] [--no-votes] [--votes-only]\n".utf8))
                exit(2)
            }
        }
        return o
    }
}

/// One timed child process: wall time and the child's peak resident memory.
struct Run {
    var seconds: Double
    var peakKiB: Int

    func then(_ next: () throws -> Run) rethrows -> Run {
        let n = try next()
        return Run(seconds: seconds + n.seconds, peakKiB: max(peakKiB, n.peakKiB))
    }

    static func median(_ runs: [Run]) -> Run {
        let sorted = runs.sorted { $0.seconds < $1.seconds }
        return sorted[sorted.count / 2]
    }
}

struct Measurement {
    var workload: String
    var size: Int?
    var run: Run
    /// The same work done by plain sqlite3, where there is an equivalent.
    var baseline: Run?
    var units: Int
    var unitName = "cmds"
    /// The most this workload may take, as a multiple of its sqlite3 baseline.
    var goal: Double?

    var ratio: Double? { baseline.map { run.seconds / max($0.seconds, 1e-6) } }
    /// Whether the ratio meets the goal; nil where there is no goal or no baseline.
    var meetsGoal: Bool? { goal.flatMap { g in ratio.map { $0 <= g } } }
    var throughput: Double { Double(units) / max(run.seconds, 1e-6) }
}

enum Runner {
    static let binary: String = {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return here.appendingPathComponent("veldwerk").path
    }()

    static func veldwerk(_ args: [String], allowFailure: Bool = false) throws -> Run {
        try timed(binary, args, stdin: nil, allowFailure: allowFailure)
    }

    static func sqlite(database: String, script: String) throws -> Run {
        try timed("/usr/bin/sqlite3", [database], stdin: script)
    }

    static func sqliteCommand(database: String, sql: String) throws -> Run {
        try timed("/usr/bin/sqlite3", [database, sql], stdin: nil)
    }

    /// Spawns and reaps the child itself, so wait4 reports that child's own peak memory.
    static func timed(_ path: String, _ args: [String], stdin: String?, allowFailure: Bool = false) throws -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
            throw NSError(domain: "bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot start \(path)"])
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if status != 0 && !allowFailure { throw NSError(domain: "bench", code: Int(status), userInfo: [NSLocalizedDescriptionKey: "\(path) \(args) failed"]) }
        return Run(seconds: seconds, peakKiB: usage.ru_maxrss)
    }
}

enum Report {
    static func table(_ rows: [Measurement]) -> String {
        var lines = ["workload                                  size   veldwerk s  sqlite3 s   ratio   goal        per s  peak MiB"]
        for m in rows {
            let size = m.size.map(String.init) ?? "-"
            let goal = m.goal.map { "<=" + f($0, 1) + (m.meetsGoal == false ? "!" : " ") } ?? "-"
            lines.append(pad(m.workload, 40) + lpad(size, 6) + lpad(f(m.run.seconds, 3), 13) + lpad(m.baseline.map { f($0.seconds, 3) } ?? "-", 11)
                         + lpad(m.ratio.map { f($0, 1) } ?? "-", 8) + lpad(goal, 7) + lpad(m.units > 1 ? f(m.throughput, 0) + " " + m.unitName : "-", 13)
                         + lpad(f(Double(m.run.peakKiB) / 1024, 1), 10))
        }
        let missed = rows.filter { $0.meetsGoal == false }
        lines.append(missed.isEmpty ? "every ratio meets its goal" : "\(missed.count) ratio\(missed.count == 1 ? "" : "s") miss\(missed.count == 1 ? "es" : "") the goal (marked !)")
        return lines.joined(separator: "\n")
    }

    static func json(_ rows: [Measurement]) -> String {
        let items = rows.map { m in
            "{\"workload\":\"\(m.workload)\",\"size\":\(m.size.map(String.init) ?? "null"),\"seconds\":\(f(m.run.seconds, 4)),"
                + "\"sqlite3Seconds\":\(m.baseline.map { f($0.seconds, 4) } ?? "null"),\"ratio\":\(m.ratio.map { f($0, 2) } ?? "null"),"
                + "\"goal\":\(m.goal.map { f($0, 1) } ?? "null"),\"meetsGoal\":\(m.meetsGoal.map { $0 ? "true" : "false" } ?? "null"),"
                + "\"perSecond\":\(f(m.throughput, 1)),\"unit\":\"\(m.unitName)\",\"peakKiB\":\(m.run.peakKiB)}"
        }
        return "[\n  " + items.joined(separator: ",\n  ") + "\n]"
    }

    static func f(_ x: Double, _ d: Int) -> String { String(format: "%.\(d)f", x) }
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
    static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
}
