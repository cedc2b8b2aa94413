import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import VeldwerkCore
import ZIPFoundation

/// Reads a REFI-QDA codebook: a `.qdc` file (`urn:QDA-XML:codebook:1.0`), or the codebook inside
/// a `.qdpx` project (a zip whose `project.qde` is `urn:QDA-XML:project:1.0`).
///
/// Codes nest; each keeps its GUID, name, `isCodable`, colour and description. Sets list their
/// members with `MemberCode guid=` in codebooks and `targetGUID=` in projects; both are read.
public enum QDCReader {
    public static let maximumXMLBytes = 64 * 1024 * 1024

    public static func read(path: String) throws -> Codebook {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else { throw VeldwerkError("no file \(path); check the path") }
        switch url.pathExtension.lowercased() {
        case "qdpx":
            return try parse(projectXML(url), source: name)
        case "qdc", "qde", "xml":
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size <= maximumXMLBytes else { throw VeldwerkError("\(name) is over \(maximumXMLBytes / 1024 / 1024) MB; not a codebook") }
            guard let data = FileManager.default.contents(atPath: path) else { throw VeldwerkError("cannot read \(path)") }
            return try parse(data, source: name)
        default:
            throw VeldwerkError("\(name): a REFI-QDA codebook ends in .qdc (or .qdpx for a whole project)")
        }
    }

    static func projectXML(_ url: URL) throws -> Data {
        let name = url.lastPathComponent
        guard let archive = try? Archive(url: url, accessMode: .read) else {
            throw VeldwerkError("\(name) is not a REFI-QDA project (not a zip archive)")
        }
        guard let entry = archive["project.qde"] else { throw VeldwerkError("\(name) holds no project.qde; not a REFI-QDA project") }
        guard entry.uncompressedSize <= UInt64(maximumXMLBytes) else {
            throw VeldwerkError("\(name): project.qde unpacks to over \(maximumXMLBytes / 1024 / 1024) MB; refused")
        }
        let xml = try ZipEntry.read(url, entry: "project.qde", limit: maximumXMLBytes)
        return xml
    }

    public static func parse(_ xml: Data, source: String) throws -> Codebook {
        let builder = Builder()
        try StrictXMLHandler.run(xml, handler: builder, source: source, namespaces: true)
        guard builder.sawCodeBook else {
            throw VeldwerkError("\(source) holds no REFI-QDA CodeBook (expected namespace urn:QDA-XML:codebook:1.0 or a Project)")
        }
        let book = Codebook(name: builder.origin, codes: builder.roots, sets: builder.sets)
        try book.validate()
        return book
    }

    /// Builds the code tree from SAX events; deep nesting is bounded so hostile files cannot exhaust the stack.
    private final class Builder: StrictXMLHandler {
        var roots: [CodeNode] = []
        var stack: [CodeNode] = []
        var sets: [CodeSet] = []
        var currentSet: CodeSet?
        var inDescription = false
        var descriptionText = ""
        var sawCodeBook = false
        var origin: String?
        static let maximumDepth = 64

        override func start(_ name: String, _ attributes: [String: String], parser: XMLParser) {
            switch name {
            case "Project":
                origin = attributes["origin"]
            case "CodeBook":
                sawCodeBook = true
                origin = origin ?? attributes["origin"]
            case "Code":
                guard stack.count < Self.maximumDepth else {
                    stop(parser, "codes nest deeper than \(Self.maximumDepth) levels")
                    return
                }
                guard let guid = attributes["guid"], !guid.isEmpty, let codeName = attributes["name"] else {
                    stop(parser, "a Code needs guid and name attributes")
                    return
                }
                var color = attributes["color"]?.uppercased()
                if let c = color, !CodeColor.isValid(c) { color = nil }
                stack.append(CodeNode(guid: guid, name: codeName.trimmingWhitespace(), color: color,
                                      isCodable: attributes["isCodable"]?.lowercased() != "false"))
            case "Set":
                currentSet = CodeSet(guid: attributes["guid"] ?? UUID().uuidString, name: attributes["name"] ?? "set", members: [])
            case "MemberCode":
                if let ref = attributes["guid"] ?? attributes["targetGUID"] { currentSet?.members.append(ref) }
            case "Description":
                inDescription = true
                descriptionText = ""
            default:
                break
            }
        }

        override func end(_ name: String) {
            switch name {
            case "Code":
                guard let done = stack.popLast() else { return }
                if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
            case "Set":
                if let s = currentSet { sets.append(s) }
                currentSet = nil
            case "Description":
                inDescription = false
                let text = descriptionText.trimmingWhitespace()
                guard !text.isEmpty else { return }
                if currentSet != nil && stack.isEmpty { currentSet?.description = text } else if !stack.isEmpty { stack[stack.count - 1].description = text }
            default:
                break
            }
        }

        override func text(_ string: String) {
            if inDescription { descriptionText += string }
        }
    }
}
