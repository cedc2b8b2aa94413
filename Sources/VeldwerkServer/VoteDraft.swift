import VeldwerkCore

/// What a participant ticked and typed on the vote page, checked by the same rules as `pie`
/// at the prompt, with messages in the page's language.
struct VoteDraft: Sendable, Equatable {
    var recognised: [Int]
    /// Chosen items in page order, each with the size as typed ("" for none).
    var slices: [Slice]

    struct Slice: Sendable, Equatable {
        var item: Int
        var size: String
    }

    static let empty = VoteDraft(recognised: [], slices: [])

    /// Reads the form: `rec` and `pie` name item numbers, `size_N` the size of item N.
    init(form: FormFields, items: [Int]) throws {
        let known = Set(items)
        func numbers(_ name: String) throws -> [Int] {
            var seen = Set<Int>(), out: [Int] = []
            for value in form.all(name) {
                guard let n = CommandNumber.integer(value, maxDigits: 4), known.contains(n) else { throw PageError(.unprocessableContent, .itemUnknown) }
                if seen.insert(n).inserted { out.append(n) }
            }
            return out
        }
        recognised = try numbers("rec").sorted()
        let chosen = Set(try numbers("pie"))
        // A size typed without ticking the box still chooses the item, as on paper.
        slices = items.compactMap { n in
            let size = (form["size_\(n)"] ?? "").trimmingWhitespace().replacingComma()
            return chosen.contains(n) || !size.isEmpty ? Slice(item: n, size: size) : nil
        }
    }

    init(recognised: [Int], slices: [Slice]) {
        self.recognised = recognised
        self.slices = slices
    }

    /// The stored vote, to show on the page again.
    init(recognised: [Int], pie: [(item: Int, share: Double)]) {
        self.recognised = recognised
        let equal = pie.allSatisfy { abs($0.share - 1.0 / Double(pie.count)) < 1e-9 }
        slices = pie.map { Slice(item: $0.item, size: equal ? "" : NumberFormat.compact($0.share * 100, decimals: 1)) }
    }

    /// The pie as `pie` takes it, or the first rule it breaks.
    func checkedPie() throws -> [Pie.Slice] {
        guard !slices.isEmpty else { throw PageError(.unprocessableContent, .noSlice) }
        guard slices.count <= Pie.maximumSlices else { throw PageError(.unprocessableContent, .tooManySlices) }
        let sized = slices.filter { !$0.size.isEmpty }
        if !sized.isEmpty {
            guard sized.count == slices.count else { throw PageError(.unprocessableContent, .sizesPartly) }
            var total = 0.0
            for s in sized {
                guard let v = CommandNumber.decimal(s.size, in: 0...100), v > 0 else { throw PageError(.unprocessableContent, .sizeNotNumber) }
                total += v
            }
            if abs(total - 100) > 1e-9 {
                throw PageError(.unprocessableContent, .sizesSum, detail: NumberFormat.distinct(total, from: 100))
            }
        }
        do {
            return try Pie.parse(words, normalise: false)
        } catch {
            throw PageError(.unprocessableContent, .badForm, detail: "\(error)")
        }
    }

    /// The slices as typed at the prompt: `2:50 5:30 1:20`, or `2 5 1`.
    var words: [String] { slices.map { $0.size.isEmpty ? String($0.item) : "\($0.item):\($0.size)" } }

    /// The prompt commands this vote amounts to, for the history.
    func commandLine(pseudonym: String) -> String {
        "recognise \(pseudonym) \(recognised.map(String.init).joined(separator: " ")); pie \(pseudonym) \(words.joined(separator: " ")) (from a phone)"
    }
}

private extension String {
    func replacingComma() -> String { String(map { $0 == "," ? "." : $0 }) }
}
