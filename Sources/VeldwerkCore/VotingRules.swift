/// The rules of a focus group's votes: where a vote goes, what may be voted on, what deserves a
/// warning. Plain functions over values; the store persists what they allow.
public enum VotingRules {
    /// A participant's place in one focus group.
    public struct Seat: Equatable, Sendable {
        public var focusGroup: Int64
        public var subgroup: Int64

        public init(focusGroup: Int64, subgroup: Int64) {
            self.focusGroup = focusGroup
            self.subgroup = subgroup
        }
    }

    /// Where a participant's vote goes: their seat in the current focus group; without one,
    /// their only seat. Never a guess between several focus groups.
    public static func seat(for pseudonym: String, among seats: [Seat], current: Int64?) throws -> Seat {
        if let current {
            if let seat = seats.first(where: { $0.focusGroup == current }) { return seat }
            let elsewhere = seats.map { String($0.focusGroup) }.joined(separator: ", ")
            throw VeldwerkError("\(pseudonym) sits in no subgroup of focus group \(current), the current one"
                + (seats.isEmpty ? "; 'subgroup join SUBGROUP \(pseudonym)' first" : " (but in \(elsewhere)); 'focusgroup use N' picks the focus group"))
        }
        switch seats.count {
        case 0: throw VeldwerkError("\(pseudonym) is in no subgroup; 'subgroup join SUBGROUP \(pseudonym)' first")
        case 1: return seats[0]
        default:
            let list = seats.map { String($0.focusGroup) }.joined(separator: ", ")
            throw VeldwerkError("\(pseudonym) sits in focus groups \(list); say which with 'focusgroup use N' first")
        }
    }

    /// An item can be voted on unless it was merged; then its votes go to what it became.
    public static func checkVotable(item: Int, mergedInto: Int?) throws {
        if let merged = mergedInto { throw VeldwerkError("item \(item) was merged into item \(merged); slice item \(merged)") }
    }

    /// Subgroups of 4 to 6 people of mixed roles work best: anything else is said, not refused.
    public static func subgroupWarnings(name: String, memberRoles: [String]) -> [String] {
        var warnings: [String] = []
        let n = memberRoles.count
        if n > 6 || n < 4 {
            warnings.append("subgroup '\(name)' now has \(n) member\(n == 1 ? "" : "s"); 4 to 6 work best")
        }
        if n >= 4, Set(memberRoles).count == 1 {
            warnings.append("subgroup '\(name)' has only \(memberRoles[0])s; mixed roles are the point of a subgroup")
        }
        return warnings
    }

    /// A pie of fewer than the usual number of slices is allowed, and noted.
    public static func sliceWarnings(_ slices: [Pie.Slice]) -> [String] {
        slices.count < Pie.maximumSlices ? ["only \(slices.count) of \(Pie.maximumSlices) slices given"] : []
    }

    /// Slicing an item one did not recognise is allowed (people change their minds), and noted,
    /// but only when recognition was recorded at all.
    public static func unrecognisedWarnings(pseudonym: String, slices: [Pie.Slice], recognised: Set<Int>) -> [String] {
        guard !recognised.isEmpty else { return [] }
        return slices.filter { !recognised.contains($0.item) }.map { "\(pseudonym) slices item \($0.item) without having recognised it" }
    }

    /// Items named once each.
    public static func checkDistinct(_ items: [Int]) throws {
        var seen = Set<Int>()
        for n in items where !seen.insert(n).inserted { throw VeldwerkError("item \(n) is named twice") }
    }

    /// A plenary merge takes two or more distinct items that are not merged already.
    public static func checkMerge(_ items: [(number: Int, mergedInto: Int?)]) throws {
        guard items.count >= 2 else { throw VeldwerkError("merge needs two or more items") }
        guard Set(items.map(\.number)).count == items.count else { throw VeldwerkError("an item cannot be merged with itself") }
        if let merged = items.first(where: { $0.mergedInto != nil }) {
            throw VeldwerkError("item \(merged.number) is already merged; merge the item it became")
        }
    }
}
