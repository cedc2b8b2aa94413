/// The kinds of things users refer to by name at the prompt.
public enum NamedKind: String, CaseIterable, Sendable {
    case team, role, participant, researcher, code
}
