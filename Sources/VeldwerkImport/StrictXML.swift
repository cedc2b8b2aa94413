import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import VeldwerkCore

/// SAX parsing that does not let a broken document through.
///
/// Foundation's `XMLParser` on Linux reports success for some malformed input (a document cut
/// off before its root closes, mismatched tags); this handler watches the events itself and
/// refuses anything that is not whole and well-formed, with the line and column.
class StrictXMLHandler: NSObject, XMLParserDelegate {
    private(set) var depth = 0
    private var sawRoot = false
    private var rootClosed = false
    private var firstError: (line: Int, column: Int, text: String)?
    /// Set by a subclass to stop with its own message (`line`/`column` filled in here).
    var fault: String?

    func start(_ name: String, _ attributes: [String: String], parser: XMLParser) {}
    func end(_ name: String) {}
    func text(_ string: String) {}

    /// Parses `data`, throwing a one-line error naming `source`, line and column when it is not whole.
    static func run(_ data: Data, handler: StrictXMLHandler, source: String, namespaces: Bool) throws {
        // Foundation's parser on Linux crashes on some ill-formed UTF-8 inside tags, so the bytes
        // are checked first. REFI-QDA files and Word documents are UTF-8.
        guard String(validating: data, as: UTF8.self) != nil else {
            throw VeldwerkError("\(source) is not valid UTF-8 XML; save it as UTF-8 and try again")
        }
        // Entity declarations are how "billion laughs" documents explode; no codebook or Word
        // document needs them, and Linux's parser does not report them to the delegate.
        if data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw VeldwerkError("\(source) declares XML entities, which Veldwerk does not accept (a possible entity-expansion attack)")
        }
        // A processing instruction without data (`<?pi?>`) crashes Foundation's parser on Linux
        // (found by fuzzing); no codebook or Word document needs one.
        if let bare = bareProcessingInstruction(in: data) {
            throw VeldwerkError("\(source) holds a processing instruction '<?\(bare)?>' without content, which Veldwerk does not accept")
        }
        if let excess = excessiveStructure(in: data) {
            throw VeldwerkError("\(source) \(excess), more than any codebook or Word document needs; Veldwerk does not read it")
        }
        // Fed as a stream, in pieces: given all at once, libxml2 underneath refuses a document
        // of over 10 MB (its limit on how far it looks ahead), as a .qdpx of thousands of
        // interviews is.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = handler
        parser.shouldProcessNamespaces = namespaces
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let fault = handler.fault, let at = handler.firstError {
            throw VeldwerkError("\(source), line \(at.line), column \(at.column): \(fault)")
        }
        if let at = handler.firstError {
            throw VeldwerkError("\(source) is not well-formed XML at line \(at.line), column \(at.column)\(at.text.isEmpty ? "" : " (\(at.text))")")
        }
        guard ok, parser.parserError == nil, handler.sawRoot, handler.rootClosed, handler.depth == 0 else {
            throw VeldwerkError("\(source) is not well-formed XML: it ends at line \(parser.lineNumber) before its root element is closed")
        }
    }

    /// Most attributes one element may carry, and most elements a document may hold: the parser
    /// underneath checks attributes against each other, so a million on one element would take
    /// minutes. Counted in one pass over the bytes, before any parsing.
    static let maximumAttributes = 256
    static let maximumElements = 5_000_000

    static func excessiveStructure(in data: Data) -> String? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> String? in
            var inTag = false, quote: UInt8 = 0
            var attributes = 0, elements = 0
            for b in bytes {
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if inTag {
                    switch b {
                    case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = b
                    case UInt8(ascii: "="):
                        attributes += 1
                        if attributes > maximumAttributes { return "has an element with over \(maximumAttributes) attributes" }
                    case UInt8(ascii: ">"): inTag = false
                    default: break
                    }
                } else if b == UInt8(ascii: "<") {
                    inTag = true
                    attributes = 0
                    elements += 1
                    if elements > maximumElements { return "holds over \(maximumElements) elements" }
                }
            }
            return nil
        }
    }

    /// The target of the first `<?target?>` that carries no data, if any.
    static func bareProcessingInstruction(in data: Data) -> String? {
        let bytes = [UInt8](data)
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "?") {
                var j = i + 2
                while j < bytes.count, ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "?")].contains(bytes[j]) { j += 1 }
                // Skip white space: data that is only blanks counts as none.
                var k = j
                while k < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[k]) { k += 1 }
                if k + 1 < bytes.count, bytes[k] == UInt8(ascii: "?"), bytes[k + 1] == UInt8(ascii: ">") {
                    return String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
                }
                i = j
            } else {
                i += 1
            }
        }
        return nil
    }

    func stop(_ parser: XMLParser, _ message: String) {
        guard fault == nil else { return }
        fault = message
        firstError = (parser.lineNumber, parser.columnNumber, message)
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard firstError == nil else { return }
        if rootClosed { stop(parser, "content after the root element"); return }
        sawRoot = true
        depth += 1
        start(name, attributes, parser: parser)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard firstError == nil else { return }
        depth -= 1
        if depth == 0 { rootClosed = true }
        end(name)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard firstError == nil else { return }
        text(string)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstError == nil {
            let code = (parseError as NSError).code
            firstError = (parser.lineNumber, parser.columnNumber, code == 76 ? "mismatched tag" : "")
        }
    }
}
