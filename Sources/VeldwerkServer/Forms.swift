import Foundation
import Hummingbird

/// A submitted `application/x-www-form-urlencoded` body, or a query: names with their values,
/// in order, a name possibly repeated (checkboxes).
struct FormFields: Sendable {
    var pairs: [(String, String)]

    init(encoded: String) {
        var components = URLComponents()
        // '+' is a space in forms; URLComponents only knows %20.
        components.percentEncodedQuery = encoded.replacingOccurrences(of: "+", with: "%20")
        pairs = (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }
    }

    subscript(_ name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    /// Reads a form body within the size limit; anything else is refused as a bad request.
    static func read(_ request: Request, context: PageContext) async throws -> FormFields {
        var request = request
        let buffer = try await request.collectBody(upTo: PageLimits.body)
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes),
              text.utf8.count == buffer.readableBytes else {
            throw PageError(.badRequest, .badForm)
        }
        return FormFields(encoded: text)
    }
}

/// Cookies this server sets: the code a participant entered (so they need not type it on every
/// page) and the form token. Both are HttpOnly and SameSite=Strict: no other site can use them.
enum PageCookie {
    static let code = "vw_code"
    static let csrf = "vw_csrf"

    static func set(_ name: String, _ value: String, maxAge: Int? = nil) -> String {
        var parts = ["\(name)=\(value)", "Path=/", "HttpOnly", "SameSite=Strict"]
        if let maxAge { parts.append("Max-Age=\(maxAge)") }
        return parts.joined(separator: "; ")
    }

    static func clear(_ name: String) -> String { "\(name)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" }
}
