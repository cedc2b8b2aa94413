/// The pages' language, chosen with `serve --lang`.
public enum PageLanguage: String, Sendable, CaseIterable {
    case nl, en
}
