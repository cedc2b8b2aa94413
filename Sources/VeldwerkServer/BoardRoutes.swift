import Hummingbird
import NIOCore
import ServiceLifecycle
import VeldwerkCore
import VeldwerkExport
import VeldwerkStore

/// The board for a projector, and the facilitator's copy of it with the reveal button. Until
/// the tally is revealed it shows only how many have voted, never who.
extension PageServer {
    func addBoardRoutes(_ router: Router<PageContext>) {
        router.get("/board/:token") { request, context in
            let access = try await self.boardAccess(context)
            let fragment = try await self.boardFragment(access)
            let l = self.language
            let (csrf, cookies) = Pages.formToken(request)
            let token = context.parameters.get("token") ?? ""
            var controls = ""
            if access.kind == .facilitator, access.round.revealedAt == nil {
                controls = """
                    <form id="reveal" method="post" action="/board/\(HTML.escape(token))/reveal">\(HTML.hidden("csrf", csrf))\
                    <button type="submit">\(HTML.escape(PageText.revealButton.text(l)))</button></form>
                    """
            }
            // Without the script the page reloads itself; with it, updates arrive as they happen.
            let head = "<noscript><meta http-equiv=\"refresh\" content=\"5\"></noscript>"
            let body = """
                <main><div id="live" data-events="/board/\(HTML.escape(token))/events" aria-live="polite">\(fragment)</div>\(controls)</main>
                """
            return Pages.html(HTML.page(title: PageText.boardTitle.text(l) + " " + access.round.team, language: l, kind: "board", body: body, head: head),
                              cookies: cookies)
        }
        router.post("/board/:token/reveal") { request, context in
            let form = try await FormFields.read(request, context: context)
            try CSRF.check(request, form: form)
            let access = try await self.boardAccess(context)
            guard access.kind == .facilitator, let fg = access.round.focusGroup else { throw PageError(.forbidden, .badCode) }
            try await self.change(line: "board reveal \(fg) (from the facilitator's page)", actor: "facilitator") { w in try w.reveal(focusGroup: fg) }
            return Pages.redirect("/board/" + (context.parameters.get("token") ?? ""))
        }
        router.get("/board/:token/events") { _, context in
            let access = try await self.boardAccess(context)
            return self.events(access)
        }
    }

    func boardAccess(_ context: PageContext) async throws -> WebAccess {
        let access = try await check(code: context.parameters.get("token") ?? "", client: context.client)
        guard access.kind == .board || access.kind == .facilitator else { throw PageError(.forbidden, .badCode) }
        return access
    }

    /// Server-Sent Events: the board's content whenever it changes, a comment now and then so
    /// a closed connection is noticed. Ends when the board's link stops working.
    func events(_ access: WebAccess) -> Response {
        let server = self
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let (id, stream) = await server.feed.subscribe()
            // When the server stops (Ctrl-C), the stream ends so the board's connection closes
            // instead of holding the shutdown open.
            let feed = server.feed
            do {
                try await withGracefulShutdownHandler {
                    var last = try await server.boardFragment(access)
                    try await writer.write(ByteBuffer(string: Self.event(last)))
                    for await event in stream {
                        switch event {
                        case .heartbeat:
                            try await writer.write(ByteBuffer(string: ": still here\n\n"))
                        case .changed:
                            let round = try await server.read { try $0.webRound(id: access.round.id) }
                            // The board's link ends with its round's expiry (it outlives the voting).
                            guard let round, round.expiresAt > ProjectClock.now() else { return }
                            var now = access
                            now.round = round
                            let fragment = try await server.boardFragment(now)
                            if fragment != last {
                                last = fragment
                                try await writer.write(ByteBuffer(string: Self.event(fragment)))
                            }
                        }
                    }
                } onGracefulShutdown: {
                    Task { await feed.unsubscribe(id) }
                }
            } catch {
                await server.feed.unsubscribe(id)
                throw error
            }
            await server.feed.unsubscribe(id)
            try await writer.finish(nil)
        })
    }

    static func event(_ html: String) -> String {
        html.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)" }.joined(separator: "\n") + "\n\n"
    }

    /// The board's content now: read fresh, so a reveal at the prompt shows too.
    func boardFragment(_ access: WebAccess) async throws -> String {
        guard let fg = access.round.focusGroup else { throw PageError(.forbidden, .badCode) }
        let roundID = access.round.id
        let scrubber = try await scrubber()
        let state = try await read { r -> BoardState in
            let summary = try r.focusGroup(fg)
            let round = try r.webRound(id: roundID)
            let progress = try r.voteProgress(focusGroup: fg)
            let items = try r.items(of: fg).filter { $0.mergedInto == nil }.map { ($0.number, scrubber.scrub($0.label)) }
            var tally: Tally?
            var subgroups: [Tally.Subgroup] = []
            if round?.revealedAt != nil {
                let input = try r.tallyInput(fg)
                tally = Tally(items: input.items, subgroups: input.subgroups, recognitions: input.recognitions, ballots: input.ballots)
                subgroups = input.subgroups
            }
            return BoardState(team: summary.team, date: summary.date, voted: progress.voted, seated: progress.seated,
                              items: items, tally: tally, subgroups: subgroups)
        }
        return BoardView.fragment(state, language: language, scrubber: scrubber)
    }
}

