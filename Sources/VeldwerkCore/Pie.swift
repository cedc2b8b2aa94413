/// Taartpunten: a person's (or subgroup's) pie of at most three slices over A4 items.
public enum Pie {
    public static let maximumSlices = 3

    /// One slice as typed: `ITEM` or `ITEM:SIZE`.
    public struct Slice: Equatable, Sendable {
        public var item: Int
        /// The share of a whole pie: 1.0 is the whole pie.
        public var share: Double

        public init(item: Int, share: Double) {
            self.item = item
            self.share = share
        }
    }

    /// Parses and checks slices such as `2:50 5:30 1:20`, or `2 5 1` for equal shares.
    ///
    /// Rules: at most three slices, each item once, sizes all given or none, sizes positive
    /// numbers that add up to 100 (or any positive total with `normalise`). Every pie weighs one
    /// whole pie: without sizes the slices share it equally (two are halves, three are thirds),
    /// as `1:50 3:50` does.
    public static func parse(_ words: [String], normalise: Bool) throws -> [Slice] {
        guard !words.isEmpty else { throw VeldwerkError("give one to three items, e.g. 2:50 5:30 1:20") }
        guard words.count <= maximumSlices else {
            throw VeldwerkError("a pie has at most \(maximumSlices) slices; \(words.count) were given")
        }
        var items: [Int] = []
        var sizes: [Double?] = []
        for word in words {
            let parts = word.split(separator: ":", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let item = Int(parts[0]), item > 0 else {
                throw VeldwerkError("'\(word)' is not an item; write ITEM or ITEM:SIZE, e.g. 2:50")
            }
            if items.contains(item) { throw VeldwerkError("item \(item) is sliced twice; each item gets one slice") }
            items.append(item)
            if parts.count == 2 {
                guard let size = CommandNumber.decimal(String(parts[1])) else {
                    throw VeldwerkError("size '\(parts[1])' of item \(item) is not a number; sizes are numbers such as 50 or 33.3 that add up to 100")
                }
                guard size > 0 else { throw VeldwerkError("size \(parts[1]) of item \(item) must be above 0") }
                guard size <= 100 else { throw VeldwerkError("size \(parts[1]) of item \(item) is more than the whole pie; sizes add up to 100") }
                sizes.append(size)
            } else {
                sizes.append(nil)
            }
        }
        let given = sizes.compactMap { $0 }
        if given.isEmpty {
            return items.map { Slice(item: $0, share: 1.0 / Double(items.count)) }
        }
        guard given.count == sizes.count else {
            throw VeldwerkError("give sizes for all slices or for none (none means equal shares)")
        }
        let total = given.reduce(0, +)
        if !normalise && abs(total - 100) > 1e-9 {
            throw VeldwerkError("the sizes add up to \(NumberFormat.distinct(total, from: 100)), not 100; fix them or add --normalise")
        }
        return zip(items, given).map { Slice(item: $0, share: $1 / total) }
    }
}

/// Kendall's coefficient of concordance W among rankers, with the correction for ties.
public enum KendallW {
    /// Each ballot orders some of `items` from most to least important; items with the same weight
    /// tie, and items a ballot leaves out share the remaining ranks. Nil when undefined
    /// (fewer than two rankers or items, or every ballot one big tie).
    public static func corrected<Item: Hashable>(ballots: [[(item: Item, weight: Double)]], items: [Item]) -> Double? {
        let m = Double(ballots.count), n = Double(items.count)
        guard ballots.count >= 2, items.count >= 2 else { return nil }
        var sums = [Item: Double]()
        var tieTerm = 0.0
        for ballot in ballots {
            let ranks = self.ranks(ballot, items: items)
            for (item, rank) in ranks { sums[item, default: 0] += rank }
            var groups: [Double: Int] = [:]
            for rank in ranks.values { groups[rank, default: 0] += 1 }
            tieTerm += groups.values.reduce(0) { $0 + Double($1 * $1 * $1 - $1) }
        }
        let mean = m * (n + 1) / 2
        let s = items.reduce(0) { $0 + pow2((sums[$1] ?? 0) - mean) }
        let denominator = m * m * (n * n * n - n) - m * tieTerm
        guard denominator > 0 else { return nil }
        return 12 * s / denominator
    }

    /// Average ranks: heavier first, equal weights share their ranks, the unnamed share the rest.
    static func ranks<Item: Hashable>(_ ballot: [(item: Item, weight: Double)], items: [Item]) -> [Item: Double] {
        var result: [Item: Double] = [:]
        let named = ballot.filter { items.contains($0.item) }.sorted { $0.weight > $1.weight }
        var position = 1
        var i = 0
        while i < named.count {
            var j = i
            while j + 1 < named.count, abs(named[j + 1].weight - named[i].weight) < 1e-12 { j += 1 }
            let average = Double(position + position + (j - i)) / 2
            for k in i...j { result[named[k].item] = average }
            position += j - i + 1
            i = j + 1
        }
        let rest = items.filter { result[$0] == nil }
        if !rest.isEmpty {
            let average = Double(position + items.count) / 2
            for item in rest { result[item] = average }
        }
        return result
    }

    private static func pow2(_ x: Double) -> Double { x * x }
}
