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
