import Foundation

/// A lock-guarded memo by key: argument descriptions (shared by completion and redaction), the
/// command tree's levels and parse plans (read on every parse), and parse templates.
final class Memo<Value>: @unchecked Sendable {
    private var values: [String: Value] = [:]
    private let lock = NSLock()

    /// The value for `key`, made on first asking.
    func value(for key: String, _ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let known = values[key] { return known }
        let made = make()
        values[key] = made
        return made
    }

    /// The value kept for `key`, if any.
    func existing(for key: String) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    /// Keeps `value` for `key` unless one is kept already; whether this call kept it.
    @discardableResult
    func keep(_ value: Value, for key: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard values[key] == nil else { return false }
        values[key] = value
        return true
    }
}
