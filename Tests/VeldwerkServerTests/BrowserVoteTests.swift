import Foundation
import HummingbirdTesting
import HummingbirdWSClient
import Logging
import XCTest

/// A real browser (headless Chromium, driven over the DevTools protocol) votes through the
/// phone page at phone width, and the facilitator reveals the board at projector width.
final class BrowserVoteTests: XCTestCase {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    func testAPhoneVotesThroughThePageAndTheBoardFollowsAndReveals() async throws {
        guard let chromium = Self.chromium else {
            throw XCTSkip("Chromium is not installed; .ci/run installs Debian's chromium")
        }
        let folder = try Binary.project(RoomProject.setup)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try RunningServer(folder)
        addTeardownBlock { _ = server.stop() }
        let opened = try Binary.run([folder, "--as", "Noor", "-c", "vote open 1 --json"])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(opened.out.utf8)) as? [String: Any])
        let codes = try XCTUnwrap(json["codes"] as? [String: String])
        let board = try XCTUnwrap(json["board"] as? String), facilitator = try XCTUnwrap(json["facilitator"] as? String)
        let code = try XCTUnwrap(codes["AMF-OE-01"])

        let browser = try HeadlessChromium(path: chromium)
        addTeardownBlock { browser.stop() }
        let shots = ProcessInfo.processInfo.environment["VELDWERK_SCREENSHOTS"]
        let base = server.base
        let report = Outcome()
        try await browser.drive { page in
            // A phone: enter the code, tick, slice, check, confirm.
            try await page.resize(width: 390, height: 844, mobile: true)
            try await page.open(base + "/")
            try await page.run("document.getElementById('code').value = '\(code)'; document.querySelector('button[type=submit]').click()")
            try await page.waitFor(path: "/vote")
            if let shots { try await page.screenshot(to: shots + "/phone-vote-390.png") }
            try await page.run("""
                document.querySelector('input[name=rec][value="1"]').click();
                document.querySelector('input[name=rec][value="2"]').click();
                for (const [item, size] of [[1, '60'], [2, '40']]) {
                  const input = document.querySelector('input[name=size_' + item + ']');
                  input.value = size; input.dispatchEvent(new Event('input', {bubbles: true}));
                }
                """)
            report.sum = try await page.value("document.getElementById('sum').textContent")
            report.pieTicked = try await page.value("String(document.getElementById('pie-1').checked && document.getElementById('pie-2').checked)")
            try await page.run("document.querySelector('form button[type=submit]').click()")
            try await page.waitFor(path: "/vote/check")
            report.check = try await page.value("document.body.innerText")
            try await page.run("document.querySelector('form button[type=submit]').click()")
            try await page.waitFor(path: "/vote/done")
            report.done = try await page.value("document.body.innerText")

            // The projector's board follows a vote typed at the prompt, live.
            try await page.resize(width: 1280, height: 800, mobile: false)
            try await page.open(board)
            report.progressBefore = try await page.value("document.querySelector('.progress strong').textContent")
            let typedAt = Date()
            _ = try Binary.run([folder, "--as", "Noor", "-c", "pie AMF-OE-02 3:50 4:50"])
            let typedFinished = Date()
            try await page.waitUntil("document.querySelector('.progress strong').textContent === '2'", timeout: 5)
            report.liveDelay = Date().timeIntervalSince(typedFinished)
            report.liveTotal = Date().timeIntervalSince(typedAt)
            report.boardBefore = try await page.value("document.body.innerText")
            if let shots { try await page.screenshot(to: shots + "/board-progress-1280.png") }

            // The facilitator reveals; the projector's board shows the tally without a reload.
            try await page.open(facilitator)
            try await page.run("document.querySelector('#reveal button').click()")
            try await page.waitUntil("document.body.innerText.includes('Kendall')", timeout: 5)
            report.facilitatorAfter = try await page.value("document.body.innerText")
            try await page.open(board)
            report.boardAfter = try await page.value("document.body.innerText")
            if let shots { try await page.screenshot(to: shots + "/board-revealed-1280.png") }
            try await page.resize(width: 390, height: 844, mobile: true)
            try await page.open(board)
            report.overflow = try await page.value("String(document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)")
            if let shots { try await page.screenshot(to: shots + "/board-revealed-390.png") }
        }

        XCTAssertTrue(report.sum.contains("100"), "the pie's running total: \(report.sum)")
        XCTAssertEqual(report.pieTicked, "true", "typing a size chooses the item")
        XCTAssertTrue(report.check.contains("Klopt dit?"), report.check)
        XCTAssertTrue(report.done.contains("je stem is binnen"), report.done)
        let tally = try Binary.run([folder, "-c", "tally 1"])
        XCTAssertTrue(tally.out.contains("voted:       2 of 25") || tally.out.contains("2 of 25"), tally.out)
        XCTAssertEqual(report.progressBefore, "1")
        XCTAssertLessThan(report.liveDelay, 1.0, "the board took \(report.liveDelay) s to show a vote")
        XCTAssertFalse(report.boardBefore.contains("Kendall"), "the tally showed before the reveal")
        XCTAssertTrue(report.facilitatorAfter.contains("Kendall"))
        XCTAssertTrue(report.boardAfter.contains("Uitslag"), report.boardAfter)
        XCTAssertFalse(report.boardAfter.contains("AMF-"), "the board names who voted")
        XCTAssertEqual(report.overflow, "false", "the board does not fit a phone's width")
        print("board showed a prompt vote \(String(format: "%.0f", report.liveDelay * 1000)) ms after the command ended (\(String(format: "%.0f", report.liveTotal * 1000)) ms after it started)")
    }
}

