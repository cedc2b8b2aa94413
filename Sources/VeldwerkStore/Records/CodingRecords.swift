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
}

struct CodeSetRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "code_set"
    var id: Int64?
    var guid: String
    var name: String
    var description: String?
}

/// A segment's position and code, as agreement and other comparisons read them.
struct SpanRow: Decodable, FetchableRecord {
    var documentID: Int64
    var startPos: Int
    var endPos: Int
    var codeID: Int64

    enum CodingKeys: String, CodingKey {
        case documentID = "document_id"
        case startPos = "start_pos"
        case endPos = "end_pos"
        case codeID = "code_id"
    }
}
