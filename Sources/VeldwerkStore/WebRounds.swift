import Crypto
import Foundation
import GRDB
import VeldwerkCore

/// A round opens a focus group's voting, or a team's review, to the pages for a while.
public struct WebRound: Equatable, Sendable {
    public enum Purpose: String, Sendable { case vote, review }
    public var id: Int64
    public var purpose: Purpose
    public var focusGroup: Int64?
    public var team: String
    public var openedAt: String
    public var expiresAt: String
    public var closedAt: String?
    public var revealedAt: String?

    /// Whether its codes work now.
    public func isOpen(at now: String) -> Bool { closedAt == nil && now < expiresAt }
}

/// What a typed code or a link's token gives access to.
public struct WebAccess: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// A participant voting in a focus group.
        case voter
        /// A team member reading the team's text.
        case reader
        /// The projector's view of the board: progress, and the tally once revealed.
        case board
        /// The facilitator's view of the board, with the reveal button.
        case facilitator
    }
    public var kind: Kind
    public var round: WebRound
    /// The voter's pseudonym; never shown on a page.
    public var pseudonym: String?
    /// The reader's role, which their comments carry.
    public var role: String?
}

/// Codes handed out when a round opens: shown once, stored only as hashes.
public struct IssuedCodes: Sendable {
    public var round: Int64
    public var expiresAt: String
    /// Per participant: pseudonym, role and code.
    public var people: [(pseudonym: String, role: String, code: String)]
    public var boardToken: String?
    public var facilitatorToken: String?
}

/// One reader's comment on the team's text.
public struct ReviewComment: Equatable, Sendable {
    public var id: Int64
    public var team: String
    public var role: String
    public var target: String
    public var targetLabel: String
    public var verdict: String
    public var text: String?
    public var at: String
    public var resolvedAt: String?
    public var resolvedBy: String?
    public var resolution: String?
}

/// The verdicts a reader can give, as stored.
public enum ReviewVerdict: String, CaseIterable, Sendable {
    case klopt, kloptNiet = "klopt-niet", aanvulling, opmerking
}

enum CodeHash {
    static func of(_ normalised: String) -> String {
        SHA256.hash(data: Data(normalised.utf8)).map { b in
            let h = String(b, radix: 16)
            return b < 16 ? "0" + h : h
        }.joined()
    }
}

