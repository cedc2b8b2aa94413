import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// A visitor for the tests: keeps its own cookies and puts the form token in every form, as a
/// browser with the page open would. Redirects are not followed, so tests see them.
actor Browser {
    struct Page: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        var location: String? { headers[.location] }
    }

    typealias Send = @Sendable (HTTPRequest.Method, String, HTTPFields, ByteBuffer?) async throws -> Page
    private let send: Send
    private(set) var cookies: [String: String] = [:]

    init(send: @escaping Send) { self.send = send }

    /// Over a router test client (no network).
    init(_ client: any TestClientProtocol) {
        self.init { method, uri, headers, body in
            try await client.execute(uri: uri, method: method, headers: headers, body: body) { r in
                Page(status: r.status, headers: r.headers, body: String(buffer: r.body))
            }
        }
    }

    /// Over a real connection to a running server.
    init(live client: TestClient) {
        self.init { method, uri, headers, body in
            let r = try await client.execute(.init(uri, method: method, headers: headers, body: body))
            return Page(status: r.status, headers: r.headers, body: r.body.map { String(buffer: $0) } ?? "")
        }
    }

    func get(_ uri: String) async throws -> Page {
        try await request(.get, uri, body: nil)
    }

    /// Posts a form; `csrf` is the visitor's own token unless the test forges one.
    func post(_ uri: String, _ fields: [(String, String)], csrf: String? = nil, extraHeaders: HTTPFields = [:]) async throws -> Page {
        var all = fields
        if let token = csrf ?? cookies["vw_csrf"] { all.insert(("csrf", token), at: 0) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await request(.post, uri, body: body, extraHeaders: extraHeaders)
    }

    func request(_ method: HTTPRequest.Method, _ uri: String, body: String?, extraHeaders: HTTPFields = [:]) async throws -> Page {
        var headers = extraHeaders
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let page = try await send(method, uri, headers, body.map { ByteBuffer(string: $0) })
        for field in page.headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if field.value.contains("Max-Age=0") { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
        }
        return page
    }

    func setCookie(_ name: String, _ value: String) { cookies[name] = value }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
