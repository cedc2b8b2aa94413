import VeldwerkCore

/// What a command produces, before anyone decides how it looks.
///
/// Commands never print: they return an `Output`, and the shell renders it as aligned text on a
/// terminal, plain lines in a pipe, or JSON with `--json`.
public enum Output: Sendable {
    case none
    /// A short result or confirmation, e.g. the pseudonym just created.
    case message(String)
    /// Free text such as help, printed as it is.
    case text(String)
    case table(Table)
    /// One thing's fields, printed as `label: value` lines.
    case record(Record)
    case sections([Output])
}

/// A typed cell, so JSON keeps numbers as numbers and absent values as null.
public enum Value: Sendable, Equatable {
    case text(String)
    case int(Int)
    case number(Double, decimals: Int)
    case list([String])
    case null

    /// How the value reads in text output; numbers through the one shared formatter.
    public var plain: String {
        switch self {
        case .text(let s): return s
        case .int(let i): return String(i)
        case .number(let d, let decimals): return NumberFormat.compact(d, decimals: decimals)
        case .list(let items): return items.joined(separator: ", ")
        case .null: return ""
        }
    }
}

public struct Column: Sendable {
    public var key: String
    public var title: String
    public var numeric: Bool

    public init(_ key: String, _ title: String? = nil, numeric: Bool = false) {
        self.key = key
        self.title = title ?? key
        self.numeric = numeric
    }
}

public struct Table: Sendable {
    public var name: String
    public var columns: [Column]
    public var rows: [[Value]]
    /// Said instead of an empty table, e.g. "no teams yet; add one with 'team add'".
    public var emptyNote: String

    public init(name: String, columns: [Column], rows: [[Value]], emptyNote: String) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.emptyNote = emptyNote
    }
}

public struct Record: Sendable {
    public var name: String
    public var fields: [(key: String, label: String, value: Value)]

    public init(name: String, fields: [(key: String, label: String, value: Value)]) {
        self.name = name
        self.fields = fields
    }
}