extension ProjectReader {
    /// What a code or token opens, if anything: unknown, closed and expired codes give nil alike.
    public func access(code typed: String, at now: String = ProjectClock.now()) throws -> WebAccess? {
        guard let code = AccessCode.normalised(typed) else { return nil }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT c.kind, c.round_id, c.role, p.pseudonym FROM web_code c LEFT JOIN participant p ON p.id = c.participant_id
            WHERE c.hash = ?
            """), arguments: [CodeHash.of(code)]) else { return nil }
        guard let round = try webRound(id: row["round_id"]), let kind = WebAccess.Kind(rawValue: row["kind"]) else { return nil }
        // The board outlives the voting: the plenary reads the tally after the round closed.
        let usable = kind == .board || kind == .facilitator ? now < round.expiresAt : round.isOpen(at: now)
        guard usable else { return nil }
        return WebAccess(kind: kind, round: round, pseudonym: row["pseudonym"], role: row["role"])
    }

    public func webRound(id: Int64) throws -> WebRound? {
        try Row.fetchOne(db, sql: Self.roundSelect + " WHERE r.id = ?", arguments: [id]).map(Self.round)
    }

    /// The latest voting round of a focus group, open or not.
    public func voteRound(focusGroup: Int64) throws -> WebRound? {
        try Row.fetchOne(db, sql: Self.roundSelect + " WHERE r.focus_group_id = ? ORDER BY r.id DESC LIMIT 1", arguments: [focusGroup]).map(Self.round)
    }

    public func reviewRound(team: String) throws -> WebRound? {
        try Row.fetchOne(db, sql: Self.roundSelect + " WHERE r.team_id = ? ORDER BY r.id DESC LIMIT 1",
                         arguments: [try id(of: .team, team)]).map(Self.round)
    }

    static let roundSelect = """
        SELECT r.*, t.name AS team FROM web_round r
        LEFT JOIN focus_group f ON f.id = r.focus_group_id
        JOIN team t ON t.id = coalesce(r.team_id, f.team_id)
        """

    static func round(_ row: Row) -> WebRound {
        WebRound(id: row["id"], purpose: WebRound.Purpose(rawValue: row["purpose"]) ?? .vote, focusGroup: row["focus_group_id"],
                 team: row["team"], openedAt: row["opened_at"], expiresAt: row["expires_at"], closedAt: row["closed_at"],
                 revealedAt: row["revealed_at"])
    }

    /// How many of the focus group's seated participants have voted (recognition or pie), never who.
    public func voteProgress(focusGroup: Int64) throws -> (voted: Int, seated: Int) {
        let seated = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM subgroup_member m JOIN subgroup s ON s.id = m.subgroup_id WHERE s.focus_group_id = ?
            """), arguments: [focusGroup]) ?? 0
        let voted = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM subgroup_member m JOIN subgroup s ON s.id = m.subgroup_id WHERE s.focus_group_id = ?
              AND (EXISTS (SELECT 1 FROM pie p WHERE p.focus_group_id = s.focus_group_id AND p.participant_id = m.participant_id)
                   OR EXISTS (SELECT 1 FROM recognition r WHERE r.focus_group_id = s.focus_group_id AND r.participant_id = m.participant_id))
            """), arguments: [focusGroup]) ?? 0
        return (voted, seated)
    }

    /// One participant's current vote in a focus group: recognised items and pie slices (item, share).
    public func vote(of pseudonym: String, focusGroup: Int64) throws -> (recognised: [Int], pie: [(item: Int, share: Double)]) {
        let pid = try id(of: .participant, pseudonym)
        let recognised = try Int.fetchAll(db.cachedStatement(sql: """
            SELECT i.number FROM recognition r JOIN fg_item i ON i.id = r.item_id WHERE r.focus_group_id = ? AND r.participant_id = ? ORDER BY i.number
            """), arguments: [focusGroup, pid])
        let pie = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT i.number, s.share FROM pie p JOIN pie_slice s ON s.pie_id = p.id JOIN fg_item i ON i.id = s.item_id
            WHERE p.focus_group_id = ? AND p.participant_id = ? ORDER BY s.id
            """), arguments: [focusGroup, pid]).map { (item: $0["number"] as Int, share: $0["share"] as Double) }
        return (recognised, pie)
    }

    /// The newest entry of the change log: pages watch it to learn that something changed.
    public func lastChange() throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM change")) ?? 0
    }

    /// The address a running `serve` announced, if any.
    public func serverURL() throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT url FROM web_server WHERE id = 1"))
    }

    public func reviewComments(team: String? = nil, openOnly: Bool = false) throws -> [ReviewComment] {
        var conditions: [String] = []
        var args: [DatabaseValueConvertible] = []
        if let team { conditions.append("c.team_id = ?"); args.append(try id(of: .team, team)) }
        if openOnly { conditions.append("c.resolved_at IS NULL") }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try Row.fetchAll(db, sql: """
            SELECT c.*, t.name AS team FROM review_comment c JOIN team t ON t.id = c.team_id\(whereClause) ORDER BY c.id
            """, arguments: StatementArguments(args)).map { r in
            ReviewComment(id: r["id"], team: r["team"], role: r["role"], target: r["target"], targetLabel: r["target_label"],
                          verdict: r["verdict"], text: r["text"], at: r["at"], resolvedAt: r["resolved_at"], resolvedBy: r["resolved_by"],
                          resolution: r["resolution"])
        }
    }
}

