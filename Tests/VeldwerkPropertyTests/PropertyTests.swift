import Foundation
import PropertyBased
import Testing
import VeldwerkCommands
@testable import VeldwerkCore
import VeldwerkExport
import VeldwerkImport
import VeldwerkStore

/// Characters that make life hard for a tokenizer, an XML writer or an offset: quotes, escapes,
/// separators, combining marks, emoji with skin tones, Dutch diacritics, right-to-left text.
let hardPieces: [String] = Array("aZ09 -_\"'\\;#:<>&/éëïĳ").map(String.init) + ["e\u{301}", "👮🏽", "\u{200F}ש", "\u{200D}", "ß", "Ø", "\t"]
let hard = Gen.int(in: 0...(hardPieces.count - 1)).map { hardPieces[$0] }
let word = hard.array(of: 0...8).map { $0.joined() }
let plainNameCharacters: [Character] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëïçñ &<>\"'") + ["👮🏽", "ĳ"]

@Suite struct TokenizerProperties {
    @Test func linesRoundTripToTheSameWords() async {
        await propertyCheck(count: 300, input: word.array(of: 1...6)) { words in
            let line = LineTokenizer.line(from: words)
            #expect((try? LineTokenizer.commands(in: line)) == [words])
        }
    }

    @Test func semicolonsSplitCommandsWhateverTheWords() async {
        await propertyCheck(count: 200, input: word.array(of: 1...4), word.array(of: 1...4)) { a, b in
            let line = LineTokenizer.line(from: a) + " ; " + LineTokenizer.line(from: b)
            #expect((try? LineTokenizer.commands(in: line)) == [a, b])
        }
    }

    @Test func theParserNeverCrashesOnAnyWords() async {
        let pieces = ["team", "add", "pie", "code", "--team", "--json", "1:50", "-5", "\"", "", "help", "undo", "as", "x"]
        let vocabulary = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }
        await propertyCheck(count: 300, input: vocabulary.array(of: 0...6)) { words in
            // Either a command, a request for help, or a one-line error that says what to do.
            do {
                _ = try CommandCatalog.parse(words)
            } catch is CommandCatalog.HelpRequest {
            } catch let error as VeldwerkError {
                #expect(!error.message.isEmpty && !error.message.contains("\n"), "\(words): \(error.message)")
                #expect(error.message.contains("'") || error.message.contains(";"), "names what is wrong: \(error.message)")
            } catch {
                Issue.record("\(words): not a user error: \(error)")
            }
        }
    }
}

@Suite struct PieProperties {
    /// One to three distinct items with positive sizes adding up to 100.
    static let validPie = zip(Gen.int(in: 1...9).array(of: 1...3), Gen.int(in: 1...98)).map { items, cut -> [String] in
        let distinct = Array(Set(items)).sorted()
        // Sizes from one or two cuts of 100; all positive.
        let sizes: [Int]
        switch distinct.count {
        case 1: sizes = [100]
        case 2: sizes = [cut, 100 - cut]
        default: sizes = [max(1, cut / 2), max(1, 100 - cut) / 2 + 1, 100 - max(1, cut / 2) - (max(1, 100 - cut) / 2 + 1)].map { max(1, $0) }
        }
        guard sizes.reduce(0, +) == 100, sizes.allSatisfy({ $0 > 0 }) else { return ["\(distinct[0]):100"] }
        return zip(distinct, sizes).map { "\($0):\($1)" }
    }

    @Test func sharesOfAValidPieAddUpToOne() async {
        await propertyCheck(count: 300, input: Self.validPie) { words in
            let slices = try Pie.parse(words, normalise: false)
            #expect(abs(slices.reduce(0) { $0 + $1.share } - 1) < 1e-9)
        }
    }

