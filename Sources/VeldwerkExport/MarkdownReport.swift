import Mustache
import VeldwerkCore

/// The team report as Markdown, from a Mustache template.
public enum MarkdownReport {
    public static func render(_ report: TeamReport, language: ReportLanguage, generated: String? = nil) throws -> String {
        _ = MarkdownText.registered
        let template = try MustacheTemplate(string: Self.template)
        return Blank.collapse(template.render(ReportContext.make(report, language: language, generated: generated, svg: false)))
    }

    public static func index(_ teams: [(name: String, file: String, themes: [String])], project: String, language: ReportLanguage,
                             synthesis: [(kind: String, text: String, teams: [String])] = []) throws -> String {
        _ = MarkdownText.registered
        let template = try MustacheTemplate(string: Self.indexTemplate)
        return Blank.collapse(template.render(IndexContext.make(teams, project: project, language: language, synthesis: synthesis)))
    }

    static let template = """
        {{% CONTENT_TYPE: MARKDOWN}}
        # {{l.title}}: {{team.name}}

        *{{project}}*{{#generated}} · {{l.generated}} {{generated}}{{/generated}}
        {{#asOf}}

        **{{l.asOf}} {{asOf}}**{{#currentPhase}} ({{l.phase}}: {{currentPhase}}){{/currentPhase}}
        {{/asOf}}

        {{#hasIntroduction}}
        ## {{l.introduction}}
        {{#introduction}}

        {{.}}
        {{/introduction}}

        {{/hasIntroduction}}
        ## {{l.profile}}

        - {{l.fte}}: {{team.fte}}
        {{#team.hasAreas}}
        - {{l.areas}}{{#team.areaKind}} ({{team.areaKind}}){{/team.areaKind}}: {{team.areas}}
        {{/team.hasAreas}}
        {{#team.hasPortfolios}}
        - {{l.portfolios}}: {{team.portfolios}}
        {{/team.hasPortfolios}}
        {{#team.hasWoePosition}}
        - {{l.woePosition}}{{#woeSince}} ({{l.since}} {{woeSince}}){{/woeSince}}: {{team.woePosition}}
        {{#woeHistory}}
          - {{l.woeHistory}}{{#hasDate}} ({{l.since}} {{date}}){{/hasDate}}: {{text}}
        {{/woeHistory}}
        {{/team.hasWoePosition}}
        {{#hasPhases}}

        **{{l.phases}}**

        {{#phases}}
        - {{phase}}: {{from}} – {{#hasTo}}{{to}}{{/hasTo}}{{^hasTo}}{{open}}{{/hasTo}}
        {{/phases}}
        {{/hasPhases}}

        ## {{l.method}}

        {{l.interviews}}:

        | {{l.role}} | {{l.count}} |
        |---|---:|
        {{#interviews}}
        | {{role}} | {{count}} |
        {{/interviews}}

        {{l.transcripts}}: {{transcripts}}. {{l.segments}}: {{segments}}.

        *{{privacyNote}}*
        {{#hasCodes}}

        {{l.codes}}: {{#codes}}{{label}} ({{count}}){{^last()}}, {{/last()}}{{/codes}}.
        {{/hasCodes}}
        {{#focusGroup}}

        {{l.focusGroup}} {{date}}: {{participants}} {{lowercased(l.participants)}}, {{subgroups}} {{lowercased(l.subgroups)}}; {{lowercased(l.recognised)}} {{recognised}}, {{lowercased(l.voted)}} {{voted}}; {{l.kendall}} {{kendall}}.
        {{/focusGroup}}

        ## {{l.themes}}
        {{^hasThemes}}

        {{l.noThemes}}
        {{/hasThemes}}
        {{#themes}}

        ### {{position}}. {{name}}
        {{#hasNarrative}}{{#narrative}}

        {{.}}
        {{/narrative}}{{/hasNarrative}}
        {{#hasFromSession}}{{#fromSession}}

        {{l.fromSession}} {{title}} ({{kind}}, {{date}}){{#hasReason}}: {{reason}}{{/hasReason}}
        {{/fromSession}}{{/hasFromSession}}
        {{#hasFromFocusGroup}}

        {{fromFocusGroup}}
        {{/hasFromFocusGroup}}

        {{l.codes}}: {{codes}}
        {{#tally}}

        - {{l.rank}}: {{rank}}
        - {{l.score}}: {{score}}
        - {{l.share}}: {{share}}
        - {{l.recognised}}: {{recognised}} ({{recognisedShare}})
        - {{l.slicedBy}}: {{slicedBy}}
        - {{l.consensus}}: {{#consensus}}{{subgroup}} {{share}}{{^last()}}, {{/last()}}{{/consensus}}
        {{/tally}}
        {{#hasFrame}}

        **{{l.frame}}**

        {{#frame}}
        - {{label}}: {{value}}
        {{/frame}}
        {{/hasFrame}}

        **{{l.evidence}}**: {{segments}} {{lowercased(l.segments)}}; {{lowercased(l.voicedBy)}} {{participants}} {{l.people}} ({{roles}}).
        {{#hasQuotes}}

        *{{l.quotes}}*

        {{#quotes}}
        > {{text}}
        > — *{{speaker}}*

        {{/quotes}}
        {{/hasQuotes}}
        {{#hasNotes}}

        **{{l.notes}}**

        {{#notes}}
        - {{date}}, {{setting}}{{#roles}} ({{roles}}){{/roles}}: {{summary}}
        {{/notes}}
        {{/hasNotes}}
        {{#hasHistory}}

        **{{l.history}}**

        {{#history}}
        - {{date}} {{kind}}: {{detail}}{{#hasReason}} ({{l.reason}}: {{reason}}){{/hasReason}}
        {{/history}}
        {{/hasHistory}}

        **{{l.plan}}**

        {{^hasPlan}}
        {{l.noPlan}}
        {{/hasPlan}}
        {{#levels}}
        *{{level}}*

        {{#statuses}}
        {{#actions}}
        - [{{status}}] {{description}} ({{l.owner}}: {{owner}}{{#hasScope}}; {{l.scope}}: {{scope}}{{/hasScope}}{{#hasDue}}; {{l.due}} {{due}}{{/hasDue}})
        {{#hasExpects}}
          - {{l.expects}}: {{expects}}
        {{/hasExpects}}
        {{#hasPath}}
          - {{l.path}}: {{path}}
        {{/hasPath}}
        {{#hasApprovals}}
          - {{l.approved}}: {{approvals}}
        {{/hasApprovals}}
        {{#hasEvaluations}}
          - {{l.evaluations}}: {{evaluations}}
        {{/hasEvaluations}}
        {{/actions}}
        {{/statuses}}

        {{/levels}}
        {{/themes}}
        {{#hasDecisions}}

        ## {{l.decisions}}

        {{#decisions}}
        - {{at}}: {{themes}}{{#hasNote}} ({{note}}){{/hasNote}}
        {{/decisions}}
        {{/hasDecisions}}
        {{#hasTimePies}}

        ## {{l.timePies}}

        {{#timePies}}
        - {{who}}{{#hasDate}} ({{date}}){{/hasDate}}: {{#slices}}{{task}} {{percent}}%{{^last()}}, {{/last()}}{{/slices}}
        {{/timePies}}
        {{/hasTimePies}}
        {{#hasSessions}}

        ## {{l.sessions}}

        {{#sessions}}
        - {{date}}, {{kind}}{{#hasTitle}}: {{title}}{{/hasTitle}}{{#hasAttendees}} ({{l.attendees}}: {{attendees}}){{/hasAttendees}}{{#hasAgenda}}. {{l.agenda}}: {{agenda}}{{/hasAgenda}}
        {{/sessions}}
        {{/hasSessions}}
        {{#hasFeedback}}

        ## {{l.feedback}}

        {{#followUp}}{{label}}: {{count}}{{^last()}} · {{/last()}}{{/followUp}}

        {{#feedback}}
        - {{date}}: {{what}}{{#hasTheme}} ({{theme}}){{/hasTheme}}. **{{outcome}}**{{#hasChecked}} ({{l.checkedOn}} {{checkedOn}}{{#hasNote}}: {{note}}{{/hasNote}}){{/hasChecked}}{{#hasCheckOn}} ({{l.checkOn}} {{checkOn}}){{/hasCheckOn}}
        {{/feedback}}
        {{/hasFeedback}}
        {{#hasReviewComments}}

        ## {{l.reviewComments}}

        {{#reviewComments}}
        - **{{about}}**: {{verdict}} ({{reader}}){{#hasText}}. {{text}}{{/hasText}} ({{l.resolvedOn}} {{resolvedOn}}{{#hasResolution}}: {{resolution}}{{/hasResolution}})
        {{/reviewComments}}
        {{/hasReviewComments}}
        {{#hasCases}}

        ## {{l.cases}}
        {{#cases}}

        ### {{outcome}}: {{title}}

        *{{date}}*

        {{l.timeline}}:

        {{#events}}
        - {{when}}, {{who}}: {{what}}{{#hasView}} *({{view}})*{{/hasView}}
        {{/events}}
        {{#hasHelping}}

        {{l.helping}}: {{#helping}}{{.}}{{^last()}}; {{/last()}}{{/helping}}
        {{/hasHelping}}
        {{#hasHindering}}

        {{l.hindering}}: {{#hindering}}{{.}}{{^last()}}; {{/last()}}{{/hindering}}
        {{/hasHindering}}
        {{#hasWentWell}}

        {{l.wentWell}}: {{#wentWell}}{{.}}{{^last()}}; {{/last()}}{{/wentWell}}
        {{/hasWentWell}}
        {{#hasCouldBeBetter}}

        {{l.couldBeBetter}}: {{#couldBeBetter}}{{.}}{{^last()}}; {{/last()}}{{/couldBeBetter}}
        {{/hasCouldBeBetter}}
        {{/cases}}
        {{/hasCases}}
        {{#hasGettingStarted}}

        ## {{l.gettingStarted}}
        {{#gettingStarted}}

        {{.}}
        {{/gettingStarted}}
        {{/hasGettingStarted}}
        {{#hasReviews}}

        {{#reviews}}
        *{{l.reviewedWith}} {{date}} ({{l.presentAtReview}}: {{roles}}){{#hasNote}}. {{note}}{{/hasNote}}*
        {{/reviews}}
        {{/hasReviews}}

        """

