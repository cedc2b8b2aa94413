import Foundation
import VeldwerkStore

/// Tells the boards that something changed: it watches the change log (every write, from a phone
/// or from a prompt in another process, adds an entry) a few times a second, while anyone listens.
actor ChangeFeed {
    enum Event: Sendable { case changed, heartbeat }

    private let store: ProjectStore
    private var listeners: [UUID: AsyncStream<Event>.Continuation] = [:]
    private var watching = false
    let interval: Duration
    let heartbeat: Duration

    init(store: ProjectStore, interval: Duration = .milliseconds(150), heartbeat: Duration = .seconds(15)) {
        self.store = store
        self.interval = interval
        self.heartbeat = heartbeat
    }

    func subscribe() -> (UUID, AsyncStream<Event>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(1))
        listeners[id] = continuation
        if !watching {
            watching = true
            // Read where the log stands now, before the caller reads the board: a change made
            // in between is then always seen.
            let start = (try? store.read { try $0.lastChange() }) ?? 0
            Task { await self.watch(from: start) }
        }
        return (id, stream)
    }

    func unsubscribe(_ id: UUID) {
        listeners.removeValue(forKey: id)?.finish()
    }

    var listenerCount: Int { listeners.count }

    /// Whether the watcher still runs (it stops when the last listener leaves).
    var isWatching: Bool { watching }

    private func watch(from start: Int64) async {
        let store = self.store
        var last = start
        var sinceBeat = Duration.zero
        while !listeners.isEmpty {
            try? await Task.sleep(for: interval)
            if listeners.isEmpty { break }
            sinceBeat += interval
            if let now = try? await offload({ try store.read { try $0.lastChange() } }), now != last {
                last = now
                broadcast(.changed)
            }
            if sinceBeat >= heartbeat {
                sinceBeat = .zero
                broadcast(.heartbeat)
            }
        }
        watching = false
    }

    private func broadcast(_ event: Event) {
        for continuation in listeners.values { continuation.yield(event) }
    }
}
