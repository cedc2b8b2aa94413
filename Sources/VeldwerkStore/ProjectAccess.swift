import GRDB
import VeldwerkCore

/// Read access to a project, valid inside ``ProjectStore/read(_:)`` or a change.
public struct ProjectReader {
    let db: Database

    /// The project's name as given at `init`.
    public func projectName() throws -> String {
        try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM project WHERE id = 1")) ?? "project"
    }

    /// The names that exist of one kind, for Tab completion and "did you mean" answers.
    public func names(of kind: NamedKind) throws -> [String] {
        switch kind {
        case .team: return try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM team ORDER BY name"))
        case .role: return try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM role ORDER BY name"))
        case .participant: return try String.fetchAll(db.cachedStatement(sql: "SELECT pseudonym FROM participant ORDER BY pseudonym"))
        case .researcher: return try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM researcher ORDER BY name"))
        case .code: return try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT name FROM code ORDER BY name"))
        case .session: return try String.fetchAll(db.cachedStatement(sql: "SELECT CAST(id AS TEXT) FROM session ORDER BY id"))
        case .learningCase: return try String.fetchAll(db.cachedStatement(sql: "SELECT CAST(id AS TEXT) FROM learning_case ORDER BY id"))
        }
    }

    /// The error for a name that is not there, with the nearest existing one when it looks like a typo.
    func unknown(_ kind: NamedKind, _ name: String) throws -> StoreError {
        let known = try names(of: kind)
        return .unknown(StoreError.Thing(kind), name, nearest: NameSuggestion.nearest(to: name, in: known), noneYet: known.isEmpty)
    }

    /// Finds the id of a named thing (teams and roles also by code) or throws the friendly error.
    func id(of kind: NamedKind, _ name: String) throws -> Int64 {
        let key = name.trimmingWhitespace()
        let found: Int64?
        switch kind {
        case .team:
            found = try firstInt("SELECT id FROM team WHERE name = ?1 OR code = ?1", .text(key))
        case .role:
            found = try firstInt("SELECT id FROM role WHERE name = ?1 OR code = ?1", .text(key))
        case .participant:
            found = try firstInt("SELECT id FROM participant WHERE pseudonym = ?", .text(key))
        case .researcher:
            found = try firstInt("SELECT id FROM researcher WHERE name = ?", .text(key))
        case .code:
            return try codeID(key)
        case .session:
            found = try Int64(key).flatMap { try firstInt("SELECT id FROM session WHERE id = ?", .int($0)) }
        case .learningCase:
            found = try Int64(key).flatMap { try firstInt("SELECT id FROM learning_case WHERE id = ?", .int($0)) }
        }
        guard let found else { throw try unknown(kind, key) }
        return found
    }

    /// The first column of the first row as a number, read directly (`DirectRead.swift`): every
    /// command looks up what it names.
    func firstInt(_ sql: String, _ argument: DirectValue) throws -> Int64? {
        try db.directFirst(sql, [argument]) { $0.int(0) } ?? nil
    }
}

/// Write access to a project, valid only inside ``ProjectStore/change(line:actor:_:)``.
public struct ProjectWriter {
    let db: Database

    /// Reads inside the same transaction, seeing this change's own writes.
    public var reader: ProjectReader { ProjectReader(db: db) }
}
