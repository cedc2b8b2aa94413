import VeldwerkCommands
import VeldwerkCore
import VeldwerkShell

/// One input = one prompt line as raw bytes: decoded, tokenized, parsed (never run), completed.
func fuzzParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    guard let line = try? InputLine.decode(bytes) else { return 0 }
    if let commands = try? LineTokenizer.commands(in: line) {
        for words in commands {
            _ = try? CommandCatalog.parse(words)
            _ = CommandCatalog.redacted(line: LineTokenizer.line(from: words))
        }
    }
    let completer = Completer { _ in ["Amersfoort", "AMF-WOE-01", "Noor", "Regie"] }
    let cut = line.lastIndex(of: " ").map { line[..<$0] } ?? ""
    _ = completer.complete(before: String(cut), word: String(line.split(separator: " ").last ?? ""))
    return 0
}