extension ProjectWriter {
    /// Opens a focus group's voting to phones: one code per seated participant, and the board's
    /// and facilitator's links. Refused while a round of the focus group is still open.
    public func openVoteRound(focusGroup: Int64, days: Int) throws -> IssuedCodes {
        let fg = try reader.focusGroup(focusGroup)
        let now = ProjectClock.now()
        if let open = try reader.voteRound(focusGroup: focusGroup), open.isOpen(at: now) {
            throw VeldwerkError("voting for focus group \(focusGroup) is already open (since \(open.openedAt)); 'vote close \(focusGroup)' first, or use the codes you have")
        }
        let members = try reader.subgroups(of: focusGroup).flatMap(\.members)
        guard !members.isEmpty else {
            throw VeldwerkError("focus group \(focusGroup) (\(fg.team)) has nobody in a subgroup yet; 'subgroup join SUBGROUP PARTICIPANT...' first")
        }
        let round = try insertRound(purpose: .vote, focusGroup: focusGroup, team: nil, days: days, now: now)
        var people: [(String, String, String)] = []
        for m in members.sorted(by: { $0.pseudonym < $1.pseudonym }) {
            let code = AccessCode.make()
            try insertCode(round: round, kind: .voter, participant: try reader.id(of: .participant, m.pseudonym), role: nil, code: code)
            people.append((m.pseudonym, m.role, code))
        }
        let (board, facilitator) = try issueBoardTokens(round: round)
        return IssuedCodes(round: round, expiresAt: ProjectClock.later(days: days), people: people, boardToken: board, facilitatorToken: facilitator)
    }

    /// New links to the board of a focus group's open round (the old ones keep working).
    public func boardLinks(focusGroup: Int64) throws -> (board: String, facilitator: String) {
        let round = try openVoteRound(of: focusGroup)
        return try issueBoardTokens(round: round.id)
    }

    /// Ends voting: the codes stop working at once. The votes stay, as at the prompt.
    public func closeVoteRound(focusGroup: Int64) throws -> WebRound {
        let round = try openVoteRound(of: focusGroup)
        try db.cachedStatement(sql: "UPDATE web_round SET closed_at = ? WHERE id = ?").execute(arguments: [ProjectClock.now(), round.id])
        return round
    }

    /// Shows the tally on the board. Allowed while voting is open or after it closed.
    public func reveal(focusGroup: Int64) throws {
        _ = try reader.focusGroup(focusGroup)
        guard let round = try reader.voteRound(focusGroup: focusGroup) else {
            throw VeldwerkError("focus group \(focusGroup) has no board yet; 'vote open \(focusGroup)' makes one")
        }
        guard round.revealedAt == nil else { return }
        try db.cachedStatement(sql: "UPDATE web_round SET revealed_at = ? WHERE id = ?").execute(arguments: [ProjectClock.now(), round.id])
    }

    /// Opens a team's text to its members for comment: one code per participant of the team.
    public func openReviewRound(team: String, days: Int) throws -> IssuedCodes {
        let teamName = try reader.team(named: team).name
        let now = ProjectClock.now()
        let members = try reader.participants(team: teamName)
        guard !members.isEmpty else { throw VeldwerkError("\(teamName) has no participants to review its text; add them with 'participant add'") }
        let round = try insertRound(purpose: .review, focusGroup: nil, team: try reader.id(of: .team, teamName), days: days, now: now)
        var people: [(String, String, String)] = []
        for m in members {
            let code = AccessCode.make()
            // The code carries the reader's role and no link to the person: comments cannot be traced back.
            try insertCode(round: round, kind: .reader, participant: nil, role: m.role, code: code)
            people.append((m.pseudonym, m.role, code))
        }
        return IssuedCodes(round: round, expiresAt: ProjectClock.later(days: days), people: people, boardToken: nil, facilitatorToken: nil)
    }

    public func closeReviewRound(team: String) throws -> WebRound {
        let name = try reader.team(named: team).name
        guard let round = try reader.reviewRound(team: name), round.isOpen(at: ProjectClock.now()) else {
            throw VeldwerkError("\(name) has no open review; 'review open \(name)' opens one")
        }
        try db.cachedStatement(sql: "UPDATE web_round SET closed_at = ? WHERE id = ?").execute(arguments: [ProjectClock.now(), round.id])
        return round
    }

