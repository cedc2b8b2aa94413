/// How coded passages become the report's claims: which codes are put forward as candidate
/// development points, and which passages are quoted. Plain functions over values.
public enum ReportRules {
    /// One coded passage as the rules see it: who said it (a participant's number, their role),
    /// with which code and tension kind, and where.
    public struct Passage: Equatable, Sendable {
        public var code: Int64
        public var codeName: String
        public var tension: String?
        public var person: Int64
        public var role: String
        public var document: Int64
        public var start: Int
        public var end: Int

        public init(code: Int64, codeName: String, tension: String?, person: Int64, role: String, document: Int64, start: Int, end: Int) {
            self.code = code
            self.codeName = codeName
            self.tension = tension
            self.person = person
            self.role = role
            self.document = document
            self.start = start
            self.end = end
        }
    }

    /// A code ranked as a candidate development point, with the passage that best shows it.
    public struct Ranked: Equatable, Sendable {
        public var code: Int64
        public var codeName: String
        public var segments: Int
        public var tensionSegments: Int
        public var tensions: [String: Int]
        public var participants: Int
        public var roles: [String]
        public var evidence: Passage?
    }

    /// Codes ranked by how many different people voiced a tension with them, then by tension
    /// passages, then by how many roles voiced them; a code nobody voiced a tension with counts
    /// all its passages. Evidence: the shortest passage of at least 40 characters, else the shortest.
    public static func candidates(_ passages: [Passage]) -> [Ranked] {
        var ranked: [Ranked] = []
        for (code, group) in Dictionary(grouping: passages, by: \.code) {
            let tensionPassages = group.filter { $0.tension != nil }
            var tensions: [String: Int] = [:]
            for p in tensionPassages { tensions[p.tension!, default: 0] += 1 }
            let voiced = tensionPassages.isEmpty ? group : tensionPassages
            func weight(_ p: Passage) -> Int {
                let length = p.end - p.start
                return length < 40 ? 10_000 + length : length
            }
            ranked.append(Ranked(code: code, codeName: group[0].codeName, segments: group.count, tensionSegments: tensionPassages.count,
                                 tensions: tensions, participants: Set(voiced.map(\.person)).count, roles: Set(voiced.map(\.role)).sorted(),
                                 evidence: voiced.min { weight($0) < weight($1) }))
        }
        return ranked.sorted { a, b in
            (a.participants, a.tensionSegments, a.roles.count, b.codeName.lowercased()) > (b.participants, b.tensionSegments, b.roles.count, a.codeName.lowercased())
        }
    }

    /// A passage offered as a quote: its text (speaker already removed) and who said it.
    public struct QuoteCandidate: Equatable, Sendable {
        public var person: Int64
        public var tension: String?
        public var text: String

        public init(person: Int64, tension: String?, text: String) {
            self.person = person
            self.tension = tension
            self.text = text
        }
    }

    /// Up to `limit` quotes: tension passages first, then those of a readable length (30 to 320
    /// characters), then in order of the text; one per person, never the same words twice.
    /// Returns the chosen candidates' positions, in the order to show them.
    public static func chooseQuotes(_ candidates: [QuoteCandidate], limit: Int) -> [Int] {
        let ranked = candidates.indices.sorted { a, b in
            func key(_ c: QuoteCandidate) -> (Int, Int) {
                let length = c.text.count
                return (c.tension == nil ? 1 : 0, length < 30 || length > 320 ? 1 : 0)
            }
            let ka = key(candidates[a]), kb = key(candidates[b])
            return (ka.0, ka.1, a) < (kb.0, kb.1, b)
        }
        var chosen: [Int] = []
        var people = Set<Int64>(), texts = Set<String>()
        for i in ranked where chosen.count < limit {
            let c = candidates[i]
            let text = Quote.line(c.text, limit: 320)
            guard !people.contains(c.person), texts.insert(text).inserted else { continue }
            people.insert(c.person)
            chosen.append(i)
        }
        return chosen
    }
}
