import Foundation
import Hummingbird
import VeldwerkCore
import VeldwerkExport
import VeldwerkStore

/// The team reads the text written about it, the same content as the HTML export, and
/// comments on any part. A comment carries the reader's role, never who wrote it.
extension PageServer {
    func addReviewRoutes(_ router: Router<PageContext>) {
        router.get("/review") { request, context in
            let access = try await self.cookieAccess(request, context, [.reader])
            let sent = request.uri.queryParameters.get("sent") == "1"
            return try await self.reviewPage(request, access, error: nil, notice: sent)
        }
        router.post("/review/comment") { request, context in
            let form = try await FormFields.read(request, context: context)
            try CSRF.check(request, form: form)
            let access = try await self.cookieAccess(request, context, [.reader])
            let text = try await self.reviewText(access.round.team)
            guard let targetKey = form["target"], let target = text.targets.first(where: { $0.key == targetKey }),
                  let verdict = ReviewVerdict(rawValue: form["verdict"] ?? "") else {
                throw PageError(.unprocessableContent, .badForm)
            }
            let comment = (form["text"] ?? "").trimmingWhitespace()
            guard comment.count <= PageLimits.comment else { return try await self.reviewPage(request, access, error: .commentLong, notice: false) }
            guard verdict == .klopt || !comment.isEmpty else { return try await self.reviewPage(request, access, error: .commentEmpty, notice: false) }
            let role = access.role ?? "reader"
            let round = access.round
            try await self.change(line: "review comment on \(target.key) by a reader (\(role))", actor: "reader (\(role))") { w in
                _ = try w.addReviewComment(round: round, role: role, target: target.key, label: target.label, verdict: verdict,
                                           text: comment.isEmpty ? nil : comment)
            }
            return Pages.redirect("/review?sent=1")
        }
    }

    struct ReviewText: Sendable {
        var html: String
        var targets: [(key: String, label: String)]
    }

    /// The team's text as the HTML export renders it (names scrubbed alike), and the parts a
    /// reader can comment on: the whole, the profile, the method, each theme and plan action.
    func reviewText(_ team: String) async throws -> ReviewText {
        let report = try await read { r in
            try r.teamReport(team).scrubbed(NameScrubber(realNames: try r.realNames(), marker: "[…]"))
        }
        let reportLanguage: ReportLanguage = language == .nl ? .nl : .en
        let document = try HTMLReport.render(report, language: reportLanguage)
        let l = language
        var targets: [(String, String)] = [("whole", PageText.wholeText.text(l)), ("profile", PageText.profileSection.text(l)),
                                           ("method", PageText.methodSection.text(l))]
        for theme in report.themes {
            targets.append(("theme:\(theme.id)", "\(PageText.themeWord.text(l)) \(theme.position): \(theme.name)"))
            for (i, action) in theme.actions.enumerated() {
                let short = action.description.count > 70 ? String(action.description.prefix(69)) + "…" : action.description
                targets.append(("action:\(theme.id):\(i + 1)", "\(PageText.actionWord.text(l)) (\(theme.position).\(i + 1)): \(short)"))
            }
        }
        return ReviewText(html: Self.main(of: document), targets: targets)
    }

    /// The body of the exported document: its `<main>`, without the document's head and style.
    static func main(of document: String) -> String {
        guard let start = document.range(of: "<main>"), let end = document.range(of: "</main>", options: .backwards) else { return "" }
        return String(document[start.upperBound..<end.lowerBound])
    }

    func reviewPage(_ request: Request, _ access: WebAccess, error: PageText?, notice: Bool) async throws -> Response {
        let l = language
        let text = try await reviewText(access.round.team)
        let (token, cookies) = Pages.formToken(request)
        let verdicts: [(ReviewVerdict, PageText)] = [(.klopt, .verdictKlopt), (.kloptNiet, .verdictKloptNiet),
                                                     (.aanvulling, .verdictAanvulling), (.opmerking, .verdictOpmerking)]
        var form = "<form id=\"comment\" method=\"post\" action=\"/review/comment\">" + HTML.hidden("csrf", token)
        form += "<fieldset><legend>\(HTML.escape(PageText.commentHeading.text(l)))</legend>"
        form += "<label for=\"target\">\(HTML.escape(PageText.aboutLabel.text(l)))</label><select id=\"target\" name=\"target\">"
        form += text.targets.map { "<option value=\"\(HTML.escape($0.key))\">\(HTML.escape($0.label))</option>" }.joined() + "</select>"
        form += "<p>\(HTML.escape(PageText.verdictLabel.text(l)))</p><div class=\"verdicts\">"
        form += verdicts.enumerated().map { i, v in
            "<label><input type=\"radio\" name=\"verdict\" value=\"\(v.0.rawValue)\"\(i == 0 ? " checked" : "")> \(HTML.escape(v.1.text(l)))</label>"
        }.joined() + "</div>"
        form += "<label for=\"text\">\(HTML.escape(PageText.textLabel.text(l)))</label><textarea id=\"text\" name=\"text\" rows=\"4\" maxlength=\"\(PageLimits.comment)\"></textarea>"
        form += "<button type=\"submit\">\(HTML.escape(PageText.sendButton.text(l)))</button></fieldset></form>"
        var body = "<main><h1>\(HTML.escape(PageText.reviewTitle.text(l))): \(HTML.escape(access.round.team))</h1>"
        body += "<p>\(HTML.escape(PageText.reviewIntro.text(l)))</p>"
        if notice { body += "<p class=\"ok\" role=\"status\">\(HTML.escape(PageText.thanks.text(l)))</p>" }
        if let error { body += "<p class=\"error\" role=\"alert\">\(HTML.escape(error.text(l)))</p>" }
        body += form + "<article class=\"report\">\(text.html)</article></main>"
        return Pages.html(HTML.page(title: PageText.reviewTitle.text(l), language: l, kind: "review", body: body, extraStyle: "/assets/report.css"),
                          status: error == nil ? .ok : .unprocessableContent, cookies: cookies)
    }
}
