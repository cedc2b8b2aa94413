/// A failure the user can act on: its message is one line that says what is wrong and what to do.
///
/// Every layer throws this for bad input, so the prompt can print `error: <message>` and nothing else.
public struct VeldwerkError: Error, Equatable, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
