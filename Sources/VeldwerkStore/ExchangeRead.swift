import GRDB
import VeldwerkCore

/// The project as an ``ExchangeProject``: what a `.qdpx` carries and what a merge adds.
extension ProjectReader {
    /// Researchers, codebook, transcripts and logboek notes with their codings, participants as
    /// cases. Real names are in only when `names` is true.
    public func exchangeProject(names: Bool) throws -> ExchangeProject {
        var project = ExchangeProject(name: try projectName(), origin: "Veldwerk", codebook: try codebook())
        let researchers = try researchers()
        project.users = researchers.map { .init(guid: Self.userGUID($0.name), name: $0.name) }
        let userOf = Dictionary(researchers.map { ($0.id, Self.userGUID($0.name)) }, uniquingKeysWith: { a, _ in a })

        let documents = try DocumentRow.fetchAll(db.cachedStatement(sql: """
            SELECT d.id, d.kind, d.title, d.sha256, d.body, d.guid, n.held_on, n.setting, t.name AS team, r.name AS author
            FROM document d LEFT JOIN note n ON n.document_id = d.id LEFT JOIN team t ON t.id = n.team_id
            LEFT JOIN researcher r ON r.id = n.author_id
            ORDER BY d.kind = 'note', d.id
            """))
        var guidOf: [Int64: String] = [:]
        for d in documents {
            let guid = d.guid ?? (d.kind == "transcript" && !d.body.isEmpty ? StableGUID.fromHex(d.sha256) : nil)
                ?? StableGUID.derive("document", "\(d.kind)\u{1F}\(d.title)\u{1F}\(d.heldOn ?? "")\u{1F}\(d.body)")
            guidOf[d.id] = guid
            var source = ExchangeProject.Source(guid: guid, name: d.title, content: .text(d.body), sha256: d.sha256)
            if d.kind == "note", let team = d.team {
                source.values[ExchangeVariable.logbookTeam] = team
                source.values[ExchangeVariable.logbookDate] = d.heldOn
                source.values[ExchangeVariable.logbookSetting] = d.setting
                if let author = d.author { source.values[ExchangeVariable.logbookAuthor] = author }
            }
            project.sources.append(source)
        }
        var indexOf: [Int64: Int] = [:]
        for (i, d) in documents.enumerated() { indexOf[d.id] = i }

        let segments = try ExchangeSegmentRow.fetchAll(db.cachedStatement(sql: """
            SELECT s.document_id, s.start_pos, s.end_pos, s.tension, s.memo, s.coder_id, c.guid AS code
            FROM segment s JOIN code c ON c.id = s.code_id JOIN researcher x ON x.id = s.coder_id
            ORDER BY s.document_id, s.start_pos, s.end_pos, upper(c.guid), lower(x.name)
            """))
        for s in segments {
            guard let i = indexOf[s.documentID], let docGUID = guidOf[s.documentID] else { continue }
            let user = userOf[s.coderID]
            let key = "\(docGUID)\u{1F}\(s.startPos)\u{1F}\(s.endPos)\u{1F}\(s.code.uppercased())\u{1F}\(user ?? "")"
            var coding = ExchangeProject.Coding(guid: StableGUID.derive("coding", key), code: s.code, user: user)
            if let memo = s.memo, !memo.isEmpty {
                let note = ExchangeProject.Note(guid: StableGUID.derive("memo", key), name: "memo", text: memo)
                project.notes.append(note)
                coding.notes = [note.guid]
            }
            project.sources[i].selections.append(.init(guid: StableGUID.derive("selection", key), start: s.startPos, end: s.endPos,
                                                        description: s.tension, codings: [coding]))
        }

        let people = try CaseRow.fetchAll(db.cachedStatement(sql: """
            SELECT p.id, p.pseudonym, p.real_name, t.name AS team, r.name AS role,
                   (SELECT min(held_on) FROM interview WHERE participant_id = p.id) AS first_interview,
                   (SELECT x.name FROM interview i JOIN researcher x ON x.id = i.interviewer_id WHERE i.participant_id = p.id ORDER BY i.held_on LIMIT 1) AS interviewer
            FROM participant p JOIN team t ON t.id = p.team_id JOIN role r ON r.id = p.role_id ORDER BY p.pseudonym
            """))
        // Each participant's transcripts, read in one pass rather than one query per person.
        var transcriptsOf: [Int64: [Int64]] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT i.participant_id, t.document_id FROM transcript t JOIN interview i ON i.id = t.interview_id ORDER BY i.held_on, i.id
            """)) {
            transcriptsOf[row[0], default: []].append(row[1])
        }
        for p in people {
            var values = [ExchangeVariable.team: p.team, ExchangeVariable.role: p.role]
            if let date = p.firstInterview { values[ExchangeVariable.interviewDate] = date }
            if let who = p.interviewer { values[ExchangeVariable.interviewer] = who }
            if names, let real = p.realName { values[ExchangeVariable.realName] = real }
            let docs = transcriptsOf[p.id] ?? []
            project.cases.append(.init(guid: StableGUID.derive("participant", p.pseudonym.uppercased()), name: p.pseudonym,
                                       values: values, sources: docs.compactMap { guidOf[$0] }))
        }
        return project
    }

    /// One researcher has one GUID in every project, so merged work keeps its coder.
    static func userGUID(_ name: String) -> String { StableGUID.derive("researcher", name.lowercased()) }

    private struct DocumentRow: Decodable, FetchableRecord {
        var id: Int64
        var kind: String
        var title: String
        var sha256: String
        var body: String
        var guid: String?
        var heldOn: String?
        var setting: String?
        var team: String?
        var author: String?
        enum CodingKeys: String, CodingKey {
            case id, kind, title, sha256, body, guid, setting, team, author
            case heldOn = "held_on"
        }
    }

    private struct ExchangeSegmentRow: Decodable, FetchableRecord {
        var documentID: Int64
        var startPos: Int
        var endPos: Int
        var tension: String?
        var memo: String?
        var coderID: Int64
        var code: String
        enum CodingKeys: String, CodingKey {
            case tension, memo, code
            case documentID = "document_id"
            case startPos = "start_pos"
            case endPos = "end_pos"
            case coderID = "coder_id"
        }
    }

    private struct CaseRow: Decodable, FetchableRecord {
        var id: Int64
        var pseudonym: String
        var realName: String?
        var team: String
        var role: String
        var firstInterview: String?
        var interviewer: String?
        enum CodingKeys: String, CodingKey {
            case id, pseudonym, team, role, interviewer
            case realName = "real_name"
            case firstInterview = "first_interview"
        }
    }
}
