/// The kinds of things users refer to by name at the prompt.
public enum NamedKind: String, CaseIterable, Sendable {
    case team, role, participant, researcher

    /// The command that lists things of this kind.
    public var listCommand: String { "\(rawValue) list" }
}
