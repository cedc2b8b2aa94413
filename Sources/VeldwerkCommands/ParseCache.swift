import ArgumentParser
import Foundation

/// Parses a command line again without swift-argument-parser's reflection, when the same
/// command came in the same shape before: a script of ten thousand `code` lines would otherwise
/// rebuild each declaration's argument set by reflection several times per line, about half of
/// what such a line costs.
///
/// Everything still comes from the declaration. A line of a shape (the command, its option and
/// flag names in order, how many positional values) is parsed by ArgumentParser, and the
/// second time the shape comes, the command it makes is kept as the shape's template: options left out hold their
/// declared defaults there. A later line of that shape starts from the template and puts its
/// own values in, each converted by its type's `init(argument:)` as ArgumentParser would, and
/// is decoded through the command's own `init(from:)`.
///
/// Only plain shapes take this way: single values after their option's name, flags of one
/// spelling, positionals one word each (a repeating last one takes the words left over), no
/// repeating option given, no `--name=value`, no `--`, no value that starts with `-`, no option
/// groups. Anything else, and any value that does not convert or validate, goes to
/// ArgumentParser, which also words every error.
enum ParseCache {
    /// The command for `words` (the arguments after the command's name), or nil when
    /// ArgumentParser must parse it.
    static func parse(_ type: ParsableCommand.Type, path: [String], _ words: [String]) -> ParsableCommand? {
        let key = shapeKey(path, words)
        guard let template = templates.existing(for: key), let plan = plan(for: type, path: path) else { return nil }
        guard let (values, rest) = plan.assign(words) else { return nil }
        var wrappers = template
        for (slot, text) in values {
            guard var wrapper = wrappers[slot] as? ArgumentSlot, wrapper.take(text) else { return nil }
            wrappers[slot] = wrapper
        }
        if let slot = plan.rest {
            guard var wrapper = wrappers[slot] as? ArgumentSlot, wrapper.takeAll(rest) else { return nil }
            wrappers[slot] = wrapper
        }
        guard var command = try? (type as Decodable.Type).init(from: TemplateDecoder(wrappers: wrappers)) as? ParsableCommand,
              (try? command.validate()) != nil
        else { return nil }
        return command
    }

    /// Keeps what ArgumentParser made of `words` as the template of their shape, the second
    /// time the shape comes: a single command pays nothing for it (its reflection and type
    /// checks would add to start-up).
    static func learn(_ command: ParsableCommand, path: [String], _ words: [String]) {
        let key = shapeKey(path, words)
        // The first sighting is only noted.
        guard templates.existing(for: key) == nil, !sightings.keep(true, for: key) else { return }
        var wrappers: [String: Any] = [:]
        for child in Mirror(reflecting: command).children {
            guard let label = child.label, label.hasPrefix("_") else { return }
            // Option groups hold options of their own; their commands are parsed as usual.
            guard child.value is ArgumentSlot else { return }
            wrappers[String(label.dropFirst())] = child.value
        }
        templates.keep(wrappers, for: key)
    }

    /// Whether the shape of `words` has its template yet.
    static func hasTemplate(_ path: [String], _ words: [String]) -> Bool {
        templates.existing(for: shapeKey(path, words)) != nil
    }

    /// The command's words, its option words as typed, and how many other words it has.
    static func shapeKey(_ path: [String], _ words: [String]) -> String {
        var key = path.joined(separator: " ") + "\u{0}"
        var positionals = 0
        for w in words {
            if w.hasPrefix("-") { key += w + "\u{1}" } else { positionals += 1 }
        }
        return key + String(positionals)
    }

    /// A shape's template is never replaced: the first one kept decides it.
    private static let templates = Memo<[String: Any]>()
    private static let sightings = Memo<Bool>()
    private static let plans = Memo<Plan?>()

    private static func plan(for type: ParsableCommand.Type, path: [String]) -> Plan? {
        plans.value(for: path.joined(separator: " ")) { Plan(type: type, specs: CommandCatalog.arguments(for: path)) }
    }

    /// Which declared property each name and each positional word fills.
    struct Plan {
        var positionals: [String] = []
        /// A repeating last positional: it takes the positional words left over.
        var rest: String?
        var options: [String: (property: String, takesValue: Bool)] = [:]

        /// Pairs the declaration's properties (in order) with ArgumentParser's description of
        /// its arguments (in the same order); nil when they do not pair one to one.
        init?(type: ParsableCommand.Type, specs: [ArgumentSpec]) {
            let properties = Mirror(reflecting: type.init()).children.compactMap { $0.label }
            guard properties.count == specs.count, properties.allSatisfy({ $0.hasPrefix("_") }) else { return nil }
            for (label, spec) in zip(properties, specs) {
                let property = String(label.dropFirst())
                guard spec.parsing == "default" else { return nil }
                // Nothing may follow a repeating positional.
                guard rest == nil || spec.kind != .positional else { return nil }
                switch spec.kind {
                case .positional where spec.isRepeating:
                    rest = property
                case .positional:
                    positionals.append(property)
                case .option where spec.isRepeating, .flag where spec.isRepeating:
                    // Left out, it holds the template's value, its default; given, its name is
                    // not among the plain ones and ArgumentParser parses the line.
                    continue
                case .option, .flag:
                    // A flag with two spellings (--x and --no-x) sets different values by name.
                    guard spec.kind == .option || spec.names.allSatisfy({ !$0.hasPrefix("--no-") }) else { return nil }
                    for name in spec.names where options[name] == nil { options[name] = (property, spec.kind == .option) }
                }
            }
        }

