import Foundation
import VeldwerkCore
import VeldwerkStore

/// Builds a project's database from the commands in its folder when it has none yet.
///
/// A project can be shipped as text: a `project.vw` script of Veldwerk commands plus the files it
/// reads. The database is then derived data, made on first open, and never needs committing.
/// It is built under a name of its own and put in place only when the whole script has run, so
/// a build that is killed leaves no project behind that opens as if complete. The script may
/// write files only inside its own folder, and never over an existing one.
enum ProjectBuilder {
    static let scriptName = "project.vw"
    static let buildPrefix = ".veldwerk-build-"

    static func openOrBuild(folder: String) throws -> ProjectStore {
        let script = (folder as NSString).appendingPathComponent(scriptName)
        if !ProjectStore.exists(in: folder), FileManager.default.fileExists(atPath: script) {
            try build(folder: folder, script: script)
        }
        return try ProjectStore.open(folder: folder, upgrading: {
            Console.error("upgrading \(URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent) to this version of Veldwerk (once) ...")
        })
    }

    static func build(folder: String, script: String) throws {
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        removeAbandonedBuilds(in: folder)
        let reader = try LineReader(path: script)
        Console.error("building \(name) from \(scriptName) ...")
        let file = "\(buildPrefix)\(getpid()).sqlite"
        let built = (folder as NSString).appendingPathComponent(file)
        let store = try ProjectStore.create(folder: folder, name: name, file: file)
        let session = Session(store: store, researcher: nil, terminal: .plain, json: false)
        session.quietWarnings = true
        // The script names its files relative to its own folder, and writes nowhere else.
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path
        session.context.workingDirectory = root
        session.context.confinement = root
        let status = Console.silenced { session.runScript(reader, keepGoing: false, label: scriptName) }
        try? store.close()
        guard status == 0 else {
            ProjectStore.removeDatabaseFiles(built)
            throw VeldwerkError("building the project from \(script) failed (see above); fix the script and open it again")
        }
        try ProjectStore.install(built: built, in: folder)
    }

    /// Builds whose process is gone (killed, or the machine went down) left their file behind.
    static func removeAbandonedBuilds(in folder: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(buildPrefix) {
            let pid = entry.dropFirst(buildPrefix.count).prefix { $0.isASCII && $0.isNumber }
            guard let number = Int32(pid), kill(number, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(entry))
        }
    }
}