struct BoardState: Sendable {
    var team: String
    var date: String
    var voted: Int
    var seated: Int
    var items: [(number: Int, label: String)]
    var tally: Tally?
    var subgroups: [Tally.Subgroup]
}

/// The board's HTML: the same for the projector's first load and for every live update.
enum BoardView {
    static func fragment(_ s: BoardState, language l: PageLanguage, scrubber: NameScrubber) -> String {
        var out = "<h1>\(HTML.escape(PageText.boardTitle.text(l))) \(HTML.escape(s.team)) <span class=\"muted\">\(HTML.escape(s.date))</span></h1>"
        out += "<p class=\"progress\"><strong>\(s.voted)</strong> \(HTML.escape(PageText.ofVoted.text(l, String(s.seated))))</p>"
        out += "<progress max=\"\(max(s.seated, 1))\" value=\"\(s.voted)\">\(s.voted)/\(s.seated)</progress>"
        guard let tally = s.tally else {
            out += "<ol class=\"items\">" + s.items.map { "<li value=\"\($0.number)\">\(HTML.escape($0.label))</li>" }.joined() + "</ol>"
            out += "<p class=\"muted\">\(HTML.escape(PageText.waiting.text(l)))</p>"
            return out
        }
        out += "<h2 data-revealed=\"1\">\(HTML.escape(PageText.revealed.text(l)))</h2>"
        let maxScore = tally.lines.map(\.individualScore).max() ?? 0
        out += """
            <div class="scroll"><table><thead><tr><th class="n">#</th><th>\(HTML.escape(PageText.itemColumn.text(l)))</th>\
            <th class="n">\(HTML.escape(PageText.recognisedColumn.text(l)))</th><th class="n score">\(HTML.escape(PageText.scoreColumn.text(l)))</th>\
            <th class="bar"></th><th class="n">\(HTML.escape(PageText.shareColumn.text(l)))</th></tr></thead><tbody>
            """
        for line in tally.lines {
            let width = maxScore > 0 ? Int((line.individualScore / maxScore * 160).rounded()) : 0
            out += """
                <tr><td class="n">\(line.rank)</td><td>\(line.number). \(HTML.escape(scrubber.scrub(line.label)))</td>\
                <td class="n">\(line.recognised) (\(NumberFormat.fixed(line.recognisedShare * 100, decimals: 0))%)</td>\
                <td class="n score">\(NumberFormat.fixed(line.individualScore, decimals: 2))</td>\
                <td class="bar"><svg width="160" height="14" viewBox="0 0 160 14" aria-hidden="true"><rect width="\(width)" height="14" rx="2" fill="#4E79A7"/></svg></td>\
                <td class="n">\(NumberFormat.fixed(line.individualShare * 100, decimals: 1))%</td></tr>
                """
        }
        out += "</tbody></table></div>"
        if tally.voted == 0 { out += "<p class=\"muted\">\(HTML.escape(PageText.noVotesYet.text(l)))</p>" }
        if !s.subgroups.isEmpty {
            out += "<h2>\(HTML.escape(PageText.consensusHeading.text(l)))</h2><div class=\"pies\">"
            let labels = Dictionary(tally.lines.map { ($0.number, scrubber.scrub($0.label)) }, uniquingKeysWith: { a, _ in a })
            for (i, group) in s.subgroups.enumerated() {
                out += "<figure>"
                if let pie = group.consensus {
                    let slices = pie.map { (label: "\($0.item). \(labels[$0.item] ?? "")", fraction: $0.share) }
                    out += PieSVG.render(slices, title: group.name, description: slices.map { "\($0.label) \(NumberFormat.fixed($0.fraction * 100, decimals: 0))%" }.joined(separator: "; "),
                                         id: "sg\(i)", size: 150)
                    out += "<figcaption><strong>\(HTML.escape(group.name))</strong><br>"
                        + pie.map { "\($0.item): \(NumberFormat.fixed($0.share * 100, decimals: 0))%" }.joined(separator: " · ") + "</figcaption>"
                } else {
                    out += "<figcaption><strong>\(HTML.escape(group.name))</strong><br><span class=\"muted\">\(HTML.escape(PageText.noConsensus.text(l)))</span></figcaption>"
                }
                out += "</figure>"
            }
            out += "</div>"
        }
        if let w = tally.kendallW {
            out += "<p>\(HTML.escape(PageText.kendall.text(l))): <strong>\(NumberFormat.fixed(w, decimals: 3))</strong></p>"
        }
        return out
    }
}
