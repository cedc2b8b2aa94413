import Foundation
import GRDB
import VeldwerkCore

/// A code as stored, with where it sits in the tree and how much it was used.
public struct StoredCode: Equatable, Sendable {
    public var id: Int64
    public var guid: String
    public var name: String
    public var path: String
    public var parentID: Int64?
    public var depth: Int
    public var description: String?
    public var color: String?
    public var isCodable: Bool
    public var segments: Int
}

extension ProjectReader {
    /// Finds a code by name (case-insensitive), by path `Parent/Child`, or by GUID.
    func codeID(_ reference: String) throws -> Int64 {
        let key = reference.trimmingWhitespace()
        if let id = try firstInt("SELECT id FROM code WHERE guid = ?", .text(key)) { return id }
        var byName: [Int64] = []
        try db.directRows("SELECT id FROM code WHERE name = ?", [.text(key)]) { row in
            row.int(0).map { byName.append($0) }
            return true
        }
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 {
            let paths = try byName.map { try codePath($0) }.sorted()
            throw VeldwerkError("\(byName.count) codes are called '\(key)'; name one by its path: \(paths.joined(separator: ", "))")
        }
        if key.contains("/") {
            var parent: Int64?
            for part in key.split(separator: "/").map({ String($0).trimmingWhitespace() }) {
                guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM code WHERE name = ? AND parent_id IS ?"), arguments: [part, parent]) else {
                    parent = nil
                    break
                }
                parent = id
            }
            if let parent { return parent }
        }
        throw try unknown(.code, key)
    }

    func codePath(_ id: Int64) throws -> String {
        try codeNames(id).joined(separator: "/")
    }

    /// The names from the top of the tree down to code `id`.
    func codeNames(_ id: Int64) throws -> [String] {
        var parts: [String] = []
        var current: Int64? = id
        var guardCount = 0
        while let c = current, guardCount < 100 {
            guard let row = try CodeRecord.find(db, id: c) else { throw StoreError.unknown(.code, String(c)) }
            parts.insert(row.name, at: 0)
            current = row.parentID
            guardCount += 1
        }
        return parts
    }

    public func code(named reference: String) throws -> StoredCode {
        try code(id: try codeID(reference))
    }

    /// One code as ``codes()`` lists it, read alone: `codebook add` reads back the code it
    /// added, and reading the whole tree for it made a script of additions quadratic.
    func code(id: Int64) throws -> StoredCode {
        guard let row = try CodeCountRow.fetchOne(db.cachedStatement(sql: CodeCountRow.select + " WHERE c.id = ?"), arguments: [id]) else {
            throw StoreError.unknown(.code, String(id))
        }
        let names = try codeNames(id)
        return row.stored(path: names.joined(separator: "/"), depth: names.count - 1)
    }

    /// The whole tree depth first, in position order, with segment counts (this code's own).
    public func codes() throws -> [StoredCode] {
        let rows = try CodeCountRow.fetchAll(db.cachedStatement(sql: CodeCountRow.select + " ORDER BY position, id"))
        let children = Dictionary(grouping: rows, by: \.parentID)
        var out: [StoredCode] = []
        func visit(_ parent: Int64?, depth: Int, prefix: String) {
            for row in children[parent] ?? [] {
                let path = prefix.isEmpty ? row.name : prefix + "/" + row.name
                out.append(row.stored(path: path, depth: depth))
                visit(row.id, depth: depth + 1, prefix: path)
            }
        }
        visit(nil, depth: 0, prefix: "")
        return out
    }

    /// The stored codebook in exchange form, for export.
    public func codebook() throws -> Codebook {
        let all = try codes()
        func nodes(_ parent: Int64?) -> [CodeNode] {
            all.filter { $0.parentID == parent }.map { c in
                CodeNode(guid: c.guid, name: c.name, description: c.description, color: c.color, isCodable: c.isCodable, children: nodes(c.id))
            }
        }
        let sets = try CodeSetRecord.order(Column("id")).fetchAll(db).map { row -> CodeSet in
            let members = try String.fetchAll(db.cachedStatement(sql: """
                SELECT c.guid FROM code_set_member m JOIN code c ON c.id = m.code_id WHERE m.set_id = ? ORDER BY m.id
                """), arguments: [row.id])
            return CodeSet(guid: row.guid, name: row.name, description: row.description, members: members)
        }
        return Codebook(name: try projectName(), codes: nodes(nil), sets: sets)
    }
}

