/// The focus group's tally, recomputed from the stored votes every time: nothing here is stored.
public struct Tally: Sendable {
    /// An A4 item as the plenary sees it: merged items carry their parts.
    public struct Item: Sendable, Equatable {
        public var number: Int
        public var label: String
        /// The original item numbers this item stands for (itself when not merged).
        public var parts: [Int]

        public init(number: Int, label: String, parts: [Int]) {
            self.number = number
            self.label = label
            self.parts = parts
        }
    }

    public struct Ballot: Sendable {
        public var voter: String
        public var slices: [Pie.Slice]

        public init(voter: String, slices: [Pie.Slice]) {
            self.voter = voter
            self.slices = slices
        }
    }

    public struct Subgroup: Sendable {
        public var name: String
        public var members: [String]
        public var consensus: [Pie.Slice]?

        public init(name: String, members: [String], consensus: [Pie.Slice]?) {
            self.name = name
            self.members = members
            self.consensus = consensus
        }
    }

    public struct Line: Sendable, Equatable {
        public var number: Int
        public var label: String
        public var rank: Int
        public var recognised: Int
        public var recognisedShare: Double
        /// Sum of slice shares over individuals: 1.00 is one whole pie.
        public var individualScore: Double
        public var slicedBy: Int
        /// Share of all individual pie given to this item.
        public var individualShare: Double
        /// Each subgroup's consensus share, by subgroup name (nil: no consensus yet).
        public var consensus: [String: Double?]
        /// Share of all consensus pie given to this item.
        public var consensusShare: Double
        /// Subgroups where at least half the members sliced this item but the consensus left it out.
        public var droppedBy: [String]
    }

    public var lines: [Line]
    public var participants: Int
    public var recognisedBy: Int
    public var voted: Int
    public var consensusCount: Int
    public var subgroupCount: Int
    public var kendallW: Double?

    /// Builds the tally. `recognitions` maps voter to the original item numbers they recognised;
    /// `ballots` hold original item numbers too, so a merge changes nothing stored.
    public init(items: [Item], subgroups: [Subgroup], recognitions: [String: Set<Int>], ballots: [Ballot]) {
        let members = subgroups.flatMap(\.members)
        participants = members.count
        recognisedBy = members.filter { !(recognitions[$0] ?? []).isEmpty }.count
        voted = ballots.count
        consensusCount = subgroups.filter { $0.consensus != nil }.count
        subgroupCount = subgroups.count
        let owner = Dictionary(items.flatMap { item in item.parts.map { ($0, item.number) } }, uniquingKeysWith: { a, _ in a })
        // A person who sliced two parts of one merged item counts once, with the sum.
        func fold(_ slices: [Pie.Slice]) -> [Int: Double] {
            var out: [Int: Double] = [:]
            for s in slices { if let n = owner[s.item] { out[n, default: 0] += s.share } }
            return out
        }
        let folded = ballots.map { (voter: $0.voter, shares: fold($0.slices)) }
        let totalIndividual = folded.reduce(0) { $0 + $1.shares.values.reduce(0, +) }
        let foldedConsensus = subgroups.map { (name: $0.name, members: $0.members, shares: $0.consensus.map(fold)) }
        let totalConsensus = foldedConsensus.reduce(0) { $0 + ($1.shares?.values.reduce(0, +) ?? 0) }
        var lines: [Line] = items.map { item in
            let recognised = members.filter { m in !(recognitions[m] ?? []).isDisjoint(with: item.parts) }.count
            let score = folded.reduce(0) { $0 + ($1.shares[item.number] ?? 0) }
            let slicedBy = folded.filter { ($0.shares[item.number] ?? 0) > 0 }.count
            var consensus: [String: Double?] = [:]
            var dropped: [String] = []
            var consensusSum = 0.0
            for group in foldedConsensus {
                let share = group.shares.map { $0[item.number] ?? 0 }
                consensus[group.name] = share
                consensusSum += share ?? 0
                let memberSlicers = folded.filter { group.members.contains($0.voter) && ($0.shares[item.number] ?? 0) > 0 }.count
                if let share, share == 0, !group.members.isEmpty, memberSlicers * 2 >= group.members.count {
                    dropped.append(group.name)
                }
            }
            return Line(number: item.number, label: item.label, rank: 0, recognised: recognised,
                        recognisedShare: members.isEmpty ? 0 : Double(recognised) / Double(members.count),
                        individualScore: score, slicedBy: slicedBy,
                        individualShare: totalIndividual > 0 ? score / totalIndividual : 0,
                        consensus: consensus, consensusShare: totalConsensus > 0 ? consensusSum / totalConsensus : 0,
                        droppedBy: dropped)
        }
        // Rank: individual score first (individual input comes first on purpose), then consensus, then recognition.
        let order = lines.indices.sorted { a, b in
            let x = lines[a], y = lines[b]
            if abs(x.individualScore - y.individualScore) > 1e-9 { return x.individualScore > y.individualScore }
            if abs(x.consensusShare - y.consensusShare) > 1e-9 { return x.consensusShare > y.consensusShare }
            if x.recognised != y.recognised { return x.recognised > y.recognised }
            return x.number < y.number
        }
        for (rank, index) in order.enumerated() { lines[index].rank = rank + 1 }
        self.lines = order.map { lines[$0] }
        kendallW = KendallW.corrected(
            ballots: folded.map { ballot in ballot.shares.map { (item: $0.key, weight: $0.value) } },
            items: items.map(\.number))
    }
}
