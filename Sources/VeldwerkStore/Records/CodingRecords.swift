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
/// Read column by column rather than through `Decodable`: agreement fetches one per coded
/// segment of two coders (tens of thousands), and the keyed decoder dominated the command.
struct SpanRow: FetchableRecord {
    var documentID: Int64
    var startPos: Int
    var endPos: Int
    var codeID: Int64

    init(row: Row) throws {
        documentID = row["document_id"]
        startPos = row["start_pos"]
        endPos = row["end_pos"]
        codeID = row["code_id"]
    }
}
