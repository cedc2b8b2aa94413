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
            try db.execute(sql: """
                CREATE TABLE change (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    actor TEXT,
                    line TEXT NOT NULL,
                    summary TEXT NOT NULL DEFAULT '',
                    reverts INTEGER REFERENCES change(id),
                    reverted_by INTEGER REFERENCES change(id)
                );
                CREATE TABLE change_step (
                    id INTEGER PRIMARY KEY,
                    change_id INTEGER NOT NULL REFERENCES change(id),
                    tbl TEXT NOT NULL,
                    op TEXT NOT NULL,
                    inverse TEXT NOT NULL
                );
                CREATE INDEX change_step_change ON change_step(change_id);
                CREATE TABLE change_cursor (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    change_id INTEGER
                );
                INSERT INTO change_cursor (id, change_id) VALUES (1, NULL);
                """)
        }
        m.registerMigration("v2-undo-by-actor") { db in
            // `undo` looks for an actor's latest change; keep that fast on a long history.
            try db.execute(sql: "CREATE INDEX change_actor ON change(actor, id)")
        }
        m.registerMigration("v3-transcripts-and-coding") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN ('transcript', 'note')),
                    title TEXT NOT NULL,
                    format TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    body TEXT NOT NULL,
                    length INTEGER NOT NULL,
                    added_on TEXT NOT NULL
                );
                CREATE INDEX document_sha ON document(sha256);
                CREATE TABLE transcript (
                    document_id INTEGER PRIMARY KEY REFERENCES document(id),
                    interview_id INTEGER REFERENCES interview(id)
                );
                CREATE INDEX transcript_interview ON transcript(interview_id);
                CREATE TABLE paragraph (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id INTEGER NOT NULL REFERENCES document(id),
                    number INTEGER NOT NULL,
                    start_pos INTEGER NOT NULL,
                    end_pos INTEGER NOT NULL,
                    speaker TEXT,
                    UNIQUE (document_id, number)
                );
                -- Paragraph text is not stored twice: the index reads it out of the document.
                CREATE VIEW paragraph_text AS
                    SELECT p.id AS id, substr(d.body, p.start_pos + 1, p.end_pos - p.start_pos) AS text
                    FROM paragraph p JOIN document d ON d.id = p.document_id;
                CREATE VIRTUAL TABLE paragraph_fts USING fts5(
                    text, content = 'paragraph_text', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2');
                CREATE TRIGGER paragraph_fts_insert AFTER INSERT ON paragraph BEGIN
                    INSERT INTO paragraph_fts (rowid, text)
                    SELECT new.id, substr(body, new.start_pos + 1, new.end_pos - new.start_pos) FROM document WHERE id = new.document_id;
                END;
                CREATE TRIGGER paragraph_fts_delete AFTER DELETE ON paragraph BEGIN
                    INSERT INTO paragraph_fts (paragraph_fts, rowid, text)
                    SELECT 'delete', old.id, substr(body, old.start_pos + 1, old.end_pos - old.start_pos) FROM document WHERE id = old.document_id;
                END;
                CREATE TABLE code (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    guid TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    name TEXT NOT NULL COLLATE NOCASE,
                    parent_id INTEGER REFERENCES code(id),
                    position INTEGER NOT NULL,
                    description TEXT,
                    color TEXT,
                    codable INTEGER NOT NULL DEFAULT 1
                );
                CREATE INDEX code_parent ON code(parent_id, position);
                CREATE INDEX code_name ON code(name);
                CREATE TABLE code_set (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    guid TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    name TEXT NOT NULL,
                    description TEXT
                );
                CREATE TABLE code_set_member (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    set_id INTEGER NOT NULL REFERENCES code_set(id),
                    code_id INTEGER NOT NULL REFERENCES code(id),
                    UNIQUE (set_id, code_id)
                );
                CREATE TABLE segment (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id INTEGER NOT NULL REFERENCES document(id),
                    code_id INTEGER NOT NULL REFERENCES code(id),
                    coder_id INTEGER NOT NULL REFERENCES researcher(id),
                    start_pos INTEGER NOT NULL,
                    end_pos INTEGER NOT NULL CHECK (end_pos > start_pos),
                    tension TEXT CHECK (tension IN ('onduidelijkheid', 'onenigheid', 'dilemma')),
                    memo TEXT,
                    UNIQUE (document_id, code_id, coder_id, start_pos, end_pos)
                );
                CREATE INDEX segment_code ON segment(code_id);
                CREATE INDEX segment_document ON segment(document_id, start_pos);
                CREATE TABLE a4_item (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    position INTEGER NOT NULL,
                    code_id INTEGER NOT NULL REFERENCES code(id),
                    label TEXT NOT NULL,
                    UNIQUE (team_id, code_id)
                );
                """)
        }
        m.registerMigration("v4-focus-groups") { db in
            try db.execute(sql: """
                CREATE TABLE focus_group (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    held_on TEXT NOT NULL
                );
                -- The A4 sheet as it was when the focus group was made: later edits do not reach it.
                CREATE TABLE fg_item (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    focus_group_id INTEGER NOT NULL REFERENCES focus_group(id),
                    number INTEGER NOT NULL,
                    label TEXT NOT NULL,
                    merged_into INTEGER REFERENCES fg_item(id),
                    UNIQUE (focus_group_id, number)
                );
                CREATE TABLE fg_item_code (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    item_id INTEGER NOT NULL REFERENCES fg_item(id),
                    code_guid TEXT NOT NULL,
                    code_name TEXT NOT NULL
                );
                CREATE INDEX fg_item_code_item ON fg_item_code(item_id);
                CREATE TABLE subgroup (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    focus_group_id INTEGER NOT NULL REFERENCES focus_group(id),
                    name TEXT NOT NULL COLLATE NOCASE,
                    lead_id INTEGER REFERENCES researcher(id),
                    UNIQUE (focus_group_id, name)
                );
                CREATE TABLE subgroup_member (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    subgroup_id INTEGER NOT NULL REFERENCES subgroup(id),
                    participant_id INTEGER NOT NULL REFERENCES participant(id),
                    UNIQUE (subgroup_id, participant_id)
                );
                CREATE INDEX subgroup_member_participant ON subgroup_member(participant_id);
                CREATE TABLE recognition (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    focus_group_id INTEGER NOT NULL REFERENCES focus_group(id),
                    participant_id INTEGER NOT NULL REFERENCES participant(id),
                    item_id INTEGER NOT NULL REFERENCES fg_item(id),
                    UNIQUE (focus_group_id, participant_id, item_id)
                );
                -- Individual pies and subgroup consensus pies live side by side; neither overwrites the other.
                CREATE TABLE pie (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    focus_group_id INTEGER NOT NULL REFERENCES focus_group(id),
                    participant_id INTEGER REFERENCES participant(id),
                    subgroup_id INTEGER REFERENCES subgroup(id),
                    CHECK ((participant_id IS NULL) <> (subgroup_id IS NULL))
                );
                CREATE UNIQUE INDEX pie_person ON pie(focus_group_id, participant_id) WHERE participant_id IS NOT NULL;
                CREATE UNIQUE INDEX pie_subgroup ON pie(subgroup_id) WHERE subgroup_id IS NOT NULL;
                CREATE TABLE pie_slice (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    pie_id INTEGER NOT NULL REFERENCES pie(id),
                    item_id INTEGER NOT NULL REFERENCES fg_item(id),
                    share REAL NOT NULL CHECK (share > 0 AND share <= 1)
                );
                CREATE INDEX pie_slice_pie ON pie_slice(pie_id);
                -- The plenary outcome. A later decision supersedes an earlier one, which stays.
                CREATE TABLE decision (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    focus_group_id INTEGER NOT NULL REFERENCES focus_group(id),
                    decided_at TEXT NOT NULL,
                    note TEXT
                );
                CREATE TABLE theme (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    decision_id INTEGER NOT NULL REFERENCES decision(id),
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    item_id INTEGER NOT NULL REFERENCES fg_item(id)
                );
                CREATE INDEX theme_team ON theme(team_id, decision_id);
                """)
        }
        m.registerMigration("v5-logboek-themes-plans") { db in
            try db.execute(sql: """
                ALTER TABLE team ADD COLUMN woe_position TEXT;
                -- Field notes are documents too, so they are coded and searched like transcripts.
                CREATE TABLE note (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id INTEGER NOT NULL UNIQUE REFERENCES document(id),
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    held_on TEXT NOT NULL,
                    author_id INTEGER REFERENCES researcher(id),
                    setting TEXT NOT NULL
                );
                CREATE INDEX note_team ON note(team_id, held_on);
                CREATE TABLE note_role (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    note_id INTEGER NOT NULL REFERENCES note(id),
                    role_id INTEGER NOT NULL REFERENCES role(id),
                    UNIQUE (note_id, role_id)
                );
                CREATE TABLE note_theme (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    note_id INTEGER NOT NULL REFERENCES note(id),
                    theme_id INTEGER NOT NULL REFERENCES theme(id),
                    UNIQUE (note_id, theme_id)
                );
                CREATE TABLE note_participant (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    note_id INTEGER NOT NULL REFERENCES note(id),
                    participant_id INTEGER NOT NULL REFERENCES participant(id),
                    UNIQUE (note_id, participant_id)
                );
                -- After the focus group a theme is sharpened, merged or split; each step is kept.
                ALTER TABLE theme ADD COLUMN state TEXT NOT NULL DEFAULT 'active';
                ALTER TABLE theme ADD COLUMN successor_id INTEGER REFERENCES theme(id);
                ALTER TABLE theme ADD COLUMN origin_id INTEGER REFERENCES theme(id);
                ALTER TABLE theme ADD COLUMN w_what TEXT;
                ALTER TABLE theme ADD COLUMN w_who TEXT;
                ALTER TABLE theme ADD COLUMN w_where TEXT;
                ALTER TABLE theme ADD COLUMN w_when TEXT;
                ALTER TABLE theme ADD COLUMN w_why TEXT;
                CREATE TABLE theme_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    theme_id INTEGER NOT NULL REFERENCES theme(id),
                    on_date TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    detail TEXT NOT NULL,
                    reason TEXT
                );
                CREATE INDEX theme_event_theme ON theme_event(theme_id);
                CREATE TABLE plan_action (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    theme_id INTEGER NOT NULL REFERENCES theme(id),
                    description TEXT NOT NULL,
                    owner_role_id INTEGER NOT NULL REFERENCES role(id),
                    level TEXT NOT NULL CHECK (level IN ('operational', 'tactical', 'strategic')),
                    status TEXT NOT NULL CHECK (status IN ('idea', 'started', 'realised', 'ongoing')),
                    due TEXT
                );
                CREATE INDEX plan_action_theme ON plan_action(theme_id);
                CREATE TABLE evaluation (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    action_id INTEGER NOT NULL REFERENCES plan_action(id),
                    moment TEXT NOT NULL,
                    label TEXT,
                    notes TEXT
                );
                CREATE TABLE timepie (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    participant_id INTEGER NOT NULL UNIQUE REFERENCES participant(id)
                );
                CREATE TABLE timepie_slice (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    timepie_id INTEGER NOT NULL REFERENCES timepie(id),
                    task TEXT NOT NULL,
                    percent REAL NOT NULL CHECK (percent > 0 AND percent <= 100)
                );
                """)
        }
        m.registerMigration("v6-undo-by-row") { db in
            // Undo compares rows, not replays SQL: each change keeps, per row it touched, the row
            // as it was before and after (values as SQLite's quote() writes them, in the column
            // order of its shape). The old inverse-SQL triggers go; the new ones are generated
            // from the schema after migrating. Changes recorded before this cannot be undone.
            let old = try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'undo_*'"))
            for name in old { try db.execute(sql: "DROP TRIGGER \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"") }
            try db.execute(sql: """
                ALTER TABLE change ADD COLUMN kind TEXT NOT NULL DEFAULT 'change' CHECK (kind IN ('change', 'undo', 'redo'));
                UPDATE change SET kind = 'undo' WHERE reverts IS NOT NULL;
                CREATE TABLE undo_shape (
                    id INTEGER PRIMARY KEY,
                    tbl TEXT NOT NULL,
                    cols TEXT NOT NULL,
                    UNIQUE (tbl, cols)
                );
                CREATE TABLE change_row (
                    id INTEGER PRIMARY KEY,
                    change_id INTEGER NOT NULL REFERENCES change(id),
                    shape_id INTEGER NOT NULL REFERENCES undo_shape(id),
                    tbl TEXT NOT NULL,
                    row_id INTEGER NOT NULL,
                    before TEXT,
                    after TEXT
                );
                CREATE INDEX change_row_change ON change_row(change_id);
                CREATE INDEX change_row_row ON change_row(tbl, row_id, change_id);
                CREATE TABLE undo_refusal (
                    id INTEGER PRIMARY KEY,
                    change_id INTEGER NOT NULL REFERENCES change(id),
                    at TEXT NOT NULL,
                    actor TEXT,
                    reason TEXT NOT NULL,
                    blocker_id INTEGER REFERENCES change(id),
                    tbl TEXT,
                    detail TEXT
                );
                CREATE INDEX undo_refusal_change ON undo_refusal(change_id);
                """)
        }
        m.registerMigration("v7-paragraph-text") { db in
            // The index read each paragraph's text out of the whole document body, so a document
            // of 30,000 paragraphs cost 30,000 reads of it, on import and on undo. A paragraph now
            // carries its text, which the import already holds and the index reads directly.
            try db.execute(sql: """
                ALTER TABLE paragraph ADD COLUMN text TEXT NOT NULL DEFAULT '';
                UPDATE paragraph SET text = (SELECT substr(d.body, paragraph.start_pos + 1, paragraph.end_pos - paragraph.start_pos)
                                             FROM document d WHERE d.id = paragraph.document_id);
                DROP TRIGGER paragraph_fts_insert;
                DROP TRIGGER paragraph_fts_delete;
                DROP TABLE paragraph_fts;
                DROP VIEW paragraph_text;
                CREATE VIRTUAL TABLE paragraph_fts USING fts5(
                    text, content = 'paragraph', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO paragraph_fts (paragraph_fts) VALUES ('rebuild');
                CREATE TRIGGER paragraph_fts_insert AFTER INSERT ON paragraph BEGIN
                    INSERT INTO paragraph_fts (rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER paragraph_fts_delete AFTER DELETE ON paragraph BEGIN
                    INSERT INTO paragraph_fts (paragraph_fts, rowid, text) VALUES ('delete', old.id, old.text);
                END;
                CREATE TRIGGER paragraph_fts_update AFTER UPDATE ON paragraph BEGIN
                    INSERT INTO paragraph_fts (paragraph_fts, rowid, text) VALUES ('delete', old.id, old.text);
                    INSERT INTO paragraph_fts (rowid, text) VALUES (new.id, new.text);
                END;
                """)
        }
        m.registerMigration("v8-exchange-guid") { db in
            // The GUID a document had in the REFI-QDA project it came from, so importing or
            // merging that project again finds it (even an empty text, which content cannot tell).
            try db.execute(sql: """
                ALTER TABLE document ADD COLUMN guid TEXT;
                CREATE UNIQUE INDEX document_guid ON document(guid COLLATE NOCASE) WHERE guid IS NOT NULL;
                """)
        }
        m.registerMigration("v9-sessions") { db in
            // The action half: meetings with attendees and agenda, what was fed back and what
            // became of it, and the cases a team learned from. Literal SQL, as every migration.
            try db.execute(sql: """
                CREATE TABLE session (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    kind TEXT NOT NULL CHECK (kind IN ('ontwikkelbijeenkomst', 'meelopen', 'overleg', 'casusleren', 'terugblik', 'begeleidingscommissie', 'anders')),
                    held_on TEXT NOT NULL,
                    title TEXT,
                    lead_id INTEGER REFERENCES researcher(id)
                );
                CREATE INDEX session_team ON session(team_id, held_on);
                -- An attendee is a participant, or a role for someone who was not interviewed.
                CREATE TABLE session_attendee (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    session_id INTEGER NOT NULL REFERENCES session(id),
                    participant_id INTEGER REFERENCES participant(id),
                    role_id INTEGER REFERENCES role(id),
                    CHECK ((participant_id IS NULL) <> (role_id IS NULL))
                );
                CREATE INDEX session_attendee_session ON session_attendee(session_id);
                CREATE UNIQUE INDEX session_attendee_person ON session_attendee(session_id, participant_id) WHERE participant_id IS NOT NULL;
                CREATE TABLE session_agenda (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    session_id INTEGER NOT NULL REFERENCES session(id),
                    position INTEGER NOT NULL,
                    item TEXT NOT NULL
                );
                CREATE INDEX session_agenda_session ON session_agenda(session_id, position);
                ALTER TABLE note ADD COLUMN session_id INTEGER REFERENCES session(id);
                CREATE TABLE feedback (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    session_id INTEGER NOT NULL REFERENCES session(id),
                    what TEXT NOT NULL,
                    theme_id INTEGER REFERENCES theme(id),
                    check_on TEXT
                );
                CREATE INDEX feedback_session ON feedback(session_id);
                CREATE TABLE feedback_check (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    feedback_id INTEGER NOT NULL REFERENCES feedback(id),
                    checked_on TEXT NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('followed', 'partly', 'not-followed')),
                    note TEXT
                );
                CREATE INDEX feedback_check_feedback ON feedback_check(feedback_id);
                CREATE TABLE learning_case (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    session_id INTEGER NOT NULL REFERENCES session(id),
                    title TEXT NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('went-well', 'went-less-well'))
                );
                CREATE TABLE case_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES learning_case(id),
                    at_text TEXT NOT NULL,
                    at_date TEXT,
                    by_role_id INTEGER REFERENCES role(id),
                    by_participant_id INTEGER REFERENCES participant(id),
                    by_partner TEXT,
                    what TEXT NOT NULL,
                    source TEXT CHECK (source IN ('present', 'absent', 'file')),
                    CHECK ((by_role_id IS NOT NULL) + (by_participant_id IS NOT NULL) + (by_partner IS NOT NULL) = 1)
                );
                CREATE INDEX case_event_case ON case_event(case_id);
                CREATE TABLE case_remark (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES learning_case(id),
                    kind TEXT NOT NULL CHECK (kind IN ('helping', 'hindering', 'went-well', 'could-be-better')),
                    text TEXT NOT NULL
                );
                CREATE INDEX case_remark_case ON case_remark(case_id);
                """)
        }
        m.registerMigration("v10-themes-from-sessions") { db in
            // A theme can come from a session as well as from a plenary decision, so the theme
            // table is rebuilt with its decision and A4 item optional and its session beside them
            // (SQLite cannot relax NOT NULL in place). Ids are kept, so every reference still holds.
            try db.execute(sql: """
                CREATE TABLE theme_rebuilt (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    decision_id INTEGER REFERENCES decision(id),
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    item_id INTEGER REFERENCES fg_item(id),
                    state TEXT NOT NULL DEFAULT 'active',
                    successor_id INTEGER REFERENCES theme(id),
                    origin_id INTEGER REFERENCES theme(id),
                    w_what TEXT,
                    w_who TEXT,
                    w_where TEXT,
                    w_when TEXT,
                    w_why TEXT,
                    session_id INTEGER REFERENCES session(id),
                    CHECK ((decision_id IS NOT NULL AND item_id IS NOT NULL) OR session_id IS NOT NULL)
                );
                INSERT INTO theme_rebuilt (id, team_id, decision_id, position, name, item_id, state, successor_id, origin_id,
                                           w_what, w_who, w_where, w_when, w_why)
                    SELECT id, team_id, decision_id, position, name, item_id, state, successor_id, origin_id,
                           w_what, w_who, w_where, w_when, w_why FROM theme;
                DROP TABLE theme;
                ALTER TABLE theme_rebuilt RENAME TO theme;
                CREATE INDEX theme_team ON theme(team_id, decision_id);
                CREATE INDEX theme_session ON theme(session_id);
                """)
        }
        m.registerMigration("v11-pages") { db in
            // Pages for the room: a round opens a focus group's voting or a team's review for a
            // while; its codes and links are kept only as SHA-256 hashes. Review comments carry
            // the reader's role, never who. The serving address is bookkeeping, not project data.
            try db.execute(sql: """
                CREATE TABLE web_round (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    purpose TEXT NOT NULL CHECK (purpose IN ('vote', 'review')),
                    focus_group_id INTEGER REFERENCES focus_group(id),
                    team_id INTEGER REFERENCES team(id),
                    opened_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL,
                    closed_at TEXT,
                    revealed_at TEXT,
                    CHECK ((purpose = 'vote') = (focus_group_id IS NOT NULL)),
                    CHECK ((purpose = 'review') = (team_id IS NOT NULL))
                );
                CREATE INDEX web_round_focus_group ON web_round(focus_group_id);
                CREATE INDEX web_round_team ON web_round(team_id);
                CREATE TABLE web_code (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    round_id INTEGER NOT NULL REFERENCES web_round(id),
                    kind TEXT NOT NULL CHECK (kind IN ('voter', 'reader', 'board', 'facilitator')),
                    participant_id INTEGER REFERENCES participant(id),
                    role TEXT,
                    hash TEXT NOT NULL UNIQUE,
                    CHECK ((kind = 'voter') = (participant_id IS NOT NULL))
                );
                CREATE INDEX web_code_round ON web_code(round_id);
                CREATE TABLE review_comment (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    round_id INTEGER REFERENCES web_round(id),
                    role TEXT NOT NULL,
                    target TEXT NOT NULL,
                    target_label TEXT NOT NULL,
                    verdict TEXT NOT NULL CHECK (verdict IN ('klopt', 'klopt-niet', 'aanvulling', 'opmerking')),
                    text TEXT,
                    at TEXT NOT NULL,
                    resolved_at TEXT,
                    resolved_by TEXT,
                    resolution TEXT
                );
                CREATE INDEX review_comment_team ON review_comment(team_id, resolved_at);
                CREATE TABLE web_server (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    url TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    pid INTEGER NOT NULL
                );
                """)
        }
        m.registerMigration("v12-privacy") { db in
            // A role is named in exports only where enough of the team hold it; the number is the
            // project's. A participant may keep their words out of every export.
            try db.execute(sql: """
                ALTER TABLE project ADD COLUMN privacy_threshold INTEGER NOT NULL DEFAULT 3 CHECK (privacy_threshold BETWEEN 1 AND 100);
                ALTER TABLE participant ADD COLUMN quotes_consent INTEGER NOT NULL DEFAULT 1 CHECK (quotes_consent IN (0, 1));
                """)
        }
        m.registerMigration("v13-team-text") { db in
            // The team's own words around the generated evidence, the meetings where the text was
            // reviewed with the team, and conclusions across teams with the teams they rest on.
            try db.execute(sql: """
                CREATE TABLE team_text (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    section TEXT NOT NULL,
                    theme_id INTEGER REFERENCES theme(id),
                    text TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    UNIQUE (team_id, section)
                );
                CREATE TABLE team_review (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    held_on TEXT NOT NULL,
                    roles TEXT NOT NULL,
                    note TEXT
                );
                CREATE INDEX team_review_team ON team_review(team_id, held_on);
                CREATE TABLE synthesis (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN ('conclusion', 'recommendation')),
                    text TEXT NOT NULL
                );
                CREATE TABLE synthesis_team (
                    synthesis_id INTEGER NOT NULL REFERENCES synthesis(id),
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    PRIMARY KEY (synthesis_id, team_id)
                );
                """)
        }
        m.registerMigration("v14-time") { db in
            // Two years of fieldwork: people move between teams and roles, a team calls a role by
            // its own name, the WOE's position changes, each team passes through phases, plans
            // carry their status history and approval, time pies are dated and may describe a role
            // or a vacancy, and the team's own text keeps its versions so an interim report can be
            // written as it stood. Every dated row uses YYYY-MM-DD; '' marks the state a person or
            // plan was first recorded with, which holds from the start.
            try db.execute(sql: """
                CREATE TABLE participant_move (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    participant_id INTEGER NOT NULL REFERENCES participant(id),
                    on_date TEXT NOT NULL,
                    team_id INTEGER REFERENCES team(id),
                    role_id INTEGER REFERENCES role(id),
                    portfolio TEXT,
                    area TEXT
                );
                CREATE INDEX participant_move_at ON participant_move(participant_id, on_date);
                INSERT INTO participant_move (participant_id, on_date, team_id, role_id) SELECT id, '', team_id, role_id FROM participant;
                -- Who someone was when interviewed: their team and role on the interview's date.
                CREATE VIEW interview_state AS
                    SELECT i.id AS interview_id, i.participant_id, i.held_on,
                        coalesce((SELECT m.team_id FROM participant_move m WHERE m.participant_id = i.participant_id AND m.team_id IS NOT NULL
                                  AND m.on_date <= i.held_on ORDER BY m.on_date DESC, m.id DESC LIMIT 1),
                                 (SELECT p.team_id FROM participant p WHERE p.id = i.participant_id)) AS team_id,
                        coalesce((SELECT m.role_id FROM participant_move m WHERE m.participant_id = i.participant_id AND m.role_id IS NOT NULL
                                  AND m.on_date <= i.held_on ORDER BY m.on_date DESC, m.id DESC LIMIT 1),
                                 (SELECT p.role_id FROM participant p WHERE p.id = i.participant_id)) AS role_id
                    FROM interview i;
                CREATE TABLE role_alias (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    role_id INTEGER NOT NULL REFERENCES role(id),
                    name TEXT NOT NULL,
                    UNIQUE (team_id, role_id)
                );
                CREATE TABLE team_woe_position (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    from_date TEXT NOT NULL,
                    text TEXT NOT NULL
                );
                INSERT INTO team_woe_position (team_id, from_date, text) SELECT id, '', woe_position FROM team WHERE woe_position IS NOT NULL;
                CREATE TABLE team_phase (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    phase TEXT NOT NULL CHECK (phase IN ('verkennen', 'terugkoppelen', 'concretiseren', 'implementeren', 'afronden')),
                    from_date TEXT NOT NULL,
                    to_date TEXT,
                    UNIQUE (team_id, phase),
                    CHECK (to_date IS NULL OR to_date >= from_date)
                );
                CREATE TABLE plan_action_rebuilt (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    theme_id INTEGER NOT NULL REFERENCES theme(id),
                    description TEXT NOT NULL,
                    owner_role_id INTEGER REFERENCES role(id),
                    owner_participant_id INTEGER REFERENCES participant(id),
                    owner_forum TEXT,
                    level TEXT NOT NULL CHECK (level IN ('operational', 'tactical', 'strategic')),
                    status TEXT NOT NULL CHECK (status IN ('idea', 'started', 'realised', 'ongoing', 'stopped')),
                    due TEXT,
                    expects TEXT,
                    scope TEXT CHECK (scope IS NULL OR scope IN ('basisteam', 'district', 'eenheid', 'landelijk')),
                    CHECK ((owner_role_id IS NOT NULL) + (owner_participant_id IS NOT NULL) + (owner_forum IS NOT NULL) = 1)
                );
                INSERT INTO plan_action_rebuilt (id, theme_id, description, owner_role_id, level, status, due)
                    SELECT id, theme_id, description, owner_role_id, level, status, due FROM plan_action;
                DROP TABLE plan_action;
                ALTER TABLE plan_action_rebuilt RENAME TO plan_action;
                CREATE INDEX plan_action_theme ON plan_action(theme_id);
                CREATE TABLE plan_status (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    action_id INTEGER NOT NULL REFERENCES plan_action(id),
                    status TEXT NOT NULL CHECK (status IN ('idea', 'started', 'realised', 'ongoing', 'stopped')),
                    on_date TEXT NOT NULL,
                    note TEXT
                );
                CREATE INDEX plan_status_action ON plan_status(action_id, on_date);
                INSERT INTO plan_status (action_id, status, on_date) SELECT id, status, '' FROM plan_action;
                CREATE TABLE plan_approval (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    action_id INTEGER NOT NULL REFERENCES plan_action(id),
                    by_whom TEXT NOT NULL,
                    on_date TEXT NOT NULL
                );
                CREATE TABLE timepie_rebuilt (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    participant_id INTEGER REFERENCES participant(id),
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    role_id INTEGER REFERENCES role(id),
                    vacancy INTEGER NOT NULL DEFAULT 0 CHECK (vacancy IN (0, 1)),
                    on_date TEXT NOT NULL,
                    CHECK ((participant_id IS NOT NULL AND vacancy = 0) OR role_id IS NOT NULL)
                );
                INSERT INTO timepie_rebuilt (id, participant_id, team_id, on_date)
                    SELECT tp.id, tp.participant_id, p.team_id, '' FROM timepie tp JOIN participant p ON p.id = tp.participant_id;
                DROP TABLE timepie;
                ALTER TABLE timepie_rebuilt RENAME TO timepie;
                CREATE INDEX timepie_team ON timepie(team_id, on_date);
                CREATE TABLE team_text_version (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    team_id INTEGER NOT NULL REFERENCES team(id),
                    section TEXT NOT NULL,
                    text TEXT NOT NULL,
                    on_date TEXT NOT NULL
                );
                CREATE INDEX team_text_version_at ON team_text_version(team_id, section, on_date);
                INSERT INTO team_text_version (team_id, section, text, on_date) SELECT team_id, section, text, substr(updated_at, 1, 10) FROM team_text;
                """)
        }
        m.registerMigration("v15-derived-paragraphs") { db in
            // A document's paragraphs follow from its text and come and go with it, so the change
            // log stops recording them row by row (their images held every text a second time);
            // undo and redo now bring them along with the document. The undo triggers are derived
            // from the schema after migrating; these three are dropped here so that every file
            // sheds them at once.
            try db.execute(sql: """
                DROP TRIGGER IF EXISTS undo_paragraph_insert;
                DROP TRIGGER IF EXISTS undo_paragraph_update;
                DROP TRIGGER IF EXISTS undo_paragraph_delete;
                """)
        }
        m.registerMigration("v16-paragraph-text-once") { db in
            // Paragraphs are written and removed only with their document (v15), by code that
            // holds the document's text: it feeds the index itself, so a paragraph needs no copy
            // of its text. The index is read through a view over the document body instead
            // (FTS5's own checks and rebuild use it). Built anew from the copies before they go.
            try db.execute(sql: """
                DROP TRIGGER paragraph_fts_insert;
                DROP TRIGGER paragraph_fts_delete;
                DROP TRIGGER paragraph_fts_update;
                CREATE VIEW paragraph_text AS
                    SELECT p.id AS id, substr(d.body, p.start_pos + 1, p.end_pos - p.start_pos) AS text
                    FROM paragraph p JOIN document d ON d.id = p.document_id;
                CREATE VIRTUAL TABLE paragraph_index USING fts5(
                    text, content = 'paragraph_text', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO paragraph_index (rowid, text) SELECT id, text FROM paragraph;
                DROP TABLE paragraph_fts;
                ALTER TABLE paragraph_index RENAME TO paragraph_fts;
                ALTER TABLE paragraph DROP COLUMN text;
                """)
            // Row images of paragraphs, logged before v15, held every transcript's text once more;
            // undo no longer reads them (the document brings its paragraphs), so they go.
            try db.execute(sql: "DELETE FROM change_row WHERE tbl = 'paragraph'")
        }
        m.registerMigration("v17-change-in-progress") { db in
            // The undo triggers knew which change was running from a one-row table, set when a
            // change began and cleared when it finished: one more page written and synced per
            // command. The running change now marks its own row in the log, which every command
            // writes anyway; the triggers read the latest row. The triggers are derived from
            // the schema after migrating and then read the mark. Until then the file has none:
            // the old ones name the cursor, and SQLite checks every trigger when a later
            // migration renames a table.
            let undoTriggers = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'undo_*'")
            for name in undoTriggers {
                try db.execute(sql: "DROP TRIGGER \(name.quotedDatabaseIdentifier)")
            }
            try db.execute(sql: """
                ALTER TABLE change ADD COLUMN in_progress INTEGER NOT NULL DEFAULT 0 CHECK (in_progress IN (0, 1));
                DROP TABLE change_cursor;
                """)
        }
        m.registerMigration("v18-segment-by-place") { db in
            // A segment is unique by the same five columns, now ordered by place first: that
            // index serves what the separate (document, start) index served, and every coding
            // writes one index page less. SQLite cannot reorder a constraint in place, so the
            // table is rebuilt with its ids, and its id counter is carried over so an id an undo
            // gave up is never handed out again.
            try db.execute(sql: """
                CREATE TABLE segment_rebuilt (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id INTEGER NOT NULL REFERENCES document(id),
                    code_id INTEGER NOT NULL REFERENCES code(id),
                    coder_id INTEGER NOT NULL REFERENCES researcher(id),
                    start_pos INTEGER NOT NULL,
                    end_pos INTEGER NOT NULL CHECK (end_pos > start_pos),
                    tension TEXT CHECK (tension IN ('onduidelijkheid', 'onenigheid', 'dilemma')),
                    memo TEXT,
                    UNIQUE (document_id, start_pos, end_pos, code_id, coder_id)
                );
                INSERT INTO segment_rebuilt (id, document_id, code_id, coder_id, start_pos, end_pos, tension, memo)
                    SELECT id, document_id, code_id, coder_id, start_pos, end_pos, tension, memo FROM segment ORDER BY id;
                CREATE TEMP TABLE segment_counter AS SELECT seq FROM sqlite_sequence WHERE name = 'segment';
                DROP TABLE segment;
                ALTER TABLE segment_rebuilt RENAME TO segment;
                UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT seq FROM temp.segment_counter), 0)) WHERE name = 'segment';
                INSERT INTO sqlite_sequence (name, seq) SELECT 'segment', seq FROM temp.segment_counter
                    WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'segment');
                DROP TABLE temp.segment_counter;
                CREATE INDEX segment_code ON segment(code_id);
                """)
        }
        m.registerMigration("v19-document-outline") { db in
            // A document's length is stored after its text, so reading it walked the text's whole
            // chain of overflow pages (a quarter of a gigabyte at 4,000 transcripts) for
            // `agreement` and `transcript list`. An index holds what they read of a document.
            try db.execute(sql: "CREATE INDEX document_outline ON document(id, title, sha256, length)")
        }
        m.registerMigration("v20-checks-without-temporary-tables") { db in
            // Every command writes `change`, whose kind was checked against a list of three;
            // SQLite built a temporary table for that list on every row written.
            try ConstantLists.rewriteTables(db)
        }
        return m
    }

    /// The identifiers of every migration this build knows, oldest first.
    static var knownMigrations: [String] { migrator.migrations }

    /// Names this build's schema in an open stamp: the number and the last of its migrations.
    static let fingerprint = "\(knownMigrations.count)-\(knownMigrations.last ?? "none")"
}