final class Outcome: @unchecked Sendable {
    var sum = "", pieTicked = "", check = "", done = "", progressBefore = "", boardBefore = "", facilitatorAfter = "", boardAfter = "", overflow = ""
    var liveDelay = 99.0, liveTotal = 99.0
}

/// Headless Chromium with its DevTools endpoint, and a page driven through it.
final class HeadlessChromium: @unchecked Sendable {
    let process = Process()
    let profile = NSTemporaryDirectory() + "veldwerk-chromium-\(UUID().uuidString)"
    let port: Int

    init(path: String) throws {
        try FileManager.default.createDirectory(atPath: profile, withIntermediateDirectories: true)
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--no-default-browser-check", "--disable-extensions", "--remote-debugging-port=0", "--remote-allow-origins=*",
                             "--user-data-dir=\(profile)", "about:blank"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let file = profile + "/DevToolsActivePort"
        let deadline = Date().addingTimeInterval(30)
        var found: Int?
        while found == nil, Date() < deadline {
            if let text = try? String(contentsOfFile: file, encoding: .utf8), let first = text.split(separator: "\n").first, let p = Int(first) {
                found = p
            } else {
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        guard let found else { process.terminate(); throw XCTSkip("Chromium did not start its DevTools endpoint") }
        port = found
    }

    func stop() {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// The first page's DevTools socket, from Chromium's own list.
    func pageSocket() async throws -> String {
        let deadline = Date().addingTimeInterval(10)
        let client = TestClient(host: "127.0.0.1", port: port)
        client.connect()
        defer { Task { try? await client.shutdown() } }
        while Date() < deadline {
            let response = try await client.get("/json/list")
            let data = Data(response.body.map { String(buffer: $0) }?.utf8 ?? "".utf8)
            if let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]],
               let page = list.first(where: { $0["type"] as? String == "page" }), let id = page["id"] as? String {
                // Built from the id: Chromium names the host after the request's Host header.
                return "ws://127.0.0.1:\(port)/devtools/page/\(id)"
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw XCTSkip("Chromium lists no page")
    }

    func drive(_ body: @escaping @Sendable (DevToolsPage) async throws -> Void) async throws {
        let socket = try await pageSocket()
        var logger = Logger(label: "devtools")
        logger.logLevel = .warning
        let config = WebSocketClientConfiguration(maxFrameSize: 1 << 25)
        let errorBox = ErrorBox()
        _ = try await WebSocketClient.connect(url: socket, configuration: config, logger: logger) { inbound, outbound, _ in
            let page = DevToolsPage(inbound: inbound, outbound: outbound)
            do { try await body(page) } catch { errorBox.error = error }
            // Closing the page ends the socket at once; a close handshake alone keeps Chromium waiting.
            try? await outbound.write(.text(#"{"id":999999,"method":"Page.close","params":{}}"#))
        }
        if let error = errorBox.error { throw error }
    }

    final class ErrorBox: @unchecked Sendable { var error: Error? }
}

/// One page over the DevTools protocol: commands by id, answers matched to them, events skipped.
final class DevToolsPage: @unchecked Sendable {
    let outbound: WebSocketOutboundWriter
    var messages: WebSocketInboundMessageStream.AsyncIterator
    var next = 0

    init(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) {
        self.outbound = outbound
        messages = inbound.messages(maxSize: 1 << 26).makeAsyncIterator()
    }

    @discardableResult
    func call(_ method: String, _ params: [String: Any] = [:]) async throws -> [String: Any] {
        next += 1
        let id = next
        let data = try JSONSerialization.data(withJSONObject: ["id": id, "method": method, "params": params])
        try await outbound.write(.text(String(decoding: data, as: UTF8.self)))
        while let message = try await messages.next() {
            guard case .text(let text) = message,
                  let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                  object["id"] as? Int == id else { continue }
            if let error = object["error"] as? [String: Any] {
                throw NSError(domain: "devtools", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(method): \(error)"])
            }
            return object["result"] as? [String: Any] ?? [:]
        }
        throw NSError(domain: "devtools", code: 2, userInfo: [NSLocalizedDescriptionKey: "the browser closed the connection"])
    }

    func resize(width: Int, height: Int, mobile: Bool) async throws {
        try await call("Emulation.setDeviceMetricsOverride", ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile])
    }

    func open(_ url: String) async throws {
        try await call("Page.navigate", ["url": url])
        try await waitUntil("document.readyState === 'complete' && location.href === \(Self.quote(url))", timeout: 10)
    }

    /// Runs script in the page; its value as text.
    @discardableResult
    func value(_ expression: String) async throws -> String {
        let result = try await call("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        if let exception = result["exceptionDetails"] { throw NSError(domain: "devtools", code: 3, userInfo: [NSLocalizedDescriptionKey: "\(exception)"]) }
        let value = (result["result"] as? [String: Any])?["value"]
        return value.map { "\($0)" } ?? ""
    }

    func run(_ script: String) async throws { try await value("(() => { \(script) })(); true") }

    func waitUntil(_ condition: String, timeout: Double) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if (try? await value("String(Boolean(\(condition)))")) == "true" { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw NSError(domain: "devtools", code: 4, userInfo: [NSLocalizedDescriptionKey: "timed out waiting for \(condition); page: \((try? await value("location.href + ' ' + document.body.innerText.slice(0, 300)")) ?? "?")"])
    }

    func waitFor(path: String) async throws {
        try await waitUntil("location.pathname === \(Self.quote(path)) && document.readyState === 'complete'", timeout: 10)
    }

    func screenshot(to file: String) async throws {
        let result = try await call("Page.captureScreenshot", ["format": "png", "captureBeyondViewport": true])
        guard let base64 = result["data"] as? String, let data = Data(base64Encoded: base64) else { return }
        try data.write(to: URL(fileURLWithPath: file))
    }

    static func quote(_ s: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [s])
        return data.map { String(decoding: $0, as: UTF8.self).dropFirst().dropLast() }.map(String.init) ?? "''"
    }
}
