import Foundation

/// Long lists on a terminal a page at a time, as psql and git page theirs: only the pages shown
/// are formatted, so `segments` of a code with ten thousand quotes answers at once.
struct Pager {
    /// Items per page.
    let pageSize: Int
    /// The answer typed after a page, or nil at the end of input.
    let answer: () -> String?

    /// A pager for a terminal of `height` rows when both input and output are terminals; quotes
    /// take about five lines each.
    static func forTerminal(_ terminal: Terminal, input: Int32 = STDIN_FILENO) -> Pager? {
        guard terminal.isInteractive, isatty(input) == 1 else { return nil }
        return Pager(pageSize: max(3, (terminal.height - 2) / 5), answer: { readTerminalLine(input) })
    }

    /// Shows `count` items page by page, each page rendered by `render`; after each page but the
    /// last it asks whether to go on. Returns how many items were shown.
    @discardableResult
    func show(count: Int, render: (Range<Int>) -> String, out: (String) -> Void, dim: (String) -> String) -> Int {
        var shown = 0
        while shown < count {
            let page = shown..<min(count, shown + pageSize)
            out(render(page))
            shown = page.upperBound
            guard shown < count else { break }
            out(dim("-- \(shown) of \(count) shown · Enter for more, q to stop --"))
            guard let reply = answer(), reply.trimmingCharacters(in: .whitespaces).lowercased() != "q" else {
                out(dim("\(count - shown) more not shown; a filter (--team, --role, --coder) narrows the list"))
                break
            }
        }
        return shown
    }

    /// One line from the terminal, read byte by byte so that nothing typed after it is taken
    /// from the line editor's input.
    static func readTerminalLine(_ fd: Int32) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let n = read(fd, &byte, 1)
            if n <= 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }
}
