import VeldwerkCore

/// The team report as JSON for scripts and other tools. Its shape is fixed by
/// `docs/export-schema.json`; ``schemaID`` names the version, raised on any incompatible change.
public enum JSONReport {
    public static let schemaID = "https://veldwerk.example/schema/team-report/1"
    public static let version = 1

    public static func render(_ r: TeamReport, language: ReportLanguage, generated: String? = nil) -> String {
        value(r, language: language, generated: generated).serialized() + "\n"
    }

    static func value(_ r: TeamReport, language: ReportLanguage, generated: String?) -> JSONValue {
        var top: [(String, JSONValue)] = [
            ("$schema", .string(schemaID)), ("version", .int(version)), ("language", .string(language.rawValue)),
            ("project", .string(r.project)),
        ]
        if let generated { top.append(("generated", .string(generated))) }
        let p = r.profile
        top.append(("team", .object([
            ("name", .string(p.name)), ("code", .string(p.code)), ("fte", p.fte.map { .number($0, decimals: 2) } ?? .null),
            ("areaKind", p.areaKind.map(JSONValue.string) ?? .null), ("areas", .array(p.areas.map(JSONValue.string))),
            ("portfolios", .array(p.portfolios.map(JSONValue.string))), ("woePosition", p.woePosition.map(JSONValue.string) ?? .null),
        ])))
        top.append(("method", .object([
            ("interviewsByRole", .array(r.interviewsByRole.map { .object([("role", .string(language.roleLabel($0.label))), ("count", .int($0.count))]) })),
            ("transcripts", .int(r.transcripts)), ("codedSegments", .int(r.codedSegments)),
            ("codes", .array(r.codesUsed.map { .object([("code", .string($0.label)), ("segments", .int($0.count))]) })),
            ("focusGroup", r.focusGroup.map { fg in .object([
                ("id", .int(Int(fg.id))), ("date", .string(fg.date)), ("participants", .int(fg.participants)), ("subgroups", .int(fg.subgroups)),
                ("recognised", .int(fg.recognised)), ("voted", .int(fg.voted)), ("kendallW", fg.kendallW.map { .number($0, decimals: 4) } ?? .null),
                ("items", .array(fg.itemShares.map { .object([("item", .int($0.number)), ("label", .string($0.label)), ("share", .number($0.share, decimals: 4))]) })),
            ]) } ?? .null),
        ])))
        top.append(("introduction", r.introduction.map(JSONValue.string) ?? .null))
        top.append(("gettingStarted", r.gettingStarted.map(JSONValue.string) ?? .null))
        top.append(("reviews", .array(r.reviews.map { v in
            .object([("date", .string(v.date)), ("roles", .array(v.roles.map { .string(language.roleLabel($0)) })), ("note", v.note.map(JSONValue.string) ?? .null)])
        })))
        top.append(("privacy", .object([("roleThreshold", .int(r.privacyThreshold)), ("withheldQuotes", .int(r.withheldQuotes))])))
        top.append(("themes", .array(r.themes.map { theme($0, language: language) })))
        top.append(("decisions", .array(r.decisions.map { d in
            .object([("date", .string(d.at)), ("themes", .array(d.themes.map(JSONValue.string))), ("note", d.note.map(JSONValue.string) ?? .null)])
        })))
        top.append(("asOf", r.asOf.map(JSONValue.string) ?? .null))
        top.append(("phases", .array(r.phases.map { .object([("phase", .string($0.phase.rawValue)), ("from", .string($0.from)), ("to", $0.to.map(JSONValue.string) ?? .null)]) })))
        top.append(("woeHistory", .array(r.woeHistory.map { .object([("from", .string($0.date)), ("position", .string($0.text))]) })))
        top.append(("timePies", .array(r.timePies.map { t in
            let kind: String
            switch t.subject { case .person: kind = "person"; case .role: kind = "role"; case .vacancy: kind = "vacancy" }
            return .object([("who", .string(language.pieLabel(t))), ("kind", .string(kind)), ("date", t.date.isEmpty ? .null : .string(t.date)), ("slices", .array(t.slices.map { .object([("task", .string($0.task)), ("percent", .number($0.percent, decimals: 2))]) }))])
        })))
        top.append(("sessions", .array(r.sessions.map { x in
            .object([("date", .string(x.date)), ("kind", .string(x.kind)), ("title", x.title.map(JSONValue.string) ?? .null),
                     ("attendees", .array(x.attendees.map { .string(language.roleLabel($0)) })), ("agenda", .array(x.agenda.map(JSONValue.string)))])
        })))
        top.append(("feedback", .array(r.feedback.map { f in
            .object([("date", .string(f.date)), ("what", .string(f.what)), ("theme", f.theme.map(JSONValue.string) ?? .null),
                     ("checkOn", f.checkOn.map(JSONValue.string) ?? .null), ("outcome", f.outcome.map(JSONValue.string) ?? .null),
                     ("checkedOn", f.checkedOn.map(JSONValue.string) ?? .null), ("note", f.note.map(JSONValue.string) ?? .null)])
        })))
        top.append(("reviewComments", .array(r.reviewComments.map { c in
            .object([("about", .string(c.about)), ("verdict", .string(c.verdict)), ("reader", c.role.map(JSONValue.string) ?? .null),
                     ("text", c.text.map(JSONValue.string) ?? .null), ("resolvedOn", .string(c.resolvedOn)),
                     ("resolution", c.resolution.map(JSONValue.string) ?? .null)])
        })))
        top.append(("cases", .array(r.cases.map { c in
            .object([("title", .string(c.title)), ("outcome", .string(c.outcome)), ("date", .string(c.date)),
                     ("timeline", .array(c.events.map { e in
                         .object([("when", .string(e.when)), ("who", .string(language.personLabel(e.who))), ("what", .string(e.what)), ("view", e.view.map(JSONValue.string) ?? .null)])
                     })),
                     ("helping", .array(c.helping.map(JSONValue.string))), ("hindering", .array(c.hindering.map(JSONValue.string))),
                     ("wentWell", .array(c.wentWell.map(JSONValue.string))), ("couldBeBetter", .array(c.couldBeBetter.map(JSONValue.string)))])
        })))
        return .object(top)
    }

