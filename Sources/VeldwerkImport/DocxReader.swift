import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import VeldwerkCore
import ZIPFoundation

/// Reads the text of a Word document from `word/document.xml`: paragraphs become lines,
/// `<w:br/>` a line break, `<w:tab/>` a tab; formatting is ignored.
public enum DocxReader {
    public static let maximumXMLBytes = 64 * 1024 * 1024

    public static func text(of url: URL) throws -> String {
        let name = url.lastPathComponent
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw VeldwerkError("\(name) is not a docx (not a zip archive); save it from Word as .docx")
        }
        guard let entry = archive["word/document.xml"] else {
            throw VeldwerkError("\(name) is a zip but not a Word document (no word/document.xml)")
        }
        guard entry.uncompressedSize <= UInt64(maximumXMLBytes) else {
            throw VeldwerkError("\(name) unpacks to over \(maximumXMLBytes / 1024 / 1024) MB; refused as a possible zip bomb")
        }
        // The declared size can lie; ZipEntry counts what really comes out.
        let xml = try ZipEntry.read(url, entry: "word/document.xml", limit: maximumXMLBytes)
        return try parse(xml, name: name)
    }

    /// A Word document held in memory (a source inside a REFI-QDA project).
    public static func text(of data: Data, name: String) throws -> String {
        let xml = try ZipEntry.read(data, display: name, entry: "word/document.xml", limit: maximumXMLBytes)
        return try parse(xml, name: name)
    }

    static func parse(_ xml: Data, name: String) throws -> String {
        let collector = Collector()
        try StrictXMLHandler.run(xml, handler: collector, source: "\(name) (word/document.xml)", namespaces: false)
        return collector.paragraphs.joined(separator: "\n")
    }

    private final class Collector: StrictXMLHandler {
        var paragraphs: [String] = []
        var current = ""
        var inText = false
        var inParagraph = false

        override func start(_ name: String, _ attributes: [String: String], parser: XMLParser) {
            switch local(name) {
            case "p": inParagraph = true; current = ""
            case "t": inText = true
            case "tab": if inParagraph { current += "\t" }
            case "br", "cr": if inParagraph { current += "\n" }
            default: break
            }
        }

        override func end(_ name: String) {
            switch local(name) {
            case "p":
                paragraphs.append(current)
                inParagraph = false
            case "t": inText = false
            default: break
            }
        }

        override func text(_ string: String) {
            if inText { current += string }
        }

        private func local(_ name: String) -> String {
            name.split(separator: ":").last.map(String.init) ?? name
        }
    }
}
