/// What an export may say about who: small teams make a role a name ("teamchef, Amersfoort" is
/// one person), so a role is named only where enough of the team hold it.
public enum PrivacyRules {
    /// The default least number of a team's participants in a role before the role is named.
    public static let defaultThreshold = 3

    /// The role to name, or nil where it would point at fewer than `threshold` people.
    public static func namedRole(_ role: String, holders: Int, threshold: Int) -> String? {
        holders >= threshold ? role : nil
    }

    /// The distinct roles as an export may list them: the named ones in order, then "" once for
    /// all the roles too few hold ("other roles").
    public static func listed(_ roles: [String], holders: [String: Int], threshold: Int) -> [String] {
        let named = Set(roles.map { namedRole($0, holders: holders[$0] ?? 0, threshold: threshold) ?? "" })
        return named.filter { !$0.isEmpty }.sorted() + (named.contains("") ? [""] : [])
    }

    /// Counts per role with the small ones folded into one count under `nil` (other roles),
    /// kept only when anything was folded.
    public static func folded(_ counts: [(role: String, holders: Int, count: Int)], threshold: Int) -> [(role: String?, count: Int)] {
        var shown: [(role: String?, count: Int)] = counts.filter { $0.holders >= threshold }.map { ($0.role, $0.count) }
        let rest = counts.filter { $0.holders < threshold }.reduce(0) { $0 + $1.count }
        if rest > 0 { shown.append((nil, rest)) }
        return shown
    }
}
