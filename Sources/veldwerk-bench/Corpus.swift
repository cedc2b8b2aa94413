/// Deterministic command scripts and their plain-SQL equivalents.
enum Corpus {
    static let teams = [("Amersfoort", "AMF"), ("Utrecht-Zuid", "UTZ"), ("Almere Stad-Haven", "ASH")]
    static let roles = [("WOE", "WOE"), ("wijkagent", "WA"), ("OE", "OE"), ("teamchef", "TC"), ("OSA", "OSA")]

    /// Teams, roles, and `interviews` participants each with one interview.
    static func peopleScript(interviews: Int) -> [String] {
        var lines = ["researcher add Noor"]
        for (name, code) in teams { lines.append("team add \"\(name)\" --code \(code) --fte 150 --areas \"Noord,Zuid\"") }
        for (name, code) in roles { lines.append("role add \(name) --code \(code)") }
        var seq: [String: Int] = [:]
        for i in 0..<interviews {
            let team = teams[i % teams.count].1
            let role = roles[(i / teams.count) % roles.count].1
            let key = "\(team)-\(role)"
            seq[key, default: 0] += 1
            let n = seq[key]!
            lines.append("participant add --team \(team) --role \(role) --name \"Person \(i)\"")
            lines.append("interview add \(key)-\(n < 10 ? "0" : "")\(n) --date 2022-03-\(String(format: "%02d", 1 + i % 28)) --interviewer Noor")
        }
        return lines
    }

    /// The pseudonyms `peopleScript` creates, in the same order.
    static func pseudonyms(interviews: Int) -> [String] {
        var seq: [String: Int] = [:]
        return (0..<interviews).map { i in
            let key = "\(teams[i % teams.count].1)-\(roles[(i / teams.count) % roles.count].1)"
            seq[key, default: 0] += 1
            let n = seq[key]!
            return "\(key)-\(n < 10 ? "0" : "")\(n)"
        }
    }

    /// The same rows as plain INSERTs, each its own transaction, in WAL mode: what SQLite alone costs.
    static func peopleSQL(interviews: Int) -> [String] {
        var lines = [
            "PRAGMA journal_mode = WAL;",
            "CREATE TABLE team (id INTEGER PRIMARY KEY, name TEXT UNIQUE, code TEXT UNIQUE, fte REAL);",
            "CREATE TABLE team_area (id INTEGER PRIMARY KEY, team_id INTEGER, name TEXT);",
            "CREATE TABLE role (id INTEGER PRIMARY KEY, name TEXT UNIQUE, code TEXT UNIQUE);",
            "CREATE TABLE researcher (id INTEGER PRIMARY KEY, name TEXT UNIQUE);",
            "CREATE TABLE participant (id INTEGER PRIMARY KEY, pseudonym TEXT UNIQUE, team_id INTEGER, role_id INTEGER, real_name TEXT);",
            "CREATE TABLE interview (id INTEGER PRIMARY KEY, participant_id INTEGER, held_on TEXT, interviewer_id INTEGER);",
            "INSERT INTO researcher (name) VALUES ('Noor');",
        ]
        for (i, (name, code)) in teams.enumerated() {
            lines.append("INSERT INTO team (name, code, fte) VALUES ('\(name)', '\(code)', 150);")
            lines.append("INSERT INTO team_area (team_id, name) VALUES (\(i + 1), 'Noord'), (\(i + 1), 'Zuid');")
        }
        for (name, code) in roles { lines.append("INSERT INTO role (name, code) VALUES ('\(name)', '\(code)');") }
        for i in 0..<interviews {
            let t = i % teams.count + 1
            let r = (i / teams.count) % roles.count + 1
            lines.append("INSERT INTO participant (pseudonym, team_id, role_id, real_name) VALUES ('P\(i)', \(t), \(r), 'Person \(i)');")
            lines.append("INSERT INTO interview (participant_id, held_on, interviewer_id) VALUES (\(i + 1), '2022-03-01', 1);")
        }
        return lines
    }

    /// Segments inserted one transaction each, with the change-log entry and row image a command
    /// writes: what SQLite alone costs for a coding script of `commands` lines.
    static func codingSQL(commands: Int) -> [String] {
        var lines = [
            "PRAGMA journal_mode = WAL;",
            "CREATE TABLE segment (id INTEGER PRIMARY KEY, document_id INTEGER, code_id INTEGER, coder_id INTEGER, start_pos INTEGER, end_pos INTEGER, tension TEXT, memo TEXT);",
            "CREATE INDEX segment_document ON segment(document_id, start_pos);",
            "CREATE TABLE change (id INTEGER PRIMARY KEY, at TEXT, actor TEXT, line TEXT, summary TEXT);",
            "CREATE TABLE change_row (id INTEGER PRIMARY KEY, change_id INTEGER, tbl TEXT, row_id INTEGER, before TEXT, after TEXT);",
        ]
        for i in 0..<commands {
            lines.append("BEGIN; INSERT INTO change (at, actor, line, summary) VALUES ('2022-03-01T10:00:00Z', 'Noor', 'code \(i / 25 + 1) \(i % 25 + 2) \"Regie\" --tension dilemma', '+1 segment'); "
                         + "INSERT INTO segment (document_id, code_id, coder_id, start_pos, end_pos, tension) VALUES (\(i / 25 + 1), \(i % 7 + 1), 1, \(i % 25 * 300), \(i % 25 * 300 + 280), 'dilemma'); "
                         + "INSERT INTO change_row (change_id, tbl, row_id, after) VALUES (last_insert_rowid(), 'segment', last_insert_rowid(), 'row image'); COMMIT;")
        }
        return lines
    }

}
