import Foundation

/// Timestamps for the change log, in UTC and ISO 8601 so they sort and print the same everywhere.
///
/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention, fixes the clock for tests and demos.
enum Clock {
    static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: current())
    }

    static func today() -> String {
        String(now().prefix(10))
    }

    private static func current() -> Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }
}
