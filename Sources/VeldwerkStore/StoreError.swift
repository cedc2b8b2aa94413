import VeldwerkCore

/// What the store refuses, as values: the commands turn them into sentences that say what to
/// type next. The store itself knows no command names.
public enum StoreError: Error, Equatable, Sendable {
    /// The kinds of things a reference can name.
    public enum Thing: String, Sendable {
        case team, role, participant, researcher, code, interview, transcript, subgroup, theme, segment, action, change, session, feedback
        case learningCase = "case"
        case focusGroup = "focus group"
        /// A transcript or a logboek note (both are documents).
        case document = "transcript or note"
        case note = "logboek note"

        public init(_ kind: NamedKind) {
            switch kind {
            case .team: self = .team
            case .role: self = .role
            case .participant: self = .participant
            case .researcher: self = .researcher
            case .code: self = .code
            case .session: self = .session
            case .learningCase: self = .learningCase
            }
        }
    }

    /// Nothing of that kind by that name or number. `nearest`: an existing name that looks like
    /// a typo of it; `noneYet`: there are none of that kind at all.
    case unknown(Thing, String, nearest: String? = nil, noneYet: Bool = false)
    /// The name is taken.
    case exists(Thing, String)
    case unknownSubgroup(focusGroup: Int64, name: String)
    case emptyA4Sheet(team: String)
    case noSuchItem(focusGroup: Int64, item: Int, count: Int)
    case noFocusGroup(team: String)
    /// The theme was merged or split; work goes on in what it became.
    case themeNotActive(id: Int64, name: String, state: String)
    case projectExists(folder: String)
    case noProjectFolder(String)
    case noProject(folder: String, file: String)
    case emptyProjectFile(String)
}
