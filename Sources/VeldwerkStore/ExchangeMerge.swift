import GRDB
import VeldwerkCore

/// What a merge added, found already present, left out, and refused.
public struct MergeReport: Equatable, Sendable {
    public var researchers = 0, codes = 0, sets = 0, transcripts = 0, notes = 0, participants = 0, interviews = 0, segments = 0
    /// Focus groups added whole, and individual or consensus votes (recognitions, pies) added.
    public var focusGroups = 0, votes = 0
    /// Already here: transcripts and notes matched by GUID or content, segments coded alike.
    public var knownDocuments = 0, knownSegments = 0
    /// Not taken in, with why (a picture source, a coding of an unknown code).
    public var skipped: [String] = []
    /// Differences that would overwrite something here; that part was left out.
    public var conflicts: [String] = []

    public var addedNothing: Bool {
        researchers + codes + sets + transcripts + notes + participants + interviews + segments + focusGroups + votes == 0
    }
}

extension ProjectWriter {
    /// Adds what `project` holds that this project lacks, never changing what is here: codes
    /// by GUID (then by path of names), researchers by name, texts by GUID or content, codings
    /// as segments by their own coder, cases as participants by pseudonym. `coder` codes what
    /// the file does not attribute to anyone.
    public func merge(_ project: ExchangeProject, from file: String, coder: String?) throws -> MergeReport {
        var report = MergeReport()
        let users = try mergeUsers(project.users, into: &report)
        let codes = try mergeCodes(project.codebook, from: file, into: &report)
        let memos = Dictionary(project.notes.map { ($0.guid.lowercased(), $0.text) }, uniquingKeysWith: { a, _ in a })
        var documents: [String: Int64] = [:]
        var skippedCodings: [String: Int] = [:]
        for source in project.sources {
            guard case .text(let text) = source.content else {
                if case .skipped(let why) = source.content { report.skipped.append("source '\(source.name)': \(why)") }
                continue
            }
            guard let document = try mergeDocument(source, text: text, from: file, into: &report) else { continue }
            documents[source.guid.lowercased()] = document
            let length = text.unicodeScalars.count
            for selection in source.selections {
                guard selection.start >= 0, selection.end <= length, selection.end > selection.start else {
                    report.skipped.append("selection \(selection.guid) in '\(source.name)' lies outside its text")
                    continue
                }
                let tension = selection.description.flatMap { Tension(rawValue: $0.lowercased()) }
                for coding in selection.codings {
                    guard let code = codes[coding.code.lowercased()] else {
                        skippedCodings[coding.code.lowercased(), default: 0] += 1
                        continue
                    }
                    guard let who = coding.user.flatMap({ users[$0.lowercased()] }) ?? coder else {
                        throw VeldwerkError("\(file) has codings without a coder; say who you are first ('as NAME') and they are added as yours")
                    }
                    var memo = tension == nil ? selection.description.map { [$0] } ?? [] : []
                    memo += coding.notes.compactMap { memos[$0.lowercased()] }.filter { !$0.isEmpty }
                    try db.cachedStatement(sql: """
                        INSERT OR IGNORE INTO segment (document_id, code_id, coder_id, start_pos, end_pos, tension, memo)
                        VALUES (?, ?, (SELECT id FROM researcher WHERE name = ?), ?, ?, ?, ?)
                        """).execute(arguments: [document, code, who, selection.start, selection.end, tension?.rawValue,
                                                 memo.isEmpty ? nil : memo.joined(separator: "\n\n")])
                    if db.changesCount > 0 { report.segments += 1 } else { report.knownSegments += 1 }
                }
            }
        }
        for (guid, n) in skippedCodings.sorted(by: { $0.key < $1.key }) {
            report.skipped.append("\(n) coding\(n == 1 ? "" : "s") of code \(guid.uppercased()), which \(file)'s codebook does not hold or which conflicts")
        }
        var unplaced: [String] = []
        for c in project.cases { try mergeCase(c, documents: documents, from: file, into: &report, unplaced: &unplaced) }
        if !unplaced.isEmpty {
            let shown = unplaced.prefix(5).joined(separator: ", ") + (unplaced.count > 5 ? " and \(unplaced.count - 5) more" : "")
            report.skipped.append("\(unplaced.count) case\(unplaced.count == 1 ? "" : "s") (\(shown)) not made participants: their team and role are not here; add the teams and roles, then import again")
        }
        for fg in project.focusGroups { try mergeFocusGroup(fg, from: file, into: &report) }
        return report
    }

