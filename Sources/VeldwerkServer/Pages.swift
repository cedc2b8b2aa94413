import HTTPTypes
import Hummingbird
import NIOCore
import VeldwerkCore

/// Responses the routes build.
enum Pages {
    static func html(_ text: String, status: HTTPResponse.Status = .ok, cookies: [String] = []) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// After a form: "see other", so reloading the next page never sends the form again.
    static func redirect(_ location: String, cookies: [String] = []) -> Response {
        var headers: HTTPFields = [.location: location]
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: .seeOther, headers: headers)
    }

    /// The visitor's form token, and the cookie that sets it when they have none yet.
    static func formToken(_ request: Request) -> (token: String, cookie: [String]) {
        if let token = CSRF.token(from: request) { return (token, []) }
        let token = AccessCode.token()
        return (token, [PageCookie.set(PageCookie.csrf, token)])
    }
}
