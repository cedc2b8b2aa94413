import Foundation
import GRDB
import PropertyBased
import Testing
import VeldwerkCommands
@testable import VeldwerkStore

/// Undo and redo by two researchers, checked against the one thing they promise: the project
/// ends as if only the changes that still stand had been made.
@Suite struct UndoProperties {
    static let researchers = ["Noor", "Sem"]
    static let setup = ["researcher add Noor", "researcher add Sem", "team add A --code A", "team add B --code B", "role add R0"]

    /// Writes whose effect does not depend on rows other changes write (explicit pseudonyms, no
    /// generated numbers), so replaying a subset of them is well defined; several depend on rows
    /// the other researcher may have made (a participant in a role added by the other).
    static func change(_ kind: Int, _ k: Int) -> String {
        switch kind {
        case 0: return "team edit A --fte \(k * 10)"
        case 1: return "team edit B --fte \(k * 10)"
        case 2: return "team edit A --areas \"N\(k),Z\""
        case 3: return "role add R\(k)"
        case 4: return "participant add --team A --role R0 --id P\(k)"
        case 5: return "participant add --team B --role R\(k) --id Q\(k)"
        case 6: return "team edit B --woe-position w\(k)"
        default: return "team edit A --portfolios \"p\(k)\""
        }
    }

    /// undo, redo, or undo N of anyone's change.
    static func reversal(_ kind: Int, _ n: Int) -> String {
        switch kind {
        case 0: return "undo"
        case 1: return "redo"
        default: return "undo \(n) --force-other"
        }
    }

    /// (researcher, line), each drawn from one number so shrinking stays simple.
    static let step = Gen.int(in: 0...(2 * 8 * 3 - 1)).map { n in (researchers[n % 2], change(n / 2 % 8, n / 16 + 1)) }
    static let reverse = Gen.int(in: 0...(2 * 3 * 20 - 1)).map { n in (researchers[n % 2], reversal(n / 2 % 3, n / 6 + 1)) }

    @Test func undoAndRedoLeaveWhatReplayingTheStandingChangesGives() async throws {
        await propertyCheck(count: 40, input: Self.step.array(of: 1...10), Self.reverse.array(of: 1...10)) { changes, reversals in
            let project = try Self.project()
            defer { try? FileManager.default.removeItem(atPath: project.folder) }
            for (who, line) in changes + reversals { Self.run(line, as: who, in: project) }
            #expect(try project.integrityCheck() == ["ok"])

            // The changes that stand: an odd number of reverts down the chain takes one back.
            let log = try project.history()
            let byID = Dictionary(uniqueKeysWithValues: log.map { ($0.id, $0) })
            let standing = log.filter { entry in
                guard entry.kind == .change else { return false }
                var inEffect = true, link = entry
                while let by = link.revertedBy, let next = byID[by] { inEffect.toggle(); link = next }
                return inEffect
            }
            // The set-up is history too (and may have been undone with --force-other).
            let replay = try Self.project(setup: [])
            defer { try? FileManager.default.removeItem(atPath: replay.folder) }
            for entry in standing {
                #expect(Self.run(entry.line, as: entry.actor, in: replay), "replaying \(entry.line)")
            }
            let got = try Self.canonicalDump(project), want = try Self.canonicalDump(replay)
            #expect(got == want, "\(changes) then \(reversals)")
        }
    }

    static func project(setup: [String] = setup) throws -> ProjectStore {
        let store = try ProjectStore.create(folder: NSTemporaryDirectory() + "veldwerk-undo-prop-\(UUID().uuidString)", name: "p")
        for line in setup { #expect(run(line, as: nil, in: store)) }
        return store
    }

    /// Runs one command line as a researcher; returns whether it succeeded.
    @discardableResult
    static func run(_ line: String, as actor: String?, in store: ProjectStore) -> Bool {
        do {
            let context = CommandContext(store: store, researcher: actor)
            for words in try LineTokenizer.commands(in: line) {
                context.line = LineTokenizer.line(from: words)
                _ = try CommandCatalog.parse(words).run(in: context)
            }
            return true
        } catch {
            return false
        }
    }

    /// Every table's rows without their row numbers, each foreign key replaced by the row it
    /// points at, sorted: two projects that hold the same things dump the same, whatever ids
    /// undone inserts used up.
    static func canonicalDump(_ store: ProjectStore) throws -> [String] {
        try store.queue.read { db in
            let keys = try ForeignKeys(db)
            func describe(_ table: String, rowid: Int64, depth: Int) throws -> String {
                guard depth < 6, let row = try Row.fetchOne(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) WHERE rowid = ?", arguments: [rowid]) else {
                    return "\(table)(missing)"
                }
                let pk = try String.fetchOne(db, sql: "SELECT name FROM pragma_table_info(?) WHERE pk = 1", arguments: [table])
                var parts: [String] = []
                for column in row.columnNames where column != pk {
                    let value: DatabaseValue = row[column]
                    if let fk = keys.from(table).first(where: { $0.childColumn == column }), fk.parentIsRowID, let id = Int64.fromDatabaseValue(value) {
                        parts.append("\(column)=[\(try describe(fk.parent, rowid: id, depth: depth + 1))]")
                    } else {
                        parts.append("\(column)=\(value)")
                    }
                }
                return "\(table)(\(parts.joined(separator: ", ")))"
            }
            var lines: [String] = []
            for table in try UndoTriggers.watchedTables(db) where table != "project" {
                let ids = try Int64.fetchAll(db, sql: "SELECT rowid FROM \(table.quotedDatabaseIdentifier)")
                lines += try ids.map { try describe(table, rowid: $0, depth: 0) }.sorted()
            }
            return lines
        }
    }
}
