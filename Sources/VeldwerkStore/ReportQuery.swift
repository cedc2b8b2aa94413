import GRDB
import VeldwerkCore

extension ProjectReader {
    /// Gathers one basisteam's write-up: profile, how the themes were found, and each validated
    /// theme with its tally, evidence, history and plan. Texts are as stored: the export scrubs
    /// real names from all of it in one place (``TeamReport/scrubbed(_:)``).
    ///
    /// With `asOf` the report is the text as it stood on that day (an interim report): only what
    /// is dated on or before it counts, people stand where they stood then, each section of the
    /// team's text is the version written by then. Nothing is changed.
    public func teamReport(_ teamName: String, quotesPerTheme: Int = 3, asOf: Day? = nil) throws -> TeamReport {
        let team = try team(named: teamName)
        // Without a day the report holds everything recorded, dated ahead included (a review or
        // an evaluation may be entered before its day); people stand where they were last recorded.
        let day = asOf?.description ?? PeopleTimeline.end
        let woe = try woePositions(team: team.name).filter { $0.date <= day }
        let profile = TeamReport.Profile(name: team.name, code: team.code, fte: team.fte, areaKind: team.areaKind, areas: team.areas,
                                         portfolios: team.portfolios, woePosition: woe.last?.text)
        let threshold = try privacyThreshold()
        // Everyone's moves read once; role counts per day (the report's, each quote's) come from them.
        let moves = try movesByParticipant()
        var counted: [String: [String: Int]] = [:]
        func holdersOn(_ date: String) -> [String: Int] {
            if let known = counted[date] { return known }
            let holders = PeopleTimeline.holders(team: team.name, on: date, moves: moves)
            counted[date] = holders
            return holders
        }
        let holders = holdersOn(day)
        let alias = try roleAliases()[team.name] ?? [:]
        // A role as this team calls it, where enough hold it to be named; nil where too few do.
        func said(_ role: String, _ holders: [String: Int]) -> String? {
            PrivacyRules.namedRole(role, holders: holders[role] ?? 0, threshold: threshold).map { alias[$0] ?? $0 }
        }
        func listed(_ roles: [String]) -> [String] {
            PrivacyRules.listed(roles, holders: holders, threshold: threshold).map { alias[$0] ?? $0 }
        }
        // Interviews per role (the role held on the interview's day), the roles too few hold counted together (label "").
        let interviewRoles = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT r.name, count(*) FROM interview_state st JOIN role r ON r.id = st.role_id
            WHERE st.team_id = ? AND st.held_on <= ? GROUP BY r.id ORDER BY r.name
            """), arguments: [team.id, day]).map { (role: $0[0] as String, interviews: $0[1] as Int) }
        let byRole = PrivacyRules.folded(interviewRoles.map { ($0.role, holders[$0.role] ?? 0, $0.interviews) }, threshold: threshold)
            .map { TeamReport.Count($0.role.map { alias[$0] ?? $0 } ?? "", $0.count) }
        let transcripts = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM transcript t JOIN interview_state st ON st.interview_id = t.interview_id WHERE st.team_id = ? AND st.held_on <= ?
            """), arguments: [team.id, day]) ?? 0
        let codeCounts = try NameCount.fetchAll(db.cachedStatement(sql: """
            SELECT c.name, count(*) AS n FROM segment s JOIN code c ON c.id = s.code_id
            JOIN transcript t ON t.document_id = s.document_id JOIN interview_state st ON st.interview_id = t.interview_id
            WHERE st.team_id = ? AND st.held_on <= ? GROUP BY c.id ORDER BY n DESC, c.name
            """), arguments: [team.id, day]).map { TeamReport.Count($0.name, $0.n) }

        var focus: TeamReport.FocusGroup?
        var tally: Tally?
        if let fg = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM focus_group WHERE team_id = ? AND held_on <= ?"), arguments: [team.id, day]) {
            let input = try tallyInput(fg)
            let t = Tally(items: input.items, subgroups: input.subgroups, recognitions: input.recognitions, ballots: input.ballots)
            tally = t
            let summary = try focusGroup(fg)
            focus = TeamReport.FocusGroup(
                id: fg, date: summary.date, participants: t.participants, subgroups: t.subgroupCount, recognised: t.recognisedBy,
                voted: t.voted, kendallW: t.kendallW,
                itemShares: t.lines.sorted { $0.number < $1.number }.map { ($0.number, $0.label, $0.individualShare) })
        }
        let fgDates = Dictionary(try Row.fetchAll(db.cachedStatement(sql: "SELECT id, held_on FROM focus_group WHERE team_id = ?"), arguments: [team.id])
            .map { ($0[0] as Int64, $0[1] as String) }, uniquingKeysWith: { a, _ in a })

        let themes = try self.themes(team: team.name).compactMap { info -> TeamReport.Theme? in
            let detail = try themeDetail(String(info.id))
            // A theme exists from its focus group's day, or from the session it came from.
            let born = detail.events.first { $0.kind == "created" }?.date ?? info.focusGroup.flatMap { fgDates[$0] } ?? ""
            guard born <= day else { return nil }
            let figures = tally?.lines.first { $0.number == info.item && info.focusGroup == focus?.id }.map { l in
                TeamReport.TallyFigures(item: l.number, rank: l.rank, score: l.individualScore, share: l.individualShare, recognised: l.recognised,
                                        recognisedShare: l.recognisedShare, slicedBy: l.slicedBy,
                                        consensus: l.consensus.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            }
            let evidence = try self.evidence(theme: info.id, team: team.id, teamName: team.name, quotes: quotesPerTheme, day: day,
                                             threshold: threshold, alias: alias, holdersOn: holdersOn)
            let notes = try self.notes(theme: info.id).filter { $0.date <= day }.map { n in
                TeamReport.NoteLine(date: n.date, setting: n.setting, roles: listed(n.roles), summary: Quote.line(n.text, limit: 220))
            }
            let merged = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM theme WHERE successor_id = ?"), arguments: [info.id])
            var history = try merged.flatMap { try themeDetail(String($0)).events }.map {
                TeamReport.Step(date: $0.date, kind: $0.kind, detail: $0.detail, reason: $0.reason)
            }
            history += detail.events.map { TeamReport.Step(date: $0.date, kind: $0.kind, detail: $0.detail, reason: $0.reason) }
            history = history.filter { $0.date <= day }
            history.sort { ($0.date, $0.kind) < ($1.date, $1.kind) }
            // The name it had then: a later rename tells what it was renamed from.
            var name = info.name
            if let laterRename = detail.events.first(where: { $0.kind == "renamed" && $0.date > day }),
               let arrow = laterRename.detail.range(of: " → ") { name = String(laterRename.detail[..<arrow.lowerBound]) }
            let actions = try self.actions(themeID: info.id).compactMap { a -> TeamReport.Action? in
                let steps = a.steps.filter { $0.date <= day }
                guard let status = steps.last?.status else { return nil }
                let owner: String
                switch a.owner {
                case .role(let r): owner = alias[r] ?? r
                case .participant(_, let role): owner = said(role, holders) ?? ""
                case .forum(let f): owner = f
                }
                var action = TeamReport.Action(description: a.description, owner: owner, level: a.level, status: status, due: a.due,
                                               evaluations: a.evaluations.filter { String($0.moment.prefix(day.count)) <= day }
                                                   .map { [$0.moment, $0.label, $0.notes].compactMap { $0 }.joined(separator: " – ") })
                action.scope = a.scope
                action.expects = a.expects
                action.steps = steps
                action.approvals = a.approvals.filter { $0.date <= day }.map { "\($0.by), \($0.date)" }
                return action
            }
            var theme = TeamReport.Theme(id: info.id, position: info.position, name: name, codes: info.codes, frame: detail.frame, tally: figures,
                                         segments: evidence.segments, participants: evidence.participants, roles: evidence.roles.map { alias[$0] ?? $0 },
                                         quotes: evidence.quotes, notes: notes, history: history, actions: actions)
            if let session = info.session, let s = try? self.session(session) {
                let created = detail.events.first { $0.kind == "created" }
                theme.fromSession = TeamReport.Step(date: s.date, kind: s.kind, detail: s.title ?? s.kind, reason: created?.reason)
            }
            return theme
        }
        // A plenary decision belongs to its focus group's day.
        let decisions = try self.decisions(team: team.name).filter { d in focus != nil && (fgDates[d.focusGroup] ?? "") <= day }
            .map { TeamReport.Decision(at: String($0.at.prefix(10)), themes: $0.themes, note: $0.note) }
        var seen: [String: Int] = [:]
        let pies = try timePies(team: team.name, on: day).map { pie -> TeamReport.TimePieLine in
            let subject: TeamReport.TimePieLine.Subject
            switch pie.subject {
            case .participant: subject = .person(role: said(pie.role, holdersOn(pie.date.isEmpty ? day : pie.date)))
            case .role(let r): subject = .role(alias[r] ?? r)
            case .vacancy(let r): subject = .vacancy(alias[r] ?? r)
            }
            let key = "\(subject)"
            seen[key, default: 0] += 1
            return TeamReport.TimePieLine(subject: subject, team: pie.team, date: pie.date, slices: pie.slices, number: seen[key]! > 1 ? seen[key] : nil)
        }
        var report = TeamReport(project: try projectName(), profile: profile, interviewsByRole: byRole, transcripts: transcripts,
                                codedSegments: codeCounts.reduce(0) { $0 + $1.count }, codesUsed: codeCounts, focusGroup: focus,
                                themes: themes, decisions: decisions, timePies: pies)
        report.privacyThreshold = threshold
        report.asOf = asOf?.description
        report.phases = try phases(team: team.name).filter { $0.from <= day }.map { p in
            var p = p
            if let to = p.to, to > day { p.to = nil }
            return p
        }
        report.woeHistory = woe.count > 1 ? woe : []
        let texts = try teamTexts(team: team.name, on: day)
        report.introduction = texts["inleiding"]
        report.gettingStarted = texts["aan-de-slag"]
        for i in report.themes.indices { report.themes[i].narrative = texts["theme:\(report.themes[i].id)"] }
        report.reviews = try teamReviews(team: team.name).filter { $0.date <= day }.map { r in (r.date, listed(r.roles), r.note) }
        report.withheldQuotes = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM segment s JOIN transcript t ON t.document_id = s.document_id JOIN interview_state st ON st.interview_id = t.interview_id
            JOIN participant p ON p.id = st.participant_id WHERE st.team_id = ? AND st.held_on <= ? AND p.quotes_consent = 0
            """), arguments: [team.id, day]) ?? 0
        try addActionHalf(to: &report, team: team.name, day: day, holders: holders, threshold: threshold, alias: alias)
        return report
    }

    /// Every participant's real name, for the scrubber that every export passes its text through.
    public func realNames() throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: "SELECT real_name FROM participant WHERE real_name IS NOT NULL ORDER BY id"))
    }

    /// The coded passages behind a theme: segments of its codes (matched by GUID, sub-codes
    /// included) in the interviews the team held up to `day`, each attributed to the team and role
    /// its speaker had on the interview's day, with a few short quotes. A role is named only where
    /// enough of the team held it on that day (`holdersOn`).
    func evidence(theme: Int64, team: Int64, teamName: String, quotes limit: Int, day: String, threshold: Int, alias: [String: String],
                  holdersOn: (String) -> [String: Int]) throws
        -> (segments: Int, participants: Int, roles: [String], quotes: [TeamReport.Quote]) {
        let rows = try EvidenceRow.fetchAll(db.cachedStatement(sql: """
            WITH RECURSIVE items(id) AS (SELECT item_id FROM theme WHERE id = ?1
                                         UNION ALL SELECT f.id FROM fg_item f JOIN items ON f.merged_into = items.id),
                 roots(id) AS (SELECT c.id FROM code c WHERE c.guid IN (SELECT code_guid FROM fg_item_code WHERE item_id IN (SELECT id FROM items))),
                 codes(id) AS (SELECT id FROM roots UNION SELECT c.id FROM code c JOIN codes ON c.parent_id = codes.id)
            SELECT s.id, s.tension, p.id AS pid, r.name AS role, p.quotes_consent AS consent, st.held_on AS heldOn,
                   substr(d.body, s.start_pos + 1, s.end_pos - s.start_pos) AS quote
            FROM segment s JOIN document d ON d.id = s.document_id JOIN transcript t ON t.document_id = s.document_id
            JOIN interview_state st ON st.interview_id = t.interview_id JOIN participant p ON p.id = st.participant_id JOIN role r ON r.id = st.role_id
            WHERE st.team_id = ?2 AND st.held_on <= ?3 AND s.code_id IN (SELECT id FROM codes)
            ORDER BY s.document_id, s.start_pos, s.id
            """), arguments: [theme, team, day])
        // Words of those who asked are never quoted; their codings still count below.
        let quotable = rows.filter(\.consent)
        let candidates = quotable.map { ReportRules.QuoteCandidate(person: $0.pid, tension: $0.tension, text: Quote.withoutSpeaker($0.quote)) }
        let chosen = ReportRules.chooseQuotes(candidates, limit: limit).map { i in
            let row = quotable[i]
            return TeamReport.Quote(text: Quote.line(candidates[i].text, limit: 320),
                                    role: PrivacyRules.namedRole(row.role, holders: holdersOn(row.heldOn)[row.role] ?? 0, threshold: threshold).map { alias[$0] ?? $0 },
                                    team: teamName, tension: row.tension)
        }
        // Roles too few hold are not named; "" stands for them together ("other roles").
        return (rows.count, Set(rows.map(\.pid)).count, PrivacyRules.listed(rows.map(\.role), holders: holdersOn(day), threshold: threshold), chosen)
    }

    private struct NameCount: Decodable, FetchableRecord {
        var name: String
        var n: Int
    }

    private struct EvidenceRow: Decodable, FetchableRecord {
        var id: Int64
        var tension: String?
        var pid: Int64
        var role: String
        var consent: Bool
        var heldOn: String
        var quote: String
    }
}

extension ProjectReader {
    /// Sessions, feedback with its follow-up, and cases; people appear by role, never by pseudonym.
    func addActionHalf(to report: inout TeamReport, team: String, day: String, holders: [String: Int], threshold: Int, alias: [String: String]) throws {
        let roleOf = Dictionary(try Row.fetchAll(db.cachedStatement(sql: "SELECT p.pseudonym, r.name FROM participant p JOIN role r ON r.id = p.role_id"))
            .map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { a, _ in a })
        let roleNames = Set(try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM role")))
        // A person by role, "" where too few of the team hold it; a partner (not a role) as written.
        func byRole(_ who: String) -> String {
            guard let role = roleOf[who] ?? (who.hasPrefix("+") ? String(who.dropFirst()) : roleNames.contains(who) ? who : nil) else { return who }
            return PrivacyRules.namedRole(role, holders: holders[role] ?? 0, threshold: threshold).map { alias[$0] ?? $0 } ?? ""
        }
        report.sessions = try sessions(team: team).filter { $0.date <= day }.map { s in
            let roles = s.attendees.map(byRole)
            let counted = Dictionary(grouping: roles, by: { $0 }).sorted { $0.key < $1.key }.map { $0.value.count > 1 ? "\($0.key) (\($0.value.count))" : $0.key }
            return TeamReport.SessionLine(date: s.date, kind: s.kind, title: s.title, attendees: counted, agenda: s.agenda)
        }
        report.feedback = try feedback(team: team).filter { $0.date <= day }.map { f in
            let checks = f.checks.filter { $0.date <= day }
            return TeamReport.FeedbackLine(date: f.date, what: f.what, theme: f.theme, checkOn: f.checkOn, outcome: checks.last?.outcome,
                                           checkedOn: checks.last?.date, note: checks.last?.note)
        }
        // A reader is named by role only where enough of the team hold it.
        report.reviewComments = try reviewComments(team: team).compactMap { c in
            guard let resolved = c.resolvedAt, String(resolved.prefix(10)) <= day else { return nil }
            return TeamReport.ReviewLine(about: c.targetLabel, verdict: c.verdict,
                                         role: PrivacyRules.namedRole(c.role, holders: holders[c.role] ?? 0, threshold: threshold).map { alias[$0] ?? $0 },
                                         text: c.text, resolvedOn: String(resolved.prefix(10)), resolution: c.resolution)
        }
        report.cases = try cases(team: team).filter { $0.date <= day }.map { c in
            TeamReport.CaseBox(title: c.title, outcome: c.outcome, date: c.date,
                               events: c.events.map { .init(when: $0.moment.text, who: byRole($0.by), what: $0.what, view: $0.source) },
                               helping: c.remarks(.helping), hindering: c.remarks(.hindering),
                               wentWell: c.remarks(.wentWell), couldBeBetter: c.remarks(.couldBeBetter))
        }
    }
}

extension TeamReport {
    /// The same report with every free text passed through the scrubber.
    public func scrubbed(_ s: NameScrubber) -> TeamReport {
        var r = self
        r.profile.woePosition = profile.woePosition.map(s.scrub)
        r.woeHistory = woeHistory.map { ($0.date, s.scrub($0.text)) }
        r.themes = themes.map { t in
            var t = t
            t.name = s.scrub(t.name)
            t.frame = t.frame.map { ($0.key, s.scrub($0.value)) }
            t.quotes = t.quotes.map { q in var q = q; q.text = s.scrub(q.text); return q }
            t.notes = t.notes.map { n in var n = n; n.summary = s.scrub(n.summary); return n }
            t.history = t.history.map { h in var h = h; h.detail = s.scrub(h.detail); h.reason = h.reason.map(s.scrub); return h }
            t.actions = t.actions.map { a in
                var a = a
                a.description = s.scrub(a.description); a.evaluations = a.evaluations.map(s.scrub); a.expects = a.expects.map(s.scrub)
                a.approvals = a.approvals.map(s.scrub); a.owner = s.scrub(a.owner)
                a.steps = a.steps.map { st in var st = st; st.note = st.note.map(s.scrub); return st }
                return a
            }
            t.fromSession = t.fromSession.map { f in var f = f; f.detail = s.scrub(f.detail); f.reason = f.reason.map(s.scrub); return f }
            return t
        }
        r.decisions = decisions.map { d in var d = d; d.note = d.note.map(s.scrub); d.themes = d.themes.map(s.scrub); return d }
        r.timePies = timePies.map { p in var p = p; p.slices = p.slices.map { TimePie.Slice(task: s.scrub($0.task), percent: $0.percent) }; return p }
        r.sessions = sessions.map { x in var x = x; x.title = x.title.map(s.scrub); x.agenda = x.agenda.map(s.scrub); return x }
        r.feedback = feedback.map { f in var f = f; f.what = s.scrub(f.what); f.note = f.note.map(s.scrub); f.theme = f.theme.map(s.scrub); return f }
        r.introduction = introduction.map(s.scrub)
        r.gettingStarted = gettingStarted.map(s.scrub)
        r.themes = r.themes.map { t in var t = t; t.narrative = t.narrative.map(s.scrub); return t }
        r.reviews = reviews.map { ($0.date, $0.roles, $0.note.map(s.scrub)) }
        r.reviewComments = reviewComments.map { x in
            var x = x; x.about = s.scrub(x.about); x.text = x.text.map(s.scrub); x.resolution = x.resolution.map(s.scrub); return x
        }
        r.cases = cases.map { c in
            var c = c
            c.title = s.scrub(c.title)
            c.events = c.events.map { e in var e = e; e.what = s.scrub(e.what); e.who = s.scrub(e.who); e.when = s.scrub(e.when); return e }
            c.helping = c.helping.map(s.scrub); c.hindering = c.hindering.map(s.scrub)
            c.wentWell = c.wentWell.map(s.scrub); c.couldBeBetter = c.couldBeBetter.map(s.scrub)
            return c
        }
        if let fg = focusGroup {
            r.focusGroup?.itemShares = fg.itemShares.map { ($0.number, s.scrub($0.label), $0.share) }
        }
        return r
    }
}

extension ProjectReader {
    /// The team's latest focus group's votes as totals, never a person's own: per item over
    /// everyone, per subgroup its consensus, and per role only where at least the privacy
    /// threshold of voters hold it. `share` sums slices (1 = one whole pie); `voters` counts pies.
    public func votes(team: String, on day: Day? = nil) throws -> [(focusGroup: Int64, kind: String, group: String, item: Int, label: String, share: Double, voters: Int)] {
        let teamID = try id(of: .team, team)
        guard let fg = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM focus_group WHERE team_id = ? AND held_on <= ?"),
                                          arguments: [teamID, day?.description ?? PeopleTimeline.end]) else { return [] }
        let threshold = try privacyThreshold()
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT CASE WHEN pie.participant_id IS NULL THEN 'consensus' ELSE 'individual' END AS kind,
                   sg.name AS subgroup, r.name AS role, i.number, i.label, s.share, pie.id AS pie
            FROM pie JOIN pie_slice s ON s.pie_id = pie.id JOIN fg_item i ON i.id = s.item_id
            LEFT JOIN participant p ON p.id = pie.participant_id LEFT JOIN role r ON r.id = p.role_id
            LEFT JOIN subgroup sg ON sg.id = pie.subgroup_id
            WHERE pie.focus_group_id = ? ORDER BY i.number, s.id
            """), arguments: [fg])
        var out: [(Int64, String, String, Int, String, Double, Int)] = []
        func add(_ kind: String, _ group: String, _ slices: [Row]) {
            for (number, part) in Dictionary(grouping: slices, by: { $0["number"] as Int }).sorted(by: { $0.key < $1.key }) {
                out.append((fg, kind, group, number, part[0]["label"], part.reduce(0) { $0 + ($1["share"] as Double) },
                            Set(part.map { $0["pie"] as Int64 }).count))
            }
        }
        let individual = rows.filter { ($0["kind"] as String) == "individual" }
        add("all", "", individual)
        for (name, part) in Dictionary(grouping: rows.filter { ($0["kind"] as String) == "consensus" }, by: { $0["subgroup"] as String }).sorted(by: { $0.key < $1.key }) {
            add("consensus", name, part)
        }
        for (role, part) in Dictionary(grouping: individual, by: { $0["role"] as String }).sorted(by: { $0.key < $1.key })
            where Set(part.map { $0["pie"] as Int64 }).count >= threshold {
            add("role", role, part)
        }
        return out
    }

}
