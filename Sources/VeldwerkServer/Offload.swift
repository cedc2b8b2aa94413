import Dispatch

/// Runs blocking database work on a thread of its own, so a prompt holding the write lock for a
/// moment never stalls the server's request threads.
func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async {
            continuation.resume(with: Result { try body() })
        }
    }
}
