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
        case .number(let d, let decimals): return .number(d, decimals: decimals)
        case .list(let items): return .array(items.map(JSONValue.string))
        case .null: return .null
        }
    }

    // MARK: Text

    func table(_ t: Table) -> String {
        if t.rows.isEmpty { return terminal.dim(t.emptyNote) }
        let cells = t.rows.map { $0.map { $0.plain.replacingOccurrences(of: "\n", with: " ") } }
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
