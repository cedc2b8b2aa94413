import Foundation

/// Lets the crash tests stop a process inside an open write transaction.
///
/// With `VELDWERK_HOLD_WRITE_MS` set, every write waits that long just before it commits, so a
/// test can send kill -9 at a moment when a command is half done and check it left no trace.
enum FaultHook {
    static let holdMilliseconds: Int = {
        Int(ProcessInfo.processInfo.environment["VELDWERK_HOLD_WRITE_MS"] ?? "") ?? 0
    }()

    static func holdIfAsked() throws {
        if holdMilliseconds > 0 { usleep(useconds_t(holdMilliseconds) * 1000) }
    }
}
