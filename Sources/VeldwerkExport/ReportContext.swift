import VeldwerkCore

/// Turns a team report into the values the Markdown and HTML templates read.
///
/// All wording comes from ``ReportLanguage/labels``; all numbers through the language's formatter.
/// The order of everything is fixed, so the same database always gives the same file.
enum ReportContext {
    /// Text as paragraphs, split at blank lines.
    static func paragraphs(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    static func make(_ r: TeamReport, language: ReportLanguage, generated: String?, svg: Bool) -> [String: Any] {
        let l = language.labels
        var context: [String: Any] = ["l": l, "project": r.project, "lang": language.rawValue]
        if let generated { context["generated"] = generated }
        let p = r.profile
        context["team"] = [
            "name": p.name, "code": p.code, "fte": p.fte.map { language.number($0, decimals: $0.rounded() == $0 ? 0 : 1) } ?? "–",
            "areas": p.areas.joined(separator: ", "), "areaKind": p.areaKind ?? "", "hasAreas": !p.areas.isEmpty,
            "portfolios": p.portfolios.joined(separator: ", "), "hasPortfolios": !p.portfolios.isEmpty,
            "woePosition": p.woePosition ?? "", "hasWoePosition": p.woePosition != nil,
        ] as [String: Any]
        if let asOf = r.asOf {
            context["asOf"] = asOf
            context["currentPhase"] = PhaseSpan.current(r.phases, on: asOf).map { l[$0.phase.rawValue]! } ?? ""
        }
        context["phases"] = r.phases.map { p in
            ["phase": l[p.phase.rawValue]!, "from": p.from, "to": p.to ?? "", "hasTo": p.to != nil, "open": l["phaseOpen"]!] as [String: Any]
        }
        context["hasPhases"] = !r.phases.isEmpty
        // The positions before the present one, newest first.
        context["woeHistory"] = r.woeHistory.dropLast().reversed().map { ["date": $0.date, "text": $0.text, "hasDate": !$0.date.isEmpty] as [String: Any] }
        context["hasWoeHistory"] = r.woeHistory.count > 1
        if let since = r.woeHistory.last?.date, !since.isEmpty { context["woeSince"] = since }
        context["interviews"] = r.interviewsByRole.map { ["role": language.roleLabel($0.label), "count": $0.count] }
        context["privacyNote"] = language.privacyNote(threshold: r.privacyThreshold, withheld: r.withheldQuotes)
        // The team's own text, paragraph by paragraph (a blank line separates them).
        context["introduction"] = Self.paragraphs(r.introduction)
        context["hasIntroduction"] = r.introduction != nil
        context["gettingStarted"] = Self.paragraphs(r.gettingStarted)
        context["hasGettingStarted"] = r.gettingStarted != nil
        context["reviews"] = r.reviews.map { v -> [String: Any] in
            ["date": v.date, "roles": v.roles.map(language.roleLabel).joined(separator: ", "), "note": v.note ?? "", "hasNote": v.note != nil]
        }
        context["hasReviews"] = !r.reviews.isEmpty
        context["interviewTotal"] = r.interviewsByRole.reduce(0) { $0 + $1.count }
        context["transcripts"] = r.transcripts
        context["segments"] = r.codedSegments
        context["codes"] = r.codesUsed.prefix(10).map { ["label": $0.label, "count": $0.count] }
        context["hasCodes"] = !r.codesUsed.isEmpty
        if let fg = r.focusGroup {
            var f: [String: Any] = [
                "date": fg.date, "participants": fg.participants, "subgroups": fg.subgroups, "recognised": fg.recognised, "voted": fg.voted,
                "kendall": fg.kendallW.map { language.number($0, decimals: 2) } ?? "–",
                "items": fg.itemShares.enumerated().map { i, item in
                    ["number": item.number, "label": item.label, "share": language.percent(item.share), "color": PieSVG.palette[i % PieSVG.palette.count]]
                },
            ]
            if svg {
                f["pie"] = PieSVG.render(fg.itemShares.map { ("\($0.number). \($0.label): \(language.percent($0.share))", $0.share) },
                                         title: "\(l["focusGroup"]!) \(fg.date)",
                                         description: fg.itemShares.map { "\($0.number). \($0.label) \(language.percent($0.share))" }.joined(separator: "; "),
                                         id: "fg\(fg.id)", size: 160)
            }
            context["focusGroup"] = f
        }
        context["hasThemes"] = !r.themes.isEmpty
        context["themes"] = r.themes.map { theme(r, $0, language: language, svg: svg) }
        context["decisions"] = r.decisions.map { ["at": $0.at, "themes": $0.themes.joined(separator: "; "), "note": $0.note ?? "", "hasNote": $0.note != nil] }
        context["hasDecisions"] = r.decisions.count > 1
        context["timePies"] = r.timePies.enumerated().map { i, pie -> [String: Any] in
            let who = language.pieLabel(pie)
            var t: [String: Any] = ["who": who, "date": pie.date, "hasDate": !pie.date.isEmpty,
                                    "slices": pie.slices.map { ["task": $0.task, "percent": language.number($0.percent, decimals: 0)] }]
            if svg {
                t["pie"] = PieSVG.render(pie.slices.map { ("\($0.task): \(language.number($0.percent, decimals: 0))%", $0.percent / 100) },
                                         title: "\(l["timePies"]!): \(who)\(pie.date.isEmpty ? "" : " (\(pie.date))")",
                                         description: pie.slices.map { "\($0.task) \(language.number($0.percent, decimals: 0))%" }.joined(separator: "; "),
                                         id: "tp\(i)", size: 110)
            }
            return t
        }
        context["hasTimePies"] = !r.timePies.isEmpty
        context["sessions"] = r.sessions.map { x -> [String: Any] in
            ["date": x.date, "kind": l[x.kind] ?? x.kind, "title": x.title ?? "", "hasTitle": x.title != nil,
             "attendees": x.attendees.map(language.roleLabel).joined(separator: ", "), "hasAttendees": !x.attendees.isEmpty,
             "agenda": x.agenda.joined(separator: "; "), "hasAgenda": !x.agenda.isEmpty]
        }
        context["hasSessions"] = !r.sessions.isEmpty
        context["followUp"] = r.followUpCounts.filter { $0.count > 0 }.map { ["label": l[$0.outcome] ?? $0.outcome, "count": $0.count] }
        context["feedback"] = r.feedback.map { f -> [String: Any] in
            ["date": f.date, "what": f.what, "theme": f.theme ?? "", "hasTheme": f.theme != nil,
             "outcome": l[f.outcome ?? "unchecked"] ?? "", "checkedOn": f.checkedOn ?? "", "hasChecked": f.checkedOn != nil,
             "checkOn": f.checkOn ?? "", "hasCheckOn": f.checkOn != nil && f.checkedOn == nil, "note": f.note ?? "", "hasNote": f.note != nil]
        }
        context["hasFeedback"] = !r.feedback.isEmpty
        context["reviewComments"] = r.reviewComments.map { c -> [String: Any] in
            ["about": c.about, "verdict": l[c.verdict] ?? c.verdict, "reader": c.role ?? l["colleague"]!, "text": c.text ?? "", "hasText": c.text != nil,
             "resolvedOn": c.resolvedOn, "resolution": c.resolution ?? "", "hasResolution": c.resolution != nil]
        }
        context["hasReviewComments"] = !r.reviewComments.isEmpty
        // The two kinds side by side: a case that went well beside one that went less well.
        let ordered = r.cases.filter { $0.outcome == "went-well" } + r.cases.filter { $0.outcome != "went-well" }
        context["cases"] = ordered.map { c -> [String: Any] in
            ["title": c.title, "outcome": l[c.outcome] ?? c.outcome, "kind": c.outcome, "date": c.date,
             "events": c.events.map { e in ["when": e.when, "who": language.personLabel(e.who), "what": e.what, "view": e.view.map { l[$0] ?? $0 } ?? "", "hasView": e.view != nil] },
             "helping": c.helping, "hindering": c.hindering, "wentWell": c.wentWell, "couldBeBetter": c.couldBeBetter,
             "hasHelping": !c.helping.isEmpty, "hasHindering": !c.hindering.isEmpty, "hasWentWell": !c.wentWell.isEmpty, "hasCouldBeBetter": !c.couldBeBetter.isEmpty]
        }
        context["hasCases"] = !r.cases.isEmpty
        return context
    }

    static func theme(_ r: TeamReport, _ t: TeamReport.Theme, language: ReportLanguage, svg: Bool) -> [String: Any] {
        let l = language.labels
        var out: [String: Any] = [
            "position": t.position, "name": t.name, "codes": t.codes.joined(separator: ", "),
            "frame": t.frame.map { ["label": l[$0.key] ?? $0.key, "value": $0.value] }, "hasFrame": !t.frame.isEmpty,
            "segments": t.segments, "participants": t.participants, "roles": t.roles.map(language.roleLabel).joined(separator: ", "),
            "quotes": t.quotes.map { ["text": $0.text, "speaker": $0.speaker(colleague: l["colleague"]!)] }, "hasQuotes": !t.quotes.isEmpty,
            "notes": t.notes.map { ["date": $0.date, "setting": $0.setting, "roles": $0.roles.map(language.roleLabel).joined(separator: ", "), "summary": $0.summary] },
            "hasNotes": !t.notes.isEmpty,
            "history": t.history.map { ["date": $0.date, "kind": l[$0.kind] ?? $0.kind, "detail": $0.detail, "reason": $0.reason ?? "", "hasReason": $0.reason != nil] },
            "hasHistory": !t.history.isEmpty,
            "narrative": Self.paragraphs(t.narrative), "hasNarrative": t.narrative != nil,
            "hasPlan": !t.actions.isEmpty,
            "fromSession": t.fromSession.map { f -> [String: Any] in
                ["date": f.date, "kind": l[f.kind] ?? f.kind, "title": f.detail, "reason": f.reason ?? "", "hasReason": f.reason != nil]
            } as Any,
            "hasFromSession": t.fromSession != nil,
            // Where the theme came from, for themes the plenary chose from the A4 sheet.
            "fromFocusGroup": t.tally.map { "\(l["fromFocusGroup"]!) (\(r.focusGroup?.date ?? ""), item \($0.item))" } ?? "",
            "hasFromFocusGroup": t.fromSession == nil && t.tally != nil,
        ]
        if let f = t.tally {
            var tally: [String: Any] = [
                "item": f.item, "rank": f.rank, "score": language.number(f.score, decimals: 2), "share": language.percent(f.share),
                "recognised": f.recognised, "recognisedShare": language.percent(f.recognisedShare), "slicedBy": f.slicedBy,
                "consensus": f.consensus.map { ["subgroup": $0.subgroup, "share": $0.share.map(language.percent) ?? "–"] },
            ]
            if svg {
                tally["pie"] = PieSVG.render([(t.name, f.share), ("", 1 - f.share)], title: "\(t.name): \(language.percent(f.share))",
                                             description: "\(t.name): \(language.percent(f.share)) \(l["pieOf"]!)", id: "th\(t.id)", size: 90, highlight: 0)
            }
            out["tally"] = tally
        }
        // The plan by level, then status, as the report sorts it.
        out["levels"] = PlanLevel.allCases.compactMap { level -> [String: Any]? in
            let actions = t.actions.filter { $0.level == level }
            guard !actions.isEmpty else { return nil }
            return ["level": l[level.rawValue]!, "statuses": ActionStatus.allCases.compactMap { status -> [String: Any]? in
                let these = actions.filter { $0.status == status }
                guard !these.isEmpty else { return nil }
                return ["status": l[status.rawValue]!, "actions": these.map { a in
                    ["description": a.description, "owner": a.owner.isEmpty ? l["colleague"]! : a.owner, "due": a.due ?? "", "hasDue": a.due != nil,
                     "evaluations": a.evaluations.joined(separator: "; "), "hasEvaluations": !a.evaluations.isEmpty,
                     "scope": a.scope.map { l[$0.rawValue]! } ?? "", "hasScope": a.scope != nil,
                     "expects": a.expects ?? "", "hasExpects": a.expects != nil,
                     // The path in the report's words: "Idee (2023-02-10) → Gestart (2023-06-01) → Gestopt (2024-03-01: reden)".
                     "path": a.steps.map { s in
                         let word = l[s.status.rawValue]!
                         let when = [s.date.isEmpty ? nil : s.date, s.note].compactMap { $0 }.joined(separator: ": ")
                         return when.isEmpty ? word : "\(word) (\(when))"
                     }.joined(separator: " → "),
                     "hasPath": a.steps.count > 1 || a.steps.contains { !$0.date.isEmpty },
                     "approvals": a.approvals.joined(separator: "; "), "hasApprovals": !a.approvals.isEmpty] as [String: Any]
                }]
            }]
        }
        return out
    }
}
