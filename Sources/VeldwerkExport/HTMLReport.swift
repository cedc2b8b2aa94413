import Mustache
import VeldwerkCore

/// The team report as one standalone, printable HTML file: inline CSS, inline SVG pies with
/// titles and descriptions, no scripts and nothing fetched from the network.
public enum HTMLReport {
    public static func render(_ report: TeamReport, language: ReportLanguage, generated: String? = nil) throws -> String {
        var context = ReportContext.make(report, language: language, generated: generated, svg: true)
        context["style"] = style
        let template = try MustacheTemplate(string: Self.template)
        return Blank.collapse(template.render(context))
    }

    public static func index(_ teams: [(name: String, file: String, themes: [String])], project: String, language: ReportLanguage,
                             synthesis: [(kind: String, text: String, teams: [String])] = []) throws -> String {
        var context = IndexContext.make(teams, project: project, language: language, synthesis: synthesis)
        context["style"] = style
        return Blank.collapse(try MustacheTemplate(string: indexTemplate).render(context))
    }

    /// The report's style sheet; the review page serves it as a file of its own.
    public static let style = """
        body{font:15px/1.5 "Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;color:#1d2733;max-width:52rem;margin:2rem auto;padding:0 1.2rem}
        h1{font-size:1.9rem;margin:0 0 .2rem;color:#12355b}h2{font-size:1.35rem;margin:2.2rem 0 .6rem;border-bottom:2px solid #12355b;color:#12355b}
        h3{font-size:1.15rem;margin:1.8rem 0 .4rem}.sub{color:#5b6773;margin:0 0 1.4rem}
        table{border-collapse:collapse;margin:.4rem 0 1rem}th,td{padding:.25rem .7rem;border-bottom:1px solid #d8dee4;text-align:left;vertical-align:top}
        td.n,th.n{text-align:right}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem;margin:.4rem 0 1rem}dt{font-weight:600}dd{margin:0}
        .theme{border:1px solid #d8dee4;border-radius:8px;padding:.4rem 1.2rem 1rem;margin:1.2rem 0;page-break-inside:avoid}
        .figures{display:flex;gap:1.4rem;align-items:center;flex-wrap:wrap}blockquote{margin:.6rem 0;padding:.2rem 1rem;border-left:4px solid #4E79A7;background:#f5f8fb}
        blockquote p{margin:.2rem 0}blockquote footer{color:#5b6773;font-size:.9rem}.level{font-weight:600;margin:.6rem 0 .2rem}
        .tag{display:inline-block;font-size:.78rem;padding:0 .45rem;border-radius:4px;background:#e8eef5;margin-right:.4rem}
        .pies{display:flex;flex-wrap:wrap;gap:1.2rem}.cases{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem}.case{border:1px solid #c9d1d9;border-radius:6px;padding:.2rem 1rem}.case.went-well{border-top:4px solid #2e7d4f}.case.went-less-well{border-top:4px solid #b5472f}.pies figure{margin:0;text-align:center;font-size:.85rem}.muted{color:#5b6773}
        .swatch{display:inline-block;vertical-align:middle;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        @media print{body{margin:0;max-width:none}.theme{border-color:#999}a{color:inherit;text-decoration:none}}
        """