    /// Researchers by name; returns the local name for each of the file's user GUIDs.
    private func mergeUsers(_ users: [ExchangeProject.User], into report: inout MergeReport) throws -> [String: String] {
        var names: [String: String] = [:]
        for user in users {
            let name = (try? Names.validated(user.name, what: "researcher")) ?? "user \(user.guid.prefix(8))"
            if let here = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM researcher WHERE name = ?"), arguments: [name]) {
                names[user.guid.lowercased()] = here
            } else {
                try db.cachedStatement(sql: "INSERT INTO researcher (name) VALUES (?)").execute(arguments: [name])
                names[user.guid.lowercased()] = name
                report.researchers += 1
            }
        }
        return names
    }

    /// Codes by GUID, then by name under the same parent; new ones keep their GUID. A GUID known
    /// here under another name is a conflict: the name here stays and its codings are left out.
    /// Returns the local code for each of the file's code GUIDs.
    private func mergeCodes(_ book: Codebook, from file: String, into report: inout MergeReport) throws -> [String: Int64] {
        var map: [String: Int64] = [:]
        var position = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(position), -1) + 1 FROM code")) ?? 0
        func put(_ node: CodeNode, parent: Int64?) throws {
            let id: Int64
            if let here = try CodeRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM code WHERE guid = ?"), arguments: [node.guid]), let hereID = here.id {
                id = hereID
                if here.name.lowercased() == node.name.lowercased() {
                    map[node.guid.lowercased()] = id
                } else {
                    report.conflicts.append("code \(node.guid): '\(try reader.codePath(id))' here, '\(node.name)' in \(file); kept '\(here.name)', left out its codings from \(file)")
                }
            } else if let same = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM code WHERE name = ? AND +parent_id IS ?"), arguments: [node.name, parent]) {
                id = same
                map[node.guid.lowercased()] = id
            } else {
                try db.cachedStatement(sql: "INSERT INTO code (guid, name, parent_id, position, description, color, codable) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .execute(arguments: [node.guid, node.name, parent, position, node.description, node.color ?? CodeColor.palette(position), node.isCodable])
                id = db.lastInsertedRowID
                map[node.guid.lowercased()] = id
                position += 1
                report.codes += 1
            }
            for child in node.children { try put(child, parent: id) }
        }
        for code in book.codes { try put(code, parent: nil) }
        for set in book.sets {
            let setID: Int64
            if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM code_set WHERE guid = ?"), arguments: [set.guid]) {
                setID = existing
            } else {
                try db.cachedStatement(sql: "INSERT INTO code_set (guid, name, description) VALUES (?, ?, ?)").execute(arguments: [set.guid, set.name, set.description])
                setID = db.lastInsertedRowID
                report.sets += 1
            }
            for member in set.members {
                if let code = map[member.lowercased()] {
                    try db.cachedStatement(sql: "INSERT OR IGNORE INTO code_set_member (set_id, code_id) VALUES (?, ?)").execute(arguments: [setID, code])
                }
            }
        }
        return map
    }

    /// The local document for a source: found by GUID or content, or added (a logboek note when
    /// the source says so and its team is here, else a transcript). Nil when it conflicts.
    private func mergeDocument(_ source: ExchangeProject.Source, text: String, from file: String, into report: inout MergeReport) throws -> Int64? {
        if let here = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, body FROM document WHERE guid = ?"), arguments: [source.guid]) {
            let id: Int64 = here["id"]
            guard (here["body"] as String) == text else {
                report.conflicts.append("source \(source.guid) ('\(source.name)'): its text here differs from the one in \(file); left out its codings")
                return nil
            }
            report.knownDocuments += 1
            return id
        }
        let team = source.values[ExchangeVariable.logbookTeam].flatMap { try? reader.id(of: .team, $0) }
        let day = source.values[ExchangeVariable.logbookDate].flatMap { try? Day(parsing: $0) }
        if let team, let day {
            if let known = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT d.id FROM document d JOIN note n ON n.document_id = d.id WHERE d.body = ? AND n.team_id = ? AND n.held_on = ?
                """), arguments: [text, team, day.description]) {
                report.knownDocuments += 1
                return known
            }
            let setting = (try? Names.validated(source.values[ExchangeVariable.logbookSetting] ?? "", what: "setting")) ?? "imported"
            let author = try source.values[ExchangeVariable.logbookAuthor].flatMap {
                try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM researcher WHERE name = ?"), arguments: [$0])
            }
            let document = try insertDocument(kind: "note", source: source, text: text, added: day.description)
            try db.cachedStatement(sql: "INSERT INTO note (document_id, team_id, held_on, author_id, setting) VALUES (?, ?, ?, ?, ?)").execute(arguments: [document, team, day.description, author, setting])
            report.notes += 1
            return document
        }
        if source.isLogbookNote {
            report.skipped.append("logboek note '\(source.name)' names team '\(source.values[ExchangeVariable.logbookTeam] ?? "")', which is not here (or a date that is not one); kept as a transcript")
        }
        if !text.isEmpty, let known = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT d.id FROM document d JOIN transcript t ON t.document_id = d.id WHERE d.sha256 = ? AND d.body = ?
            """), arguments: [source.sha256, text]) {
            report.knownDocuments += 1
            return known
        }
        let document = try insertDocument(kind: "transcript", source: source, text: text, added: nil)
        try db.cachedStatement(sql: "INSERT INTO transcript (document_id, interview_id) VALUES (?, NULL)").execute(arguments: [document])
        report.transcripts += 1
        return document
    }

    private func insertDocument(kind: String, source: ExchangeProject.Source, text: String, added: String?) throws -> Int64 {
        let title = (try? Names.validated(source.name, what: "title")) ?? source.guid
        try db.execute(sql: """
            INSERT INTO document (kind, title, format, sha256, body, length, added_on, guid) VALUES (?, ?, 'qdpx', ?, ?, ?, coalesce(?, date('now')), ?)
            """, arguments: [kind, title, kind == "note" ? "" : source.sha256, text, TranscriptText.scalarCount(text), added, source.guid])
        let document = db.lastInsertedRowID
        try insertParagraphs(document: document, text: text)
        return document
    }

    /// A case becomes a participant by pseudonym (found here, or added when its team and role
    /// are here), and its transcripts are linked to its interview on the case's interview date.
    private func mergeCase(_ c: ExchangeProject.Case, documents: [String: Int64], from file: String, into report: inout MergeReport, unplaced: inout [String]) throws {
        let pseudonym = c.name.trimmingWhitespace()
        guard !pseudonym.isEmpty else { return }
        let fileTeam = c.values[ExchangeVariable.team]
        let participant: Int64
        if let here = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT p.id, t.name, t.code FROM participant p JOIN team t ON t.id = p.team_id WHERE p.pseudonym = ?
            """), arguments: [pseudonym]) {
            let team: String = here[1], code: String = here[2]
            if let fileTeam, fileTeam.lowercased() != team.lowercased(), fileTeam.lowercased() != code.lowercased() {
                report.conflicts.append("participant \(pseudonym): team \(team) here, \(fileTeam) in \(file); left out")
                return
            }
            participant = here[0]
        } else {
            guard let fileTeam, let team = try? reader.id(of: .team, fileTeam),
                  let roleName = c.values[ExchangeVariable.role], let role = try? reader.id(of: .role, roleName),
                  let valid = try? Pseudonym.validated(pseudonym) else {
                unplaced.append(pseudonym)
                return
            }
            let realName = c.values[ExchangeVariable.realName].flatMap { try? Names.validated($0, what: "real name") }
            try db.cachedStatement(sql: "INSERT INTO participant (pseudonym, team_id, role_id, real_name) VALUES (?, ?, ?, ?)").execute(arguments: [valid, team, role, realName])
            participant = db.lastInsertedRowID
            report.participants += 1
        }
        for guid in c.sources {
            guard let document = documents[guid.lowercased()],
                  let linked = try Row.fetchOne(db.cachedStatement(sql: "SELECT interview_id FROM transcript WHERE document_id = ?"), arguments: [document]) else { continue }
            if let interview: Int64 = linked[0] {
                let owner = try Int64.fetchOne(db.cachedStatement(sql: "SELECT participant_id FROM interview WHERE id = ?"), arguments: [interview])
                if owner != participant {
                    report.conflicts.append("transcript \(document) belongs to another participant here than \(pseudonym); left as it is")
                }
                continue
            }
            guard let day = c.values[ExchangeVariable.interviewDate].flatMap({ try? Day(parsing: $0) }) else {
                report.skipped.append("transcript \(document) of \(pseudonym) not linked: the case gives no interview date")
                continue
            }
            let interview: Int64
            if let free = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT i.id FROM interview i WHERE i.participant_id = ? AND i.held_on = ?
                AND NOT EXISTS (SELECT 1 FROM transcript t WHERE t.interview_id = i.id) ORDER BY i.id LIMIT 1
                """), arguments: [participant, day.description]) {
                interview = free
            } else {
                let interviewer = try c.values[ExchangeVariable.interviewer].flatMap {
                    try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM researcher WHERE name = ?"), arguments: [$0])
                }
                try db.cachedStatement(sql: "INSERT INTO interview (participant_id, held_on, interviewer_id) VALUES (?, ?, ?)").execute(arguments: [participant, day.description, interviewer])
                interview = db.lastInsertedRowID
                report.interviews += 1
            }
            try db.cachedStatement(sql: "UPDATE transcript SET interview_id = ? WHERE document_id = ?").execute(arguments: [interview, document])
        }
    }
}
