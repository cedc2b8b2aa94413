/// The kinds of tension coders look for (domain.md, phase 1).
public enum Tension: String, CaseIterable, Sendable {
    case onduidelijkheid, onenigheid, dilemma

    public static func parse(_ text: String) throws -> Tension {
        guard let t = Tension(rawValue: text.lowercased()) else {
            throw VeldwerkError("'\(text)' is not a tension kind; use onduidelijkheid, onenigheid or dilemma")
        }
        return t
    }
}

/// A code in the codebook tree. The GUID is what other tools (REFI-QDA) and re-imports recognise.
public struct CodeNode: Equatable, Sendable {
    public var guid: String
    public var name: String
    public var description: String?
    /// `#RRGGBB`
    public var color: String?
    public var isCodable: Bool
    public var children: [CodeNode]

    public init(guid: String, name: String, description: String? = nil, color: String? = nil, isCodable: Bool = true, children: [CodeNode] = []) {
        self.guid = guid
        self.name = name
        self.description = description
        self.color = color
        self.isCodable = isCodable
        self.children = children
    }

    /// This code and all below it, depth first.
    public var flattened: [CodeNode] { [self] + children.flatMap(\.flattened) }
}

/// A named group of codes across the tree (REFI-QDA `Set`).
public struct CodeSet: Equatable, Sendable {
    public var guid: String
    public var name: String
    public var description: String?
    public var members: [String]

    public init(guid: String, name: String, description: String? = nil, members: [String]) {
        self.guid = guid
        self.name = name
        self.description = description
        self.members = members
    }
}

/// A whole codebook as read from or written to a file.
public struct Codebook: Equatable, Sendable {
    public var name: String?
    public var codes: [CodeNode]
    public var sets: [CodeSet]

    public init(name: String? = nil, codes: [CodeNode], sets: [CodeSet] = []) {
        self.name = name
        self.codes = codes
        self.sets = sets
    }

    public var allCodes: [CodeNode] { codes.flatMap(\.flattened) }

    /// Refuses what no store could hold: duplicate GUIDs, empty names, sets naming unknown codes.
    /// More codes than any study's codebook holds; a file beyond it is refused, not ground through.
    public static let maximumCodes = 20_000

    public func validate() throws {
        var seen: [String: String] = [:]
        let codes = allCodes
        guard codes.count <= Self.maximumCodes else {
            throw VeldwerkError("the codebook holds \(codes.count) codes, more than the \(Self.maximumCodes) Veldwerk takes; split it")
        }
        for code in codes {
            _ = try Names.validated(code.name, what: "code name")
            guard CodeGUID.isValid(code.guid) else {
                throw VeldwerkError("code '\(code.name)' has GUID '\(code.guid)', which is not a GUID (8-4-4-4-12 hex digits)")
            }
            let key = code.guid.lowercased()
            if let other = seen[key] {
                throw VeldwerkError("codes '\(other)' and '\(code.name)' share the GUID \(code.guid); every code needs its own")
            }
            seen[key] = code.name
            if let color = code.color, !CodeColor.isValid(color) {
                throw VeldwerkError("code '\(code.name)' has colour '\(color)'; give it as #RRGGBB")
            }
        }
        for set in sets {
            guard CodeGUID.isValid(set.guid) else {
                throw VeldwerkError("set '\(set.name)' has GUID '\(set.guid)', which is not a GUID (8-4-4-4-12 hex digits)")
            }
            if let other = seen[set.guid.lowercased()] {
                throw VeldwerkError("set '\(set.name)' reuses the GUID of code '\(other)'; every set needs its own")
            }
            for member in set.members where seen[member.lowercased()] == nil {
                throw VeldwerkError("set '\(set.name)' names a code \(member) that is not in the codebook")
            }
        }
    }
}

/// REFI-QDA GUIDs: 8-4-4-4-12 hexadecimal digits, optionally in braces, any case.
public enum CodeGUID {
    public static func isValid(_ text: String) -> Bool {
        var s = Substring(text)
        if s.hasPrefix("{") && s.hasSuffix("}") { s = s.dropFirst().dropLast() }
        let groups = s.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x46) || ($0 >= 0x61 && $0 <= 0x66) } }
    }
}

public enum CodeColor {
    public static func isValid(_ s: String) -> Bool {
        s.count == 7 && s.hasPrefix("#") && s.dropFirst().allSatisfy(\.isHexDigit)
    }

    /// A pleasant default colour per position, so a new code is never colourless.
    public static func palette(_ index: Int) -> String {
        let colors = ["#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC"]
        return colors[index % colors.count]
    }
}
