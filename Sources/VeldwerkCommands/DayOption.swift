import VeldwerkCore
import VeldwerkStore

extension Day {
    /// The day a `--date` or `--as-of` option gives, or today when it is left out.
    static func given(_ text: String?) throws -> Day {
        try Day(parsing: text ?? ProjectClock.today())
    }
}
