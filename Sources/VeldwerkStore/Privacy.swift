import GRDB
import VeldwerkCore

/// What an export of a team would reveal, for `privacy check`.
public struct PrivacyReport: Sendable, Equatable {
    public var threshold: Int
    /// Roles fewer than `threshold` of the team hold: exports call them "colleague".
    public var smallRoles: [(role: String, holders: Int)]
    /// Participants whose words stay out of every export, with how many of their passages are coded.
    public var withheld: [(pseudonym: String, segments: Int)]

    public static func == (a: PrivacyReport, b: PrivacyReport) -> Bool {
        a.threshold == b.threshold && a.smallRoles.map(\.role) == b.smallRoles.map(\.role) && a.withheld.map(\.pseudonym) == b.withheld.map(\.pseudonym)
    }
}

extension ProjectReader {
    public func privacyThreshold() throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT privacy_threshold FROM project WHERE id = 1")) ?? PrivacyRules.defaultThreshold
    }

    public func privacyReport(team: String) throws -> PrivacyReport {
        let teamID = try id(of: .team, team)
        let threshold = try privacyThreshold()
        let small = try roleHolders(teamID: teamID, on: PeopleTimeline.end).filter { $0.value < threshold }.sorted { $0.key < $1.key }.map { (role: $0.key, holders: $0.value) }
        let withheld = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT p.pseudonym, (SELECT count(*) FROM segment s JOIN transcript t ON t.document_id = s.document_id
                                 JOIN interview i ON i.id = t.interview_id WHERE i.participant_id = p.id) AS n
            FROM participant p WHERE p.team_id = ? AND p.quotes_consent = 0 ORDER BY p.pseudonym
            """), arguments: [teamID]).map { (pseudonym: $0[0] as String, segments: $0[1] as Int) }
        return PrivacyReport(threshold: threshold, smallRoles: small, withheld: withheld)
    }
}

extension ProjectWriter {
    public func setPrivacyThreshold(_ n: Int) throws {
        guard (1...100).contains(n) else { throw VeldwerkError("the threshold is a number of people from 1 to 100; 3 is the usual") }
        try db.cachedStatement(sql: "UPDATE project SET privacy_threshold = ? WHERE id = 1").execute(arguments: [n])
    }

    /// Whether a participant's words may be quoted in exports; their codings count either way.
    public func setQuoteConsent(_ pseudonym: String, allowed: Bool) throws {
        let id = try reader.id(of: .participant, pseudonym)
        try db.cachedStatement(sql: "UPDATE participant SET quotes_consent = ? WHERE id = ?").execute(arguments: [allowed ? 1 : 0, id])
    }
}
