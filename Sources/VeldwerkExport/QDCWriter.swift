import VeldwerkCore

/// Writes a REFI-QDA codebook (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`) that ATLAS.ti,
/// NVivo, MAXQDA, QualCoder and Taguette read. GUIDs are written as stored, so a re-import
/// recognises every code.
public enum QDCWriter {
    public static func write(_ book: Codebook, origin: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"\(escape(origin))\">\n"
        out += "  <Codes>\n"
        for code in book.codes { write(code, into: &out, depth: 2) }
        out += "  </Codes>\n"
        if book.sets.isEmpty {
            out += "  <Sets/>\n"
        } else {
            out += "  <Sets>\n"
            for set in book.sets {
                out += "    <Set guid=\"\(escape(set.guid))\" name=\"\(escape(set.name))\">\n"
                if let d = set.description { out += "      <Description>\(escape(d))</Description>\n" }
                for member in set.members { out += "      <MemberCode guid=\"\(escape(member))\"/>\n" }
                out += "    </Set>\n"
            }
            out += "  </Sets>\n"
        }
        out += "</CodeBook>\n"
        return out
    }

    static func write(_ code: CodeNode, into out: inout String, depth: Int) {
        let pad = String(repeating: "  ", count: depth)
        var attrs = "guid=\"\(escape(code.guid))\" name=\"\(escape(code.name))\" isCodable=\"\(code.isCodable)\""
        if let c = code.color { attrs += " color=\"\(escape(c))\"" }
        if code.description == nil && code.children.isEmpty {
            out += "\(pad)<Code \(attrs)/>\n"
            return
        }
        out += "\(pad)<Code \(attrs)>\n"
        if let d = code.description { out += "\(pad)  <Description>\(escape(d))</Description>\n" }
        for child in code.children { write(child, into: &out, depth: depth + 1) }
        out += "\(pad)</Code>\n"
    }

    /// XML text and attribute escaping; control characters other than tab and newline cannot appear in XML 1.0.
    public static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            case let c where c.value < 0x20: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
