import CReadline
import Foundation
import VeldwerkCore

/// The interactive line: GNU readline with history kept per project and Tab completion.
final class LineEditor {
    private let history: HistoryFile

    init(historyPath: String, completer: Completer) {
        self.history = HistoryFile(path: historyPath)
        LineEditor.completer = completer
        veld_set_app_name("veldwerk")
        veld_set_word_breaks(LineEditor.wordBreaks)
        veld_set_quote_chars(LineEditor.quoteChars)
        veld_set_completer(LineEditor.attemptCompletion)
        veld_install_sigint()
        veld_stifle(2000)
        if history.isUsable { read_history(historyPath) }
    }

    /// Why the history file is not used, to say once at the prompt.
    var historyWarning: String? { history.refusal }

    /// The next line typed, nil on Ctrl-D; throws for a line that is not valid UTF-8 or too long.
    func readLine(prompt: String) throws -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = try InputLine.decode(UnsafeRawBufferPointer(start: raw, count: strlen(raw)))
        if !line.trimmingWhitespace().isEmpty {
            add_history(raw)
            // Appended at once, so history survives a crash or a closed terminal.
            history.append(line)
        }
        return line
    }

    // MARK: Completion (C callbacks cannot capture, so they reach the completer through statics)

    nonisolated(unsafe) private static var completer: Completer?
    nonisolated(unsafe) private static var candidates: [String] = []
    nonisolated(unsafe) private static var nextCandidate = 0
    nonisolated(unsafe) private static let wordBreaks = strdup(" \t;")!
    nonisolated(unsafe) private static let quoteChars = strdup("\"'")!

    private static let attemptCompletion: veld_completion_fn = { text, start, _ in
        let line = String(cString: veld_line_buffer())
        var before = String(decoding: Array(line.utf8.prefix(Int(start))), as: UTF8.self)
        if before.hasSuffix("\"") || before.hasSuffix("'") { before.removeLast() }
        let word = text.map { String(cString: $0) } ?? ""
        switch LineEditor.completer?.complete(before: before, word: word) ?? .words([]) {
        case .files:
            veld_completion_over(0)
            return nil
        case .words(let words):
            veld_completion_over(1)
            let quoted = before.count < line.utf8.count && (line.utf8.dropFirst(before.utf8.count).first == UInt8(ascii: "\""))
            LineEditor.candidates = words.map { w in
                w.contains(" ") && !quoted ? "\"\(w)\"" : w
            }
            LineEditor.nextCandidate = 0
            return veld_matches(text, LineEditor.generate)
        }
    }

    private static let generate: veld_generator_fn = { _, state in
        if state == 0 { LineEditor.nextCandidate = 0 }
        guard LineEditor.nextCandidate < LineEditor.candidates.count else { return nil }
        defer { LineEditor.nextCandidate += 1 }
        return strdup(LineEditor.candidates[LineEditor.nextCandidate])
    }
}
