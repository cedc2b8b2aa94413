/// Agreement between coders: Cohen's kappa and Krippendorff's alpha, in their standard forms.
///
/// Units are weighted, so a run of identical characters counts as one unit of weight `n`
/// instead of `n` units: the same numbers, computed over segment boundaries rather than every
/// character of a large corpus.
public enum Agreement {
    /// Cohen's kappa for two coders over weighted units, each with one category per coder.
    /// p_o is the weighted share of units where both chose the same category; p_e is the sum over
    /// categories of p_A(c) * p_B(c). Nil when p_e is 1 (both coders used one and the same category).
    public static func cohensKappa<C: Hashable>(_ units: [(a: C, b: C, weight: Double)]) -> Double? {
        let total = units.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        var agree = 0.0
        var pa: [C: Double] = [:]
        var pb: [C: Double] = [:]
        for u in units {
            if u.a == u.b { agree += u.weight }
            pa[u.a, default: 0] += u.weight
            pb[u.b, default: 0] += u.weight
        }
        let po = agree / total
        let pe = pa.reduce(0) { $0 + ($1.value / total) * ((pb[$1.key] ?? 0) / total) }
        guard pe < 1 else { return nil }
        return (po - pe) / (1 - pe)
    }

    /// Share of weighted units on which the two coders agree.
    public static func percentAgreement<C: Equatable>(_ units: [(a: C, b: C, weight: Double)]) -> Double? {
        let total = units.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        return units.filter { $0.a == $0.b }.reduce(0) { $0 + $1.weight } / total
    }

    /// Krippendorff's alpha for nominal data: rows are units, each with the values the coders
    /// gave (nil where a coder gave none), and a weight. Units with fewer than two values are not
    /// pairable and drop out, as the method prescribes. Nil when there is no variation at all.
    public static func krippendorffAlphaNominal<C: Hashable>(_ units: [(values: [C?], weight: Double)]) -> Double? {
        var coincidence: [C: [C: Double]] = [:]
        for unit in units {
            let values = unit.values.compactMap { $0 }
            let m = Double(values.count)
            guard m >= 2 else { continue }
            for i in values.indices {
                for j in values.indices where i != j {
                    coincidence[values[i], default: [:]][values[j], default: 0] += unit.weight / (m - 1)
                }
            }
        }
        var marginals: [C: Double] = [:]
        for (c, row) in coincidence { marginals[c] = row.values.reduce(0, +) }
        let n = marginals.values.reduce(0, +)
        guard n > 1 else { return nil }
        var observed = 0.0
        for (c, row) in coincidence { for (k, v) in row where k != c { observed += v } }
        var expected = 0.0
        for (c, nc) in marginals { for (k, nk) in marginals where k != c { expected += nc * nk } }
        guard expected > 0 else { return nil }
        return 1 - (n - 1) * observed / expected
    }
}

extension Agreement {
    /// A span of one document that one coder gave one code.
    public struct Span: Equatable, Sendable {
        public var document: Int64
        public var start: Int
        public var end: Int
        public var code: Int64

        public init(document: Int64, start: Int, end: Int, code: Int64) {
            self.document = document
            self.start = start
            self.end = end
            self.code = code
        }
    }

    /// Cuts documents into runs of characters over which neither coder's set of codes changes.
    /// Each run is a weighted unit carrying both coders' code sets.
    public static func runs(lengths: [Int64: Int], a: [Span], b: [Span]) -> [(a: Set<Int64>, b: Set<Int64>, weight: Double)] {
        var result: [(a: Set<Int64>, b: Set<Int64>, weight: Double)] = []
        eachDocument(lengths: lengths, a: a, b: b) { sa, sb, points in
            for (from, to) in zip(points, points.dropFirst()) {
                let codesA = Set(sa.filter { $0.start <= from && $0.end >= to }.map(\.code))
                let codesB = Set(sb.filter { $0.start <= from && $0.end >= to }.map(\.code))
                result.append((codesA, codesB, Double(to - from)))
            }
        }
        return result
    }