    @Test func normalisedSizesAlwaysMakeOneWholePie() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...1000).array(of: 1...3)) { sizes in
            let words = sizes.enumerated().map { "\($0.offset + 1):\($0.element)" }
            let slices = try Pie.parse(words, normalise: true)
            #expect(abs(slices.reduce(0) { $0 + $1.share } - 1) < 1e-9)
        }
    }

    @Test func tallyScoresAddUpToTheShareOfAllPies() async {
        let ballot = Self.validPie.map { try! Pie.parse($0, normalise: false) }
        await propertyCheck(count: 200, input: ballot.array(of: 1...20)) { pies in
            let items = (1...9).map { Tally.Item(number: $0, label: "item \($0)", parts: [$0]) }
            let ballots = pies.enumerated().map { Tally.Ballot(voter: "p\($0.offset)", slices: $0.element) }
            let tally = Tally(items: items, subgroups: [.init(name: "A", members: ballots.map(\.voter), consensus: nil)], recognitions: [:], ballots: ballots)
            #expect(abs(tally.lines.reduce(0) { $0 + $1.individualScore } - Double(pies.count)) < 1e-9)
            #expect(abs(tally.lines.reduce(0) { $0 + $1.individualShare } - 1) < 1e-9)
            #expect(tally.lines.map(\.rank) == Array(1...9))
            if let w = tally.kendallW { #expect(w >= -1e-9 && w <= 1 + 1e-9) }
        }
    }

    @Test func mergingAddsPartsAndCountsEachPersonOnce() async {
        let ballot = Self.validPie.map { try! Pie.parse($0, normalise: false) }
        await propertyCheck(count: 200, input: ballot.array(of: 1...12), Gen.int(in: 1...8)) { pies, first in
            let items = (1...9).map { Tally.Item(number: $0, label: "\($0)", parts: [$0]) }
            let ballots = pies.enumerated().map { Tally.Ballot(voter: "p\($0.offset)", slices: $0.element) }
            let groups = [Tally.Subgroup(name: "A", members: ballots.map(\.voter), consensus: nil)]
            let before = Tally(items: items, subgroups: groups, recognitions: [:], ballots: ballots)
            let merged = items.filter { $0.number != first && $0.number != first + 1 } + [Tally.Item(number: 10, label: "m", parts: [first, first + 1])]
            let after = Tally(items: merged, subgroups: groups, recognitions: [:], ballots: ballots)
            let parts = before.lines.filter { $0.number == first || $0.number == first + 1 }
            let line = after.lines.first { $0.number == 10 }!
            #expect(abs(line.individualScore - parts.reduce(0) { $0 + $1.individualScore }) < 1e-9)
            #expect(line.slicedBy <= parts.reduce(0) { $0 + $1.slicedBy })
            #expect(line.slicedBy >= parts.map(\.slicedBy).max() ?? 0)
        }
    }
}

@Suite struct OffsetProperties {
    @Test func slicesByScalarOffsetsGiveBackTheText() async {
        await propertyCheck(count: 300, input: word.array(of: 1...12), Gen.int(in: 0...1000), Gen.int(in: 0...1000)) { words, a, b in
            let text = TranscriptText.normalised(words.joined(separator: " "))
            let n = text.unicodeScalars.count
            guard n > 0 else { return }
            let lo = min(a, b) % (n + 1), hi = max(lo, max(a, b) % (n + 1))
            let expected = String(String.UnicodeScalarView(Array(text.unicodeScalars)[lo..<hi]))
            #expect(TranscriptText.slice(text, lo, hi) == expected)
        }
    }

    @Test func paragraphsCoverTheTextInOrderWithoutOverlap() async {
        let line = word.array(of: 0...6).map { $0.joined(separator: " ") }
        let labels = ["", "I: ", "R: ", "WOE: ", "Respondent 2: "]
        let speaker = Gen.int(in: 0...(labels.count - 1)).map { labels[$0] }
        await propertyCheck(count: 300, input: zip(speaker, line).map { $0 + $1 }.array(of: 1...12)) { lines in
            let text = TranscriptText.normalised(lines.joined(separator: "\n"))
            let paragraphs = TranscriptText.paragraphs(of: text)
            var previous = -1
            for p in paragraphs {
                #expect(p.start >= 0 && p.end <= text.unicodeScalars.count && p.start < p.end)
                #expect(p.start > previous)
                previous = p.end
                let slice = TranscriptText.slice(text, p.start, p.end)
                #expect(!slice.trimmingWhitespace().isEmpty)
                if let s = p.speaker { #expect(slice.hasPrefix(s + ":")) }
            }
            #expect(paragraphs.map(\.number) == Array(paragraphs.indices).map { $0 + 1 })
        }
    }

    @Test func aUniqueWordIsFoundExactlyWhereItIs() async {
        await propertyCheck(count: 300, input: word.array(of: 0...8), word.array(of: 0...8)) { before, after in
            let marker = "⟦merk⟧"
            let head = before.joined(separator: " ") + " "
            let text = head + marker + " " + after.joined(separator: " ")
            let found = TranscriptText.occurrences(of: marker, in: text)
            #expect(found == [head.unicodeScalars.count..<(head.unicodeScalars.count + marker.unicodeScalars.count)])
        }
    }
}

@Suite struct CodebookRoundTrips {
    static let name = Gen.int(in: 0...(plainNameCharacters.count - 1)).map { plainNameCharacters[$0] }.array(of: 1...12)
        .map { String($0).trimmingWhitespace() }.map { $0.isEmpty ? "x" : $0 }
    static let book = zip(name.array(of: 1...6), name.array(of: 0...4)).map { names, children -> Codebook in
            var counter = 0
            func guid() -> String { counter += 1; return String(format: "00000000-0000-0000-0000-%012d", counter) }
            let codes = names.enumerated().map { i, n in
                CodeNode(guid: guid(), name: n, description: i % 2 == 0 ? "over \(n) & <meer>" : nil, color: i % 3 == 0 ? "#12AB9F" : nil,
                         isCodable: i % 4 != 1, children: i == 0 ? children.map { CodeNode(guid: guid(), name: $0) } : [])
            }
            let all = codes.flatMap(\.flattened)
            return Codebook(name: "boek", codes: codes, sets: [CodeSet(guid: guid(), name: "set", description: "d", members: all.prefix(2).map(\.guid))])
    }