    static func theme(_ t: TeamReport.Theme, language: ReportLanguage) -> JSONValue {
        .object([
            ("fromSession", t.fromSession.map { f in
                .object([("date", .string(f.date)), ("kind", .string(f.kind)), ("title", .string(f.detail)), ("reason", f.reason.map(JSONValue.string) ?? .null)])
            } ?? .null),
            ("id", .int(Int(t.id))), ("position", .int(t.position)), ("name", .string(t.name)), ("codes", .array(t.codes.map(JSONValue.string))),
            ("frame", .object(t.frame.map { ($0.key, .string($0.value)) })),
            ("tally", t.tally.map { f in .object([
                ("item", .int(f.item)), ("rank", .int(f.rank)), ("score", .number(f.score, decimals: 4)), ("share", .number(f.share, decimals: 4)),
                ("recognised", .int(f.recognised)), ("recognisedShare", .number(f.recognisedShare, decimals: 4)), ("slicedBy", .int(f.slicedBy)),
                ("consensus", .array(f.consensus.map { .object([("subgroup", .string($0.subgroup)), ("share", $0.share.map { .number($0, decimals: 4) } ?? .null)]) })),
            ]) } ?? .null),
            ("evidence", .object([
                ("segments", .int(t.segments)), ("participants", .int(t.participants)), ("roles", .array(t.roles.map { .string(language.roleLabel($0)) })),
                ("quotes", .array(t.quotes.map { .object([("text", .string($0.text)), ("speaker", .string($0.speaker(colleague: language.labels["colleague"]!))), ("tension", $0.tension.map(JSONValue.string) ?? .null)]) })),
                ("notes", .array(t.notes.map { .object([("date", .string($0.date)), ("setting", .string($0.setting)),
                                                        ("roles", .array($0.roles.map { .string(language.roleLabel($0)) })), ("summary", .string($0.summary))]) })),
            ])),
            ("history", .array(t.history.map { .object([("date", .string($0.date)), ("step", .string($0.kind)), ("detail", .string($0.detail)),
                                                         ("reason", $0.reason.map(JSONValue.string) ?? .null)]) })),
            ("narrative", t.narrative.map(JSONValue.string) ?? .null),
            ("hasPlan", .bool(!t.actions.isEmpty)),
            ("plan", .array(t.actions.map { a in .object([
                ("action", .string(a.description)), ("owner", .string(a.owner.isEmpty ? language.labels["colleague"]! : a.owner)), ("level", .string(a.level.rawValue)),
                ("status", .string(a.status.rawValue)), ("due", a.due.map(JSONValue.string) ?? .null),
                ("evaluations", .array(a.evaluations.map(JSONValue.string))),
                ("scope", a.scope.map { .string($0.rawValue) } ?? .null), ("expects", a.expects.map(JSONValue.string) ?? .null),
                ("path", .array(a.steps.map { .object([("status", .string($0.status.rawValue)), ("date", $0.date.isEmpty ? .null : .string($0.date)),
                                                        ("note", $0.note.map(JSONValue.string) ?? .null)]) })),
                ("approvals", .array(a.approvals.map(JSONValue.string))),
            ]) })),
        ])
    }

    public static func index(_ teams: [(name: String, file: String, themes: [String])], project: String,
                             synthesis: [(kind: String, text: String, teams: [String])] = []) -> String {
        JSONValue.object([
            ("version", .int(version)), ("project", .string(project)),
            ("teams", .array(teams.map { .object([("name", .string($0.name)), ("file", .string($0.file)), ("themes", .array($0.themes.map(JSONValue.string)))]) })),
            ("synthesis", .array(synthesis.map { .object([("kind", .string($0.kind)), ("text", .string($0.text)), ("teams", .array($0.teams.map(JSONValue.string)))]) })),
        ]).serialized() + "\n"
    }
}