    public func addReviewComment(round: WebRound, role: String, target: String, label: String, verdict: ReviewVerdict, text: String?) throws -> Int64 {
        guard round.purpose == .review, round.isOpen(at: ProjectClock.now()) else {
            throw VeldwerkError("this review has closed; ask the researchers for a new code")
        }
        try db.execute(sql: """
            INSERT INTO review_comment (team_id, round_id, role, target, target_label, verdict, text, at)
            VALUES ((SELECT team_id FROM web_round WHERE id = ?), ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [round.id, round.id, role, target, label, verdict.rawValue, text, ProjectClock.now()])
        return db.lastInsertedRowID
    }

    public func resolveComment(_ id: Int64, note: String?, by researcher: String?) throws -> ReviewComment {
        guard let comment = try reader.reviewComments().first(where: { $0.id == id }) else {
            throw VeldwerkError("no review comment \(id); 'review list' shows them")
        }
        if let at = comment.resolvedAt { throw VeldwerkError("comment \(id) was resolved on \(at.prefix(10)) already") }
        try db.cachedStatement(sql: "UPDATE review_comment SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?").execute(arguments: [ProjectClock.now(), researcher, note, id])
        return try reader.reviewComments().first { $0.id == id } ?? comment
    }

    private func openVoteRound(of focusGroup: Int64) throws -> WebRound {
        _ = try reader.focusGroup(focusGroup)
        guard let round = try reader.voteRound(focusGroup: focusGroup), round.isOpen(at: ProjectClock.now()) else {
            throw VeldwerkError("voting for focus group \(focusGroup) is not open; 'vote open \(focusGroup)' opens it")
        }
        return round
    }

    private func insertRound(purpose: WebRound.Purpose, focusGroup: Int64?, team: Int64?, days: Int, now: String) throws -> Int64 {
        guard (1...365).contains(days) else { throw VeldwerkError("--days must be between 1 and 365") }
        try db.cachedStatement(sql: "INSERT INTO web_round (purpose, focus_group_id, team_id, opened_at, expires_at) VALUES (?, ?, ?, ?, ?)").execute(arguments: [purpose.rawValue, focusGroup, team, now, ProjectClock.later(days: days)])
        return db.lastInsertedRowID
    }

    private func insertCode(round: Int64, kind: WebAccess.Kind, participant: Int64?, role: String?, code: String) throws {
        guard let normal = AccessCode.normalised(code) else { throw VeldwerkError("internal: a code was made in a form that cannot be typed") }
        try db.cachedStatement(sql: "INSERT INTO web_code (round_id, kind, participant_id, role, hash) VALUES (?, ?, ?, ?, ?)").execute(arguments: [round, kind.rawValue, participant, role, CodeHash.of(normal)])
    }

    private func issueBoardTokens(round: Int64) throws -> (board: String, facilitator: String) {
        let board = AccessCode.token(), facilitator = AccessCode.token()
        try insertCode(round: round, kind: .board, participant: nil, role: nil, code: board)
        try insertCode(round: round, kind: .facilitator, participant: nil, role: nil, code: facilitator)
        return (board, facilitator)
    }
}

extension ProjectStore {
    /// Notes where a running server listens, so the prompt's links point at it. Not a change
    /// of the project: kept out of the history and of undo.
    public func announceServer(url: String) throws {
        try translate {
            try queue.write { db in
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO web_server (id, url, started_at, pid) VALUES (1, ?, ?, ?)").execute(arguments: [url, ProjectClock.now(), Int(getpid())])
            }
        }
    }

    public func withdrawServer() throws {
        try translate {
            try queue.write { db in
                try db.cachedStatement(sql: "DELETE FROM web_server WHERE id = 1 AND pid = ?").execute(arguments: [Int(getpid())])
            }
        }
    }
}
