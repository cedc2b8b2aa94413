import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import VeldwerkCore

/// Reads a whole REFI-QDA project (`.qdpx`: a zip of `project.qde` and `sources/`) from any
/// producer into an ``ExchangeProject``: texts normalised as Veldwerk stores them, selections
/// moved onto the normalised text, each text's SHA-256 at hand.
///
/// Nothing from the archive is ever written to disk: entries are read into memory within the
/// same bounds as Word documents, and a source path that climbs out of `sources/` is refused.
public enum QDPXReader {
    /// Most bytes all entries may unpack to together, and most entries an archive may hold.
    public static let maximumTotalBytes = 1024 * 1024 * 1024
    public static let maximumEntries = 100_000

    public static func read(path: String) throws -> ExchangeProject {
        let url = URL(fileURLWithPath: path)
        let display = url.lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else { throw VeldwerkError("no file \(path); check the path") }
        guard url.pathExtension.lowercased() == "qdpx" else {
            throw VeldwerkError("\(display): a REFI-QDA project ends in .qdpx")
        }
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { throw VeldwerkError("cannot read \(path)") }
        return try read(data, display: display)
    }

    public static func read(_ data: Data, display: String) throws -> ExchangeProject {
        let entries: [ZipEntry.Entry]
        do {
            entries = try ZipEntry.entries(data, display: display)
        } catch {
            throw VeldwerkError("\(display) is not a REFI-QDA project (not a readable zip archive)")
        }
        guard entries.count <= maximumEntries else { throw VeldwerkError("\(display) holds over \(maximumEntries) files; refused") }
        var byName: [String: ZipEntry.Entry] = [:]
        for e in entries { byName[e.name] = e }
        guard let qde = byName["project.qde"] else { throw VeldwerkError("\(display) holds no project.qde; not a REFI-QDA project") }
        var budget = maximumTotalBytes
        func unpack(_ entry: ZipEntry.Entry, limit: Int) throws -> Data {
            let bytes = try ZipEntry.read(data, display: display, entry, limit: min(limit, budget))
            budget -= bytes.count
            return bytes
        }
        let xml = try unpack(qde, limit: QDCReader.maximumXMLBytes)
        let source = "\(display) (project.qde)"
        let builder = Builder()
        try StrictXMLHandler.run(xml, handler: builder, source: source, namespaces: true)
        guard builder.sawProject else {
            throw VeldwerkError("\(display): project.qde is not a REFI-QDA project (expected <Project xmlns=\"urn:QDA-XML:project:1.0\">)")
        }
        let codebook = builder.sawCodeBook ? try QDCReader.parse(xml, source: source) : Codebook(name: nil, codes: [], sets: [])
        var project = ExchangeProject(name: builder.projectName ?? display, origin: builder.origin, codebook: codebook)
        project.users = builder.users
        project.cases = builder.cases

        /// The bytes of a file the project names, or why it cannot be had.
        func file(_ reference: String, what: String, limit: Int) throws -> Result<Data, Skip> {
            guard let inside = try archivePath(reference, what: what, display: display) else {
                return .failure(Skip("its file \(reference) lies outside the archive"))
            }
            guard let entry = byName[inside] else { return .failure(Skip("its file \(inside) is not in the archive")) }
            return .success(try unpack(entry, limit: limit))
        }

        for raw in builder.sources {
            var out = ExchangeProject.Source(guid: raw.guid, name: raw.name, content: .skipped(raw.skipReason ?? ""), values: raw.values)
            if raw.skipReason == nil {
                switch try text(of: raw, file: file, display: display) {
                case .success(let text):
                    let normalised = NormalisedText(raw: text)
                    out.content = .text(normalised.text)
                    out.sha256 = TranscriptReader.fingerprint(normalised.text)
                    out.selections = try raw.selections.compactMap { try move($0, onto: normalised, source: raw.name, display: display) }
                case .failure(let skip):
                    out.content = .skipped(skip.reason)
                }
            }
            project.sources.append(out)
        }
        for note in builder.notes {
            var text = note.content
            if text == nil, let path = note.plainTextPath, case .success(let bytes) = try file(path, what: "note '\(note.name)'", limit: TranscriptReader.maximumTextBytes) {
                text = try utf8(bytes, what: "note '\(note.name)'", display: display)
            }
            project.notes.append(.init(guid: note.guid, name: note.name, text: TranscriptText.normalised(text ?? "")))
        }
        return project
    }

    struct Skip: Error { var reason: String; init(_ r: String) { reason = r } }