    static let template = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{l.title}}: {{team.name}}</title>
        <style>{{{style}}}</style>
        </head>
        <body>
        <header>
        <h1>{{l.title}}: {{team.name}}</h1>
        <p class="sub">{{project}}{{#generated}} · {{l.generated}} {{generated}}{{/generated}}</p>
        {{#asOf}}<p class="asof"><strong>{{l.asOf}} {{asOf}}</strong>{{#currentPhase}} ({{l.phase}}: {{currentPhase}}){{/currentPhase}}</p>{{/asOf}}
        </header>
        <main>
        {{#hasIntroduction}}
        <section>
        <h2>{{l.introduction}}</h2>
        {{#introduction}}<p>{{.}}</p>{{/introduction}}
        </section>
        {{/hasIntroduction}}
        <section>
        <h2>{{l.profile}}</h2>
        <dl>
        <dt>{{l.fte}}</dt><dd>{{team.fte}}</dd>
        {{#team.hasAreas}}<dt>{{l.areas}}</dt><dd>{{team.areas}}{{#team.areaKind}} <span class="muted">({{team.areaKind}})</span>{{/team.areaKind}}</dd>{{/team.hasAreas}}
        {{#team.hasPortfolios}}<dt>{{l.portfolios}}</dt><dd>{{team.portfolios}}</dd>{{/team.hasPortfolios}}
        {{#team.hasWoePosition}}<dt>{{l.woePosition}}</dt><dd>{{team.woePosition}}{{#woeSince}} <span class="muted">({{l.since}} {{woeSince}})</span>{{/woeSince}}{{#woeHistory}}<br><span class="muted">{{l.woeHistory}}{{#hasDate}} ({{l.since}} {{date}}){{/hasDate}}: {{text}}</span>{{/woeHistory}}</dd>{{/team.hasWoePosition}}
        {{#hasPhases}}<dt>{{l.phases}}</dt><dd><ol class="phases">{{#phases}}<li>{{phase}}: {{from}} – {{#hasTo}}{{to}}{{/hasTo}}{{^hasTo}}{{open}}{{/hasTo}}</li>{{/phases}}</ol></dd>{{/hasPhases}}
        </dl>
        </section>
        <section>
        <h2>{{l.method}}</h2>
        <table>
        <caption class="muted">{{l.interviews}}</caption>
        <thead><tr><th>{{l.role}}</th><th class="n">{{l.count}}</th></tr></thead>
        <tbody>
        {{#interviews}}<tr><td>{{role}}</td><td class="n">{{count}}</td></tr>
        {{/interviews}}
        </tbody>
        </table>
        <p>{{l.transcripts}}: {{transcripts}}. {{l.segments}}: {{segments}}.{{#hasCodes}} {{l.codes}}: {{#codes}}{{label}} ({{count}}){{^last()}}, {{/last()}}{{/codes}}.{{/hasCodes}}</p>
        <p class="muted">{{privacyNote}}</p>
        {{#focusGroup}}
        <div class="figures">
        {{{pie}}}
        <p><strong>{{l.focusGroup}} {{date}}</strong><br>{{participants}} {{lowercased(l.participants)}}, {{subgroups}} {{lowercased(l.subgroups)}}<br>
        {{l.recognised}} {{recognised}} · {{l.voted}} {{voted}}<br>{{l.kendall}}: {{kendall}}</p>
        </div>
        <table>
        <tbody>
        {{#items}}<tr><td><svg class="swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><rect width="12" height="12" rx="2" fill="{{color}}"/></svg></td><td class="n">{{number}}</td><td>{{label}}</td><td class="n">{{share}}</td></tr>
        {{/items}}
        </tbody>
        </table>
        {{/focusGroup}}
        </section>
        <section>
        <h2>{{l.themes}}</h2>
        {{^hasThemes}}<p>{{l.noThemes}}</p>{{/hasThemes}}
        {{#themes}}
        <article class="theme">
        <h3>{{position}}. {{name}}</h3>
        {{#hasNarrative}}{{#narrative}}<p>{{.}}</p>{{/narrative}}{{/hasNarrative}}
        {{#hasFromSession}}{{#fromSession}}<p>{{l.fromSession}} <em>{{title}}</em> ({{kind}}, {{date}}){{#hasReason}}: {{reason}}{{/hasReason}}</p>{{/fromSession}}{{/hasFromSession}}
        {{#hasFromFocusGroup}}<p class="muted">{{fromFocusGroup}}</p>{{/hasFromFocusGroup}}
        <p class="muted">{{l.codes}}: {{codes}}</p>
        {{#tally}}
        <div class="figures">
        {{{pie}}}
        <dl>
        <dt>{{l.rank}}</dt><dd>{{rank}}</dd>
        <dt>{{l.score}}</dt><dd>{{score}}</dd>
        <dt>{{l.share}}</dt><dd>{{share}}</dd>
        <dt>{{l.recognised}}</dt><dd>{{recognised}} ({{recognisedShare}})</dd>
        <dt>{{l.slicedBy}}</dt><dd>{{slicedBy}}</dd>
        <dt>{{l.consensus}}</dt><dd>{{#consensus}}{{subgroup}} {{share}}{{^last()}} · {{/last()}}{{/consensus}}</dd>
        </dl>
        </div>
        {{/tally}}
        {{#hasFrame}}
        <h4>{{l.frame}}</h4>
        <dl>{{#frame}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/frame}}</dl>
        {{/hasFrame}}
        <h4>{{l.evidence}}</h4>
        <p>{{segments}} {{lowercased(l.segments)}}; {{lowercased(l.voicedBy)}} {{participants}} {{l.people}} ({{roles}}).</p>
        {{#hasQuotes}}<h4>{{l.quotes}}</h4>{{/hasQuotes}}
        {{#quotes}}
        <blockquote><p>{{text}}</p><footer>— {{speaker}}</footer></blockquote>
        {{/quotes}}
        {{#hasNotes}}
        <h4>{{l.notes}}</h4>
        <ul>{{#notes}}<li><span class="tag">{{date}}</span><span class="tag">{{setting}}</span>{{summary}}{{#roles}} <span class="muted">({{roles}})</span>{{/roles}}</li>{{/notes}}</ul>
        {{/hasNotes}}
        {{#hasHistory}}
        <h4>{{l.history}}</h4>
        <ul>{{#history}}<li><span class="tag">{{date}}</span>{{kind}}: {{detail}}{{#hasReason}} <span class="muted">({{l.reason}}: {{reason}})</span>{{/hasReason}}</li>{{/history}}</ul>
        {{/hasHistory}}
        <h4>{{l.plan}}</h4>
        {{^hasPlan}}<p class="muted">{{l.noPlan}}</p>{{/hasPlan}}
        {{#levels}}
        <p class="level">{{level}}</p>
        <ul>{{#statuses}}{{#actions}}<li><span class="tag">{{status}}</span>{{description}} <span class="muted">({{l.owner}}: {{owner}}{{#hasScope}}; {{l.scope}}: {{scope}}{{/hasScope}}{{#hasDue}}; {{l.due}} {{due}}{{/hasDue}})</span>{{#hasExpects}}<br><span class="muted">{{l.expects}}: {{expects}}</span>{{/hasExpects}}{{#hasPath}}<br><span class="muted">{{l.path}}: {{path}}</span>{{/hasPath}}{{#hasApprovals}}<br><span class="muted">{{l.approved}}: {{approvals}}</span>{{/hasApprovals}}{{#hasEvaluations}}<br><span class="muted">{{l.evaluations}}: {{evaluations}}</span>{{/hasEvaluations}}</li>{{/actions}}{{/statuses}}</ul>
        {{/levels}}
        </article>
        {{/themes}}
        </section>
        {{#hasDecisions}}
        <section>
        <h2>{{l.decisions}}</h2>
        <ul>{{#decisions}}<li><span class="tag">{{at}}</span>{{themes}}{{#hasNote}} <span class="muted">({{note}})</span>{{/hasNote}}</li>{{/decisions}}</ul>
        </section>
        {{/hasDecisions}}
        {{#hasTimePies}}
        <section>
        <h2>{{l.timePies}}</h2>
        <div class="pies">
        {{#timePies}}<figure>{{{pie}}}<figcaption><strong>{{who}}</strong>{{#hasDate}} <span class="muted">{{date}}</span>{{/hasDate}}<br>{{#slices}}{{task}} {{percent}}%{{^last()}}<br>{{/last()}}{{/slices}}</figcaption></figure>
        {{/timePies}}
        </div>
        </section>
        {{/hasTimePies}}
        {{#hasSessions}}
        <section>
        <h2>{{l.sessions}}</h2>
        <ul>{{#sessions}}<li><span class="tag">{{date}}</span>{{kind}}{{#hasTitle}}: {{title}}{{/hasTitle}}{{#hasAttendees}} <span class="muted">({{l.attendees}}: {{attendees}})</span>{{/hasAttendees}}{{#hasAgenda}}<br><span class="muted">{{l.agenda}}: {{agenda}}</span>{{/hasAgenda}}</li>{{/sessions}}</ul>
        </section>
        {{/hasSessions}}
        {{#hasFeedback}}
        <section>
        <h2>{{l.feedback}}</h2>
        <p>{{#followUp}}{{label}}: <strong>{{count}}</strong>{{^last()}} · {{/last()}}{{/followUp}}</p>
        <ul>{{#feedback}}<li><span class="tag">{{date}}</span>{{what}}{{#hasTheme}} <span class="muted">({{theme}})</span>{{/hasTheme}}<br><strong>{{outcome}}</strong>{{#hasChecked}} <span class="muted">({{l.checkedOn}} {{checkedOn}}{{#hasNote}}: {{note}}{{/hasNote}})</span>{{/hasChecked}}{{#hasCheckOn}} <span class="muted">({{l.checkOn}} {{checkOn}})</span>{{/hasCheckOn}}</li>{{/feedback}}</ul>
        </section>
        {{/hasFeedback}}
        {{#hasReviewComments}}
        <section>
        <h2>{{l.reviewComments}}</h2>
        <ul>{{#reviewComments}}<li><strong>{{about}}</strong>: {{verdict}} <span class="muted">({{reader}})</span>{{#hasText}}<br>{{text}}{{/hasText}}<br><span class="muted">{{l.resolvedOn}} {{resolvedOn}}{{#hasResolution}}: {{resolution}}{{/hasResolution}}</span></li>{{/reviewComments}}</ul>
        </section>
        {{/hasReviewComments}}
        {{#hasCases}}
        <section>
        <h2>{{l.cases}}</h2>
        <div class="cases">
        {{#cases}}<article class="case {{kind}}">
        <h3>{{outcome}}: {{title}}</h3>
        <p class="muted">{{date}}</p>
        <h4>{{l.timeline}}</h4>
        <ol>{{#events}}<li><strong>{{when}}</strong>, {{who}}: {{what}}{{#hasView}} <span class="muted">({{view}})</span>{{/hasView}}</li>{{/events}}</ol>
        {{#hasHelping}}<h4>{{l.helping}}</h4><ul>{{#helping}}<li>{{.}}</li>{{/helping}}</ul>{{/hasHelping}}
        {{#hasHindering}}<h4>{{l.hindering}}</h4><ul>{{#hindering}}<li>{{.}}</li>{{/hindering}}</ul>{{/hasHindering}}
        {{#hasWentWell}}<h4>{{l.wentWell}}</h4><ul>{{#wentWell}}<li>{{.}}</li>{{/wentWell}}</ul>{{/hasWentWell}}
        {{#hasCouldBeBetter}}<h4>{{l.couldBeBetter}}</h4><ul>{{#couldBeBetter}}<li>{{.}}</li>{{/couldBeBetter}}</ul>{{/hasCouldBeBetter}}
        </article>
        {{/cases}}
        </div>
        </section>
        {{/hasCases}}
        {{#hasGettingStarted}}
        <section>
        <h2>{{l.gettingStarted}}</h2>
        {{#gettingStarted}}<p>{{.}}</p>{{/gettingStarted}}
        </section>
        {{/hasGettingStarted}}
        {{#hasReviews}}
        <section>
        {{#reviews}}<p class="muted">{{l.reviewedWith}} {{date}} ({{l.presentAtReview}}: {{roles}}){{#hasNote}}. {{note}}{{/hasNote}}</p>{{/reviews}}
        </section>
        {{/hasReviews}}
        </main>
        </body>
        </html>

        """

    static let indexTemplate = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{l.index}}</title><style>{{{style}}}</style></head>
        <body>
        <h1>{{l.index}}</h1>
        <p class="sub">{{project}}</p>
        <table>
        <thead><tr><th>{{l.team}}</th><th>{{l.themes}}</th></tr></thead>
        <tbody>
        {{#teams}}<tr><td><a href="{{file}}">{{name}}</a></td><td>{{themes}}</td></tr>
        {{/teams}}
        </tbody>
        </table>
        {{#hasSynthesis}}
        <h2>{{l.synthesis}}</h2>
        <ul>{{#synthesis}}<li><strong>{{kind}}</strong>: {{text}}{{#hasTeams}} <span class="muted">({{l.restsOn}}: {{teams}})</span>{{/hasTeams}}</li>{{/synthesis}}</ul>
        {{/hasSynthesis}}
        </body>
        </html>

        """
}
