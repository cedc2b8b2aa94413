import Foundation
import XCTest

/// Building a project from its `project.vw`, and scripts from odd places: nothing half-built
/// opens as complete, nothing is written outside the folder, endless input ends.
final class ProjectBuildTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "veldwerk-build-\(UUID().uuidString)/project"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent)
    }

    var database: String { folder + "/veldwerk.sqlite" }

    func testABuildKilledMidwayLeavesNoProjectAndTheNextOpenBuildsItWhole() throws {
        // Slow enough to be caught halfway: every command waits a moment before it commits.
        let commands = ["team add A --code A", "role add R"] + (1...60).map { "participant add --team A --role R --id P\($0)" }
        try commands.joined(separator: "\n").write(toFile: folder + "/project.vw", atomically: true, encoding: .utf8)
        for signal in [SIGKILL, SIGTERM, SIGHUP] {
            let p = Veldwerk.process([folder, "-c", "participant list"], env: ["VELDWERK_HOLD_WRITE_MS": "20"])
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            let building = Date()
            while !(try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasPrefix(".veldwerk-build-") }),
                  Date().timeIntervalSince(building) < 10 { usleep(10_000) }
            usleep(300_000)
            kill(p.processIdentifier, signal)
            p.waitUntilExit()
            XCTAssertFalse(FileManager.default.fileExists(atPath: database), "signal \(signal): a partial project is in place")
        }
        let r = try Veldwerk.run([folder, "--json", "-c", "participant list"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out.components(separatedBy: "\"pseudonym\"").count - 1, 60)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".veldwerk-build-") }, [],
                       "the abandoned builds were cleared")
        XCTAssertEqual(try Veldwerk.sqlite(folder, "PRAGMA integrity_check"), "ok")
    }

    func testAProjectScriptWritesNothingOutsideItsFolderAndOverwritesNothing() throws {
        let parent = (folder as NSString).deletingLastPathComponent
        for line in ["export all --format md --out ../outside", "codebook export ../c.yaml", "codebook export c.yaml --force",
                     "export all --format md --out /tmp/veldwerk-escape-\(UUID().uuidString)"] {
            try "team add A --code A\ncodebook add C\n\(line)\n".write(toFile: folder + "/project.vw", atomically: true, encoding: .utf8)
            let r = try Veldwerk.run([folder, "-c", "team list"])
            XCTAssertEqual(r.status, 1, line)
            XCTAssertTrue(r.err.contains("outside the project folder") || r.err.contains("--force is not allowed"), "\(line): \(r.err)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: database), line)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent), ["project"], line)
        }
        // Inside its own folder it may write.
        try "team add A --code A\ncodebook add C\ncodebook export out/c.yaml\n".write(toFile: folder + "/project.vw", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        XCTAssertEqual(try Veldwerk.run([folder, "-c", "team list"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/out/c.yaml"))
    }

    func testEndlessOrDeviceInputEndsWithAnError() throws {
        XCTAssertEqual(symlink("/dev/zero", folder + "/project.vw"), 0)
        let linked = try Veldwerk.run([folder, "-c", "team list"])
        XCTAssertEqual(linked.status, 1)
        XCTAssertTrue(linked.err.contains("a device, not a script file"), linked.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: database))
        try FileManager.default.removeItem(atPath: folder + "/project.vw")

        XCTAssertEqual(try Veldwerk.run(["init", folder]).status, 0)
        let device = try Veldwerk.run([folder, "--script", "/dev/zero"])
        XCTAssertEqual(device.status, 1)
        XCTAssertTrue(device.err.contains("a device, not a script file"), device.err)
        // Endless input through a pipe: refused once the line passes the limit, not read to the end.
        let sh = Process()
        sh.executableURL = URL(fileURLWithPath: "/bin/sh")
        sh.arguments = ["-c", "yes aaaaaaaa 2>/dev/null | tr -d '\\n' 2>/dev/null | '\(Veldwerk.binary.path)' '\(folder!)' 2>&1 >/dev/null"]
        sh.environment = Veldwerk.baseEnvironment
        let out = Pipe()
        sh.standardOutput = out
        try sh.run()
        let piped = (status: { () -> Int32 in sh.waitUntilExit(); return sh.terminationStatus }(),
                     err: String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        XCTAssertNotEqual(piped.status, 0)
        XCTAssertTrue(piped.err.contains("over the limit of 256 KiB; the rest of the input was not read"), piped.err)
        XCTAssertEqual(piped.err.split(separator: "\n").count, 1, piped.err)
    }
}
