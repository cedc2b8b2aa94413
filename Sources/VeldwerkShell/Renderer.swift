import VeldwerkCommands
import VeldwerkCore

/// Turns a command's ``Output`` into text for a terminal or a pipe, or into JSON.
public struct Renderer {
    public var terminal: Terminal

    public init(terminal: Terminal) {
        self.terminal = terminal
    }

    public func text(_ output: Output) -> String {
        switch output {
        case .none: return ""
        case .message(let m): return m
        case .text(let t): return t
        case .table(let t): return table(t)
        case .record(let r): return record(r)
        case .sections(let parts): return parts.map(text).filter { !$0.isEmpty }.joined(separator: "\n\n")
        case .document(let d): return document(d)
        case .quotes(let q): return quotes(q)
        case .shaped(let inner, _): return text(inner)
        }
    }

    public func json(_ output: Output) -> String {
        jsonValue(output).serialized()
    }

    func jsonValue(_ output: Output) -> JSONValue {
        switch output {
        case .none: return .object([])
        case .message(let m): return .object([("result", .string(m))])
        case .text(let t): return .object([("text", .string(t))])
        case .table(let t): return .array(t.rows.map { row in .object(zip(t.columns, row).map { ($0.key, Self.json($1)) }) })
        case .record(let r): return .object(r.fields.map { ($0.key, Self.json($0.value)) })
        case .sections(let parts):
            return .object(parts.enumerated().map { i, part in (Self.name(of: part) ?? "part\(i + 1)", jsonValue(part)) })
        case .document(let d):
            return .object([
                ("transcript", .int(Int(d.id))), ("title", .string(d.title)), ("about", .string(d.heading)),
                ("paragraphs", .array(d.paragraphs.map { p in
                    .object([("number", .int(p.number)), ("speaker", p.speaker.map(JSONValue.string) ?? .null),
                             ("text", .string(p.text)), ("codes", .array(p.codes.map(JSONValue.string)))])
                })),
            ])
        case .shaped(_, let json): return json
        case .quotes(let q):
            return .array(q.map { v in
                .object([("segment", .int(Int(v.segment))), ("code", .string(v.code)), ("tension", v.tension.map(JSONValue.string) ?? .null),
                         ("transcript", .int(Int(v.transcript))), ("paragraphs", .string(v.paragraphs)), ("coder", .string(v.coder)),
                         ("quote", .string(v.quote)), ("speaker", .string(v.attribution)), ("memo", v.memo.map(JSONValue.string) ?? .null)])
            })
        }
    }

    static func name(of output: Output) -> String? {
        switch output {
        case .table(let t): return t.name
        case .record(let r): return r.name
        default: return nil
        }
    }

    static func json(_ value: Value) -> JSONValue {
        switch value {
        case .text(let s): return .string(s)
        case .int(let i): return .int(i)
        case .number(let d, let decimals), .fixed(let d, let decimals): return .number(d, decimals: decimals)
        case .statistic(let d, _): return .exact(d)
        case .list(let items): return .array(items.map(JSONValue.string))
        case .bar(let share): return .number(share, decimals: 4)
        case .pie(let slices): return .array(slices.map { .object([("item", .int($0.item)), ("share", .number($0.share, decimals: 4))]) })
        case .null: return .null
        }
    }

    // MARK: Text

    func table(_ t: Table) -> String {
        if t.rows.isEmpty { return terminal.dim(t.emptyNote) }
        // Bars are drawing, not data: in a pipe the numbers beside them say it all.
        if !terminal.isInteractive, let barColumn = t.columns.indices.first(where: { i in t.rows.allSatisfy { if case .bar = $0[i] { true } else { false } } }) {
            var plain = t
            plain.columns.remove(at: barColumn)
            plain.rows = t.rows.map { row in var r = row; r.remove(at: barColumn); return r }
            return table(plain)
        }
        let cells = t.rows.map { $0.map { cell($0).replacingOccurrences(of: "\n", with: " ") } }
        var widths = t.columns.map { $0.title.count }
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        // On a terminal the last column is cut to fit; in a pipe every character is kept.
        if terminal.isInteractive, let last = widths.indices.last {
            let used = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
            widths[last] = max(t.columns[last].title.count, min(widths[last], terminal.width - used))
        }
        func line(_ items: [String], header: Bool) -> String {
            var parts: [String] = []
            for (i, item) in items.enumerated() {
                var cell = item
                if cell.count > widths[i] { cell = String(cell.prefix(max(1, widths[i] - 1))) + "…" }
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                let isLast = i == items.count - 1
                parts.append(t.columns[i].numeric ? pad + cell : (isLast ? cell : cell + pad))
            }
            let joined = parts.joined(separator: "  ")
            return header ? terminal.bold(joined) : joined
        }
        var lines = [line(t.columns.map(\.title), header: true)]
        lines += cells.map { line($0, header: false) }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
    }

