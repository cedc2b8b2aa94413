import Testing
@testable import VeldwerkCore

@Suite struct PieRuleTests {
    @Test func sizedSlicesBecomeShares() throws {
        let slices = try Pie.parse(["2:50", "5:30", "1:20"], normalise: false)
        #expect(slices == [.init(item: 2, share: 0.5), .init(item: 5, share: 0.3), .init(item: 1, share: 0.2)])
    }

    @Test func noSizesShareOneWholePieEqually() throws {
        #expect(try Pie.parse(["4", "1"], normalise: false).map(\.share) == [0.5, 0.5])
        #expect(try Pie.parse(["4", "1", "2"], normalise: false).map(\.share) == [1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0])
        #expect(try Pie.parse(["4"], normalise: false).map(\.share) == [1.0])
        // Two unsized slices weigh as much as `4:50 1:50`: every participant's pie is one whole pie.
        #expect(try Pie.parse(["4", "1"], normalise: false) == Pie.parse(["4:50", "1:50"], normalise: false))
    }

    @Test func normaliseScalesAnyTotal() throws {
        let slices = try Pie.parse(["1:3", "2:1"], normalise: true)
        #expect(slices.map(\.share) == [0.75, 0.25])
    }

    @Test(arguments: [
        (["1", "2", "3", "4"], "at most 3"),
        (["1:0", "2:100"], "above 0"),
        (["1:-5", "2:105"], "above 0"),
        (["1:abc"], "not a number"),
        (["1:50", "2:40"], "add up to 90"),
        (["2:50", "2:50"], "sliced twice"),
        (["1:50", "2"], "all slices or for none"),
        (["x"], "not an item"),
        (["0"], "not an item"),
        ([String](), "one to three"),
    ])
    func badPiesNameTheRule(words: [String], needle: String) {
        #expect {
            _ = try Pie.parse(words, normalise: false)
        } throws: { error in
            "\(error)".contains(needle)
        }
    }
}

@Suite struct KendallWTests {
    /// Three ballots A>B>C, B>A>D, A>C>B over A-E; the unranked share the remaining rank.
    @Test func tieCorrectedWMatchesTheVector() throws {
        let ballots: [[(item: String, weight: Double)]] = [
            [("A", 3), ("B", 2), ("C", 1)],
            [("B", 3), ("A", 2), ("D", 1)],
            [("A", 3), ("C", 2), ("B", 1)],
        ]
        let w = try #require(KendallW.corrected(ballots: ballots, items: ["A", "B", "C", "D", "E"]))
        #expect(abs(w - 127.0 / 171.0) < 1e-12)
    }

    @Test func identicalBallotsAgreeFully() throws {
        let ballot: [(item: Int, weight: Double)] = [(1, 3), (2, 2), (3, 1)]
        #expect(try #require(KendallW.corrected(ballots: [ballot, ballot, ballot], items: [1, 2, 3])) == 1)
    }
}

@Suite struct TallyTests {
    let items = [Tally.Item(number: 1, label: "Regie", parts: [1]), Tally.Item(number: 2, label: "Coaching", parts: [2]),
                 Tally.Item(number: 3, label: "Portefeuilles", parts: [3])]

    @Test func sharesSumToTheNumberOfPies() {
        let ballots = [
            Tally.Ballot(voter: "a", slices: [.init(item: 1, share: 0.5), .init(item: 2, share: 0.5)]),
            Tally.Ballot(voter: "b", slices: [.init(item: 3, share: 1.0)]),
            Tally.Ballot(voter: "c", slices: [.init(item: 1, share: 0.2), .init(item: 2, share: 0.3), .init(item: 3, share: 0.5)]),
        ]
        let tally = Tally(items: items, subgroups: [.init(name: "A", members: ["a", "b", "c"], consensus: nil)],
                          recognitions: ["a": [1, 2], "b": [3]], ballots: ballots)
        #expect(abs(tally.lines.reduce(0) { $0 + $1.individualScore } - 3) < 1e-12)
        #expect(tally.lines.map(\.number) == [3, 2, 1])
        #expect(tally.recognisedBy == 2 && tally.voted == 3)
        #expect(tally.lines.first { $0.number == 2 }?.recognised == 1)
    }

    @Test func mergedItemsCountAPersonOnceWithTheSum() {
        let merged = [Tally.Item(number: 4, label: "Regie en coaching", parts: [1, 2]), Tally.Item(number: 3, label: "Portefeuilles", parts: [3])]
        let ballots = [Tally.Ballot(voter: "a", slices: [.init(item: 1, share: 0.5), .init(item: 2, share: 0.3), .init(item: 3, share: 0.2)])]
        let tally = Tally(items: merged, subgroups: [.init(name: "A", members: ["a"], consensus: nil)], recognitions: [:], ballots: ballots)
        let line = tally.lines.first { $0.number == 4 }!
        #expect(abs(line.individualScore - 0.8) < 1e-12)
        #expect(line.slicedBy == 1)
    }

    @Test func aConsensusThatDropsWhatMembersChoseIsFlagged() {
        let ballots = ["a", "b", "c"].map { Tally.Ballot(voter: $0, slices: [.init(item: 2, share: 1)]) }
        let groups = [Tally.Subgroup(name: "A", members: ["a", "b", "c", "d"], consensus: [.init(item: 1, share: 1)])]
        let tally = Tally(items: items, subgroups: groups, recognitions: [:], ballots: ballots)
        #expect(tally.lines.first { $0.number == 2 }?.droppedBy == ["A"])
        #expect(tally.lines.first { $0.number == 1 }?.droppedBy == [])
        #expect(tally.lines.first { $0.number == 1 }?.consensusShare == 1)
    }
}

@Suite struct PrivacyRuleTests {
    @Test func aRoleIsNamedOnlyWhereEnoughHoldIt() {
        #expect(PrivacyRules.namedRole("WOE", holders: 3, threshold: 3) == "WOE")
        #expect(PrivacyRules.namedRole("teamchef", holders: 1, threshold: 3) == nil)
        #expect(PrivacyRules.listed(["teamchef", "WOE", "OE", "WOE"], holders: ["WOE": 4, "OE": 3, "teamchef": 1], threshold: 3) == ["OE", "WOE", ""])
        let folded = PrivacyRules.folded([("WOE", 4, 3), ("teamchef", 1, 1), ("OSA", 2, 2)], threshold: 3)
        #expect(folded.map(\.role) == ["WOE", nil])
        #expect(folded.map(\.count) == [3, 3])
    }
}
