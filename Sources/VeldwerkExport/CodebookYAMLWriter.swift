import VeldwerkCore
import Yams

/// Writes a codebook in Veldwerk's YAML format, keys in a fixed order so files diff cleanly.
public enum CodebookYAMLWriter {
    public static func write(_ book: Codebook) throws -> String {
        var top: [(Node, Node)] = []
        if let name = book.name { top.append(("codebook", Node(name))) }
        top.append(("version", Node("1")))
        top.append(("codes", Node(book.codes.map(node))))
        if !book.sets.isEmpty {
            top.append(("sets", Node(book.sets.map { set in
                var pairs: [(Node, Node)] = [("name", Node(set.name)), ("guid", Node(set.guid))]
                if let d = set.description { pairs.append(("description", Node(d))) }
                // Members by GUID: names need not be unique across the tree.
                pairs.append(("codes", Node(set.members.map { Node($0) })))
                return Node(pairs)
            })))
        }
        return try Yams.serialize(node: Node(top), allowUnicode: true)
    }

    static func node(_ code: CodeNode) -> Node {
        var pairs: [(Node, Node)] = [("name", Node(code.name)), ("guid", Node(code.guid))]
        if let c = code.color { pairs.append(("color", Node(c, Tag(.str), .doubleQuoted))) }
        if let d = code.description { pairs.append(("description", Node(d))) }
        if !code.isCodable { pairs.append(("codable", Node("false", Tag(.bool)))) }
        if !code.children.isEmpty { pairs.append(("codes", Node(code.children.map(node)))) }
        return Node(pairs)
    }
}
