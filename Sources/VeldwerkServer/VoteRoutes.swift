import Hummingbird
import VeldwerkCore
import VeldwerkStore

/// Voting from a phone: the frozen A4 items, recognition, a pie, a check, a confirmation.
/// The vote is written as `recognise` and `pie` write it, as one change by the participant.
extension PageServer {
    func addVoteRoutes(_ router: Router<PageContext>) {
        router.get("/vote") { request, context in
            let access = try await self.cookieAccess(request, context, [.voter])
            let ballot = try await self.ballot(access)
            let stored = try await self.read { try $0.vote(of: access.pseudonym ?? "", focusGroup: ballot.focusGroup) }
            return self.voteForm(request, ballot, draft: VoteDraft(recognised: stored.recognised, pie: stored.pie), error: nil)
        }
        // "Change" on the check page: the form again, filled with what was just entered.
        router.post("/vote") { request, context in
            let (access, form) = try await self.voterForm(request, context)
            let ballot = try await self.ballot(access)
            return self.voteForm(request, ballot, draft: try VoteDraft(form: form, items: ballot.items.map(\.number)), error: nil)
        }
        router.post("/vote/check") { request, context in
            let (access, form) = try await self.voterForm(request, context)
            let ballot = try await self.ballot(access)
            let draft = try VoteDraft(form: form, items: ballot.items.map(\.number))
            do {
                let slices = try draft.checkedPie()
                return self.checkPage(request, ballot, draft: draft, slices: slices)
            } catch let error as PageError {
                return self.voteForm(request, ballot, draft: draft, error: error)
            }
        }
        router.post("/vote/confirm") { request, context in
            let (access, form) = try await self.voterForm(request, context)
            let ballot = try await self.ballot(access)
            let draft = try VoteDraft(form: form, items: ballot.items.map(\.number))
            let slices: [Pie.Slice]
            do { slices = try draft.checkedPie() } catch let error as PageError {
                return self.voteForm(request, ballot, draft: draft, error: error)
            }
            guard let pseudonym = access.pseudonym else { throw PageError(.forbidden, .badCode) }
            let fg = ballot.focusGroup, roundID = access.round.id
            try await self.change(line: draft.commandLine(pseudonym: pseudonym), actor: pseudonym) { w in
                // Checked again inside the write: a round closed a moment ago takes no more votes.
                guard let round = try w.reader.webRound(id: roundID), round.isOpen(at: ProjectClock.now()) else {
                    throw PageError(.forbidden, .closed)
                }
                _ = try w.recognise(participant: pseudonym, items: draft.recognised, current: fg)
                _ = try w.setPie(participant: pseudonym, slices: slices, current: fg)
            }
            return Pages.redirect("/vote/done")
        }
        router.get("/vote/done") { request, context in
            _ = try await self.cookieAccess(request, context, [.voter])
            let l = self.language
            let body = """
                <main class="narrow"><h1>\(HTML.escape(PageText.doneTitle.text(l)))</h1>
                <p class="ok">\(HTML.escape(PageText.doneText.text(l)))</p>
                <p><a href="/vote">\(HTML.escape(PageText.changeLink.text(l)))</a></p></main>
                """
            return Pages.html(HTML.page(title: PageText.doneTitle.text(l), language: l, kind: "vote", body: body))
        }
    }

    /// What a voter sees: the focus group's team and its votable items, names scrubbed.
    struct Ballot: Sendable {
        var focusGroup: Int64
        var team: String
        var items: [(number: Int, label: String)]
    }

    func ballot(_ access: WebAccess) async throws -> Ballot {
        guard let fg = access.round.focusGroup else { throw PageError(.forbidden, .badCode) }
        let scrubber = try await scrubber()
        let items = try await read { try $0.items(of: fg) }
        return Ballot(focusGroup: fg, team: access.round.team,
                      items: items.filter { $0.mergedInto == nil }.map { ($0.number, scrubber.scrub($0.label)) })
    }

    func voterForm(_ request: Request, _ context: PageContext) async throws -> (WebAccess, FormFields) {
        let form = try await FormFields.read(request, context: context)
        try CSRF.check(request, form: form)
        return (try await cookieAccess(request, context, [.voter]), form)
    }

