/// The 10,000-command script: participants with their interviews, focus-group votes and
/// logboek notes, mixed as a study enters them; beside it the plain SQL that writes the same
/// rows, each command in its own transaction with a change-log entry and a row image per row,
/// as Veldwerk keeps them for undo.
struct MixedScript {
    private(set) var commands: [String] = []
    private(set) var sql: [String] = [
        "PRAGMA journal_mode = WAL;",
        "CREATE TABLE researcher (id INTEGER PRIMARY KEY, name TEXT UNIQUE);",
        "CREATE TABLE team (id INTEGER PRIMARY KEY, name TEXT UNIQUE, code TEXT UNIQUE, fte REAL);",
        "CREATE TABLE team_area (id INTEGER PRIMARY KEY, team_id INTEGER, name TEXT);",
        "CREATE TABLE role (id INTEGER PRIMARY KEY, name TEXT UNIQUE, code TEXT UNIQUE);",
        "CREATE TABLE code (id INTEGER PRIMARY KEY, name TEXT UNIQUE);",
        "CREATE TABLE participant (id INTEGER PRIMARY KEY, pseudonym TEXT UNIQUE, team_id INTEGER, role_id INTEGER, real_name TEXT);",
        "CREATE TABLE interview (id INTEGER PRIMARY KEY, participant_id INTEGER, held_on TEXT, interviewer_id INTEGER);",
        "CREATE TABLE fg_item (id INTEGER PRIMARY KEY, team_id INTEGER, number INTEGER, code_id INTEGER, UNIQUE (team_id, number));",
        "CREATE TABLE focus_group (id INTEGER PRIMARY KEY, team_id INTEGER, held_on TEXT);",
        "CREATE TABLE subgroup (id INTEGER PRIMARY KEY, focus_group_id INTEGER, name TEXT, lead_id INTEGER);",
        "CREATE TABLE subgroup_member (subgroup_id INTEGER, participant_id INTEGER, PRIMARY KEY (subgroup_id, participant_id));",
        "CREATE TABLE recognition (id INTEGER PRIMARY KEY, focus_group_id INTEGER, participant_id INTEGER, item_id INTEGER, UNIQUE (focus_group_id, participant_id, item_id));",
        "CREATE TABLE pie (id INTEGER PRIMARY KEY, focus_group_id INTEGER, participant_id INTEGER);",
        "CREATE INDEX pie_voter ON pie (focus_group_id, participant_id);",
        "CREATE TABLE pie_slice (id INTEGER PRIMARY KEY, pie_id INTEGER, item_id INTEGER, share REAL);",
        "CREATE INDEX pie_slice_pie ON pie_slice (pie_id);",
        "CREATE TABLE document (id INTEGER PRIMARY KEY, body TEXT);",
        "CREATE VIRTUAL TABLE document_fts USING fts5(body, content = 'document', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');",
        "CREATE TABLE note (id INTEGER PRIMARY KEY, document_id INTEGER, team_id INTEGER, held_on TEXT, author_id INTEGER, setting TEXT);",
        "CREATE TABLE change (id INTEGER PRIMARY KEY, at TEXT, actor TEXT, line TEXT, summary TEXT);",
        "CREATE TABLE change_row (id INTEGER PRIMARY KEY, change_id INTEGER, tbl TEXT, row_id INTEGER, before TEXT, after TEXT);",
        "CREATE INDEX change_row_change ON change_row (change_id);",
    ]
    private var participants: [String] = []
    private var seq: [String: Int] = [:]
    private var seated: [(pseudonym: String, id: Int, team: Int)] = []
    private var limit = 0

    static let codes = ["Regie", "Coaching", "Portefeuilles", "Werkdruk"]
    static let settings = ["over het werk", "in het werk"]

    init(commands count: Int = 10_000) {
        limit = count
        add("researcher add Noor", ["INSERT INTO researcher (name) VALUES ('Noor')"])
        add("as Noor", nil)
        for (t, (name, code)) in Corpus.teams.enumerated() {
            add("team add \"\(name)\" --code \(code) --fte 150 --areas \"Noord,Zuid\"",
                ["INSERT INTO team (name, code, fte) VALUES ('\(name)', '\(code)', 150)",
                 "INSERT INTO team_area (team_id, name) VALUES (\(t + 1), 'Noord')", "INSERT INTO team_area (team_id, name) VALUES (\(t + 1), 'Zuid')"])
        }
        for (name, code) in Corpus.roles { add("role add \(name) --code \(code)", ["INSERT INTO role (name, code) VALUES ('\(name)', '\(code)')"]) }
        for code in Self.codes { add("codebook add \(code)", ["INSERT INTO code (name) VALUES ('\(code)')"]) }
        for t in Corpus.teams.indices {
            for (k, _) in Self.codes.enumerated() {
                add("a4 add \(Corpus.teams[t].1) \(Self.codes[k])", ["INSERT INTO fg_item (team_id, number, code_id) VALUES (\(t + 1), \(k + 1), \(k + 1))"])
            }
            add("focusgroup add \(Corpus.teams[t].1) --date 2022-06-1\(t + 1)", ["INSERT INTO focus_group (team_id, held_on) VALUES (\(t + 1), '2022-06-1\(t + 1)')"])
        }
        // Twenty seated per team, five of mixed roles in each of four subgroups.
        for _ in 0..<60 { addParticipant() }
        for t in Corpus.teams.indices {
            for g in 0..<4 {
                let name = ["A", "B", "C", "D"][g]
                let subgroup = t * 4 + g + 1
                add("subgroup add \(t + 1) \(name) --lead Noor", ["INSERT INTO subgroup (focus_group_id, name, lead_id) VALUES (\(t + 1), '\(name)', 1)"])
                let members = (0..<5).map { k in 3 * (g * 5 + k) + t }
                add("subgroup join \(t + 1)/\(name) " + members.map { participants[$0] }.joined(separator: " "),
                    members.map { "INSERT INTO subgroup_member (subgroup_id, participant_id) VALUES (\(subgroup), \($0 + 1))" })
                seated += members.map { (participants[$0], $0 + 1, t + 1) }
            }
        }
        // Then, in turn: a participant and their interview, a vote (recognised items and a pie),
        // and a logboek note.
        var k = 0
        while commands.count < count {
            addParticipant()
            vote(k)
            note(k)
            k += 1
        }
    }

