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

    @Test func perfectAgreementIsOneAndNoVariationIsUndefined() {
        #expect(Agreement.cohensKappa(units("XYXY", "XYXY")) == 1)
        #expect(Agreement.cohensKappa(units("XXXX", "XXXX")) == nil)
    }
}
