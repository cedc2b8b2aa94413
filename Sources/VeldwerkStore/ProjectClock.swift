import Foundation

/// Timestamps for the change log, in UTC and ISO 8601 so they sort and print the same everywhere.
///
/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention, fixes the clock for tests and demos.
public enum ProjectClock {
    public static func now() -> String {
        stamp(current())
    }

    /// The moment `days` from now, in the same form, for expiry dates.
    public static func later(days: Int) -> String {
        stamp(current() + Double(days) * 86_400)
    }

    private static func stamp(_ at: Double) -> String {
        var seconds = time_t(at)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    public static func today() -> String {
        String(now().prefix(10))
    }

    private static let fixed: Double? = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init)

    private static func current() -> Double {
        fixed ?? Date().timeIntervalSince1970
    }
}