    func voteForm(_ request: Request, _ ballot: Ballot, draft: VoteDraft, error: PageError?) -> Response {
        let l = language
        let (token, cookies) = Pages.formToken(request)
        let recognised = Set(draft.recognised)
        let sizes = Dictionary(draft.slices.map { ($0.item, $0.size) }, uniquingKeysWith: { a, _ in a })
        var body = "<main><h1>\(HTML.escape(PageText.voteTitle.text(l))): \(HTML.escape(ballot.team))</h1>"
        if let error {
            body += "<p class=\"error\" role=\"alert\">\(HTML.escape(error.text.text(l, error.detail ?? "")))</p>"
        }
        body += "<form method=\"post\" action=\"/vote/check\">" + HTML.hidden("csrf", token)
        body += "<fieldset><legend>\(HTML.escape(PageText.recogniseLegend.text(l)))</legend><p class=\"hint\">\(HTML.escape(PageText.recogniseHint.text(l)))</p>"
        for item in ballot.items {
            body += """
                <label class="item"><input type="checkbox" name="rec" value="\(item.number)"\(recognised.contains(item.number) ? " checked" : "")>\
                <span class="n">\(item.number)</span><span>\(HTML.escape(item.label))</span></label>
                """
        }
        body += "</fieldset><fieldset><legend>\(HTML.escape(PageText.pieLegend.text(l)))</legend><p class=\"hint\">\(HTML.escape(PageText.pieHint.text(l)))</p>"
        for item in ballot.items {
            let size = sizes[item.number]
            body += """
                <div class="item"><input type="checkbox" id="pie-\(item.number)" name="pie" value="\(item.number)"\(size != nil ? " checked" : "")>\
                <label for="pie-\(item.number)"><span class="n">\(item.number)</span> \(HTML.escape(item.label))</label>\
                <input type="text" inputmode="decimal" class="size" data-item="\(item.number)" name="size_\(item.number)" value="\(HTML.escape(size ?? ""))" \
                maxlength="6" aria-label="\(HTML.escape(PageText.sizeLabel.text(l))) \(item.number)" placeholder="\(HTML.escape(PageText.sizeLabel.text(l)))"></div>
                """
        }
        body += "<p id=\"sum\" aria-live=\"polite\" data-label=\"\(HTML.escape(PageText.yourPie.text(l)))\"></p></fieldset>"
        body += "<button type=\"submit\">\(HTML.escape(PageText.checkButton.text(l)))</button></form></main>"
        return Pages.html(HTML.page(title: PageText.voteTitle.text(l), language: l, kind: "vote", body: body),
                          status: error == nil ? .ok : .unprocessableContent, cookies: cookies)
    }

    func checkPage(_ request: Request, _ ballot: Ballot, draft: VoteDraft, slices: [Pie.Slice]) -> Response {
        let l = language
        let (token, cookies) = Pages.formToken(request)
        let labels = Dictionary(ballot.items.map { ($0.number, $0.label) }, uniquingKeysWith: { a, _ in a })
        func name(_ n: Int) -> String { "\(n). \(labels[n] ?? "")" }
        var hidden = HTML.hidden("csrf", token)
        for n in draft.recognised { hidden += HTML.hidden("rec", String(n)) }
        for s in draft.slices { hidden += HTML.hidden("pie", String(s.item)) + HTML.hidden("size_\(s.item)", s.size) }
        let recognisedList = draft.recognised.isEmpty ? "<li>\(HTML.escape(PageText.nothingRecognised.text(l)))</li>"
            : draft.recognised.map { "<li>\(HTML.escape(name($0)))</li>" }.joined()
        let equal = draft.slices.allSatisfy { $0.size.isEmpty }
        let pieList = slices.map { s in
            "<li>\(HTML.escape(name(s.item))): \(equal ? HTML.escape(PageText.equalShares.text(l)) : NumberFormat.compact(s.share * 100, decimals: 1))</li>"
        }.joined()
        let unrecognised = !draft.recognised.isEmpty && slices.contains { !draft.recognised.contains($0.item) }
        let body = """
            <main class="narrow"><h1>\(HTML.escape(PageText.checkTitle.text(l)))</h1>
            <h2>\(HTML.escape(PageText.youRecognise.text(l)))</h2><ul>\(recognisedList)</ul>
            <h2>\(HTML.escape(PageText.yourPie.text(l)))</h2><ul>\(pieList)</ul>
            \(unrecognised ? "<p class=\"note\">\(HTML.escape(PageText.notRecognisedNote.text(l)))</p>" : "")
            <form method="post" action="/vote/confirm">\(hidden)
            <button type="submit">\(HTML.escape(PageText.confirmButton.text(l)))</button>
            <button type="submit" class="secondary" formaction="/vote">\(HTML.escape(PageText.changeButton.text(l)))</button>
            </form></main>
            """
        return Pages.html(HTML.page(title: PageText.checkTitle.text(l), language: l, kind: "vote", body: body), cookies: cookies)
    }
}