    /// One command and its rows; nothing past the last command, on either side.
    private mutating func add(_ line: String, _ rows: [String]?) {
        guard commands.count < limit else { return }
        commands.append(line)
        guard let rows else { return }
        let quoted = line.replacingOccurrences(of: "'", with: "''")
        var statement = "BEGIN; INSERT INTO change (at, actor, line, summary) VALUES ('2022-03-01T10:00:00Z', 'Noor', '\(quoted)', '+\(rows.count)'); "
        for row in rows {
            let table = row.split(separator: " ")[2]
            if row.hasPrefix("DELETE") {
                // The row images of what goes, then the rows.
                let condition = row[row.range(of: " WHERE ")!.upperBound...]
                statement += "INSERT INTO change_row (change_id, tbl, row_id, before) SELECT (SELECT max(id) FROM change), '\(table)', id, 'row image' FROM \(table) WHERE \(condition); "
                statement += row + "; "
            } else {
                statement += row + "; "
                statement += "INSERT INTO change_row (change_id, tbl, row_id, after) VALUES ((SELECT max(id) FROM change), '\(table)', last_insert_rowid(), 'row image'); "
            }
        }
        sql.append(statement + "COMMIT;")
    }

    private mutating func addParticipant() {
        let i = participants.count
        let t = i % Corpus.teams.count, r = (i / Corpus.teams.count) % Corpus.roles.count
        let key = "\(Corpus.teams[t].1)-\(Corpus.roles[r].1)"
        seq[key, default: 0] += 1
        let number = seq[key]!
        let pseudonym = "\(key)-\(number < 10 ? "0" : "")\(number)"
        participants.append(pseudonym)
        add("participant add --team \(Corpus.teams[t].1) --role \(Corpus.roles[r].1) --name \"Person \(i)\"",
            ["INSERT INTO participant (pseudonym, team_id, role_id, real_name) VALUES ('\(pseudonym)', \(t + 1), \(r + 1), 'Person \(i)')"])
        let day = "2022-03-\(String(1 + i % 28).leftPadded(2))"
        add("interview add \(pseudonym) --date \(day) --interviewer Noor",
            ["INSERT INTO interview (participant_id, held_on, interviewer_id) VALUES (\(i + 1), '\(day)', 1)"])
    }

    /// The same people vote again and again, as people who change their minds do: each vote
    /// replaces their recognised items and their pie.
    /// A facilitator enters one focus group's votes at a time: a hundred, then the next team's.
    private mutating func vote(_ k: Int) {
        let team = (k / 100) % Corpus.teams.count
        if k % 100 == 0 { add("focusgroup use \(team + 1)", nil) }
        let voter = seated[team * 20 + k % 20]
        let a = 1 + k % 4, b = 1 + (k + 1) % 4, c = 1 + (k + 2) % 4
        let items = [a, b, c]
        let where_ = "focus_group_id = \(voter.team) AND participant_id = \(voter.id)"
        add("recognise \(voter.pseudonym) \(items.map(String.init).joined(separator: " "))",
            ["DELETE FROM recognition WHERE \(where_)"]
                + items.map { "INSERT INTO recognition (focus_group_id, participant_id, item_id) VALUES (\(voter.team), \(voter.id), \((voter.team - 1) * 4 + $0))" })
        add("pie \(voter.pseudonym) \(a):50 \(b):30 \(c):20",
            ["DELETE FROM pie_slice WHERE pie_id IN (SELECT id FROM pie WHERE \(where_))", "DELETE FROM pie WHERE \(where_)",
             "INSERT INTO pie (focus_group_id, participant_id) VALUES (\(voter.team), \(voter.id))"]
                + zip(items, [50, 30, 20]).map { "INSERT INTO pie_slice (pie_id, item_id, share) VALUES ((SELECT max(id) FROM pie), \((voter.team - 1) * 4 + $0), \($1))" })
    }

    private mutating func note(_ k: Int) {
        let t = k % Corpus.teams.count
        let code = Self.codes[k % Self.codes.count]
        let text = "Overleg \(k) over \(code.lowercased()): wie pakt de casus op, en wanneer koppelen we terug aan het team? Afgesproken dat de wijkagent het eerste contact houdt."
        let day = "2022-09-\(String(1 + k % 28).leftPadded(2))"
        let setting = Self.settings[k % 2]
        add("log add --team \(Corpus.teams[t].1) --date \(day) --setting \"\(setting)\" \"\(text)\"",
            ["INSERT INTO document (body) VALUES ('\(text)')",
             "INSERT INTO document_fts (rowid, body) VALUES (last_insert_rowid(), '\(text)')",
             "INSERT INTO note (document_id, team_id, held_on, author_id, setting) VALUES ((SELECT max(id) FROM document), \(t + 1), '\(day)', 1, '\(setting)')"])
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
