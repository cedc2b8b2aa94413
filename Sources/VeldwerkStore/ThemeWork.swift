import GRDB
import VeldwerkCore

/// One step in a theme's life after the plenary: renamed, merged, split, framed.
public struct ThemeEvent: Equatable, Sendable {
    public var date: String
    public var kind: String
    public var detail: String
    public var reason: String?
}

/// A theme in full: its frame, where it came from, and what happened to it.
public struct ThemeDetail: Equatable, Sendable {
    public var info: ThemeInfo
    public var state: String
    public var frame: [(key: String, value: String)]
    public var events: [ThemeEvent]
    public var origin: String?
    public var successor: String?

    public static func == (a: ThemeDetail, b: ThemeDetail) -> Bool {
        a.info == b.info && a.state == b.state && a.events == b.events && a.frame.map(\.value) == b.frame.map(\.value)
    }
}

extension ProjectReader {
    /// A theme by id, or by name when one current theme has it.
    public func themeID(_ reference: String) throws -> Int64 {
        let key = reference.trimmingWhitespace()
        if let n = Int64(key) {
            guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM theme WHERE id = ?"), arguments: [n]) == true else {
                throw StoreError.unknown(.theme, String(n))
            }
            return n
        }
        let rows = try TeamTheme.fetchAll(db.cachedStatement(sql: """
            SELECT th.id, t.name AS team FROM theme th JOIN team t ON t.id = th.team_id
            WHERE th.name = ? COLLATE NOCASE AND th.state = 'active'
              AND (th.decision_id = (SELECT max(id) FROM decision d WHERE d.team_id = th.team_id) OR th.session_id IS NOT NULL)
            """), arguments: [key])
        if rows.count == 1 { return rows[0].id }
        if rows.isEmpty {
            if let closed = try ThemeRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM theme WHERE name = ? COLLATE NOCASE AND state != 'active' ORDER BY id DESC"), arguments: [key]) {
                throw StoreError.themeNotActive(id: closed.id ?? 0, name: key, state: closed.state)
            }
            let names = try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM theme WHERE state = 'active'"))
            throw StoreError.unknown(.theme, key, nearest: NameSuggestion.nearest(to: key, in: names))
        }
        throw VeldwerkError("several teams have a theme '\(key)'; give its number: \(rows.map { "\($0.id) (\($0.team))" }.joined(separator: ", "))")
    }

    private struct TeamTheme: Decodable, FetchableRecord {
        var id: Int64
        var team: String
    }

    func themeRecord(_ id: Int64) throws -> ThemeRecord {
        guard let row = try ThemeRecord.find(db, id: id) else { throw StoreError.unknown(.theme, String(id)) }
        return row
    }

    public func themeDetail(_ reference: String) throws -> ThemeDetail {
        let id = try themeID(reference)
        let row = try themeRecord(id)
        let info = try themeInfo(id)
        let events = try ThemeEventRecord.filter(Column("theme_id") == id).order(Column("on_date"), Column("id")).fetchAll(db).map {
            ThemeEvent(date: $0.onDate, kind: $0.kind, detail: $0.detail, reason: $0.reason)
        }
        let origin = try row.originID.flatMap { try ThemeRecord.find(db, id: $0)?.name }
        let successor = try row.successorID.flatMap { try ThemeRecord.find(db, id: $0)?.name }
        return ThemeDetail(info: info, state: row.state, frame: row.frame, events: events, origin: origin, successor: successor)
    }
}

extension ProjectWriter {
    private func event(_ theme: Int64, _ date: Day, _ kind: String, _ detail: String, _ reason: String?) throws {
        let reason = try reason.map { try Names.validatedText($0, what: "reason") }
        try db.cachedStatement(sql: "INSERT INTO theme_event (theme_id, on_date, kind, detail, reason) VALUES (?, ?, ?, ?, ?)").execute(arguments: [theme, date.description, kind, detail, reason])
    }

    private func requireActive(_ id: Int64) throws -> ThemeRecord {
        let row = try reader.themeRecord(id)
        guard row.state == "active" else { throw StoreError.themeNotActive(id: id, name: row.name, state: row.state) }
        return row
    }

