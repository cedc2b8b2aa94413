import GRDB
import VeldwerkCore

/// A meeting of the action half, with who came and what was on the agenda.
public struct SessionInfo: Equatable, Sendable {
    public var id: Int64
    public var team: String
    public var kind: String
    public var date: String
    public var title: String?
    public var lead: String?
    /// Pseudonyms, and `+ROLE` for people who were not interviewed.
    public var attendees: [String]
    public var agenda: [String]
    /// Themes the session touched: those its feedback concerns, those its notes link to, and
    /// those that arose in it.
    public var themes: [String]
    public var notes: Int
    public var feedback: Int
    public var cases: Int
}

public struct FeedbackInfo: Equatable, Sendable {
    public struct Check: Equatable, Sendable {
        public var date: String
        public var outcome: String
        public var note: String?
    }
    public var id: Int64
    public var session: Int64
    public var team: String
    public var date: String
    public var what: String
    public var theme: String?
    public var checkOn: String?
    public var checks: [Check]
    /// The latest check's outcome; nil while nobody has checked.
    public var outcome: String? { checks.last?.outcome }
}

public struct CaseInfo: Equatable, Sendable {
    public struct Event: Equatable, Sendable {
        public var moment: CaseMoment
        /// A role, a pseudonym, or an outside partner as typed.
        public var by: String
        public var what: String
        public var source: String?
    }
    public var id: Int64
    public var session: Int64
    public var team: String
    public var date: String
    public var title: String
    public var outcome: String
    /// In timeline order: dated events by date, then the others as typed.
    public var events: [Event]
    public var remarks: [(kind: String, text: String)]

    public func remarks(_ kind: CaseRemark) -> [String] { remarks.filter { $0.kind == kind.rawValue }.map(\.text) }

    public static func == (a: CaseInfo, b: CaseInfo) -> Bool {
        a.id == b.id && a.events == b.events && a.remarks.map { "\($0.kind) \($0.text)" } == b.remarks.map { "\($0.kind) \($0.text)" }
    }
}