    /// Each document with a length, in order, with both coders' spans in it and the points
    /// where a run begins or ends (its bounds and every span's ends, inside it, sorted, once
    /// each). Spans are grouped by sorting, not hashing: they usually come sorted already.
    static func eachDocument(lengths: [Int64: Int], a: [Span], b: [Span],
                             _ visit: (ArraySlice<Span>, ArraySlice<Span>, [Int]) -> Void) {
        let sortedA = a.sorted { $0.document < $1.document }, sortedB = b.sorted { $0.document < $1.document }
        var nextA = 0, nextB = 0
        func spans(of doc: Int64, in sorted: [Span], from next: inout Int) -> ArraySlice<Span> {
            while next < sorted.count && sorted[next].document < doc { next += 1 }
            let first = next
            while next < sorted.count && sorted[next].document == doc { next += 1 }
            return sorted[first..<next]
        }
        var points: [Int] = []
        for (doc, length) in lengths.sorted(by: { $0.key < $1.key }) where length > 0 {
            let sa = spans(of: doc, in: sortedA, from: &nextA), sb = spans(of: doc, in: sortedB, from: &nextB)
            points.removeAll(keepingCapacity: true)
            points.append(0)
            points.append(length)
            for s in sa { points.append(max(0, min(length, s.start))); points.append(max(0, min(length, s.end))) }
            for s in sb { points.append(max(0, min(length, s.start))); points.append(max(0, min(length, s.end))) }
            points.sort()
            var kept = 0
            for p in points where kept == 0 || points[kept - 1] != p {
                points[kept] = p
                kept += 1
            }
            points.removeLast(points.count - kept)
            visit(sa, sb, points)
        }
    }

    /// The runs with each coder's code set as a number (sets numbered as they first come), and
    /// which codes each numbered set holds; nil when more than 64 codes are used. A set is then
    /// a bit mask, so no run builds or hashes a set.
    static func numberedRuns(lengths: [Int64: Int], a: [Span], b: [Span]) -> (units: [(a: Int, b: Int, weight: Double)], holds: (Int, Int64) -> Bool)? {
        var bit: [Int64: UInt64] = [:]
        for s in a where bit[s.code] == nil { bit[s.code] = 1 << UInt64(bit.count); if bit.count > 64 { return nil } }
        for s in b where bit[s.code] == nil { bit[s.code] = 1 << UInt64(bit.count); if bit.count > 64 { return nil } }
        var number: [UInt64: Int] = [:], masks: [UInt64] = []
        func label(_ mask: UInt64) -> Int {
            if let n = number[mask] { return n }
            number[mask] = masks.count
            masks.append(mask)
            return masks.count - 1
        }
        var units: [(a: Int, b: Int, weight: Double)] = []
        var bitsA: [UInt64] = [], bitsB: [UInt64] = []
        eachDocument(lengths: lengths, a: a, b: b) { sa, sb, points in
            bitsA.removeAll(keepingCapacity: true)
            bitsB.removeAll(keepingCapacity: true)
            for s in sa { bitsA.append(bit[s.code]!) }
            for s in sb { bitsB.append(bit[s.code]!) }
            for k in 0..<(points.count - 1) {
                let from = points[k], to = points[k + 1]
                var ma: UInt64 = 0, mb: UInt64 = 0
                for (j, s) in zip(sa.indices, sa) where s.start <= from && s.end >= to { ma |= bitsA[j - sa.startIndex] }
                for (j, s) in zip(sb.indices, sb) where s.start <= from && s.end >= to { mb |= bitsB[j - sb.startIndex] }
                units.append((label(ma), label(mb), Double(to - from)))
            }
        }
        return (units, { set, code in bit[code].map { masks[set] & $0 != 0 } ?? false })
    }

    /// Per-code and overall agreement between two coders over the same documents.
    public struct Report: Equatable, Sendable {
        public struct CodeLine: Equatable, Sendable {
            public var code: Int64
            public var charactersA: Int
            public var charactersB: Int
            public var percent: Double?
            public var kappa: Double?
            /// The same, counting only characters at least one coder gave this code.
            public var percentCoded: Double?
            public var kappaCoded: Double?
        }

