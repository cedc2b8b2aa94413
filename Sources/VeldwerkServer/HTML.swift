import Foundation
import VeldwerkExport

/// Small helpers for writing pages by hand: every value that came from the database or a
/// request goes through `escape`.
enum HTML {
    /// The export's XML escaping serves HTML as well: quotes escaped for attributes, control
    /// characters dropped, line breaks kept as character references.
    static func escape(_ s: String) -> String { QDCWriter.escape(s) }

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
