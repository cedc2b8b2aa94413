import GRDB

/// The database schema, built up by migrations so that a project made by an older Veldwerk
/// opens in a newer one. Never edit a migration that has shipped: add a new one.
enum Schema {
    /// Marks the file as a Veldwerk project (`PRAGMA application_id`), so another SQLite file is refused.
    static let applicationID: Int32 = 0x5657_4B31  // "VWK1"

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-people") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE project (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    name TEXT NOT NULL,
                    created_on TEXT NOT NULL
                );
                CREATE TABLE team (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    fte REAL,
                    area_kind TEXT
                );
                CREATE TABLE team_area (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    UNIQUE (team_id, name)
                );
                CREATE TABLE team_portfolio (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    UNIQUE (team_id, name)
                );
                CREATE TABLE role (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    description TEXT
                );
                CREATE TABLE researcher (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE
                );
                CREATE TABLE participant (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    pseudonym TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    role_id INTEGER NOT NULL REFERENCES role(id),
                    real_name TEXT
                );
                CREATE INDEX participant_team ON participant(team_id, role_id);
                CREATE TABLE interview (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    participant_id INTEGER NOT NULL REFERENCES participant(id),
                    held_on TEXT NOT NULL,
                    interviewer_id INTEGER REFERENCES researcher(id)
                );
                CREATE INDEX interview_participant ON interview(participant_id);
                """)
            try ChangeLog.createTables(db)
            try ChangeLog.installTriggers(db)
        }
        m.registerMigration("v2-undo-by-actor") { db in
            // `undo` looks for an actor's latest change; keep that fast on a long history.
            try db.execute(sql: "CREATE INDEX change_actor ON change(actor, id)")
        }
        return m
    }

    /// The identifiers of every migration this build knows, oldest first.
    static var knownMigrations: [String] { migrator.migrations }
}
