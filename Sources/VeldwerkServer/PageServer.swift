import Foundation
import Hummingbird
import Logging
import NIOCore
import VeldwerkCore
import VeldwerkExport
import VeldwerkStore

/// The pages for the room, over one project's database: voting from phones, the live board,
/// and the team's review of its text. Any number of prompts may work on the same project
/// meanwhile; every write here is one change in the history, as at the prompt.
public struct PageServer: Sendable {
    public let store: ProjectStore
    public let language: PageLanguage
    let limiter: AttemptLimiter
    let feed: ChangeFeed

    public init(store: ProjectStore, language: PageLanguage, feedInterval: Duration = .milliseconds(150)) {
        self.store = store
        self.language = language
        limiter = AttemptLimiter()
        feed = ChangeFeed(store: store, interval: feedInterval)
    }

    init(store: ProjectStore, language: PageLanguage, limiter: AttemptLimiter) {
        self.store = store
        self.language = language
        self.limiter = limiter
        feed = ChangeFeed(store: store)
    }

    /// Every route, behind the error pages and the security headers.
    public func router() -> Router<PageContext> {
        let router = Router(context: PageContext.self)
        router.add(middleware: SecurityHeaders<PageContext>())
        router.add(middleware: ErrorPages(language: language))
        router.get("/") { request, _ in self.front(request) }
        router.post("/enter") { request, context in try await self.enter(request, context) }
        router.get("/assets/:name") { _, context in
            guard let name = context.parameters.get("name"), let response = Assets.response(name) else { throw HTTPError(.notFound) }
            return response
        }
        addVoteRoutes(router)
        addBoardRoutes(router)
        addReviewRoutes(router)
        return router
    }

    /// The server as a whole: `host` and `port` to listen on; `ready` hears the address it got.
    public func application(host: String, port: Int, ready: @escaping @Sendable (String, Int) async -> Void) -> some ApplicationProtocol {
        var logger = Logger(label: "veldwerk.serve")
        logger.logLevel = .warning
        return Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "Veldwerk"),
                           onServerRunning: { channel in await ready(host, channel.localAddress?.port ?? port) },
                           logger: logger)
    }

    // MARK: Entering a code

    func front(_ request: Request) -> Response {
        let (token, cookies) = Pages.formToken(request)
        let l = language
        let body = """
            <main class="narrow"><h1>Veldwerk</h1>
            <p>\(HTML.escape(PageText.enterIntro.text(l)))</p>
            <form method="post" action="/enter">\(HTML.hidden("csrf", token))
            <label for="code">\(HTML.escape(PageText.codeLabel.text(l)))</label>
            <input type="text" id="code" name="code" class="code" autocomplete="off" autocapitalize="none" spellcheck="false" required maxlength="40">
            <button type="submit">\(HTML.escape(PageText.enterButton.text(l)))</button>
            </form></main>
            """
        return Pages.html(HTML.page(title: "Veldwerk", language: l, kind: "front", body: body), cookies: cookies)
    }

    func enter(_ request: Request, _ context: PageContext) async throws -> Response {
        let form = try await FormFields.read(request, context: context)
        try CSRF.check(request, form: form)
        let typed = form["code"] ?? ""
        let access = try await check(code: typed, client: context.client)
        guard let code = AccessCode.normalised(typed) else { throw PageError(.forbidden, .badCode) }
        switch access.kind {
        case .voter: return Pages.redirect("/vote", cookies: [PageCookie.set(PageCookie.code, code)])
        case .reader: return Pages.redirect("/review", cookies: [PageCookie.set(PageCookie.code, code)])
        case .board, .facilitator: return Pages.redirect("/board/" + code)
        }
    }

    /// Looks a code up for a client, slowing down and then refusing one that keeps guessing.
    func check(code typed: String, client: String) async throws -> WebAccess {
        let delay = try await limiter.admit(client)
        if delay > 0 { try await Task.sleep(for: .milliseconds(Int(delay * 1000))) }
        let store = self.store
        guard let access = try await offload({ try store.read { try $0.access(code: typed) } }) else {
            await limiter.failed(client)
            throw PageError(.forbidden, .badCode)
        }
        return access
    }

    /// The access the visitor's cookie holds, of one of `kinds`.
    func cookieAccess(_ request: Request, _ context: PageContext, _ kinds: Set<WebAccess.Kind>) async throws -> WebAccess {
        guard let code = request.cookies[PageCookie.code]?.value, !code.isEmpty else { throw PageError(.forbidden, .badCode) }
        let access = try await check(code: code, client: context.client)
        guard kinds.contains(access.kind) else { throw PageError(.forbidden, .badCode) }
        return access
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (ProjectReader) throws -> T) async throws -> T {
        let store = self.store
        return try await offload { try store.read(body) }
    }

    func change<T: Sendable>(line: String, actor: String, _ body: @escaping @Sendable (ProjectWriter) throws -> T) async throws -> T {
        let store = self.store
        return try await offload { try store.change(line: line, actor: actor, body) }
    }

    /// Labels of A4 items and team texts may hold a name someone typed; pages never show one.
    func scrubber() async throws -> NameScrubber {
        let names = try await read { try $0.realNames() }
        return NameScrubber(realNames: names, marker: "[…]")
    }
}