    static let indexTemplate = """
        {{% CONTENT_TYPE: MARKDOWN}}
        # {{l.index}}

        *{{project}}*

        {{#teams}}
        - [{{name}}]({{file}}): {{themes}}
        {{/teams}}
        {{#hasSynthesis}}

        ## {{l.synthesis}}

        {{#synthesis}}
        - **{{kind}}**: {{text}}{{#hasTeams}} ({{l.restsOn}}: {{teams}}){{/hasTeams}}
        {{/synthesis}}
        {{/hasSynthesis}}

        """
}

/// Values for the index page of `export all`.
enum IndexContext {
    static func make(_ teams: [(name: String, file: String, themes: [String])], project: String, language: ReportLanguage,
                     synthesis: [(kind: String, text: String, teams: [String])] = []) -> [String: Any] {
        ["l": language.labels, "project": project, "lang": language.rawValue,
         "teams": teams.map { ["name": $0.name, "file": $0.file, "themes": $0.themes.isEmpty ? language.labels["noThemes"]! : $0.themes.joined(separator: "; ")] },
         "synthesis": synthesis.map { s -> [String: Any] in
             ["kind": language.labels[s.kind] ?? s.kind, "text": s.text, "teams": s.teams.joined(separator: ", "), "hasTeams": !s.teams.isEmpty]
         },
         "hasSynthesis": !synthesis.isEmpty]
    }
}

/// Templates leave blank lines where sections are empty; runs of them become one.
enum Blank {
    static func collapse(_ text: String) -> String {
        var out: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty, let last = out.last, last.isEmpty { continue }
            out.append(line.trimmingCharacters(in: .whitespaces).isEmpty ? "" : line)
        }
        while out.first?.isEmpty == true { out.removeFirst() }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }
}
