import GRDB
import VeldwerkCore

/// The append-only log of changes.
///
/// A change opens by adding its entry marked `in_progress`; while the latest entry is so marked,
/// the triggers of ``UndoTriggers`` record under it every row the change touches, before and
/// after. The mark is cleared before the change commits, so a program writing to the file
/// outside Veldwerk is never recorded under someone's change. Undo and
/// redo (``Reversal``) are changes like any other, so they are logged and can be reverted too.
enum ChangeLog {
    /// Opens a change: its row in the log, marked as the one the triggers record under.
    static func begin(_ db: Database, line: String, actor: String?, at: String,
                      kind: ChangeEntry.Kind = .change, reverts: Int64? = nil) throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO change (at, actor, line, kind, reverts, in_progress) VALUES (?, ?, ?, ?, ?, 1)")
            .execute(arguments: [at, actor, line, kind.rawValue, reverts])
        return db.lastInsertedRowID
    }

    /// Closes a change and writes its summary ("+1 team +3 team_area"). A command that changed
    /// nothing leaves no entry, unless `keep` (an undo stays in the history even when the change
    /// it reverts had no net effect). Returns whether the entry was kept.
    @discardableResult
    static func finish(_ db: Database, change id: Int64, keep: Bool = false) throws -> Bool {
        // Counted here rather than by GROUP BY, which built two temporary tables for every
        // command (most touch one to three rows); kept in the order the rows were first touched.
        var counts: [StepCount] = []
        try db.directRows("SELECT tbl, before IS NULL, after IS NULL FROM change_row WHERE change_id = ? ORDER BY id", [.int(id)]) { row in
            let step = StepCount(tbl: row.text(0) ?? "", inserted: row.int(1) == 1, deleted: row.int(2) == 1, n: 1)
            if let i = counts.firstIndex(where: { $0.tbl == step.tbl && $0.inserted == step.inserted && $0.deleted == step.deleted }) {
                counts[i].n += 1
            } else {
                counts.append(step)
            }
            return true
        }
        if counts.isEmpty && !keep {
            try db.cachedStatement(sql: "DELETE FROM change WHERE id = ?").execute(arguments: [id])
            return false
        }
        let summary = counts.map { c in "\(c.inserted ? "+" : c.deleted ? "-" : "~")\(c.n) \(c.tbl)" }.joined(separator: " ")
        try db.cachedStatement(sql: "UPDATE change SET summary = ?, in_progress = 0 WHERE id = ?").execute(arguments: [summary, id])
        return true
    }

    private struct StepCount {
        var tbl: String
        var inserted: Bool
        var deleted: Bool
        var n: Int
    }
}

/// One line of the history: a command that changed data, or an undo or redo of one.
public struct ChangeEntry: Codable, FetchableRecord, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// A command as typed.
        case change
        /// Reverts a change or a redo.
        case undo
        /// Reverts an undo: the undone change applies again.
        case redo
    }

    public var id: Int64
    public var at: String
    public var actor: String?
    /// The command line as typed.
    public var line: String
    public var summary: String
    public var kind: Kind
    /// The change this one reverts (undo and redo only).
    public var reverts: Int64?
    /// The undo or redo that reverted this one, if any.
    public var revertedBy: Int64?

    enum CodingKeys: String, CodingKey {
        case id, at, actor, line, summary, kind, reverts
        case revertedBy = "reverted_by"
    }

    static func fetch(_ db: Database, id: Int64) throws -> ChangeEntry? {
        try fetchOne(db.cachedStatement(sql: "SELECT * FROM change WHERE id = ?"), arguments: [id])
    }
}