    /// Numbered paragraphs; on a terminal wrapped to its width with the codes in a right margin,
    /// in a pipe one line per paragraph with the codes after a tab.
    func document(_ d: DocumentView) -> String {
        var lines = [terminal.bold(d.title) + (d.heading.isEmpty ? "" : "  " + terminal.dim(d.heading))]
        let numberWidth = String(d.paragraphs.last?.number ?? 1).count
        for p in d.paragraphs {
            let number = String(repeating: " ", count: numberWidth - String(p.number).count) + String(p.number)
            let speaker = p.speaker.map { terminal.bold($0 + ":") + " " } ?? ""
            var body = p.text
            if let s = p.speaker, body.hasPrefix(s + ":") { body = String(body.dropFirst(s.count + 1)).trimmingWhitespace() }
            let margin = p.codes.joined(separator: ", ")
            if !terminal.isInteractive {
                let flat = body.replacingOccurrences(of: "\n", with: " ")
                lines.append("\(number)  \(p.speaker.map { $0 + ": " } ?? "")\(flat)" + (margin.isEmpty ? "" : "\t[\(margin)]"))
                continue
            }
            let marginWidth = min(28, max(0, terminal.width / 4))
            let textWidth = max(20, terminal.width - numberWidth - 2 - (margin.isEmpty ? 0 : marginWidth + 2))
            let wrapped = Self.wrap(speaker + body, width: textWidth)
            let marginLines = Self.wrap(margin, width: marginWidth)
            for (i, line) in wrapped.enumerated() {
                let lead = i == 0 ? number : String(repeating: " ", count: numberWidth)
                var text = "\(lead)  \(line)"
                if i < marginLines.count, !margin.isEmpty {
                    let pad = max(1, textWidth - Self.visibleCount(line) + 2)
                    text += String(repeating: " ", count: pad) + terminal.yellow(marginLines[i])
                }
                lines.append(text)
            }
            if marginLines.count > wrapped.count {
                for extra in marginLines[wrapped.count...] {
                    lines.append(String(repeating: " ", count: numberWidth + 2 + textWidth + 2) + terminal.yellow(extra))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    func quotes(_ q: [QuoteView]) -> String {
        if q.isEmpty { return terminal.dim("no coded segments match") }
        return q.map { v in
            var head = "#\(v.segment)  \(v.code)"
            if let t = v.tension { head += "  [\(t)]" }
            head += "  transcript \(v.transcript) ¶\(v.paragraphs)  coded by \(v.coder)"
            var text = terminal.bold(head) + "\n"
            // Line breaks become spaces byte by byte: Foundation's replacing bridged every quote.
            let quote = ByteScan.contains(v.quote, 0x0A) ? String(decoding: v.quote.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self) : v.quote
            let body = "“" + quote + "”"
            let width = terminal.isInteractive ? terminal.width - 4 : Int.max
            text += Self.wrap(body, width: width).map { "    " + $0 }.joined(separator: "\n")
            text += "\n    — " + v.attribution
            if let m = v.memo { text += "\n    " + terminal.dim("memo: " + m) }
            return text
        }.joined(separator: "\n\n")
    }

    /// Greedy word wrap; a word longer than the width is cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        // Counting characters walks the whole text; without a width there is nothing to count.
        guard width > 0, width < Int.max, text.count > width else { return text.isEmpty ? [] : [text] }
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in raw.split(separator: " ", omittingEmptySubsequences: true) {
                var w = String(word)
                while w.count > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    lines.append(String(w.prefix(width)))
                    w = String(w.dropFirst(width))
                }
                if line.isEmpty { line = w } else if line.count + 1 + w.count <= width { line += " " + w } else { lines.append(line); line = w }
            }
            lines.append(line)
        }
        return lines
    }

    /// Characters that take up room on screen (escape sequences do not).
    static func visibleCount(_ s: String) -> Int {
        var count = 0
        var inEscape = false
        for c in s {
            if c == "\u{1B}" { inEscape = true; continue }
            if inEscape { if c.isLetter { inEscape = false }; continue }
            count += 1
        }
        return count
    }

    /// A cell's text: bars and pies are drawn on a terminal, written as numbers elsewhere.
    func cell(_ value: Value) -> String {
        guard terminal.isInteractive else { return value.plain }
        switch value {
        case .bar(let share): return Self.bar(share, width: 12)
        case .pie(let slices):
            // Twelve cells, one per twelfth of the pie, each showing its item's number.
            var strip = ""
            for s in slices { strip += String(repeating: String(s.item % 10), count: Int((s.share * 12).rounded())) }
            return "▕" + strip.padding(toLength: 12, withPad: "·", startingAt: 0) + "▏ " + value.plain
        default: return value.plain
        }
    }

    /// A horizontal bar in eighths of a cell: ▏▎▍▌▋▊▉█.
    static func bar(_ share: Double, width: Int) -> String {
        let eighths = Int((max(0, min(1, share)) * Double(width * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        let body = String(repeating: "█", count: eighths / 8) + partial
        return body.padding(toLength: width, withPad: " ", startingAt: 0)
    }

    func record(_ r: Record) -> String {
        let width = r.fields.map(\.label.count).max() ?? 0
        return r.fields.map { f in
            let label = (f.label + ":").padding(toLength: width + 1, withPad: " ", startingAt: 0)
            let value = f.value.plain.isEmpty ? terminal.dim("-") : f.value.plain
            return "\(terminal.bold(label)) \(value)"
        }.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