        /// The text for each property the words give (nil text: a flag given) and the words
        /// left for `rest`, or nil when the words are not a plain shape.
        func assign(_ words: [String]) -> ([(String, String?)], [String])? {
            var result: [(String, String?)] = []
            var left: [String] = []
            var given: Set<String> = []
            var positional = 0
            var i = 0
            while i < words.count {
                let w = words[i]
                i += 1
                guard w.hasPrefix("-") else {
                    if positional < positionals.count {
                        result.append((positionals[positional], w))
                        positional += 1
                    } else {
                        guard rest != nil else { return nil }
                        left.append(w)
                    }
                    continue
                }
                guard let option = options[w], given.insert(option.property).inserted else { return nil }
                if option.takesValue {
                    guard i < words.count, !words[i].hasPrefix("-") else { return nil }
                    result.append((option.property, words[i]))
                    i += 1
                } else {
                    result.append((option.property, nil))
                }
            }
            guard positional == positionals.count, rest == nil || !left.isEmpty else { return nil }
            return (result, left)
        }
    }
}

/// A declared property that can take a value given as text.
protocol ArgumentSlot {
    /// Puts the value `text` converts to in place (nil: a flag given); false when it does not
    /// convert, so that ArgumentParser parses the line and says why.
    mutating func take(_ text: String?) -> Bool
    /// Puts the values of a repeating positional in place; false when one does not convert.
    mutating func takeAll(_ texts: [String]) -> Bool
}

extension ArgumentSlot {
    mutating func takeAll(_ texts: [String]) -> Bool { false }
}

extension Option: ArgumentSlot {
    mutating func take(_ text: String?) -> Bool {
        // Unwrapped first: nil cast to an optional Value would pass as a value left out.
        guard let text, let made = SlotValue.make(Value.self, from: text), let value = made as? Value else { return false }
        wrappedValue = value
        return true
    }
}

extension Argument: ArgumentSlot {
    mutating func take(_ text: String?) -> Bool {
        // Unwrapped first: nil cast to an optional Value would pass as a value left out.
        guard let text, let made = SlotValue.make(Value.self, from: text), let value = made as? Value else { return false }
        wrappedValue = value
        return true
    }

    mutating func takeAll(_ texts: [String]) -> Bool {
        guard let array = Value.self as? ArraySlot.Type, let value = array.make(texts) as? Value else { return false }
        wrappedValue = value
        return true
    }
}

extension Flag: ArgumentSlot {
    mutating func take(_ text: String?) -> Bool {
        guard text == nil, let on = true as? Value else { return false }
        wrappedValue = on
        return true
    }
}

/// Values from text, by the same `init(argument:)` ArgumentParser calls; an optional holds its
/// wrapped type's value.
enum SlotValue {
    static func make(_ type: Any.Type, from text: String) -> Any? {
        if let plain = type as? ExpressibleByArgument.Type { return plain.init(argument: text) }
        if let optional = type as? OptionalSlot.Type { return make(optional.wrappedType, from: text).flatMap(optional.some) }
        return nil
    }
}

/// An array of values from texts, each by its element's `init(argument:)`.
protocol ArraySlot {
    static func make(_ texts: [String]) -> Any?
}

extension Array: ArraySlot where Element: ExpressibleByArgument {
    static func make(_ texts: [String]) -> Any? {
        let values = texts.compactMap(Element.init(argument:))
        return values.count == texts.count ? values : nil
    }
}

protocol OptionalSlot {
    static var wrappedType: Any.Type { get }
    static func some(_ value: Any) -> Any?
}

extension Optional: OptionalSlot {
    static var wrappedType: Any.Type { Wrapped.self }
    static func some(_ value: Any) -> Any? { (value as? Wrapped).map { Optional($0) as Any } }
}

/// Decodes a command from its properties' wrappers, through its own `init(from:)`.
private struct TemplateDecoder: Decoder {
    let wrappers: [String: Any]
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Container<Key>(wrappers: wrappers))
    }
    func unkeyedContainer() throws -> UnkeyedDecodingContainer { throw Unsupported() }
    func singleValueContainer() throws -> SingleValueDecodingContainer { throw Unsupported() }

    struct Unsupported: Error {}

    struct Container<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let wrappers: [String: Any]
        var codingPath: [CodingKey] { [] }
        var allKeys: [Key] { wrappers.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { wrappers[key.stringValue] != nil }
        func decodeNil(forKey key: Key) throws -> Bool { false }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            guard let value = wrappers[key.stringValue] as? T else { throw Unsupported() }
            return value
        }
        func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) throws -> KeyedDecodingContainer<N> { throw Unsupported() }
        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { throw Unsupported() }
        func superDecoder() throws -> Decoder { throw Unsupported() }
        func superDecoder(forKey key: Key) throws -> Decoder { throw Unsupported() }
    }
}
