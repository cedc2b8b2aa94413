import Foundation

/// Small helpers for writing pages by hand: every value that came from the database or a
/// request goes through `escape`.
enum HTML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A whole page: the style sheet and script are Veldwerk's own files, nothing comes from outside.
    static func page(title: String, language: PageLanguage, kind: String, body: String, head: String = "", extraStyle: String? = nil) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(escape(title))</title>
        <link rel="stylesheet" href="/assets/page.css">
        \(extraStyle.map { "<link rel=\"stylesheet\" href=\"\($0)\">" } ?? "")
        \(head)
        </head>
        <body class="\(kind)">
        \(body)
        <script src="/assets/page.js"></script>
        </body>
        </html>
        """
    }

    static func hidden(_ name: String, _ value: String) -> String {
        "<input type=\"hidden\" name=\"\(escape(name))\" value=\"\(escape(value))\">"
    }
}
