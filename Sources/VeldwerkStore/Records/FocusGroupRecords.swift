import GRDB

// Rows of the focus-group and theme tables, and the joins read from them.

/// An item of a focus group's frozen A4 sheet, with the number of the item it was merged into.
struct ItemRow: FetchableRecord {
    var id: Int64
    var number: Int
    var label: String
    var merged: Int?

    /// Read by position from ``select``: every vote reads its items.
    init(row: Row) {
        id = row[0]
        number = row[1]
        label = row[2]
        merged = row[3]
    }

    /// The same columns, from a direct read (`DirectRead.swift`).
    init(_ row: DirectRow) {
        id = row.int(0) ?? 0
        number = Int(row.int(1) ?? 0)
        label = row.text(2) ?? ""
        merged = row.int(3).map { Int($0) }
    }

    /// Reads items with `merged` as the number (not the id) of the item each was merged into.
    static let select = "SELECT i.id, i.number, i.label, m.number AS merged FROM fg_item i LEFT JOIN fg_item m ON m.id = i.merged_into"
}

struct ThemeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "theme"
    var id: Int64?
    var teamID: Int64
    var decisionID: Int64?
    var position: Int
    var name: String
    var itemID: Int64?
    var state: String
    var successorID: Int64?
    var originID: Int64?
    var wWhat: String?
    var wWho: String?
    var wWhere: String?
    var wWhen: String?
    var wWhy: String?
    var sessionID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, position, name, state
        case teamID = "team_id"
        case decisionID = "decision_id"
        case itemID = "item_id"
        case successorID = "successor_id"
        case originID = "origin_id"
        case wWhat = "w_what", wWho = "w_who", wWhere = "w_where", wWhen = "w_when", wWhy = "w_why"
        case sessionID = "session_id"
    }

    /// The 5W frame in its fixed order, only what is filled in.
    var frame: [(key: String, value: String)] {
        [("what", wWhat), ("who", wWho), ("where", wWhere), ("when", wWhen), ("why", wWhy)].compactMap { k, v in v.map { (k, $0) } }
    }
}

struct ThemeEventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "theme_event"
    var id: Int64?
    var themeID: Int64
    var onDate: String
    var kind: String
    var detail: String
    var reason: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, detail, reason
        case themeID = "theme_id"
        case onDate = "on_date"
    }
}

struct DecisionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "decision"
    var id: Int64?
    var teamID: Int64
    var focusGroupID: Int64
    var decidedAt: String
    var note: String?

    enum CodingKeys: String, CodingKey {
        case id, note
        case teamID = "team_id"
        case focusGroupID = "focus_group_id"
        case decidedAt = "decided_at"
    }
}
