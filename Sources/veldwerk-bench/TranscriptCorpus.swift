import Foundation

/// Deterministic Dutch-like interview transcripts and the codings of two coders, for benchmarks.
struct TranscriptCorpus {
    static let words = """
        de het een en van in op met voor niet dat is wijk team casus regie wijkagent OE WOE portefeuille probleem \
        aanpak gemeente partners overleg rooster noodhulp capaciteit afspraak duidelijk onduidelijk samen werken \
        bewoners overlast jeugd zorg veiligheid ondermijning informatie briefing cluster gebied thema verantwoordelijk \
        coaching gesprek leidinggevende personeelszorg tijd druk keuze prioriteit resultaat doel plan evaluatie \
        melding signaal woning winkelcentrum café horeca evenement verkeer analyse netwerk collega's vertrouwen
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    static let codes = ["Rolduidelijkheid", "Regie", "Coaching", "Portefeuilles", "Personeelszorg", "Werkdruk", "Informatiedeling", "Gebied en thema"]

    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64: small, fast, the same sequence everywhere.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// About `words` words in turns of interviewer and respondent, blank lines between.
    mutating func transcript(words target: Int) -> (text: String, paragraphs: Int) {
        var out = ""
        var count = 0
        var paragraphs = 0
        while count < target {
            let interviewer = paragraphs % 2 == 0
            let length = interviewer ? 8 + below(15) : 40 + below(90)
            out += interviewer ? "I: " : "R: "
            for i in 0..<length {
                var w = Self.words[below(Self.words.count)]
                if i == 0 { w = w.prefix(1).uppercased() + w.dropFirst() }
                out += w
                out += (i == length - 1) ? (interviewer ? "?" : ".") : (below(12) == 0 ? ". " : " ")
            }
            out += "\n\n"
            count += length
            paragraphs += 1
        }
        return (out, paragraphs)
    }

    static func codebookYAML() -> String {
        "codebook: bench\ncodes:\n" + codes.enumerated().map { i, c in
            "  - name: \(c)\n    guid: BE7C0000-0000-0000-0000-\(String(format: "%012d", i))\n"
        }.joined()
    }
}
