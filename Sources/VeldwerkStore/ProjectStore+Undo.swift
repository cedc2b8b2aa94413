import GRDB

/// Undo and redo among several researchers: each reverts by row images (``Reversal``), so
/// nobody's later work is overwritten; what cannot be reverted is refused, by name, and the
/// refusal is kept for `history`.
extension ProjectStore {
    /// How many of an actor's recent changes `undo`/`redo` try before giving up.
    static let candidateLimit = 20

    /// Reverts `change`, or else the actor's most recent change that can be reverted, passing
    /// over (and reporting) more recent ones that conflict. Another researcher's change needs
    /// `forceOther`. The undo is itself a change in the history.
    public func undo(actor: String?, line: String = "undo", change: Int64? = nil, forceOther: Bool = false) throws -> UndoOutcome {
        try reverting(actor: actor, line: line) { db in
            if let change {
                guard let named = try ChangeEntry.fetch(db, id: change) else { throw UndoError.unknownChange(change) }
                if named.actor != actor && !forceOther { throw UndoError.notYours(named) }
                // Follow undo and redo to the last link: after an undo, the change stands undone;
                // after a redo, it is in effect again and that redo is what to revert.
                var last = named
                while let by = last.revertedBy, let next = try ChangeEntry.fetch(db, id: by) { last = next }
                if last.id != named.id && (last.kind == .undo) != (named.kind == .undo) {
                    throw UndoError.alreadyReverted(named, by: last.id)
                }
                return .one(last)
            }
            let candidates = try ChangeEntry.fetchAll(db.cachedStatement(sql: """
                SELECT * FROM change WHERE actor IS ? AND reverted_by IS NULL AND kind IN ('change', 'redo')
                ORDER BY id DESC LIMIT ?
                """), arguments: [actor, Self.candidateLimit])
            return .latest(candidates, empty: { UndoError.nothingToUndo(actor: actor, passedOver: $0) })
        }
    }

    /// Re-applies the actor's most recently undone change, under the same rule as undo.
    public func redo(actor: String?, line: String = "redo") throws -> UndoOutcome {
        try reverting(actor: actor, line: line) { db in
            let candidates = try ChangeEntry.fetchAll(db.cachedStatement(sql: """
                SELECT * FROM change WHERE actor IS ? AND reverted_by IS NULL AND kind = 'undo'
                ORDER BY id DESC LIMIT ?
                """), arguments: [actor, Self.candidateLimit])
            return .latest(candidates, empty: { UndoError.nothingToRedo(actor: actor, passedOver: $0) })
        }
    }

    enum Targets {
        case one(ChangeEntry)
        case latest([ChangeEntry], empty: ([UndoConflict]) -> UndoError)
    }

    /// One immediate transaction: pick the target(s), try each in a savepoint, keep refusals.
    private func reverting(actor: String?, line: String, choose: (Database) throws -> Targets) throws -> UndoOutcome {
        try translate {
            try queue.writeWithoutTransaction { db in
                var outcome: Result<UndoOutcome, Error> = .failure(UndoError.unknownChange(0))
                try db.inTransaction(.immediate) {
                    let at = ProjectClock.now()
                    let targets = try choose(db)
                    let list: [ChangeEntry]
                    switch targets {
                    case .one(let t): list = [t]
                    case .latest(let l, _): list = l
                    }
                    var passed: [UndoConflict] = []
                    // Read once for all the candidates this undo may try.
                    let keys = try ForeignKeys(db)
                    for target in list {
                        // Reverting an undo is a redo; reverting a change or a redo is an undo.
                        let targetKind: ChangeEntry.Kind = target.kind == .undo ? .redo : .undo
                        do {
                            var made: ChangeEntry?
                            try db.inSavepoint {
                                made = try Reversal.revert(db, target: target, kind: targetKind, actor: actor, line: line, at: at, keys: keys)
                                return .commit
                            }
                            guard let record = made, let reverted = try ChangeEntry.fetch(db, id: target.id) else {
                                throw StoreError.unknown(.change, String(target.id))
                            }
                            try Self.keepRefusals(db, passed, actor: actor, at: at)
                            var subject = target
                            while subject.kind != .change, let next = try subject.reverts.flatMap({ try ChangeEntry.fetch(db, id: $0) }) {
                                subject = next
                            }
                            outcome = .success(UndoOutcome(reverted: reverted, record: record, subject: subject, passedOver: passed))
                            return .commit
                        } catch let conflict as UndoConflict {
                            passed.append(conflict)
                        }
                    }
                    try Self.keepRefusals(db, passed, actor: actor, at: at)
                    switch targets {
                    case .one: outcome = .failure(UndoError.refused(passed[0]))
                    case .latest(_, let empty): outcome = .failure(empty(passed))
                    }
                    return .commit
                }
                return try outcome.get()
            }
        }
    }

    private static func keepRefusals(_ db: Database, _ conflicts: [UndoConflict], actor: String?, at: String) throws {
        for c in conflicts {
            try db.cachedStatement(sql: """
                INSERT INTO undo_refusal (change_id, at, actor, reason, blocker_id, tbl, detail) VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [c.target.id, at, actor, c.reason.rawValue, c.blocker?.id, c.table, c.detail])
        }
    }

    /// Every logged change, oldest first (the last `limit` only, if given).
    public func history(limit: Int? = nil) throws -> [ChangeEntry] {
        try translate {
            try snapshot { db in
                if let limit {
                    return try ChangeEntry.fetchAll(db.cachedStatement(sql: "SELECT * FROM (SELECT * FROM change ORDER BY id DESC LIMIT ?) ORDER BY id"), arguments: [limit])
                }
                return try ChangeEntry.fetchAll(db.cachedStatement(sql: "SELECT * FROM change ORDER BY id"))
            }
        }
    }

    /// The latest refused undo or redo of each of these changes that still stands unreverted.
    public func refusals(of changes: [ChangeEntry]) throws -> [Int64: UndoConflict] {
        try translate {
            try snapshot { db in
                var result: [Int64: UndoConflict] = [:]
                for target in changes where target.revertedBy == nil {
                    guard let r = try RefusalRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM undo_refusal WHERE change_id = ? ORDER BY id DESC LIMIT 1"), arguments: [target.id]) else { continue }
                    result[target.id] = UndoConflict(
                        target: target, reason: UndoConflict.Reason(rawValue: r.reason) ?? .constraint,
                        blocker: try r.blockerID.flatMap { try ChangeEntry.fetch(db, id: $0) }, table: r.tbl, detail: r.detail)
                }
                return result
            }
        }
    }

    private struct RefusalRecord: Decodable, FetchableRecord {
        var reason: String
        var blockerID: Int64?
        var tbl: String?
        var detail: String?
        enum CodingKeys: String, CodingKey { case reason, tbl, detail; case blockerID = "blocker_id" }
    }
}
