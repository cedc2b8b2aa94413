import Foundation
import VeldwerkCore
import Yams

/// Reads Veldwerk's own codebook format: YAML, readable and diff-friendly.
///
/// ```yaml
/// codebook: WOE probleemgericht werken
/// codes:
///   - name: Rolduidelijkheid
///     guid: 6F1C...          # kept stable; made up on import when absent
///     color: "#4E79A7"
///     description: ...
///     codable: true
///     codes: [...]          # sub-codes
/// sets:
///   - name: Sturing
///     codes: [Rolduidelijkheid, ...]   # names or GUIDs
/// ```
/// Errors carry the line and column of the offending node.
public enum CodebookYAMLReader {
    public static func read(_ text: String, source: String) throws -> Codebook {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw VeldwerkError("\(source) is empty; it needs a 'codes:' list") }
            root = node
        } catch let error as YamlError {
            throw VeldwerkError("\(source) is not valid YAML: \(describe(error))")
        }
        guard let top = root.mapping else { throw fault(source, root, "the top level must be a mapping with 'codes:'") }
        try allowKeys(top, ["codebook", "codes", "sets", "version"], source: source)
        guard let codesNode = top["codes"], let codes = codesNode.sequence else {
            throw fault(source, root, "a 'codes:' list is needed")
        }
        var book = Codebook(name: top["codebook"]?.string, codes: try codes.map { try code($0, source: source) })
        let byName = Dictionary(book.allCodes.map { ($0.name.lowercased(), $0.guid) }, uniquingKeysWith: { a, _ in a })
        let guids = Set(book.allCodes.map { $0.guid.lowercased() })
        for setNode in top["sets"]?.sequence ?? [] {
            guard let m = setNode.mapping else { throw fault(source, setNode, "a set must be a mapping with 'name' and 'codes'") }
            try allowKeys(m, ["name", "guid", "description", "codes"], source: source)
            guard let name = m["name"]?.string else { throw fault(source, setNode, "a set needs a 'name'") }
            let members = try (m["codes"]?.sequence ?? []).map { member -> String in
                guard let ref = member.string else { throw fault(source, member, "set members are code names or GUIDs") }
                if guids.contains(ref.lowercased()) { return ref }
                guard let guid = byName[ref.lowercased()] else { throw fault(source, member, "set '\(name)' names '\(ref)', which is not a code here") }
                return guid
            }
            let setGUID = m["guid"]?.string?.trimmingWhitespace() ?? ""
            if !setGUID.isEmpty, !CodeGUID.isValid(setGUID), let given = m["guid"] {
                throw fault(source, given, "guid '\(setGUID)' is not a GUID; write it as 8-4-4-4-12 hex digits, or leave it out")
            }
            book.sets.append(CodeSet(guid: setGUID.isEmpty ? newGUID() : setGUID, name: name, description: m["description"]?.string, members: members))
        }
        try book.validate()
        return book
    }

    static func code(_ node: Node, source: String) throws -> CodeNode {
        guard let mapping = node.mapping else { throw fault(source, node, "each code must be a mapping with at least 'name'") }
        try allowKeys(mapping, ["name", "guid", "color", "colour", "description", "codable", "codes"], source: source)
        // Looked up by plain key text: Yams resolves a tag with a regular expression for every
        // subscript by string, which made a large codebook cost seconds.
        var m: [String: Node] = [:]
        for (key, value) in mapping { if let k = key.string { m[k] = value } }
        guard let name = m["name"]?.string, !name.trimmingWhitespace().isEmpty else { throw fault(source, node, "a code needs a 'name'") }
        var codable = true
        if let c = m["codable"] {
            guard let b = c.bool else { throw fault(source, c, "'codable' must be true or false") }
            codable = b
        }
        let color = m["color"]?.string ?? m["colour"]?.string
        if let color, !CodeColor.isValid(color), let c = m["color"] ?? m["colour"] {
            throw fault(source, c, "colour '\(color)' must be written #RRGGBB (quote it in YAML)")
        }
        let children = try (m["codes"]?.sequence ?? []).map { try code($0, source: source) }
        // An empty guid is a missing one (made up here); anything else must look like a GUID.
        var guid = newGUID()
        if let given = m["guid"], let text = given.string?.trimmingWhitespace(), !text.isEmpty {
            guard CodeGUID.isValid(text) else { throw fault(source, given, "guid '\(text)' is not a GUID; write it as 8-4-4-4-12 hex digits, or leave it out") }
            guid = text
        }
        return CodeNode(guid: guid, name: name.trimmingWhitespace(), description: m["description"]?.string,
                        color: color?.uppercased(), isCodable: codable, children: children)
    }

    static func allowKeys(_ m: Node.Mapping, _ allowed: Set<String>, source: String) throws {
        for (key, _) in m {
            guard let k = key.string, allowed.contains(k) else {
                throw fault(source, key, "unknown key '\(key.string ?? "?")'; expected one of \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    static func fault(_ source: String, _ node: Node, _ message: String) -> VeldwerkError {
        let at = node.mark.map { "line \($0.line), column \($0.column)" } ?? "somewhere"
        return VeldwerkError("\(source), \(at): \(message)")
    }

    static func describe(_ error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, mark, _):
            return "\(problem)\(context.map { " \($0.text)" } ?? "") at line \(mark.line), column \(mark.column)"
        case let .parser(context, problem, mark, _):
            return "\(problem)\(context.map { " \($0.text)" } ?? "") at line \(mark.line), column \(mark.column)"
        case let .composer(context, problem, mark, _):
            return "\(problem)\(context.map { " \($0.text)" } ?? "") at line \(mark.line), column \(mark.column)"
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }

    public static func newGUID() -> String { UUID().uuidString }
}
