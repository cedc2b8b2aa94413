/// The kinds of things users refer to by name at the prompt.
public enum NamedKind: String, CaseIterable, Sendable {
    case team, role, participant, researcher, code

    /// The command that lists things of this kind.
    public var listCommand: String { self == .code ? "codebook show" : "\(rawValue) list" }
}
