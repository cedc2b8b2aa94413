import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import VeldwerkCore

/// An error a visitor sees as a page that says what to do.
struct PageError: Error, Sendable {
    var status: HTTPResponse.Status
    var text: PageText
    var detail: String?

    init(_ status: HTTPResponse.Status, _ text: PageText, detail: String? = nil) {
        self.status = status
        self.text = text
        self.detail = detail
    }
}

/// Headers every response carries: nothing may be loaded from elsewhere, framed, sniffed,
/// cached or told where it came from.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.xFrameOptions] = "DENY"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// Turns every error into a page in the visitor's language: never a stack trace, never an
/// internal message.
struct ErrorPages: RouterMiddleware {
    typealias Context = PageContext
    let language: PageLanguage

    func handle(_ request: Request, context: PageContext, next: (Request, PageContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PageError {
            return page(error.status, error.text, detail: error.detail)
        } catch let error as HTTPError {
            switch error.status {
            case .notFound, .methodNotAllowed: return page(.notFound, .notFound)
            case .contentTooLarge: return page(.contentTooLarge, .tooLarge)
            case .badRequest: return page(.badRequest, .badForm)
            default: return page(error.status, .serverTrouble)
            }
        } catch is NIOTooManyBytesError {
            return page(.contentTooLarge, .tooLarge)
        } catch let error as VeldwerkError {
            // A rule of the project refused it (the same rules as at the prompt): say which.
            return page(.conflict, .refused, detail: error.message)
        } catch {
            context.logger.error("request failed: \(String(describing: type(of: error)))")
            return page(.internalServerError, .serverTrouble)
        }
    }

    func page(_ status: HTTPResponse.Status, _ text: PageText, detail: String? = nil) -> Response {
        let body = """
            <main class="narrow"><h1>\(HTML.escape(PageText.enterTitle.text(language)))</h1>
            <p class="error" role="alert">\(HTML.escape(text.text(language)))</p>\(detail.map { "<p class=\"muted\">\(HTML.escape($0))</p>" } ?? "")
            <p><a href="/">\(HTML.escape(PageText.goBack.text(language)))</a></p></main>
            """
        return Pages.html(HTML.page(title: "Veldwerk", language: language, kind: "error", body: body), status: status)
    }
}

/// Forms carry a token that must equal the one in the visitor's own cookie (a site elsewhere
/// can make a browser send the cookie, but cannot read it to put it in the form), and a
/// browser that says the request came from another site is refused outright.
enum CSRF {
    static func token(from request: Request) -> String? {
        guard let value = request.cookies[PageCookie.csrf]?.value, value.count == 32,
              value.allSatisfy({ $0.isHexDigit }) else { return nil }
        return value
    }

    static func check(_ request: Request, form: FormFields) throws {
        if let site = request.headers[.secFetchSite], site == "cross-site" { throw PageError(.forbidden, .expiredForm) }
        guard let cookie = token(from: request), let sent = form["csrf"], constantTimeEqual(cookie, sent) else {
            throw PageError(.forbidden, .expiredForm)
        }
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}

/// Counts wrong codes per client and slows the client down: after a few, each further attempt
/// waits longer; after many, attempts are refused for a while. Right codes are never slowed.
actor AttemptLimiter {
    struct Policy: Sendable {
        var free = 5
        var refuseAfter = 30
        var window: Double = 900
        var maxDelay: Double = 8
    }

    let policy: Policy
    private var failures: [String: [Double]] = [:]
    private let clock: @Sendable () -> Double

    init(policy: Policy = Policy(), clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.policy = policy
        self.clock = clock
    }

    /// Before checking a code: refuses a client over the limit, else says how long to wait.
    func admit(_ client: String) throws -> Double {
        let recent = prune(client)
        if recent.count >= policy.refuseAfter { throw PageError(.tooManyRequests, .slowDown) }
        let over = recent.count - policy.free
        return over < 0 ? 0 : min(policy.maxDelay, 0.25 * pow(2, Double(over)))
    }

    func failed(_ client: String) {
        var list = prune(client)
        list.append(clock())
        failures[client] = list
        if failures.count > 10_000 { failures = failures.filter { !$0.value.isEmpty } }
    }

    func failureCount(_ client: String) -> Int { prune(client).count }

    private func prune(_ client: String) -> [Double] {
        let now = clock()
        let list = (failures[client] ?? []).filter { now - $0 < policy.window }
        failures[client] = list.isEmpty ? nil : list
        return list
    }
}

extension HTTPField.Name {
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