extension ProjectWriter {
    /// Adds one code under `parent` (or at the top).
    public func addCode(name: String, parent: String?, description: String?, color: String?, guid: String? = nil) throws -> StoredCode {
        let name = try Names.validated(name, what: "code name")
        guard !name.contains("/") else { throw VeldwerkError("a code name cannot contain '/'; it separates levels in a path") }
        let parentID = try parent.map { try reader.codeID($0) }
        if let color, !CodeColor.isValid(color) { throw VeldwerkError("colour '\(color)' must be written #RRGGBB") }
        try requireFreeName(name, parent: parentID, except: nil)
        let position = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(position), -1) + 1 FROM code")) ?? 0
        try db.cachedStatement(sql: "INSERT INTO code (guid, name, parent_id, position, description, color) VALUES (?, ?, ?, ?, ?, ?)").execute(arguments: [guid ?? UUID().uuidString, name, parentID, position, description, color?.uppercased() ?? CodeColor.palette(position)])
        return try reader.code(id: db.lastInsertedRowID)
    }

    func requireFreeName(_ name: String, parent: Int64?, except: Int64?) throws {
        // `+parent_id` keeps the planner on the name index: by parent it would scan every sibling,
        // and a codebook of thousands of top-level codes would take the square of its size.
        if let clash = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM code WHERE name = ? AND +parent_id IS ? AND id IS NOT ?"), arguments: [name, parent, except]) {
            throw VeldwerkError("a code '\(try reader.codePath(clash))' exists already at that place; choose another name")
        }
    }

    /// Merges a codebook in: codes are matched by GUID (updated in place), new ones added.
    /// Returns (added, updated, sets).
    public func importCodebook(_ book: Codebook) throws -> (added: Int, updated: Int, sets: Int) {
        try book.validate()
        var added = 0, updated = 0
        var position = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(position), -1) + 1 FROM code")) ?? 0
        func put(_ node: CodeNode, parent: Int64?) throws {
            let id: Int64
            // Statements prepared once for the whole book: preparing each anew costs more than running it.
            if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM code WHERE guid = ?"), arguments: [node.guid]) {
                try requireFreeName(node.name, parent: parent, except: existing)
                try db.cachedStatement(sql: "UPDATE code SET name = ?, parent_id = ?, description = ?, color = coalesce(?, color), codable = ? WHERE id = ?")
                    .execute(arguments: [node.name, parent, node.description, node.color, node.isCodable, existing])
                id = existing
                updated += 1
            } else {
                try requireFreeName(node.name, parent: parent, except: nil)
                try db.cachedStatement(sql: "INSERT INTO code (guid, name, parent_id, position, description, color, codable) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .execute(arguments: [node.guid, node.name, parent, position, node.description, node.color ?? CodeColor.palette(position), node.isCodable])
                id = db.lastInsertedRowID
                position += 1
                added += 1
            }
            for child in node.children { try put(child, parent: id) }
        }
        for code in book.codes { try put(code, parent: nil) }
        for set in book.sets {
            let setID: Int64
            if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM code_set WHERE guid = ?"), arguments: [set.guid]) {
                try db.cachedStatement(sql: "UPDATE code_set SET name = ?, description = ? WHERE id = ?").execute(arguments: [set.name, set.description, existing])
                setID = existing
            } else {
                try db.cachedStatement(sql: "INSERT INTO code_set (guid, name, description) VALUES (?, ?, ?)").execute(arguments: [set.guid, set.name, set.description])
                setID = db.lastInsertedRowID
            }
            for member in set.members {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO code_set_member (set_id, code_id) SELECT ?, id FROM code WHERE guid = ?
                    """, arguments: [setID, member])
            }
        }
        return (added, updated, book.sets.count)
    }

    public func renameCode(_ reference: String, to newName: String) throws -> String {
        let id = try reader.codeID(reference)
        let name = try Names.validated(newName, what: "code name")
        guard !name.contains("/") else { throw VeldwerkError("a code name cannot contain '/'") }
        let parent = try Int64.fetchOne(db.cachedStatement(sql: "SELECT parent_id FROM code WHERE id = ?"), arguments: [id])
        try requireFreeName(name, parent: parent, except: id)
        try db.cachedStatement(sql: "UPDATE code SET name = ? WHERE id = ?").execute(arguments: [name, id])
        return try reader.codePath(id)
    }

    /// Moves a code (with its sub-codes) under another, or to the top with `parent` nil.
    public func moveCode(_ reference: String, under parent: String?) throws -> String {
        let id = try reader.codeID(reference)
        let parentID = try parent.map { try reader.codeID($0) }
        if let parentID {
            // Refuse a cycle: the new parent may not sit below the code itself.
            var walk: Int64? = parentID
            while let w = walk {
                if w == id { throw VeldwerkError("cannot move '\(try reader.codePath(id))' under itself or its own sub-code") }
                walk = try Int64.fetchOne(db.cachedStatement(sql: "SELECT parent_id FROM code WHERE id = ?"), arguments: [w])
            }
        }
        guard let name = try CodeRecord.find(db, id: id)?.name else { throw StoreError.unknown(.code, reference) }
        try requireFreeName(name, parent: parentID, except: id)
        try db.cachedStatement(sql: "UPDATE code SET parent_id = ? WHERE id = ?").execute(arguments: [parentID, id])
        return try reader.codePath(id)
    }

    /// Merges `source` into `target`: its segments, sub-codes, set memberships and A4 items move
    /// over, identical segments collapse, and the source code is removed.
    public func mergeCode(_ source: String, into target: String) throws -> (moved: Int, dropped: Int) {
        let from = try reader.codeID(source)
        let to = try reader.codeID(target)
        guard from != to else { throw VeldwerkError("a code cannot be merged into itself") }
        var walk: Int64? = to
        while let w = walk {
            if w == from { throw VeldwerkError("cannot merge a code into its own sub-code") }
            walk = try Int64.fetchOne(db.cachedStatement(sql: "SELECT parent_id FROM code WHERE id = ?"), arguments: [w])
        }
        let duplicates = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM segment s WHERE s.code_id = ?1 AND EXISTS (SELECT 1 FROM segment t WHERE t.code_id = ?2
              AND t.document_id = s.document_id AND t.coder_id = s.coder_id AND t.start_pos = s.start_pos AND t.end_pos = s.end_pos)
            """), arguments: [from, to]) ?? 0
        try db.execute(sql: """
            DELETE FROM segment WHERE code_id = ?1 AND EXISTS (SELECT 1 FROM segment t WHERE t.code_id = ?2
              AND t.document_id = segment.document_id AND t.coder_id = segment.coder_id AND t.start_pos = segment.start_pos AND t.end_pos = segment.end_pos)
            """, arguments: [from, to])
        let moved = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM segment WHERE code_id = ?"), arguments: [from]) ?? 0
        try db.cachedStatement(sql: "UPDATE segment SET code_id = ? WHERE code_id = ?").execute(arguments: [to, from])
        for child in try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM code WHERE parent_id = ?"), arguments: [from]) {
            guard let name = try CodeRecord.find(db, id: child)?.name else { continue }
            try requireFreeName(name, parent: to, except: child)
            try db.cachedStatement(sql: "UPDATE code SET parent_id = ? WHERE id = ?").execute(arguments: [to, child])
        }
        try db.cachedStatement(sql: "DELETE FROM code_set_member WHERE code_id = ?1 AND set_id IN (SELECT set_id FROM code_set_member WHERE code_id = ?2)").execute(arguments: [from, to])
        try db.cachedStatement(sql: "UPDATE code_set_member SET code_id = ? WHERE code_id = ?").execute(arguments: [to, from])
        try db.cachedStatement(sql: "DELETE FROM a4_item WHERE code_id = ?1 AND team_id IN (SELECT team_id FROM a4_item WHERE code_id = ?2)").execute(arguments: [from, to])
        try db.cachedStatement(sql: "UPDATE a4_item SET code_id = ? WHERE code_id = ?").execute(arguments: [to, from])
        try db.cachedStatement(sql: "DELETE FROM code WHERE id = ?").execute(arguments: [from])
        return (moved, duplicates)
    }
}
