import GRDB
import VeldwerkCore

/// A conclusion or recommendation across teams.
public struct SynthesisInfo: Equatable, Sendable {
    public var id: Int64
    public var kind: String
    public var text: String
    public var teams: [String]
}

/// A meeting where the text was reviewed with the team.
public struct TeamReviewInfo: Equatable, Sendable {
    public var date: String
    public var roles: [String]
    public var note: String?
}

extension ProjectReader {
    /// The team's own sections by name: "inleiding", "aan-de-slag", "theme:ID".
    public func teamTexts(team: String) throws -> [String: String] {
        Dictionary(try Row.fetchAll(db.cachedStatement(sql: "SELECT section, text FROM team_text WHERE team_id = ?"), arguments: [try id(of: .team, team)])
            .map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { a, _ in a })
    }

    /// The team's sections as they stood on a day: each section's latest version on or before it
    /// (an empty version means the section was taken out).
    public func teamTexts(team: String, on day: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for r in try Row.fetchAll(db.cachedStatement(sql: "SELECT section, text FROM team_text_version WHERE team_id = ? AND on_date <= ? ORDER BY on_date, id"),
                                  arguments: [try id(of: .team, team), day]) {
            let text: String = r[1]
            result[r[0]] = text.isEmpty ? nil : text
        }
        return result
    }

    public func teamReviews(team: String) throws -> [TeamReviewInfo] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT held_on, roles, note FROM team_review WHERE team_id = ? ORDER BY held_on, id"),
                         arguments: [try id(of: .team, team)]).map {
            TeamReviewInfo(date: $0[0], roles: ($0[1] as String).split(separator: "\u{1F}").map(String.init), note: $0[2])
        }
    }

    public func syntheses() throws -> [SynthesisInfo] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.id, s.kind, s.text, (SELECT group_concat(t.name, char(31)) FROM synthesis_team x JOIN team t ON t.id = x.team_id
                                          WHERE x.synthesis_id = s.id ORDER BY t.name) AS teams
            FROM synthesis s ORDER BY s.kind, s.id
            """)).map { r in
            SynthesisInfo(id: r["id"], kind: r["kind"], text: r["text"],
                          teams: ((r["teams"] as String?) ?? "").split(separator: "\u{1F}").map(String.init).sorted())
        }
    }
}

extension ProjectWriter {
    /// Sets (or with empty text removes) one of the team's own sections. Returns the section's key.
    @discardableResult
    public func setTeamText(team: String, section: String, text: String, on day: Day? = nil) throws -> String {
        let teamName = try reader.team(named: team).name
        let teamID = try reader.id(of: .team, teamName)
        var key = section.lowercased()
        var themeID: Int64?
        switch key {
        case "inleiding", "introduction": key = "inleiding"
        case "aan-de-slag", "getting-started": key = "aan-de-slag"
        default:
            guard let n = Int64(section), n > 0 else {
                throw VeldwerkError("'\(section)' is not a section; use inleiding, aan-de-slag or a theme number ('theme list \(teamName)')")
            }
            guard try Int64.fetchOne(db.cachedStatement(sql: "SELECT team_id FROM theme WHERE id = ?"), arguments: [n]) == teamID else {
                throw VeldwerkError("theme \(n) is not one of \(teamName)'s; 'theme list \(teamName)' shows them")
            }
            key = "theme:\(n)"
            themeID = n
        }
        let body = text.trimmingWhitespace()
        try db.cachedStatement(sql: "DELETE FROM team_text WHERE team_id = ? AND section = ?").execute(arguments: [teamID, key])
        if !body.isEmpty {
            try db.cachedStatement(sql: "INSERT INTO team_text (team_id, section, theme_id, text, updated_at) VALUES (?, ?, ?, ?, ?)").execute(arguments: [teamID, key, themeID, body, ProjectClock.now()])
        }
        // Every version is kept by the day it was written for, so an interim report shows the text as it stood.
        let on = day?.description ?? ProjectClock.today()
        try db.cachedStatement(sql: "DELETE FROM team_text_version WHERE team_id = ? AND section = ? AND on_date = ?").execute(arguments: [teamID, key, on])
        try db.cachedStatement(sql: "INSERT INTO team_text_version (team_id, section, text, on_date) VALUES (?, ?, ?, ?)").execute(arguments: [teamID, key, body, on])
        return key
    }

    public func addTeamReview(team: String, date: Day, roles: [String], note: String?) throws {
        let teamID = try reader.id(of: .team, team)
        guard !roles.isEmpty else { throw VeldwerkError("say who took part: --with ROLE...") }
        let names = try roles.map { try reader.role(named: $0).name }
        try db.cachedStatement(sql: "INSERT INTO team_review (team_id, held_on, roles, note) VALUES (?, ?, ?, ?)").execute(arguments: [teamID, date.description, names.joined(separator: "\u{1F}"), note])
    }

    public func addSynthesis(kind: String, text: String, teams: [String]) throws -> Int64 {
        guard ["conclusion", "recommendation"].contains(kind) else { throw VeldwerkError("a synthesis is a conclusion or a recommendation") }
        let body = text.trimmingWhitespace()
        guard !body.isEmpty else { throw VeldwerkError("the text is empty; write the conclusion or recommendation") }
        let ids = try teams.map { try reader.id(of: .team, $0) }
        try db.cachedStatement(sql: "INSERT INTO synthesis (kind, text) VALUES (?, ?)").execute(arguments: [kind, body])
        let id = db.lastInsertedRowID
        for t in Set(ids) { try db.cachedStatement(sql: "INSERT INTO synthesis_team (synthesis_id, team_id) VALUES (?, ?)").execute(arguments: [id, t]) }
        return id
    }
}
