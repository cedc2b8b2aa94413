import Testing
@testable import VeldwerkCore

/// The statistics against published test vectors.
@Suite struct AgreementTests {
    func units(_ a: String, _ b: String) -> [(a: Character, b: Character, weight: Double)] {
        zip(a, b).map { ($0, $1, 1.0) }
    }

    @Test func cohensKappaMatchesTheTextbookExample() throws {
        let kappa = try #require(Agreement.cohensKappa(units("XXXXYYYZZX", "XXXYYYZZZX")))
        #expect(abs(kappa - 9.0 / 13.0) < 1e-12)
    }

    @Test func overlappingSpansGiveTheExpectedKappaAndAlpha() throws {
        // 100 characters; A codes [10,40), B codes [20,50).
        let report = Agreement.report(lengths: [1: 100],
                                      a: [.init(document: 1, start: 10, end: 40, code: 7)],
                                      b: [.init(document: 1, start: 20, end: 50, code: 7)], codes: [7])
        let line = try #require(report.codes.first)
        #expect(abs(try #require(line.kappa) - 11.0 / 21.0) < 1e-12)
        #expect(abs(try #require(line.percent) - 0.8) < 1e-12)
        #expect(abs(try #require(report.alpha) - 221.0 / 420.0) < 1e-12)
        #expect(line.charactersA == 30 && line.charactersB == 30)
        // Restricted to the 40 characters either coder coded: 20 agree, kappa below chance.
        #expect(abs(try #require(line.percentCoded) - 0.5) < 1e-12)
        #expect(abs(try #require(line.kappaCoded) - (-1.0 / 3.0)) < 1e-12)
    }

    @Test func weightedRunsEqualCharacterByCharacter() throws {
        let a: [Agreement.Span] = [.init(document: 1, start: 10, end: 40, code: 7)]
        let b: [Agreement.Span] = [.init(document: 1, start: 20, end: 50, code: 7)]
        let perChar: [(a: Bool, b: Bool, weight: Double)] = (0..<100).map { i in (a: (10..<40).contains(i), b: (20..<50).contains(i), weight: 1) }
        let runs = Agreement.runs(lengths: [1: 100], a: a, b: b).map { (a: $0.a.contains(7), b: $0.b.contains(7), weight: $0.weight) }
        #expect(abs(try #require(Agreement.cohensKappa(perChar)) - (try #require(Agreement.cohensKappa(runs)))) < 1e-12)
    }

    /// Krippendorff (2011), "Computing Krippendorff's alpha-reliability", data set C:
    /// four observers, twelve units, missing values; nominal alpha 0.743.
    @Test func krippendorffAlphaMatchesTheReliabilityDataC() throws {
        let observers: [[Int?]] = [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],
            [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
        ]
        let units = (0..<12).map { u in (values: observers.map { $0[u] }, weight: 1.0) }
        let alpha = try #require(Agreement.krippendorffAlphaNominal(units))
        #expect(abs(alpha - 0.743421) < 5e-7)
    }

    /// The report counts per code in a two-by-two table and alpha from marginals; on random
    /// codings it gives what the general formulas give over the same codings, character by
    /// character.
    @Test func theReportAgreesWithTheGeneralFormulas() {
        var g = SystemRandomNumberGenerator()
        func close(_ x: Double?, _ y: Double?) -> Bool {
            switch (x, y) {
            case (nil, nil): return true
            case let (x?, y?): return abs(x - y) < 1e-9
            default: return false
            }
        }
        // Many codes at once (over 64 distinct) take the report's other way of numbering sets.
        for round in 0..<330 {
            let many = round >= 300
            let lengths: [Int64: Int] = [1: Int.random(in: 1...200, using: &g), 2: Int.random(in: 1...200, using: &g), 3: 0]
            func spans() -> [Agreement.Span] {
                (0..<Int.random(in: many ? 60...80 : 0...6, using: &g)).map { _ in
                    let d = Int64.random(in: 1...2, using: &g), length = lengths[d]!
                    let start = Int.random(in: 0..<length, using: &g)
                    return .init(document: d, start: start, end: Int.random(in: (start + 1)...length, using: &g),
                                 code: Int64.random(in: 1...(many ? 90 : 3), using: &g))
                }
            }
            let a = spans(), b = spans()
            let codes = Array(Set((a + b).map(\.code)).union([1, 2, 3])).sorted()
            let report = Agreement.report(lengths: lengths, a: a, b: b, codes: codes)
            // The oracle: one unit per character, with the codes of the spans that cover it.
            var units: [(a: Set<Int64>, b: Set<Int64>, weight: Double)] = []
            for (d, length) in lengths.sorted(by: { $0.key < $1.key }) {
                for i in 0..<length {
                    func covering(_ spans: [Agreement.Span]) -> Set<Int64> {
                        Set(spans.filter { $0.document == d && $0.start <= i && $0.end > i }.map(\.code))
                    }
                    units.append((covering(a), covering(b), 1))
                }
            }
            #expect(Agreement.runs(lengths: lengths, a: a, b: b).reduce(0) { $0 + $1.weight } == Double(units.count))
            for line in report.codes {
                let binary = units.map { (a: $0.a.contains(line.code), b: $0.b.contains(line.code), weight: $0.weight) }
                let coded = binary.filter { $0.a || $0.b }
                #expect(close(line.kappa, Agreement.cohensKappa(binary)), "\(a) \(b)")
                #expect(close(line.percent, Agreement.percentAgreement(binary)))
                #expect(close(line.kappaCoded, Agreement.cohensKappa(coded)), "\(a) \(b)")
                #expect(close(line.percentCoded, Agreement.percentAgreement(coded)))
                #expect(line.charactersA == Int(binary.filter(\.a).reduce(0) { $0 + $1.weight }))
                #expect(line.charactersB == Int(binary.filter(\.b).reduce(0) { $0 + $1.weight }))
            }
            #expect(close(report.alpha, Agreement.krippendorffAlphaNominal(units.map { (values: [Optional($0.a), Optional($0.b)], weight: $0.weight) })), "\(a) \(b)")
            #expect(report.characters == units.count)
        }
    }

    @Test func perfectAgreementIsOneAndNoVariationIsUndefined() {
        #expect(Agreement.cohensKappa(units("XYXY", "XYXY")) == 1)
        #expect(Agreement.cohensKappa(units("XXXX", "XXXX")) == nil)
    }
}
