import GRDB
@testable import VeldwerkStore

/// Opens a bare database with the project's settings, to build files as an older Veldwerk would.
enum DatabaseQueueFactory {
    static func make(path: String) throws -> DatabaseQueue {
        try DatabaseQueue(path: path, configuration: ProjectStore.configuration(log: WriteAheadLog()))
    }
}
