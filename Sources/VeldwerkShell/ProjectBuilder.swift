import Foundation
import VeldwerkCore
import VeldwerkStore

/// Builds a project's database from the commands in its folder when it has none yet.
///
/// A project can be shipped as text: a `project.vw` script of Veldwerk commands plus the files it
/// reads. The database is then derived data, made on first open, and never needs committing.
enum ProjectBuilder {
    static let scriptName = "project.vw"

    static func openOrBuild(folder: String) throws -> ProjectStore {
        let script = (folder as NSString).appendingPathComponent(scriptName)
        if !ProjectStore.exists(in: folder), FileManager.default.fileExists(atPath: script) {
            try build(folder: folder, script: script)
        }
        return try ProjectStore.open(folder: folder)
    }

    static func build(folder: String, script: String) throws {
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        Console.error("building \(name) from \(scriptName) ...")
        let store = try ProjectStore.create(folder: folder, name: name)
        let session = Session(store: store, researcher: nil, terminal: .plain, json: false)
        session.quietWarnings = true
        // The script names its files relative to its own folder.
        session.context.workingDirectory = URL(fileURLWithPath: folder).standardizedFileURL.path
        let reader: LineReader
        do { reader = try LineReader(path: script) } catch {
            try? store.close()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: ProjectStore.databasePath(in: folder) + suffix) }
            throw error
        }
        let status = Console.silenced { session.runScript(reader, keepGoing: false, label: scriptName) }
        try? store.close()
        if status != 0 {
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: ProjectStore.databasePath(in: folder) + suffix)
            }
            throw VeldwerkError("building the project from \(script) failed (see above); fix the script and open it again")
        }
    }
}
