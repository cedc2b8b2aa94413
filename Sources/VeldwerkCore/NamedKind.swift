/// The kinds of things users refer to by name at the prompt.
public enum NamedKind: String, CaseIterable, Sendable {
    case team, role, participant, researcher, code
    /// Sessions and the cases learned from are referred to by number.
    case session
    case learningCase = "case"
}
