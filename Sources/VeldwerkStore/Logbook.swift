import GRDB
import VeldwerkCore

/// A logboek entry: field notes from walking along "in het werk" or from sessions "over het werk".
public struct NoteInfo: Equatable, Sendable {
    public var id: Int64
    public var document: Int64
    public var team: String
    public var date: String
    public var author: String?
    public var setting: String
    public var roles: [String]
    public var themes: [String]
    public var participants: [String]
    public var text: String
}

extension ProjectReader {
    public func notes(team: String? = nil, theme: Int64? = nil) throws -> [NoteInfo] {
        try notes(team: team, theme: theme, only: nil)
    }

    private func notes(team: String?, theme: Int64?, only: Int64?) throws -> [NoteInfo] {
        var conditions: [String] = []
        var args: [DirectValue] = []
        if let only { conditions.append("n.id = ?"); args.append(.int(only)) }
        if let team { conditions.append("n.team_id = ?"); args.append(.int(try id(of: .team, team))) }
        if let theme { conditions.append("n.id IN (SELECT note_id FROM note_theme WHERE theme_id = ?)"); args.append(.int(theme)) }
        let sql = """
            SELECT n.id, n.document_id, t.name AS team, n.held_on, r.name AS author, n.setting, d.body
            FROM note n JOIN team t ON t.id = n.team_id JOIN document d ON d.id = n.document_id LEFT JOIN researcher r ON r.id = n.author_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")) ORDER BY n.held_on, n.id
            """
        // A handful of shapes, each prepared once and read directly (`DirectRead.swift`): adding
        // a note reads it back.
        var found: [NoteInfo] = []
        try db.directRows(sql, args) { row in
            found.append(NoteInfo(id: row.int(0) ?? 0, document: row.int(1) ?? 0, team: row.text(2) ?? "", date: row.text(3) ?? "",
                                  author: row.text(4), setting: row.text(5) ?? "", roles: [], themes: [], participants: [], text: row.text(6) ?? ""))
            return true
        }
        for i in found.indices {
            let id = found[i].id
            found[i].roles = try names("SELECT r.name FROM note_role x JOIN role r ON r.id = x.role_id WHERE x.note_id = ? ORDER BY r.name", of: id)
            found[i].themes = try names("SELECT t.name FROM note_theme x JOIN theme t ON t.id = x.theme_id WHERE x.note_id = ? ORDER BY x.id", of: id)
            found[i].participants = try names("SELECT p.pseudonym FROM note_participant x JOIN participant p ON p.id = x.participant_id WHERE x.note_id = ? ORDER BY p.pseudonym", of: id)
        }
        return found
    }

    /// The first column of every row `sql` gives for a note.
    private func names(_ sql: String, of note: Int64) throws -> [String] {
        var result: [String] = []
        try db.directRows(sql, [.int(note)]) { row in
            result.append(row.text(0) ?? "")
            return true
        }
        return result
    }

    public func note(_ id: Int64) throws -> NoteInfo {
        // The one note, not every note filtered: adding a note reads it back.
        guard let n = try notes(team: nil, theme: nil, only: id).first else { throw StoreError.unknown(.note, String(id)) }
        return n
    }
}

extension ProjectWriter {
    /// Stores a note as a document (paragraphs, full text) with its team, date, setting and links.
    public func addNote(team: String, date: Day, setting: String, author: String?, text: String,
                        roles: [String], themes: [String], participants: [String], session: Int64? = nil) throws -> NoteInfo {
        let teamID = try reader.id(of: .team, team)
        if let session {
            let s = try reader.sessionID(session)
            guard s.team == teamID else { throw VeldwerkError("session \(session) is another team's; a note belongs to a session of its own team") }
        }
        let setting = try Names.validated(setting, what: "setting")
        let body = TranscriptText.normalised(try Names.validatedText(text, what: "note", maximum: 200_000))
        guard !body.isEmpty else { throw VeldwerkError("the note is empty; nothing was saved") }
        let authorID = try author.map { try reader.id(of: .researcher, $0) }
        let roleIDs = try roles.map { try reader.id(of: .role, $0) }
        let themeIDs = try themes.map { try reader.themeID($0) }
        let participantIDs = try participants.map { try reader.id(of: .participant, $0) }
        let title = "logboek \(date)"
        try db.cachedStatement(sql: "INSERT INTO document (kind, title, format, sha256, body, length, added_on) VALUES ('note', ?, 'text', '', ?, ?, ?)").execute(arguments: [title, body, TranscriptText.scalarCount(body), date.description])
        let doc = db.lastInsertedRowID
        try insertParagraphs(document: doc, text: body)
        try db.cachedStatement(sql: "INSERT INTO note (document_id, team_id, held_on, author_id, setting, session_id) VALUES (?, ?, ?, ?, ?, ?)").execute(arguments: [doc, teamID, date.description, authorID, setting, session])
        let note = db.lastInsertedRowID
        for r in Set(roleIDs) { try db.cachedStatement(sql: "INSERT INTO note_role (note_id, role_id) VALUES (?, ?)").execute(arguments: [note, r]) }
        try link(note: note, themes: themeIDs, participants: participantIDs)
        return try reader.note(note)
    }

    public func linkNote(_ note: Int64, themes: [String], participants: [String]) throws -> NoteInfo {
        _ = try reader.note(note)
        try link(note: note, themes: try themes.map { try reader.themeID($0) }, participants: try participants.map { try reader.id(of: .participant, $0) })
        return try reader.note(note)
    }

    private func link(note: Int64, themes: [Int64], participants: [Int64]) throws {
        for t in themes { try db.cachedStatement(sql: "INSERT OR IGNORE INTO note_theme (note_id, theme_id) VALUES (?, ?)").execute(arguments: [note, t]) }
        for p in participants { try db.cachedStatement(sql: "INSERT OR IGNORE INTO note_participant (note_id, participant_id) VALUES (?, ?)").execute(arguments: [note, p]) }
    }
}
