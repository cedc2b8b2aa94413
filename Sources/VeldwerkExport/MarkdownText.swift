import Mustache

/// Escaping for values placed in Markdown: a name or quote is text, never markup. `<` and `>`
/// become entities (no raw HTML reaches a Markdown viewer), `&` only where it would start one,
/// and `|` and `\` are escaped so a value cannot break a table row.
struct MarkdownText: MustacheContentType {
    static let name = "MARKDOWN"
    /// Registered once, before the first Markdown template renders.
    static let registered: Void = MustacheContentTypes.register(MarkdownText(), named: name)

    func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let c = rest.first {
            rest = rest.dropFirst()
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "&":
                let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
                out += !name.isEmpty && rest.dropFirst(name.count).first == ";" ? "&amp;" : "&"
            default: out.append(c)
            }
        }
        return out
    }
}