    /// Where a source's path points inside the archive, or nil for a file outside it
    /// (`absolute://`, `relative://`). A path that climbs out of `sources/` refuses the file.
    static func archivePath(_ reference: String, what: String, display: String) throws -> String? {
        var path = reference
        if path.hasPrefix("internal://") {
            path.removeFirst("internal://".count)
        } else if path.contains("://") {
            return nil
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !parts.contains(".."), !parts.contains(""), !path.contains("\0") else {
            throw VeldwerkError("\(display): \(what) points at '\(reference)', outside the project's sources/ folder; refused, nothing was imported")
        }
        return "sources/" + path
    }

    static func utf8(_ bytes: Data, what: String, display: String) throws -> String {
        guard !bytes.contains(0) else { throw VeldwerkError("\(display): \(what) holds binary data, not text; nothing was imported") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw VeldwerkError("\(display): \(what) is not valid UTF-8; nothing was imported")
        }
        return text
    }

    /// The source's text as its producer counted positions in it: inline content, the plain
    /// text file, or (when only a Word document is there) the document's text.
    static func text(of raw: RawSource, file: (String, String, Int) throws -> Result<Data, Skip>, display: String) throws -> Result<String, Skip> {
        let what = "source '\(raw.name)'"
        if let inline = raw.content { return .success(inline) }
        if let path = raw.plainTextPath {
            switch try file(path, what, TranscriptReader.maximumTextBytes) {
            case .success(let bytes): return .success(try utf8(bytes, what: what, display: display))
            case .failure(let skip): if raw.richTextPath == nil { return .failure(skip) }
            }
        }
        if let rich = raw.richTextPath {
            guard rich.lowercased().hasSuffix(".docx") else { return .failure(Skip("its text is rich text (\((rich as NSString).pathExtension)), which Veldwerk does not read")) }
            switch try file(rich, what, TranscriptReader.maximumDocxBytes) {
            case .success(let bytes): return .success(try DocxReader.text(of: bytes, name: "\(display): \(what)"))
            case .failure(let skip): return .failure(skip)
            }
        }
        return .failure(Skip("it has no text"))
    }

    /// A selection moved from the producer's text onto the normalised one; refused when it lies
    /// outside the text, dropped when normalising leaves nothing of it (blanks at the very end).
    static func move(_ s: ExchangeProject.Selection, onto text: NormalisedText, source: String, display: String) throws -> ExchangeProject.Selection? {
        var s = s
        if s.end == Int.max {
            guard text.rawLength > 0 else { return nil }
            s.end = text.rawLength
        }
        guard s.start >= 0, s.end > s.start, s.end <= text.rawLength, let start = text.map(s.start), let end = text.map(s.end) else {
            throw VeldwerkError("\(display): selection \(s.guid) in source '\(source)' runs \(s.start)-\(s.end), outside its text (0-\(text.rawLength)); nothing was imported")
        }
        guard end > start else { return nil }
        var moved = s
        moved.start = start
        moved.end = end
        return moved
    }

    struct RawSource {
        var guid: String
        var name: String
        var content: String?
        var plainTextPath: String?
        var richTextPath: String?
        var skipReason: String?
        var selections: [ExchangeProject.Selection] = []
        var values: [String: String] = [:]
    }

    struct RawNote {
        var guid: String
        var name: String
        var content: String?
        var plainTextPath: String?
    }

    /// Collects everything but the codebook (which ``QDCReader`` reads) from SAX events.
    private final class Builder: StrictXMLHandler {
        var sawProject = false, sawCodeBook = false
        var projectName: String?, origin: String?
        var users: [ExchangeProject.User] = []
        var variableNames: [String: String] = [:]
        var cases: [ExchangeProject.Case] = []
        var sources: [RawSource] = []
        var notes: [RawNote] = []
        private var path: [String] = []
        private var currentCase: ExchangeProject.Case?
        private var currentSource: RawSource?
        private var currentNote: RawNote?
        private var currentSelection: ExchangeProject.Selection?
        private var selectionUser: String?
        private var selectionNotes: [String] = []
        private var currentCoding: ExchangeProject.Coding?
        private var valueVariable: String?
        private var capture: String?
        /// Inside a picture, PDF, audio or video source: nothing nested is read.
        private var ignoring = 0

        static let valueElements: Set<String> = ["TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue"]
        static let otherSources: [String: String] = ["PictureSource": "a picture", "PDFSource": "a PDF", "AudioSource": "audio", "VideoSource": "video"]

        override func start(_ name: String, _ attributes: [String: String], parser: XMLParser) {
            let parent = path.last
            path.append(name)
            if ignoring > 0 { ignoring += 1; return }
            func guid() -> String? {
                guard let g = attributes["guid"], CodeGUID.isValid(g) else {
                    stop(parser, "a \(name) needs a guid attribute holding a GUID")
                    return nil
                }
                return g
            }
            switch name {
            case "Project":
                sawProject = true
                projectName = attributes["name"]
                origin = attributes["origin"]
            case "CodeBook":
                sawCodeBook = true
            case "User" where parent == "Users":
                guard let g = guid() else { return }
                let label = attributes["name"].flatMap { $0.isEmpty ? nil : $0 } ?? attributes["id"].flatMap { $0.isEmpty ? nil : $0 } ?? "user \(g.prefix(8))"
                users.append(.init(guid: g, name: label))
            case "Variable" where parent == "Variables":
                guard let g = guid() else { return }
                variableNames[g.lowercased()] = attributes["name"] ?? ""
            case "Case" where parent == "Cases":
                guard let g = guid() else { return }
                currentCase = .init(guid: g, name: attributes["name"] ?? "", values: [:], sources: [])
            case "SourceRef" where parent == "Case":
                if let t = attributes["targetGUID"] { currentCase?.sources.append(t) }
            case "VariableValue":
                valueVariable = nil
            case "VariableRef" where parent == "VariableValue":
                valueVariable = attributes["targetGUID"].flatMap { variableNames[$0.lowercased()] }
            case _ where Self.valueElements.contains(name) && parent == "VariableValue":
                capture = ""
            case "TextSource" where parent == "Sources":
                guard let g = guid() else { return }
                let file = (attributes["plainTextPath"] ?? attributes["richTextPath"]).map { ($0 as NSString).lastPathComponent }
                currentSource = RawSource(guid: g, name: attributes["name"] ?? file ?? g, plainTextPath: attributes["plainTextPath"], richTextPath: attributes["richTextPath"])
            case _ where parent == "Sources" && Self.otherSources[name] != nil:
                guard let g = guid() else { return }
                sources.append(RawSource(guid: g, name: attributes["name"] ?? g, skipReason: "it is \(Self.otherSources[name] ?? "media"), not text"))
                ignoring = 1
            case "Note" where parent == "Notes":
                guard let g = guid() else { return }
                currentNote = RawNote(guid: g, name: attributes["name"] ?? "note", plainTextPath: attributes["plainTextPath"])
            case "PlainTextContent":
                capture = ""
            case "PlainTextSelection" where parent == "TextSource" && currentSource != nil:
                guard let g = guid() else { return }
                guard let s = attributes["startPosition"].flatMap({ Int($0) }), let e = attributes["endPosition"].flatMap({ Int($0) }) else {
                    stop(parser, "selection \(g) needs whole-number startPosition and endPosition")
                    return
                }
                currentSelection = .init(guid: g, start: s, end: e, description: nil, codings: [])
                selectionUser = attributes["creatingUser"]
                selectionNotes = []
            case "Description" where parent == "PlainTextSelection":
                capture = ""
            case "Coding" where parent == "PlainTextSelection" || parent == "TextSource":
                guard let g = guid() else { return }
                currentCoding = .init(guid: g, code: "", user: attributes["creatingUser"] ?? selectionUser)
            case "CodeRef" where parent == "Coding":
                currentCoding?.code = attributes["targetGUID"] ?? ""
            case "NoteRef" where parent == "Coding":
                if let t = attributes["targetGUID"] { currentCoding?.notes.append(t) }
            case "NoteRef" where parent == "PlainTextSelection":
                if let t = attributes["targetGUID"] { selectionNotes.append(t) }
            default:
                break
            }
        }

        override func end(_ name: String) {
            path.removeLast()
            if ignoring > 0 { ignoring -= 1; return }
            let parent = path.last
            switch name {
            case "Case" where parent == "Cases":
                if let c = currentCase { cases.append(c) }
                currentCase = nil
            case _ where Self.valueElements.contains(name):
                if let variable = valueVariable, let text = capture {
                    let value = text.trimmingWhitespace()
                    if currentCase != nil { currentCase?.values[variable] = value } else if currentSelection == nil { currentSource?.values[variable] = value }
                }
                capture = nil
            case "TextSource" where parent == "Sources":
                if let s = currentSource { sources.append(s) }
                currentSource = nil
            case "Note" where parent == "Notes":
                if let n = currentNote { notes.append(n) }
                currentNote = nil
            case "PlainTextContent":
                if currentNote != nil { currentNote?.content = capture } else if currentSource != nil { currentSource?.content = capture }
                capture = nil
            case "Description" where parent == "PlainTextSelection":
                let text = capture?.trimmingWhitespace() ?? ""
                currentSelection?.description = text.isEmpty ? nil : text
                capture = nil
            case "Coding":
                guard let coding = currentCoding else { return }
                currentCoding = nil
                guard !coding.code.isEmpty else { return }
                if parent == "PlainTextSelection" {
                    currentSelection?.codings.append(coding)
                } else if currentSource != nil {
                    // A coding of the whole source: a selection over all of it, bounded when the text is known.
                    let whole = ExchangeProject.Selection(guid: coding.guid, start: 0, end: Int.max, description: nil, codings: [coding])
                    currentSource?.selections.append(whole)
                }
            case "PlainTextSelection":
                guard var s = currentSelection else { return }
                if !selectionNotes.isEmpty {
                    for i in s.codings.indices { s.codings[i].notes = selectionNotes + s.codings[i].notes }
                }
                currentSource?.selections.append(s)
                currentSelection = nil
            default:
                break
            }
        }

        override func text(_ string: String) {
            if ignoring == 0, capture != nil { capture? += string }
        }
    }
}
