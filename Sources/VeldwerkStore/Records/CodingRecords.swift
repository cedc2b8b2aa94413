import GRDB

// Rows of the codebook and coding tables.

struct CodeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "code"
    var id: Int64?
    var guid: String
    var name: String
    var parentID: Int64?
    var position: Int
    var description: String?
    var color: String?
    var codable: Bool

    enum CodingKeys: String, CodingKey {
        case id, guid, name, position, description, color, codable
        case parentID = "parent_id"
    }
}

/// A code with the number of segments coded with it (not its sub-codes').
struct CodeCountRow: Decodable, FetchableRecord {
    var id: Int64
    var guid: String
    var name: String
    var parentID: Int64?
    var description: String?
    var color: String?
    var codable: Bool
    var n: Int

    enum CodingKeys: String, CodingKey {
        case id, guid, name, description, color, codable, n
        case parentID = "parent_id"
    }

    /// The rows, each with its count; a query adds its condition and order.
    static let select = "SELECT c.*, (SELECT count(*) FROM segment s WHERE s.code_id = c.id) AS n FROM code c"

    /// The code as listed, where it stands in the tree.
    func stored(path: String, depth: Int) -> StoredCode {
        StoredCode(id: id, guid: guid, name: name, path: path, parentID: parentID, depth: depth,
                   description: description, color: color, isCodable: codable, segments: n)
    }
}

struct CodeSetRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "code_set"
    var id: Int64?
    var guid: String
    var name: String
    var description: String?
}