        public var codes: [CodeLine]
        /// Nominal alpha where each character's value is the set of codes a coder gave it.
        public var alpha: Double?
        public var documents: Int
        public var characters: Int
    }

    public static func report(lengths: [Int64: Int], a: [Span], b: [Span], codes: [Int64]) -> Report {
        // Each distinct set of codes becomes a number once: hashing whole sets for every run, per
        // code and again for alpha, took most of the time. Alpha does not depend on the labels.
        let labelled: [(a: Int, b: Int, weight: Double)]
        let holds: (Int, Int64) -> Bool
        var categories = 0
        if let numbered = numberedRuns(lengths: lengths, a: a, b: b) {
            labelled = numbered.units
            holds = numbered.holds
            categories = labelled.reduce(0) { max($0, $1.a + 1, $1.b + 1) }
        } else {
            var number: [Set<Int64>: Int] = [:]
            var sets: [Set<Int64>] = []
            func label(_ set: Set<Int64>) -> Int {
                if let n = number[set] { return n }
                number[set] = sets.count
                sets.append(set)
                return sets.count - 1
            }
            labelled = runs(lengths: lengths, a: a, b: b).map { (a: label($0.a), b: label($0.b), weight: $0.weight) }
            holds = { sets[$0].contains($1) }
            categories = sets.count
        }
        var lines: [Report.CodeLine] = []
        for code in codes {
            let has = (0..<categories).map { holds($0, code) }
            var table = BinaryTable()
            for u in labelled { table.add(has[u.a], has[u.b], u.weight) }
            var coded = table
            coded.neither = 0
            lines.append(Report.CodeLine(
                code: code, charactersA: Int(table.both + table.onlyA), charactersB: Int(table.both + table.onlyB),
                percent: table.percent, kappa: table.kappa, percentCoded: coded.percent, kappaCoded: coded.kappa))
        }
        return Report(codes: lines, alpha: alphaOfPairs(labelled, categories: categories), documents: lengths.count,
                      characters: Int(labelled.reduce(0) { $0 + $1.weight }))
    }

    /// One code's two-by-two table of weights: both coders gave it, one of them, or neither.
    /// Percent agreement and kappa follow from it by the formulas of ``percentAgreement(_:)``
    /// and ``cohensKappa(_:)``, without hashing a category for every unit of every code.
    struct BinaryTable {
        var both = 0.0, onlyA = 0.0, onlyB = 0.0, neither = 0.0

        mutating func add(_ a: Bool, _ b: Bool, _ weight: Double) {
            switch (a, b) {
            case (true, true): both += weight
            case (true, false): onlyA += weight
            case (false, true): onlyB += weight
            case (false, false): neither += weight
            }
        }

        var total: Double { both + onlyA + onlyB + neither }

        var percent: Double? {
            let t = total
            return t > 0 ? (both + neither) / t : nil
        }

        var kappa: Double? {
            let t = total
            guard t > 0 else { return nil }
            let po = (both + neither) / t
            let pe = ((both + onlyA) / t) * ((both + onlyB) / t) + ((onlyB + neither) / t) * ((onlyA + neither) / t)
            guard pe < 1 else { return nil }
            return (po - pe) / (1 - pe)
        }
    }

    /// Nominal alpha for two coders who both give every unit a value (a category number below
    /// `categories`): ``krippendorffAlphaNominal(_:)`` for that case. Each unit adds its weight to
    /// both categories' marginals, and twice to the diagonal when the two agree; disagreement
    /// observed is what lies off the diagonal, expected is the sum over categories of n_c (n - n_c).
    static func alphaOfPairs(_ units: [(a: Int, b: Int, weight: Double)], categories: Int) -> Double? {
        var marginals = [Double](repeating: 0, count: categories)
        var diagonal = 0.0
        for u in units {
            marginals[u.a] += u.weight
            marginals[u.b] += u.weight
            if u.a == u.b { diagonal += 2 * u.weight }
        }
        let n = marginals.reduce(0, +)
        guard n > 1 else { return nil }
        let observed = n - diagonal
        let expected = marginals.reduce(0) { $0 + $1 * (n - $1) }
        guard expected > 0 else { return nil }
        return 1 - (n - 1) * observed / expected
    }
}
