import Foundation
import XCTest

/// A fresh copy of the demo project, laid out like the repository, built once per test run.
enum DemoProject {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new copy (without database) of the demo; the caller removes `root` afterwards.
    static func copy() throws -> (root: String, project: String) {
        let root = NSTemporaryDirectory() + "veldwerk-demo-\(UUID().uuidString)"
        let dir = root + "/Projects/woest-demo"
        try FileManager.default.createDirectory(atPath: root + "/Projects", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repository.path + "/Codebooks", toPath: root + "/Codebooks")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let source = repository.appendingPathComponent("Projects/woest-demo")
        for file in try FileManager.default.contentsOfDirectory(atPath: source.path)
        where !file.hasPrefix("veldwerk.sqlite") && !file.hasPrefix(".") && file != "exports" {
            try FileManager.default.copyItem(atPath: source.path + "/" + file, toPath: dir + "/" + file)
        }
        return (root, dir)
    }

    /// A built demo shared by the tests that only read it.
    static let built: String = {
        let (_, dir) = try! copy()
        let r = try! Veldwerk.run([dir, "-c", "team list"])
        precondition(r.status == 0, r.err)
        return dir
    }()
}
