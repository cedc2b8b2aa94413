import CSV
import Foundation
import VeldwerkCore

/// The team report as spreadsheet tables: one row per theme, per vote total, per action.
public enum CSVReport {
    /// File suffix and contents, e.g. ("themes", "...").
    public static func render(_ r: TeamReport, votes: [(focusGroup: Int64, kind: String, group: String, item: Int, label: String, share: Double, voters: Int)]) throws -> [(name: String, text: String)] {
        let themes = try table(["team", "position", "theme", "codes", "rank", "score", "share", "recognised", "sliced_by", "segments", "participants", "roles", "actions", "has_plan"],
            r.themes.map { t in
                [r.profile.name, String(t.position), t.name, t.codes.joined(separator: "; "),
                 t.tally.map { String($0.rank) } ?? "", t.tally.map { NumberFormat.fixed($0.score, decimals: 4) } ?? "",
                 t.tally.map { NumberFormat.fixed($0.share, decimals: 4) } ?? "", t.tally.map { String($0.recognised) } ?? "",
                 t.tally.map { String($0.slicedBy) } ?? "", String(t.segments), String(t.participants), t.roles.joined(separator: "; "),
                 String(t.actions.count), t.actions.isEmpty ? "no" : "yes"]
            })
        // Totals only: all voters, each subgroup's consensus, and roles with enough voters.
        let voteRows = try table(["team", "focus_group", "kind", "group", "item", "label", "score", "pies"],
            votes.map { [r.profile.name, String($0.focusGroup), $0.kind, $0.group, String($0.item), $0.label, NumberFormat.fixed($0.share, decimals: 4), String($0.voters)] })
        let actions = try table(["team", "theme", "action", "owner", "level", "scope", "status", "due", "expects", "path", "approvals", "evaluations"],
            r.themes.flatMap { t in t.actions.map { a in
                [r.profile.name, t.name, a.description, a.owner.isEmpty ? "colleague" : a.owner, a.level.rawValue, a.scope?.rawValue ?? "",
                 a.status.rawValue, a.due ?? "", a.expects ?? "", StatusStep.path(a.steps), a.approvals.joined(separator: "; "),
                 a.evaluations.joined(separator: "; ")]
            } })
        return [("themes", themes), ("votes", voteRows), ("actions", actions)]
    }

    static func table(_ header: [String], _ rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }
}
