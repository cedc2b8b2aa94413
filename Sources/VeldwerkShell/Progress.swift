import Foundation

/// A progress line on stderr for long work at a terminal; pipes and scripts never see it.
enum Progress {
    static func bar(width: Int) -> (Int, Int, String) -> Void {
        { done, total, label in
            let cells = 24
            let filled = total > 0 ? cells * done / total : 0
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: cells - filled)
            let room = max(0, width - cells - 20)
            let name = label.count > room ? "…" + label.suffix(max(0, room - 1)) : label
            var line = "\r\u{1B}[2K\(bar) \(done)/\(total) \(name)"
            if done >= total { line = "\r\u{1B}[2K" }
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
