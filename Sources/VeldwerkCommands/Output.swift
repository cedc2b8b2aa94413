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
    /// Numbered paragraphs with a margin of codes; wrapped to the terminal by the renderer.
    case document(DocumentView)
    /// Coded passages quoted with their attribution.
    case quotes([QuoteView])
    /// Text as the inner output shows it, and JSON in a shape of its own that tools rely on.
    indirect case shaped(Output, json: JSONValue)
}

public struct DocumentView: Sendable {
    public struct Line: Sendable {
        public var number: Int
        public var speaker: String?
        public var text: String
        public var codes: [String]

        public init(number: Int, speaker: String?, text: String, codes: [String]) {
            self.number = number
            self.speaker = speaker
            self.text = text
            self.codes = codes
        }
    }

    public var id: Int64
    public var title: String
    public var heading: String
    public var paragraphs: [Line]

    public init(id: Int64, title: String, heading: String, paragraphs: [Line]) {
        self.id = id
        self.title = title
        self.heading = heading
        self.paragraphs = paragraphs
    }
}

public struct QuoteView: Sendable {
    public var segment: Int64
    public var code: String
    public var tension: String?
    public var transcript: Int64
    public var paragraphs: String
    public var coder: String
    public var quote: String
    /// Pseudonym with role and team, never a real name.
    public var attribution: String
    public var memo: String?

    public init(segment: Int64, code: String, tension: String?, transcript: Int64, paragraphs: String, coder: String, quote: String, attribution: String, memo: String?) {
        self.segment = segment
        self.code = code
        self.tension = tension
        self.transcript = transcript
        self.paragraphs = paragraphs
        self.coder = coder
        self.quote = quote
        self.attribution = attribution
        self.memo = memo
    }
}

/// A typed cell, so JSON keeps numbers as numbers and absent values as null.
public enum Value: Sendable {
    case text(String)
    case int(Int)
    case number(Double, decimals: Int)
    /// Always exactly `decimals` places, for columns of statistics that should line up.
    case fixed(Double, decimals: Int)
    /// A statistic (kappa, alpha, W): `decimals` places in text, full precision in JSON.
    case statistic(Double, decimals: Int)
    case list([String])
    /// A share from 0 to 1 drawn as a horizontal bar on a terminal (eighth blocks); a number elsewhere.
    case bar(Double)
    /// Pie slices (item, share): a small strip per slice on a terminal, `2:50 5:30` elsewhere.
    case pie([(item: Int, share: Double)])
    case null

    /// How the value reads in text output; numbers through the one shared formatter.
    public var plain: String {
        switch self {
        case .text(let s): return s
        case .int(let i): return String(i)
        case .number(let d, let decimals): return NumberFormat.compact(d, decimals: decimals)
        case .fixed(let d, let decimals), .statistic(let d, let decimals): return NumberFormat.fixed(d, decimals: decimals)
        case .list(let items): return items.joined(separator: ", ")
        case .bar(let share): return NumberFormat.fixed(share, decimals: 2)
        case .pie(let slices): return slices.map { "\($0.item):\(NumberFormat.compact($0.share * 100, decimals: 1))" }.joined(separator: " ")
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