    @Test func qdcKeepsEveryCodeAndGUID() async {
        await propertyCheck(count: 150, input: Self.book) { book in
            let back = try QDCReader.parse(Data(QDCWriter.write(book, origin: "test").utf8), source: "t.qdc")
            #expect(back.codes == book.codes)
            #expect(back.sets == book.sets)
        }
    }

    @Test func yamlKeepsEveryCodeAndGUID() async {
        await propertyCheck(count: 150, input: Self.book) { book in
            let back = try CodebookYAMLReader.read(try CodebookYAMLWriter.write(book), source: "t.yaml")
            #expect(back.codes == book.codes)
            #expect(back.sets == book.sets)
        }
    }
}

@Suite struct StoredTallyProperties {
    /// Votes stored in a real project: merging two items and undoing the merge restores the tally.
    @Test func mergeThenUndoRestoresTheTally() async throws {
        let ballot = PieProperties.validPie.map { words in words.map { w -> String in
            let parts = w.split(separator: ":")
            return "\((Int(parts[0])! - 1) % 4 + 1):\(parts[1])"
        } }.filter { Set($0.map { $0.split(separator: ":")[0] }).count == $0.count }
        await propertyCheck(count: 25, input: ballot.array(of: 4...8), Gen.int(in: 1...3)) { pies, first in
            let folder = NSTemporaryDirectory() + "veldwerk-prop-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let store = try ProjectStore.create(folder: folder, name: "p")
            let people = try store.change(line: "setup", actor: nil) { w -> [String] in
                _ = try w.addTeam(name: "T", code: "T", fte: nil, areaKind: nil, areas: [], portfolios: [])
                _ = try w.addRole(name: "R", code: nil, description: nil)
                _ = try w.importCodebook(Codebook(codes: (1...4).map { CodeNode(guid: "00000000-0000-0000-0000-00000000000\($0)", name: "c\($0)") }))
                for i in 1...4 { _ = try w.addA4Item(team: "T", code: "c\(i)", label: nil) }
                let fg = try w.addFocusGroup(team: "T", date: try Day(parsing: "2022-06-01"))
                let sg = try w.addSubgroup(focusGroup: fg, name: "A", lead: nil)
                return try w.joinSubgroup(sg, participants: pies.map { _ in "+R" }).joined
            }
            for (person, words) in zip(people, pies) {
                _ = try store.change(line: "pie", actor: nil) { w in try w.setPie(participant: person, slices: try Pie.parse(words, normalise: false), current: nil) }
            }
            func tally() throws -> [String] {
                let input = try store.read { try $0.tallyInput(1) }
                return Tally(items: input.items, subgroups: input.subgroups, recognitions: input.recognitions, ballots: input.ballots).lines
                    .map { "\($0.number) \($0.rank) \(NumberFormat.fixed($0.individualScore, decimals: 9)) \($0.slicedBy)" }
            }
            let before = try tally()
            _ = try store.change(line: "merge", actor: "f") { w in try w.merge(focusGroup: 1, items: [first, first + 1], label: "samen") }
            #expect(try tally() != before)
            _ = try store.undo(actor: "f")
            #expect(try tally() == before)
            #expect(try store.integrityCheck() == ["ok"])
        }
    }
}