extension ProjectReader {
    func sessionID(_ id: Int64) throws -> (id: Int64, team: Int64, kind: String) {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, team_id, kind FROM session WHERE id = ?"), arguments: [id]) else {
            throw StoreError.unknown(.session, String(id))
        }
        return (row[0], row[1], row[2])
    }

    public func sessions(team: String? = nil, kind: SessionKind? = nil) throws -> [SessionInfo] {
        try sessions(team: team, kind: kind, id: nil)
    }

    private func sessions(team: String?, kind: SessionKind?, id only: Int64?) throws -> [SessionInfo] {
        var conditions: [String] = [], args: [DatabaseValueConvertible] = []
        if let team { conditions.append("s.team_id = ?"); args.append(try id(of: .team, team)) }
        if let kind { conditions.append("s.kind = ?"); args.append(kind.rawValue) }
        if let only { conditions.append("s.id = ?"); args.append(only) }
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.id, t.name, s.kind, s.held_on, s.title, r.name,
                   (SELECT count(*) FROM note WHERE session_id = s.id), (SELECT count(*) FROM feedback WHERE session_id = s.id),
                   (SELECT count(*) FROM learning_case WHERE session_id = s.id)
            FROM session s JOIN team t ON t.id = s.team_id LEFT JOIN researcher r ON r.id = s.lead_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")) ORDER BY s.held_on, s.id
            """, arguments: StatementArguments(args))
        return try rows.map { row in
            let id: Int64 = row[0]
            let attendees = try String.fetchAll(db.cachedStatement(sql: """
                SELECT coalesce(p.pseudonym, '+' || r.name) FROM session_attendee a LEFT JOIN participant p ON p.id = a.participant_id
                LEFT JOIN role r ON r.id = a.role_id WHERE a.session_id = ? ORDER BY a.id
                """), arguments: [id])
            let agenda = try String.fetchAll(db.cachedStatement(sql: "SELECT item FROM session_agenda WHERE session_id = ? ORDER BY position"), arguments: [id])
            let themes = try String.fetchAll(db.cachedStatement(sql: """
                SELECT name FROM theme WHERE id IN (
                    SELECT theme_id FROM feedback WHERE session_id = ?1 AND theme_id IS NOT NULL
                    UNION SELECT x.theme_id FROM note_theme x JOIN note n ON n.id = x.note_id WHERE n.session_id = ?1
                    UNION SELECT id FROM theme WHERE session_id = ?1)
                ORDER BY id
                """), arguments: [id])
            return SessionInfo(id: id, team: row[1], kind: row[2], date: row[3], title: row[4], lead: row[5], attendees: attendees,
                               agenda: agenda, themes: themes, notes: row[6], feedback: row[7], cases: row[8])
        }
    }

    public func session(_ id: Int64) throws -> SessionInfo {
        guard let s = try sessions(team: nil, kind: nil, id: id).first else { throw StoreError.unknown(.session, String(id)) }
        return s
    }

    /// What was fed back; with `dueBy`, only what is open (never checked, or last found partly
    /// or not followed) and due on or before that day.
    public func feedback(team: String? = nil, session: Int64? = nil, id: Int64? = nil, dueBy: Day? = nil) throws -> [FeedbackInfo] {
        var conditions: [String] = [], args: [DatabaseValueConvertible] = []
        if let team { conditions.append("s.team_id = ?"); args.append(try self.id(of: .team, team)) }
        if let session { conditions.append("f.session_id = ?"); args.append(session) }
        if let id { conditions.append("f.id = ?"); args.append(id) }
        let rows = try Row.fetchAll(db, sql: """
            SELECT f.id, f.session_id, t.name, s.held_on, f.what, th.name, f.check_on
            FROM feedback f JOIN session s ON s.id = f.session_id JOIN team t ON t.id = s.team_id LEFT JOIN theme th ON th.id = f.theme_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")) ORDER BY s.held_on, f.id
            """, arguments: StatementArguments(args))
        let all = try rows.map { row in
            let checks = try Row.fetchAll(db.cachedStatement(sql: "SELECT checked_on, outcome, note FROM feedback_check WHERE feedback_id = ? ORDER BY checked_on, id"),
                                          arguments: [row[0] as Int64]).map { FeedbackInfo.Check(date: $0[0], outcome: $0[1], note: $0[2]) }
            return FeedbackInfo(id: row[0], session: row[1], team: row[2], date: row[3], what: row[4], theme: row[5], checkOn: row[6], checks: checks)
        }
        guard let dueBy else { return all }
        return all.filter { f in
            guard f.outcome == nil || f.outcome != FollowUp.followed.rawValue else { return false }
            guard let due = f.checkOn else { return f.outcome == nil }
            // A later check moves nothing: what is open stays due from its date on.
            return due <= dueBy.description
        }
    }

    public func cases(team: String? = nil, session: Int64? = nil) throws -> [CaseInfo] {
        var args: [DatabaseValueConvertible] = []
        var filter = ""
        if let team { filter = "WHERE s.team_id = ?"; args.append(try id(of: .team, team)) }
        if let session { filter += (filter.isEmpty ? "WHERE " : " AND ") + "c.session_id = ?"; args.append(session) }
        let ids = try Int64.fetchAll(db, sql: "SELECT c.id FROM learning_case c JOIN session s ON s.id = c.session_id \(filter) ORDER BY s.held_on, c.id",
                                     arguments: StatementArguments(args))
        return try ids.map(learningCase)
    }

    public func learningCase(_ id: Int64) throws -> CaseInfo {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT c.id, c.session_id, t.name, s.held_on, c.title, c.outcome FROM learning_case c
            JOIN session s ON s.id = c.session_id JOIN team t ON t.id = s.team_id WHERE c.id = ?
            """), arguments: [id]) else { throw StoreError.unknown(.learningCase, String(id)) }
        let events = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT e.at_text, e.at_date, coalesce(r.name, p.pseudonym, e.by_partner), e.what, e.source FROM case_event e
            LEFT JOIN role r ON r.id = e.by_role_id LEFT JOIN participant p ON p.id = e.by_participant_id
            WHERE e.case_id = ? ORDER BY e.id
            """), arguments: [id]).map { e in
            CaseInfo.Event(moment: CaseMoment(text: e[0], date: (e[1] as String?).flatMap { try? Day(parsing: $0) }), by: e[2], what: e[3], source: e[4])
        }
        let remarks = try Row.fetchAll(db.cachedStatement(sql: "SELECT kind, text FROM case_remark WHERE case_id = ? ORDER BY id"), arguments: [id])
            .map { (kind: $0[0] as String, text: $0[1] as String) }
        return CaseInfo(id: row[0], session: row[1], team: row[2], date: row[3], title: row[4], outcome: row[5],
                        events: CaseMoment.timelineOrder(events) { $0.moment }, remarks: remarks)
    }
}

extension ProjectWriter {
    public func addSession(team: String, kind: SessionKind, date: Day, title: String?, lead: String?) throws -> Int64 {
        let teamID = try reader.id(of: .team, team)
        let title = try title.map { try Names.validatedText($0, what: "title", maximum: 300) }
        let leadID = try lead.map { try reader.id(of: .researcher, $0) }
        try db.cachedStatement(sql: "INSERT INTO session (team_id, kind, held_on, title, lead_id) VALUES (?, ?, ?, ?, ?)").execute(arguments: [teamID, kind.rawValue, date.description, title, leadID])
        return db.lastInsertedRowID
    }

    /// Adds attendees: participants of the session's team, or `+ROLE` for someone not interviewed.
    public func joinSession(_ session: Int64, _ people: [String]) throws -> Int {
        let s = try reader.sessionID(session)
        var added = 0
        for person in people {
            if person.hasPrefix("+") {
                let role = try reader.id(of: .role, String(person.dropFirst()))
                try db.cachedStatement(sql: "INSERT INTO session_attendee (session_id, role_id) VALUES (?, ?)").execute(arguments: [session, role])
                added += 1
                continue
            }
            let pid = try reader.id(of: .participant, person)
            try requireTeam(participant: pid, pseudonym: person, team: s.team, what: "session \(session)")
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO session_attendee (session_id, participant_id) VALUES (?, ?)").execute(arguments: [session, pid])
            added += db.changesCount
        }
        return added
    }

    func requireTeam(participant: Int64, pseudonym: String, team: Int64, what: String) throws {
        let theirs = try Row.fetchOne(db.cachedStatement(sql: "SELECT t.id, t.name FROM participant p JOIN team t ON t.id = p.team_id WHERE p.id = ?"), arguments: [participant])
        guard let theirs, (theirs[0] as Int64) != team else { return }
        let ours = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM team WHERE id = ?"), arguments: [team]) ?? "?"
        throw VeldwerkError("\(pseudonym) is in team \(theirs[1] as String), not \(ours) of \(what); name someone of \(ours)")
    }

    public func addAgenda(_ session: Int64, _ items: [String]) throws {
        _ = try reader.sessionID(session)
        var position = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(position), 0) FROM session_agenda WHERE session_id = ?"), arguments: [session]) ?? 0
        for item in items {
            position += 1
            try db.cachedStatement(sql: "INSERT INTO session_agenda (session_id, position, item) VALUES (?, ?, ?)").execute(arguments: [session, position, try Names.validatedText(item, what: "agenda item", maximum: 500)])
        }
    }

    public func addFeedback(session: Int64, what: String, theme: String?, checkOn: Day?) throws -> Int64 {
        let s = try reader.sessionID(session)
        let text = try Names.validatedText(what, what: "feedback", maximum: 5_000)
        var themeID: Int64?
        if let theme {
            let id = try reader.themeID(theme)
            let team = try Int64.fetchOne(db.cachedStatement(sql: "SELECT team_id FROM theme WHERE id = ?"), arguments: [id])
            guard team == s.team else { throw VeldwerkError("theme '\(theme)' belongs to another team than session \(session); name one of its own") }
            themeID = id
        }
        try db.cachedStatement(sql: "INSERT INTO feedback (session_id, what, theme_id, check_on) VALUES (?, ?, ?, ?)").execute(arguments: [session, text, themeID, checkOn?.description])
        return db.lastInsertedRowID
    }

    public func checkFeedback(_ id: Int64, outcome: FollowUp, date: Day, note: String?) throws {
        guard let fedOn = try String.fetchOne(db.cachedStatement(sql: "SELECT s.held_on FROM feedback f JOIN session s ON s.id = f.session_id WHERE f.id = ?"), arguments: [id]) else {
            throw StoreError.unknown(.feedback, String(id))
        }
        guard date.description >= fedOn else { throw VeldwerkError("a check on \(date) comes before the feedback itself (\(fedOn)); give a later date") }
        try db.cachedStatement(sql: "INSERT INTO feedback_check (feedback_id, checked_on, outcome, note) VALUES (?, ?, ?, ?)").execute(arguments: [id, date.description, outcome.rawValue, try note.map { try Names.validatedText($0, what: "note", maximum: 5_000) }])
    }

    public func addCase(session: Int64, title: String, outcome: CaseOutcome) throws -> Int64 {
        let s = try reader.sessionID(session)
        guard s.kind == SessionKind.casusleren.rawValue else {
            throw VeldwerkError("session \(session) is of kind \(s.kind); a case belongs to a casusleren session")
        }
        try db.cachedStatement(sql: "INSERT INTO learning_case (session_id, title, outcome) VALUES (?, ?, ?)").execute(arguments: [session, try Names.validatedText(title, what: "case title", maximum: 300), outcome.rawValue])
        return db.lastInsertedRowID
    }

    /// One event in a case's timeline, by a role, a participant of the team, or an outside partner.
    public func addEvent(case id: Int64, at moment: CaseMoment, by who: String, what: String, source: EventSource?) throws {
        guard let team = try Int64.fetchOne(db.cachedStatement(sql: "SELECT s.team_id FROM learning_case c JOIN session s ON s.id = c.session_id WHERE c.id = ?"), arguments: [id]) else {
            throw StoreError.unknown(.learningCase, String(id))
        }
        let name = who.trimmingWhitespace()
        var role: Int64?, participant: Int64?, partner: String?
        if let p = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM participant WHERE pseudonym = ?"), arguments: [name]) {
            try requireTeam(participant: p, pseudonym: name, team: team, what: "case \(id)")
            participant = p
        } else if let r = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM role WHERE name = ?1 OR code = ?1"), arguments: [name]) {
            role = r
        } else if (try? Pseudonym.validated(name)) != nil, name.filter({ $0 == "-" }).count == 2, name.last?.isNumber == true {
            // Shaped like a pseudonym but nobody's: a typo, not an outside partner.
            throw StoreError.unknown(.participant, name)
        } else {
            partner = try Names.validated(name, what: "partner")
        }
        try db.execute(sql: """
            INSERT INTO case_event (case_id, at_text, at_date, by_role_id, by_participant_id, by_partner, what, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, moment.text, moment.date?.description, role, participant, partner,
                             try Names.validatedText(what, what: "event", maximum: 5_000), source?.rawValue])
    }

    public func addRemark(case id: Int64, kind: CaseRemark, text: String) throws {
        _ = try reader.learningCase(id)
        try db.cachedStatement(sql: "INSERT INTO case_remark (case_id, kind, text) VALUES (?, ?, ?)").execute(arguments: [id, kind.rawValue, try Names.validatedText(text, what: kind.rawValue, maximum: 5_000)])
    }
}