    /// A theme a session crystallised, outside any focus group: same history, 5W frame and plan.
    public func addSessionTheme(team: String, name: String, session: Int64, reason: String, date: Day?) throws -> Int64 {
        let teamID = try reader.id(of: .team, team)
        let s = try reader.sessionID(session)
        guard s.team == teamID else { throw VeldwerkError("session \(session) is another team's; name a session of \(team)") }
        let name = try Names.validated(name, what: "theme name")
        if let same = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM theme WHERE team_id = ? AND name = ? COLLATE NOCASE AND state = 'active'"), arguments: [teamID, name]) {
            throw VeldwerkError("the team already has a theme '\(name)' (theme \(same)); choose another name")
        }
        let held = try String.fetchOne(db.cachedStatement(sql: "SELECT held_on FROM session WHERE id = ?"), arguments: [session]) ?? ""
        let position = (try Int.fetchOne(db.cachedStatement(sql: "SELECT max(position) FROM theme WHERE team_id = ?"), arguments: [teamID]) ?? 0) + 1
        try db.cachedStatement(sql: "INSERT INTO theme (team_id, position, name, session_id) VALUES (?, ?, ?, ?)").execute(arguments: [teamID, position, name, session])
        let id = db.lastInsertedRowID
        try event(id, date ?? (try Day(parsing: held)), "created", "from session \(session) (\(s.kind), \(held))", reason)
        return id
    }

    /// Sharpens a theme's name; the old name stays in its history.
    public func renameTheme(_ reference: String, to name: String, reason: String?, date: Day) throws -> String {
        let id = try reader.themeID(reference)
        let row = try requireActive(id)
        let name = try Names.validated(name, what: "theme name")
        try db.cachedStatement(sql: "UPDATE theme SET name = ? WHERE id = ?").execute(arguments: [name, id])
        try event(id, date, "renamed", "\(row.name) → \(name)", reason)
        return name
    }

    /// Merges `source` into `target`: the source is closed, pointing at the target; plans move over.
    public func mergeTheme(_ source: String, into target: String, reason: String?, date: Day) throws {
        let from = try reader.themeID(source), to = try reader.themeID(target)
        guard from != to else { throw VeldwerkError("a theme cannot be merged into itself") }
        let a = try requireActive(from), b = try requireActive(to)
        guard a.teamID == b.teamID else { throw VeldwerkError("themes of different teams cannot be merged") }
        try db.cachedStatement(sql: "UPDATE theme SET state = 'merged', successor_id = ? WHERE id = ?").execute(arguments: [to, from])
        try db.cachedStatement(sql: "UPDATE plan_action SET theme_id = ? WHERE theme_id = ?").execute(arguments: [to, from])
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO note_theme (note_id, theme_id) SELECT note_id, ? FROM note_theme WHERE theme_id = ?").execute(arguments: [to, from])
        try event(from, date, "merged", "into \(b.name)", reason)
        try event(to, date, "merged", "took in \(a.name)", reason)
    }

    /// Splits a theme into new ones; the original is closed, each part remembers where it came from.
    public func splitTheme(_ reference: String, into names: [String], reason: String?, date: Day) throws -> [Int64] {
        let id = try reader.themeID(reference)
        let row = try requireActive(id)
        guard names.count >= 2 else { throw VeldwerkError("a split needs two or more new theme names") }
        let validated = try names.map { try Names.validated($0, what: "theme name") }
        guard Set(validated.map { $0.lowercased() }).count == validated.count else { throw VeldwerkError("the new themes need different names") }
        var ids: [Int64] = []
        let base = try Int.fetchOne(db.cachedStatement(sql: "SELECT max(position) FROM theme WHERE team_id = ?"), arguments: [row.teamID]) ?? 0
        for (i, name) in validated.enumerated() {
            try db.execute(sql: """
                INSERT INTO theme (team_id, decision_id, position, name, item_id, origin_id, w_what, w_who, w_where, w_when, w_why, session_id)
                SELECT team_id, decision_id, ?, ?, item_id, id, w_what, w_who, w_where, w_when, w_why, session_id FROM theme WHERE id = ?
                """, arguments: [base + i + 1, name, id])
            let new = db.lastInsertedRowID
            ids.append(new)
            try event(new, date, "split", "from \(row.name)", reason)
        }
        try db.cachedStatement(sql: "UPDATE theme SET state = 'split' WHERE id = ?").execute(arguments: [id])
        try event(id, date, "split", "into \(validated.joined(separator: ", "))", reason)
        return ids
    }

    /// Sets parts of a theme's 5W frame (what, who, where, when, why).
    public func frameTheme(_ reference: String, what: String?, who: String?, where place: String?, when time: String?, why: String?, date: Day) throws {
        let id = try reader.themeID(reference)
        _ = try requireActive(id)
        let parts: [(String, String?)] = [("w_what", what), ("w_who", who), ("w_where", place), ("w_when", time), ("w_why", why)]
        guard parts.contains(where: { $0.1 != nil }) else { throw VeldwerkError("give at least one of --what, --who, --where, --when, --why") }
        for (column, value) in parts {
            guard let value else { continue }
            try db.execute(sql: "UPDATE theme SET \(column) = ? WHERE id = ?", arguments: [try Names.validatedText(value, what: "frame"), id])
        }
        try event(id, date, "framed", parts.filter { $0.1 != nil }.map { String($0.0.dropFirst(2)) }.joined(separator: ", "), nil)
    }
}
