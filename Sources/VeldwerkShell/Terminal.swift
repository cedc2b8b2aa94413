import Foundation
import VeldwerkCore

/// What the output is connected to, decided once: colour, wrapping and bars belong to terminals.
public struct Terminal: Sendable {
    public var isInteractive: Bool
    public var useColor: Bool
    public var width: Int
    /// Rows, for paging long lists (24 where the terminal does not say).
    public var height: Int = 24

    public static func detect(stdout fd: Int32 = STDOUT_FILENO) -> Terminal {
        let tty = isatty(fd) == 1
        let env = ProcessInfo.processInfo.environment
        let noColor = env["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = env["TERM"] == "dumb"
        var size = winsize()
        let width: Int
        var height = 24
        if tty, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            width = Int(size.ws_col)
            if size.ws_row > 0 { height = Int(size.ws_row) }
        } else {
            width = CommandNumber.integer(env["COLUMNS"] ?? "", maxDigits: 6) ?? 100
        }
        // A terminal that reports 0 or a million columns or rows still gets a sane size.
        return Terminal(isInteractive: tty, useColor: tty && !noColor && !dumb, width: min(max(40, width), 1000), height: min(max(10, height), 1000))
    }

    /// A plain, uncoloured target of fixed width: pipes, files, tests.
    public static let plain = Terminal(isInteractive: false, useColor: false, width: 100)

    public func bold(_ s: String) -> String { useColor ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    public func dim(_ s: String) -> String { useColor ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    public func red(_ s: String) -> String { useColor ? "\u{1B}[31m\(s)\u{1B}[0m" : s }
    public func yellow(_ s: String) -> String { useColor ? "\u{1B}[33m\(s)\u{1B}[0m" : s }
}
