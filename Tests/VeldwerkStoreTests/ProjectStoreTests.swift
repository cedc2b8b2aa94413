import Foundation
import GRDB
import XCTest
@testable import VeldwerkCore
@testable import VeldwerkStore

final class ProjectStoreTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "veldwerk-store-\(UUID().uuidString)"
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func makeStore() throws -> ProjectStore {
        try ProjectStore.create(folder: folder, name: "test")
    }

    func testCreatesAFileOnlyItsOwnerCanRead() throws {
        _ = try makeStore()
        let attrs = try FileManager.default.attributesOfItem(atPath: ProjectStore.databasePath(in: folder))
        XCTAssertEqual((attrs[.posixPermissions] as! NSNumber).intValue & 0o777, 0o600)
    }

    /// Opening records what it checked; the stamp matches while nothing changes and stops
    /// matching after any write, so the next open checks in full again.
    func testTheOpenStampHoldsUntilTheFileChanges() throws {
        try makeStore().close()
        let path = ProjectStore.databasePath(in: folder)
        XCTAssertNil(OpenStamp.stored(database: path))
        let store = try ProjectStore.open(folder: folder)
        let schema = Schema.fingerprint
        XCTAssertEqual(OpenStamp.stored(database: path), OpenStamp.current(database: path, schema: schema))
        _ = try store.change(line: "team add", actor: nil) { w in
            try w.db.execute(sql: "INSERT INTO team (name, code) VALUES ('Amersfoort', 'AMF')")
        }
        XCTAssertNotEqual(OpenStamp.stored(database: path), OpenStamp.current(database: path, schema: schema))
        // A stamp that is not one is ignored, never trusted.
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: OpenStamp.path(for: path)))
        XCTAssertNil(OpenStamp.stored(database: path))
    }

    /// A process that wrote a long log empties it before it ends, so the next process to open
    /// the project need not read it back; a short one is left for SQLite's own checkpoints.
    func testALongWriteAheadLogIsEmptiedWhenTheWriterEnds() throws {
        let store = try makeStore()
        let wal = ProjectStore.databasePath(in: folder) + "-wal"
        func walSize() throws -> Int { (try FileManager.default.attributesOfItem(atPath: wal)[.size] as! NSNumber).intValue }
        _ = try store.change(line: "team add", actor: nil) { w in
            try w.db.execute(sql: "INSERT INTO team (name, code) VALUES ('Amersfoort', 'AMF')")
        }
        store.tidyLogAtExit()
        XCTAssertGreaterThan(try walSize(), 0, "a log of a few pages stays")
        // About 1,300 pages in one commit.
        try store.queue.write { db in try db.execute(sql: "CREATE TABLE bulk (b BLOB); INSERT INTO bulk VALUES (zeroblob(5000000))") }
        XCTAssertGreaterThanOrEqual(store.log.pages, WriteAheadLog.tidyPages)
        store.tidyLogAtExit()
        XCTAssertEqual(try walSize(), 0)
        XCTAssertEqual(try store.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM team") }, 1)
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    /// The log's hook replaces SQLite's automatic checkpoint, so it must do its work: past
    /// 4,000 pages the log is copied into the file and the next commit starts it again.
    func testTheLogStartsAgainAfterFourThousandPages() throws {
        let store = try makeStore()
        try store.queue.write { db in try db.execute(sql: "CREATE TABLE bulk (b BLOB); INSERT INTO bulk VALUES (zeroblob(20000000))") }
        XCTAssertGreaterThanOrEqual(store.log.pages, WriteAheadLog.checkpointPages)
        _ = try store.change(line: "team add", actor: nil) { w in
            try w.db.execute(sql: "INSERT INTO team (name, code) VALUES ('Amersfoort', 'AMF')")
        }
        XCTAssertLessThan(store.log.pages, 100)
    }

    func testRefusesToCreateTwice() throws {
        _ = try makeStore()
        XCTAssertThrowsError(try makeStore())
    }

    func testRefusesFolderWithoutProject() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        XCTAssertThrowsError(try ProjectStore.open(folder: folder)) { error in
            XCTAssertEqual(error as? StoreError, .noProject(folder: folder, file: ProjectStore.fileName))
        }
        XCTAssertThrowsError(try ProjectStore.open(folder: folder + "/nope")) { error in
            XCTAssertEqual(error as? StoreError, .noProjectFolder(folder + "/nope"))
        }
    }

    func testRefusesForeignFilesWithoutTouchingThem() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = ProjectStore.databasePath(in: folder)
        let cases: [(String, Data)] = [
            ("text", Data("hello, not a database\n".utf8)),
            ("empty", Data()),
            ("truncated", Data("SQLite format 3\0".utf8) + Data(repeating: 7, count: 500)),
        ]
        for (label, bytes) in cases {
            try bytes.write(to: URL(fileURLWithPath: path))
            XCTAssertThrowsError(try ProjectStore.open(folder: folder), label)
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes, label)
        }
        // A valid SQLite database of another program; and one carrying Veldwerk's application id
        // on somebody else's schema. Both refused: not a byte changed, no journal switched.
        let foreign = [("CREATE TABLE t(x); INSERT INTO t VALUES (1);", "not a Veldwerk project"),
                       ("PRAGMA application_id = \(Schema.applicationID); CREATE TABLE t(x); INSERT INTO t VALUES (1);", "not its tables")]
        for (sql, refusal) in foreign {
            try FileManager.default.removeItem(atPath: path)
            let other = Process()
            other.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            other.arguments = [path, sql]
            try other.run()
            other.waitUntilExit()
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            XCTAssertThrowsError(try ProjectStore.open(folder: folder)) { error in
                XCTAssertTrue("\(error)".contains(refusal), "\(error)")
            }
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
            XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
        }
    }

    func testRefusesADatabaseFromANewerVeldwerk() throws {
        let store = try makeStore()
        try store.queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try store.close()
        XCTAssertThrowsError(try ProjectStore.open(folder: folder)) { error in
            XCTAssertTrue("\(error)".contains("newer Veldwerk"), "\(error)")
        }
    }

    func testRefusesACorruptDatabase() throws {
        let store = try makeStore()
        _ = try store.change(line: "team add A", actor: nil) { w in
            try w.addTeam(name: "A", code: nil, fte: nil, areaKind: nil, areas: ["x"], portfolios: [])
        }
        try store.close()
        let path = ProjectStore.databasePath(in: folder)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // Scribble over the second page onwards, keeping the header.
        for i in 4096..<min(bytes.count, 4096 * 6) { bytes[i] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try ProjectStore.open(folder: folder)) { error in
            XCTAssertTrue("\(error)".contains("damaged") || "\(error)".contains("not a Veldwerk"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
    }

    /// A project file as an older Veldwerk left it: migrated up to `migration`, with its project
    /// row and whatever `fill` writes.
    func olderProject(upTo migration: String, _ fill: (Database) throws -> Void) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let old = try DatabaseQueueFactory.make(path: ProjectStore.databasePath(in: folder))
        try Schema.migrator.migrate(old, upTo: migration)
        try old.write { db in
            try db.execute(sql: "INSERT INTO project (id, name, created_on) VALUES (1, 'old', '2022-01-01')")
            try fill(db)
        }
        try old.close()
    }

    func testMigratesAnOlderDatabaseForward() throws {
        try olderProject(upTo: "v1-people") { _ in }
        let store = try ProjectStore.open(folder: folder)
        let applied = try store.queue.read { db in try Schema.migrator.appliedIdentifiers(db) }
        XCTAssertEqual(Set(applied), Set(Schema.knownMigrations))
        XCTAssertEqual(try store.read { try $0.projectName() }, "old")
    }

    /// Undo triggers of older files named the one-row cursor the change log no longer has; a
    /// file that has them upgrades, and its changes are recorded under the new mark.
    func testAFileWithTriggersOnTheOldCursorUpgradesAndRecords() throws {
        try olderProject(upTo: "v16-paragraph-text-once") { db in
            let shape = UndoTriggers.shape(try UndoTriggers.columns(db, "team"))
            try db.execute(sql: "INSERT INTO undo_shape (id, tbl, cols) VALUES (1, 'team', ?)", arguments: [shape])
            // As the triggers were written until then, on a table that a later migration renames.
            for (table, event) in [("team", "INSERT"), ("segment", "DELETE")] {
                try db.execute(sql: """
                    CREATE TRIGGER undo_\(table)_\(event.lowercased()) AFTER \(event) ON \(table) WHEN (SELECT change_id FROM change_cursor WHERE id = 1) IS NOT NULL
                    BEGIN INSERT INTO change_row (change_id, shape_id, tbl, row_id, before, after) VALUES ((SELECT change_id FROM change_cursor WHERE id = 1), 1, '\(table)', 0, NULL, NULL); END
                    """)
            }
        }
        let store = try ProjectStore.open(folder: folder)
        XCTAssertTrue(try store.queue.read(UndoTriggers.inSync))
        _ = try store.change(line: "team add A", actor: "Noor") { try $0.addTeam(name: "A", code: nil, fte: nil, areaKind: nil, areas: [], portfolios: []) }
        XCTAssertEqual(try store.history().map(\.summary), ["+1 team"])
        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try store.read { try $0.teams() }, [])
    }

    /// `team list` counts each person once per role, however many interviews they gave, and
    /// every interview; a role nobody in the team holds is not listed.
    func testATeamsRoleCountsCountPeopleOnceAndEveryInterview() throws {
        let store = try makeStore()
        _ = try store.change(line: "setup", actor: nil) { w in
            _ = try w.addTeam(name: "Amersfoort", code: "AMF", fte: nil, areaKind: nil, areas: [], portfolios: [])
            _ = try w.addTeam(name: "Utrecht", code: "UTZ", fte: nil, areaKind: nil, areas: [], portfolios: [])
            for role in ["WOE", "WA", "OE"] { _ = try w.addRole(name: role, code: nil, description: nil) }
            _ = try w.addResearcher(name: "Noor")
            for (team, role) in [("AMF", "WOE"), ("AMF", "WOE"), ("AMF", "WA"), ("UTZ", "OE")] {
                _ = try w.addParticipant(team: team, role: role, realName: nil, pseudonym: nil)
            }
            for (person, day) in [("AMF-WOE-01", "2022-03-07"), ("AMF-WOE-01", "2022-09-07"), ("AMF-WOE-02", "2022-03-10"), ("AMF-WA-01", "2022-03-08"), ("UTZ-OE-01", "2022-03-09")] {
                _ = try w.addInterview(participant: person, date: try Day(parsing: day), interviewer: "Noor")
            }
        }
        let counts = try store.read { r in try r.teams().map { team in try r.roleCounts(team: team).map { "\($0.role) \($0.participants) \($0.interviews)" } } }
        XCTAssertEqual(counts, [["WA 1 1", "WOE 2 3"], ["OE 1 1"]])
    }

    /// What `agreement` and `transcript list` read of a document (its length is stored after
    /// its text) comes from an index, not from the text's chain of overflow pages.
    func testADocumentsOutlineIsReadWithoutItsText() throws {
        let store = try makeStore()
        let plan = try store.queue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT d.id, d.title, d.sha256, d.length FROM document d").map { $0["detail"] as String }.joined(separator: " ")
        }
        XCTAssertTrue(plan.contains("COVERING INDEX document_outline"), plan)
    }

    /// A CHECK against three or more constants is written as comparisons: SQLite builds a
    /// temporary table for every row it checks against an IN list of three.
    func testConstantListsBecomeComparisonsAndOthersStay() {
        XCTAssertEqual(ConstantLists.rewritten("kind TEXT CHECK (kind IN ('change', 'undo', 'redo'))"),
                       "kind TEXT CHECK ((kind = 'change' OR kind = 'undo' OR kind = 'redo'))")
        XCTAssertEqual(ConstantLists.rewritten(#"CHECK ("a b" IN ('it''s', 'x',-1))"#), #"CHECK (("a b" = 'it''s' OR "a b" = 'x' OR "a b" = -1))"#)
        for kept in ["CHECK (in_progress IN (0, 1))", "CHECK (kind NOT IN ('a', 'b', 'c'))", "CHECK (k IN (SELECT x FROM t))",
                     "CHECK (k IN ('a', b, 'c'))", "CHECK (k IN ('a', 'b', 'c'"] {
            XCTAssertEqual(ConstantLists.rewritten(kept), kept)
        }
    }

    /// No table of a project, new or migrated, checks a column against a list of three or
    /// more constants; and writing a change or a segment builds no temporary table.
    func testNoWriteBuildsATemporaryTableForItsChecks() throws {
        try olderProject(upTo: "v19-document-outline") { db in
            try db.execute(sql: """
                INSERT INTO researcher (id, name) VALUES (1, 'Noor');
                INSERT INTO code (id, guid, name, position) VALUES (1, 'g1', 'Regie', 1);
                INSERT INTO document (id, kind, title, format, sha256, body, length, added_on) VALUES (1, 'transcript', 't', 'txt', 'x', 'Over de regie.', 14, '2022-01-01');
                INSERT INTO transcript (document_id) VALUES (1);
                INSERT INTO segment (id, document_id, code_id, coder_id, start_pos, end_pos, tension) VALUES (2, 1, 1, 1, 0, 14, 'dilemma');
                """)
        }
        let migrated = try ProjectStore.open(folder: folder)
        defer { try? FileManager.default.removeItem(atPath: folder + "-new") }
        for store in [migrated, try ProjectStore.create(folder: folder + "-new", name: "new")] {
            let tables = try store.queue.read { try String.fetchAll($0, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL") }
            XCTAssertEqual(tables.filter { ConstantLists.rewritten($0) != $0 }, [])
            for write in ["INSERT INTO change (at, line, kind) VALUES ('a', 'b', 'undo')",
                          "INSERT INTO segment (document_id, code_id, coder_id, start_pos, end_pos, tension) VALUES (1, 1, 1, 0, 5, 'onenigheid')"] {
                let program = try store.queue.read { try Row.fetchAll($0, sql: "EXPLAIN " + write).map { $0["opcode"] as String } }
                XCTAssertTrue(program.contains("Insert"), write)
                XCTAssertFalse(program.contains("OpenEphemeral"), write)
            }
        }
        // The rows stay, and the constraints still refuse what they refused.
        XCTAssertEqual(try migrated.queue.read { try String.fetchOne($0, sql: "SELECT tension FROM segment WHERE id = 2") }, "dilemma")
        XCTAssertThrowsError(try migrated.queue.write { try $0.execute(sql: "UPDATE segment SET tension = 'twijfel' WHERE id = 2") })
        XCTAssertThrowsError(try migrated.queue.write { try $0.execute(sql: "INSERT INTO change (at, line, kind) VALUES ('a', 'b', 'redone')") })
        try migrated.queue.write { try $0.execute(sql: "UPDATE segment SET tension = NULL WHERE id = 2") }
        XCTAssertEqual(try migrated.integrityCheck(), ["ok"])
    }

    /// The segment table is rebuilt with its constraint ordered by place: rows, ids and the id
    /// counter carry over, duplicates are still refused, and the place index serves alone.
    func testSegmentsKeepTheirIdsAndCounterWhenTheirTableIsRebuilt() throws {
        try olderProject(upTo: "v17-change-in-progress") { db in
            try db.execute(sql: """
                INSERT INTO researcher (id, name) VALUES (1, 'Noor');
                INSERT INTO code (id, guid, name, position) VALUES (1, 'g1', 'Regie', 1), (2, 'g2', 'Coaching', 2);
                INSERT INTO document (id, kind, title, format, sha256, body, length, added_on) VALUES (1, 'transcript', 't', 'txt', 'x', 'Over de regie.\n\nKoffie in café.', 31, '2022-01-01');
                INSERT INTO transcript (document_id) VALUES (1);
                INSERT INTO segment (id, document_id, code_id, coder_id, start_pos, end_pos, tension) VALUES
                    (2, 1, 1, 1, 0, 14, 'dilemma'), (5, 1, 2, 1, 16, 31, NULL), (7, 1, 2, 1, 0, 14, 'onenigheid');
                UPDATE sqlite_sequence SET seq = 9 WHERE name = 'segment';
                """)
        }
        let store = try ProjectStore.open(folder: folder)
        let rows = { try store.queue.read { try String.fetchAll($0, sql: "SELECT id || ':' || code_id || ':' || start_pos || ':' || coalesce(tension, '-') FROM segment ORDER BY id") } }
        XCTAssertEqual(try rows(), ["2:1:0:dilemma", "5:2:16:-", "7:2:0:onenigheid"])
        XCTAssertEqual(try store.queue.read { try Int.fetchOne($0, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'segment'") }, 9)
        XCTAssertEqual(try store.queue.read { try String.fetchAll($0, sql: "SELECT name FROM pragma_index_list('segment') ORDER BY name") },
                       ["segment_code", "sqlite_autoindex_segment_1"])
        let id = try store.change(line: "code", actor: "Noor") { try $0.addSegment(document: 1, span: 16..<31, code: "Regie", coder: "Noor", tension: nil, memo: nil) }
        XCTAssertEqual(id, 10)
        XCTAssertThrowsError(try store.change(line: "code again", actor: "Noor") { try $0.addSegment(document: 1, span: 16..<31, code: "Regie", coder: "Noor", tension: nil, memo: nil) })
        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try rows().count, 3)
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    func testParagraphsImportedBeforeTheyCarriedTheirTextAreFoundAfterMigrating() throws {
        try olderProject(upTo: "v6-undo-by-row") { db in
            try db.execute(sql: "INSERT INTO document (id, kind, title, format, sha256, body, length, added_on) VALUES (1, 'transcript', 't', 'txt', 'x', 'Over de regie.\n\nKoffie in café.', 32, '2022-01-01')")
            try db.execute(sql: "INSERT INTO transcript (document_id) VALUES (1)")
            try db.execute(sql: "INSERT INTO paragraph (document_id, number, start_pos, end_pos) VALUES (1, 1, 0, 14), (1, 2, 16, 32)")
        }
        let store = try ProjectStore.open(folder: folder)
        XCTAssertEqual(try store.read { try $0.paragraphs(of: 1).map(\.text) }, ["Over de regie.", "Koffie in café."])
        XCTAssertEqual(try store.read { try $0.searchParagraphs("cafe").map(\.paragraph) }, [2])
        XCTAssertEqual(try store.read { try $0.searchParagraphs("regie").map(\.paragraph) }, [1])
    }

    func testAnImportLoggedBeforeParagraphsWereDerivedIsFoundUndoneAndRedoneAfterMigrating() throws {
        try olderProject(upTo: "v14-time") { db in
            try db.execute(sql: "INSERT INTO change (id, at, actor, line) VALUES (1, '2022-01-01T00:00:00Z', 'Noor', 'transcript import t.txt')")
            try db.execute(sql: "INSERT INTO document (id, kind, title, format, sha256, body, length, added_on) VALUES (1, 'transcript', 't', 'txt', 'x', 'Over de regie.\n\nKoffie in café.', 31, '2022-01-01')")
            try db.execute(sql: "INSERT INTO transcript (document_id) VALUES (1)")
            // Then, a paragraph carried its text and the log a row per paragraph, text and all.
            try db.execute(sql: "INSERT INTO paragraph (document_id, number, start_pos, end_pos, text) VALUES (1, 1, 0, 14, 'Over de regie.'), (1, 2, 16, 31, 'Koffie in café.')")
            for table in ["document", "transcript", "paragraph"] {
                let shape = UndoTriggers.shape(try UndoTriggers.columns(db, table))
                try db.execute(sql: "INSERT INTO undo_shape (tbl, cols) VALUES (?, ?)", arguments: [table, shape])
                try db.execute(sql: "INSERT INTO change_row (change_id, shape_id, tbl, row_id, before, after) SELECT 1, ?, ?, rowid, NULL, \(UndoTriggers.imageExpression(shape, alias: "t")) FROM \(table) t",
                               arguments: [db.lastInsertedRowID, table])
            }
        }
        var upgrades = 0
        try ProjectStore.open(folder: folder, upgrading: { upgrades += 1 }).close()
        XCTAssertEqual(upgrades, 1)
        let store = try ProjectStore.open(folder: folder, upgrading: { upgrades += 1 })
        XCTAssertEqual(upgrades, 1, "a current file is not upgraded again")
        // The paragraphs' old row images, the texts once more, are gone; the document's stay.
        XCTAssertEqual(try store.queue.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT tbl FROM change_row ORDER BY tbl") }, ["document", "transcript"])
        func indexIsConsistent() throws -> Bool {
            try store.queue.writeWithoutTransaction { db in
                (try? db.execute(sql: "INSERT INTO paragraph_fts (paragraph_fts, rank) VALUES ('integrity-check', 1)")) != nil
            }
        }
        XCTAssertFalse(try store.queue.read { db in try db.columns(in: "paragraph").map(\.name) }.contains("text"))
        XCTAssertEqual(try store.read { try $0.paragraphs(of: 1).map(\.text) }, ["Over de regie.", "Koffie in café."])
        XCTAssertEqual(try store.read { try $0.searchParagraphs("cafe").map(\.paragraph) }, [2])
        XCTAssertTrue(try indexIsConsistent())

        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try store.read { try $0.transcripts() }, [])
        XCTAssertEqual(try store.read { try $0.searchParagraphs("cafe") }, [])
        XCTAssertTrue(try indexIsConsistent())
        _ = try store.redo(actor: "Noor")
        XCTAssertEqual(try store.read { try $0.paragraphs(of: 1).map(\.text) }, ["Over de regie.", "Koffie in café."])
        XCTAssertEqual(try store.read { try $0.searchParagraphs("regie").map(\.paragraph) }, [1])
        XCTAssertTrue(try indexIsConsistent())
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    func testUndoRevertsTheLastChangeAndIsLogged() throws {
        let store = try makeStore()
        _ = try store.change(line: "role add WOE", actor: "Noor") { try $0.addRole(name: "WOE", code: nil, description: nil) }
        _ = try store.change(line: "team add A", actor: "Noor") { w in
            try w.addTeam(name: "A", code: "A", fte: 10, areaKind: nil, areas: ["n", "z"], portfolios: ["p"])
        }
        let undone = try store.undo(actor: "Noor")
        XCTAssertEqual(undone.reverted.line, "team add A")
        XCTAssertEqual(try store.read { try $0.teams() }, [])
        XCTAssertEqual(try store.read { try $0.roles().map(\.name) }, ["WOE"])
        let history = try store.history()
        XCTAssertEqual(history.map(\.line), ["role add WOE", "team add A", "undo"])
        XCTAssertEqual(history[1].revertedBy, history[2].id)
        XCTAssertEqual(history[2].reverts, history[1].id)
        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try store.read { try $0.roles() }, [])
        XCTAssertThrowsError(try store.undo(actor: "Noor"))
    }

    func testUndoRestoresUpdatedAndDeletedRowsExactly() throws {
        let store = try makeStore()
        _ = try store.change(line: "team add A", actor: nil) { w in
            try w.addTeam(name: "A'quote", code: "AQ", fte: 142.5, areaKind: "GGG", areas: ["Noord"], portfolios: [])
        }
        let before = try store.read { try $0.teams() }
        _ = try store.change(line: "edit", actor: nil) { w in
            try w.db.execute(sql: "UPDATE team SET fte = 1, name = 'B'")
            try w.db.execute(sql: "DELETE FROM team_area")
        }
        _ = try store.undo(actor: nil)
        XCTAssertEqual(try store.read { try $0.teams() }, before)
    }

    func testUndoRefusesWhenALaterChangeDependsOnIt() throws {
        let store = try makeStore()
        _ = try store.change(line: "team add A", actor: "Noor") { try $0.addTeam(name: "A", code: nil, fte: nil, areaKind: nil, areas: [], portfolios: []) }
        _ = try store.change(line: "role add R", actor: "Sem") { try $0.addRole(name: "R", code: nil, description: nil) }
        _ = try store.change(line: "participant add", actor: "Sem") { try $0.addParticipant(team: "A", role: "R", realName: nil, pseudonym: nil) }
        XCTAssertThrowsError(try store.undo(actor: "Noor")) { error in
            guard case .nothingToUndo(_, let passed) = error as? UndoError, let conflict = passed.first else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(conflict.reason, .dependsOnIt)
            XCTAssertEqual(conflict.target.line, "team add A")
            XCTAssertEqual(conflict.blocker?.line, "participant add")
            XCTAssertEqual(conflict.blocker?.actor, "Sem")
        }
        XCTAssertEqual(try store.read { try $0.teams().count }, 1)
        XCTAssertEqual(try store.history().count, 3)
        // Each researcher undoes their own work.
        XCTAssertEqual(try store.undo(actor: "Sem").reverted.line, "participant add")
        XCTAssertEqual(try store.undo(actor: "Noor").reverted.line, "team add A")
    }

    func testAFailingChangeLeavesNothingBehind() throws {
        let store = try makeStore()
        XCTAssertThrowsError(try store.change(line: "team add", actor: nil) { w -> Void in
            _ = try w.addTeam(name: "A", code: nil, fte: nil, areaKind: nil, areas: ["x"], portfolios: [])
            throw VeldwerkError("boom")
        })
        XCTAssertEqual(try store.read { try $0.teams() }, [])
        XCTAssertEqual(try store.history(), [])
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    /// The triggers record under the latest change only while it runs: a write by another
    /// program after it, or after one that failed, is nobody's change.
    func testOnlyARunningChangeIsRecordedInto() throws {
        let store = try makeStore()
        _ = try store.change(line: "team add A", actor: "Noor") { try $0.addTeam(name: "A", code: nil, fte: nil, areaKind: nil, areas: [], portfolios: []) }
        XCTAssertThrowsError(try store.change(line: "team add B", actor: "Sem") { w -> Void in
            _ = try w.addTeam(name: "B", code: nil, fte: nil, areaKind: nil, areas: [], portfolios: [])
            throw VeldwerkError("boom")
        })
        let logged = { try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM change_row") } }
        let before = try logged()
        try store.queue.write { db in try db.execute(sql: "INSERT INTO team (name, code) VALUES ('Outside', 'OUT')") }
        XCTAssertEqual(try logged(), before)
        XCTAssertEqual(try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM change WHERE in_progress = 1") }, 0)
        // Noor's undo still finds her change whole, and leaves the outside row alone.
        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try store.read { try $0.teams().map(\.name) }, ["Outside"])
    }

    func testEveryTableAndColumnHasTheTriggersTheSchemaNeeds() throws {
        let store = try makeStore()
        try store.queue.read { db in
            let tables = try UndoTriggers.watchedTables(db)
            XCTAssertTrue(tables.contains("participant"))
            XCTAssertFalse(tables.contains("change_row"))
            XCTAssertFalse(tables.contains { $0.hasPrefix("paragraph_fts") }, "\(tables)")
            let stored = try UndoTriggers.stored(db)
            for table in tables {
                let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.quotedDatabaseIdentifier))").map { $0["name"] as String }
                let shape = try String.fetchOne(db, sql: "SELECT cols FROM undo_shape WHERE tbl = ? ORDER BY id DESC LIMIT 1", arguments: [table])
                XCTAssertEqual(shape, columns.map(\.quotedDatabaseIdentifier).joined(separator: ","), table)
                let id = try Int64.fetchOne(db, sql: "SELECT id FROM undo_shape WHERE tbl = ? ORDER BY id DESC LIMIT 1", arguments: [table]) ?? -1
                for generated in UndoTriggers.triggers(table: table, shapeID: id, shape: shape ?? "") {
                    XCTAssertEqual(stored[generated.name], generated.sql, generated.name)
                    for column in columns where !generated.name.hasSuffix("_insert") {
                        XCTAssertTrue(generated.sql.contains("quote(old.\(column.quotedDatabaseIdentifier))"), "\(generated.name) \(column)")
                    }
                }
            }
            XCTAssertEqual(stored.count, tables.count * 3)
        }
    }

    func testTriggersFollowAColumnAddedLaterAndTheRowsItHolds() throws {
        let folder = NSTemporaryDirectory() + "veldwerk-shape-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var store: ProjectStore? = try ProjectStore.create(folder: folder, name: "shape")
        _ = try store!.change(line: "team add A", actor: "Noor") { try $0.addTeam(name: "A", code: nil, fte: 5, areaKind: nil, areas: [], portfolios: []) }
        try store!.queue.write { db in try db.execute(sql: "ALTER TABLE team ADD COLUMN motto TEXT") }
        XCTAssertFalse(try store!.queue.read(UndoTriggers.inSync))
        try store!.close()
        store = try ProjectStore.open(folder: folder)
        XCTAssertTrue(try store!.queue.read(UndoTriggers.inSync))
        _ = try store!.change(line: "motto", actor: "Noor") { w in try w.db.execute(sql: "UPDATE team SET motto = 'samen'") }
        // The later change is undone by the new shape, the earlier one by the old.
        _ = try store!.undo(actor: "Noor")
        XCTAssertEqual(try store!.queue.read { db in try String.fetchOne(db, sql: "SELECT coalesce(motto, '-') FROM team") }, "-")
        _ = try store!.undo(actor: "Noor")
        XCTAssertEqual(try store!.read { try $0.teams().count }, 0)
        XCTAssertEqual(try store!.integrityCheck(), ["ok"])
    }

    func testAChangeLoggedBeforeRowImagesIsRefusedByNameAndPassedOver() throws {
        let store = try makeStore()
        _ = try store.change(line: "team add A", actor: "Noor") { try $0.addTeam(name: "A", code: nil, fte: nil, areaKind: nil, areas: [], portfolios: []) }
        // As an older Veldwerk left it: the change in the log, its inverse SQL but no row images.
        try store.queue.write { db in
            try db.execute(sql: "INSERT INTO change (at, actor, line, summary) VALUES ('2022-01-01T00:00:00Z', 'Noor', 'role add X', '+1 role')")
            try db.execute(sql: "INSERT INTO role (name, code) VALUES ('X', 'X')")
        }
        let outcome = try store.undo(actor: "Noor")
        XCTAssertEqual(outcome.reverted.line, "team add A")
        XCTAssertEqual(outcome.passedOver.map(\.reason), [.noImages])
        XCTAssertThrowsError(try store.undo(actor: "Noor", change: 2)) { error in
            guard case .refused(let c) = error as? UndoError else { return XCTFail("\(error)") }
            XCTAssertEqual(c.reason, .noImages)
        }
        XCTAssertEqual(try store.read { try $0.roles().map(\.name) }, ["X"])
    }

    func testPseudonymsAreGeneratedPerTeamAndRole() throws {
        let store = try makeStore()
        let ids = try store.change(line: "setup", actor: nil) { w -> [String] in
            _ = try w.addTeam(name: "Amersfoort", code: "AMF", fte: nil, areaKind: nil, areas: [], portfolios: [])
            _ = try w.addRole(name: "WOE", code: nil, description: nil)
            _ = try w.addRole(name: "wijkagent", code: "WA", description: nil)
            return [
                try w.addParticipant(team: "amersfoort", role: "WOE", realName: "Jan", pseudonym: nil).pseudonym,
                try w.addParticipant(team: "AMF", role: "WOE", realName: nil, pseudonym: nil).pseudonym,
                try w.addParticipant(team: "AMF", role: "wijkagent", realName: nil, pseudonym: nil).pseudonym,
                try w.addParticipant(team: "AMF", role: "WA", realName: nil, pseudonym: "AMF-X-9").pseudonym,
            ]
        }
        XCTAssertEqual(ids, ["AMF-WOE-01", "AMF-WOE-02", "AMF-WA-01", "AMF-X-9"])
        XCTAssertThrowsError(try store.change(line: "dup", actor: nil) { try $0.addParticipant(team: "AMF", role: "WA", realName: nil, pseudonym: "amf-x-9") })
    }

    /// An addition writes the participant alone; the first move records the state it was added
    /// with as holding from the start, and undoing that move takes both away again.
    func testTheFirstMoveRecordsTheStateAParticipantWasAddedWith() throws {
        let store = try makeStore()
        let pseudonym = try store.change(line: "setup", actor: "Noor") { w in
            _ = try w.addTeam(name: "Amersfoort", code: "AMF", fte: nil, areaKind: nil, areas: [], portfolios: [])
            _ = try w.addTeam(name: "Baarn", code: "BRN", fte: nil, areaKind: nil, areas: [], portfolios: [])
            _ = try w.addRole(name: "WOE", code: nil, description: nil)
            return try w.addParticipant(team: "AMF", role: "WOE", realName: nil, pseudonym: nil).pseudonym
        }
        let moveRows = { try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM participant_move") } }
        XCTAssertEqual(try moveRows(), 0)
        XCTAssertEqual(try store.read { try $0.moves(participant: pseudonym).map(\.team) }, ["Amersfoort"])
        let day = try Day(parsing: "2023-09-01")
        _ = try store.change(line: "move", actor: "Noor") { try $0.moveParticipant(pseudonym, on: day, team: "BRN", role: nil, portfolio: nil, area: nil) }
        _ = try store.change(line: "move back", actor: "Noor") { try $0.moveParticipant(pseudonym, on: try Day(parsing: "2024-01-01"), team: "AMF", role: nil, portfolio: nil, area: nil) }
        XCTAssertEqual(try store.read { try $0.moves(participant: pseudonym).map { "\($0.date) \($0.team ?? "-")" } },
                       [" Amersfoort", "2023-09-01 Baarn", "2024-01-01 Amersfoort"])
        XCTAssertEqual(try store.read { try $0.participants(team: "AMF", on: "2023-05-01").map(\.pseudonym) }, [pseudonym])
        XCTAssertEqual(try store.read { try $0.participants(team: "BRN", on: "2023-10-01").map(\.pseudonym) }, [pseudonym])
        _ = try store.undo(actor: "Noor")
        _ = try store.undo(actor: "Noor")
        XCTAssertEqual(try moveRows(), 0)
        XCTAssertEqual(try store.read { try $0.participants(team: "AMF", on: "2023-10-01").map(\.pseudonym) }, [pseudonym])
    }

    /// The store asks SQLite for the highest number; it must count exactly the pseudonyms the
    /// rule in the core counts, whatever was chosen with `--id` beside the generated ones.
    func testTheNextPseudonymIsTheOneTheCoreRuleGivesAmongChosenOnes() throws {
        let store = try makeStore()
        var random = SystemRandomNumberGenerator()
        _ = try store.change(line: "setup", actor: nil) { w in
            _ = try w.addTeam(name: "Amersfoort", code: "AMF", fte: nil, areaKind: nil, areas: [], portfolios: [])
            _ = try w.addTeam(name: "Amsterdam", code: "AM", fte: nil, areaKind: nil, areas: [], portfolios: [])
            _ = try w.addRole(name: "WOE", code: nil, description: nil)
            _ = try w.addRole(name: "W", code: nil, description: nil)
        }
        let shapes = ["AMF-WOE-", "amf-woe-", "AMF-W-", "AM-WOE-", "AMF-WOE-0", "AMF-WOE-x", "AMF-WOE--", "AMF-WOEX-", "AMF-WOE-1a", "AMF-WOE-00"]
        var existing: [String] = []
        for _ in 0..<60 {
            // Numbers near the last one of 18 digits, and past it, which must not count.
            let tail = [String(Int.random(in: 0...120, using: &random)), String(repeating: "9", count: Int.random(in: 16...20, using: &random)), "", "7b"]
                .randomElement(using: &random)!
            let chosen = shapes.randomElement(using: &random)! + tail
            guard (try? Pseudonym.validated(chosen)) != nil, !existing.contains(where: { $0.uppercased() == chosen.uppercased() }) else { continue }
            existing.append(chosen)
            do { _ = try store.change(line: "chosen", actor: nil) { try $0.addParticipant(team: "AM", role: "W", realName: nil, pseudonym: chosen) } } catch { XCTFail("\(chosen) among \(existing): \(error)"); return }
            let made = try? store.change(line: "made", actor: nil) { try $0.addParticipant(team: "AMF", role: "WOE", realName: nil, pseudonym: nil).pseudonym }
            XCTAssertEqual(made, Pseudonym.next(teamCode: "AMF", roleCode: "WOE", existing: existing.map { $0.uppercased() }), "among \(existing)")
            if let made { existing.append(made) }
        }
    }
}
