import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import VeldwerkServer
import VeldwerkCore
import VeldwerkStore
import XCTest

/// The routes, through Hummingbird's router test client: a phone's whole vote, the board
/// before and after the reveal, the team's review, and what the pages refuse.
final class PageRouteTests: XCTestCase {
    var folder = ""
    var store: ProjectStore!

    override func setUpWithError() throws {
        (folder, store) = try RoomProject.make()
    }

    override func tearDownWithError() throws {
        try? store.close()
        try? FileManager.default.removeItem(atPath: folder)
    }

    func app(_ language: PageLanguage = .nl, limiter: AttemptLimiter = AttemptLimiter()) -> some ApplicationProtocol {
        let server = PageServer(store: store, language: language, limiter: limiter)
        return Application(router: server.router())
    }

    func openVoting() throws -> IssuedCodes {
        try store.change(line: "vote open 1", actor: "Noor") { try $0.openVoteRound(focusGroup: 1, days: 1) }
    }

    /// Enters a code on the front page, as a participant does.
    static func enter(_ browser: Browser, _ code: String) async throws -> Browser.Page {
        let front = try await browser.get("/")
        XCTAssertEqual(front.status, .ok)
        return try await browser.post("/enter", [("code", code)])
    }

    func testEveryPageCarriesAStrictPolicyAndFetchesNothingFromElsewhere() async throws {
        let store: ProjectStore = self.store
        try await app().test(.router) { client in
            let browser = Browser(client)
            let front = try await browser.get("/")
            XCTAssertEqual(front.status, .ok)
            let policy = try XCTUnwrap(front.headers[.contentSecurityPolicy])
            XCTAssertTrue(policy.contains("default-src 'none'"))
            XCTAssertTrue(policy.contains("script-src 'self'"))
            XCTAssertFalse(policy.contains("unsafe-inline"))
            XCTAssertEqual(front.headers[.xContentTypeOptions], "nosniff")
            XCTAssertFalse(front.body.contains("http://") || front.body.contains("https://"), "a page refers to another site")
            XCTAssertFalse(front.body.contains("<script>"), "inline script would break the policy")
            let jar = await browser.cookies
            XCTAssertNotNil(jar["vw_csrf"])
            for asset in ["page.css", "page.js", "report.css"] {
                let r = try await browser.get("/assets/" + asset)
                XCTAssertEqual(r.status, .ok, asset)
                XCTAssertFalse(r.body.contains("http://") || r.body.contains("https://") || r.body.contains("@import"), asset)
            }
        }
    }

    func testAParticipantVotesFromAPhoneAsThePromptWouldRecordIt() async throws {
        let store: ProjectStore = self.store
        let issued = try openVoting()
        let pseudonym = "AMF-OE-01"
        let code = try XCTUnwrap(issued.people.first { $0.pseudonym == pseudonym }?.code)
        XCTAssertGreaterThanOrEqual(AccessCode.bits, 40)
        try await app().test(.router) { client in
            let phone = Browser(client)
            let entered = try await Self.enter(phone, code.uppercased().replacingOccurrences(of: "-", with: " "))
            XCTAssertEqual(entered.status, .seeOther)
            XCTAssertEqual(entered.location, "/vote")
            let form = try await phone.get("/vote")
            XCTAssertEqual(form.status, .ok)
            XCTAssertTrue(form.body.contains("Wie heeft de regie?"))
            XCTAssertFalse(form.body.contains(pseudonym), "the page shows who is voting")
            XCTAssertFalse(form.body.contains("Zwanenburg"), "a real name reached a page")

            // The same rules as `pie`: sizes must make 100, at most three slices.
            let wrongSum = try await phone.post("/vote/check", [("rec", "1"), ("rec", "2"), ("pie", "1"), ("size_1", "60"), ("pie", "2"), ("size_2", "30")])
            XCTAssertEqual(wrongSum.status, .unprocessableContent)
            XCTAssertTrue(wrongSum.body.contains("samen 90, niet 100"), wrongSum.body)
            let four = try await phone.post("/vote/check", [("pie", "1"), ("pie", "2"), ("pie", "3"), ("pie", "4")])
            XCTAssertTrue(four.body.contains("ten hoogste drie"))
            let check = try await phone.post("/vote/check", [("rec", "1"), ("rec", "2"), ("pie", "1"), ("size_1", "60"), ("pie", "2"), ("size_2", "40")])
            XCTAssertEqual(check.status, .ok)
            XCTAssertTrue(check.body.contains("Bevestigen"))
            // Nothing is written before the confirmation.
            XCTAssertEqual(try store.read { try $0.vote(of: pseudonym, focusGroup: 1) }.pie.count, 0)

            let done = try await phone.post("/vote/confirm", [("rec", "1"), ("rec", "2"), ("pie", "1"), ("size_1", "60"), ("pie", "2"), ("size_2", "40")])
            XCTAssertEqual(done.status, .seeOther)
            let vote = try store.read { try $0.vote(of: pseudonym, focusGroup: 1) }
            XCTAssertEqual(vote.recognised, [1, 2])
            XCTAssertEqual(vote.pie.map(\.item), [1, 2])
            XCTAssertEqual(vote.pie.map(\.share), [0.6, 0.4])

            // Changing it before the round closes replaces it.
            _ = try await phone.post("/vote/confirm", [("rec", "3"), ("pie", "3"), ("pie", "4")])
            let changed = try store.read { try $0.vote(of: pseudonym, focusGroup: 1) }
            XCTAssertEqual(changed.recognised, [3])
            XCTAssertEqual(changed.pie.map(\.item), [3, 4])
            let again = try await phone.get("/vote")
            XCTAssertTrue(again.body.contains("name=\"rec\" value=\"3\" checked"))

            // Each vote is a change by the participant, which the prompt can undo.
            let latest = try XCTUnwrap(try store.history().last)
            XCTAssertEqual(latest.actor, pseudonym)
            XCTAssertTrue(latest.line.hasPrefix("recognise \(pseudonym) 3; pie \(pseudonym) 3 4"), latest.line)
            _ = try store.undo(actor: "Noor", line: "undo", change: latest.id, forceOther: true)
            XCTAssertEqual(try store.read { try $0.vote(of: pseudonym, focusGroup: 1) }.pie.map(\.item), [1, 2])

            // Closing the round stops the code at once.
            _ = try store.change(line: "vote close 1", actor: "Noor") { try $0.closeVoteRound(focusGroup: 1) }
            let closed = try await phone.get("/vote")
            XCTAssertEqual(closed.status, .forbidden)
            XCTAssertTrue(closed.body.contains("werkt niet"))
        }
    }

    func testTheBoardShowsOnlyProgressUntilTheFacilitatorRevealsIt() async throws {
        let store: ProjectStore = self.store
        let issued = try openVoting()
        let board = try XCTUnwrap(issued.boardToken), facilitator = try XCTUnwrap(issued.facilitatorToken)
        _ = try store.change(line: "pie", actor: "Noor") { w in
            try w.recognise(participant: "AMF-OE-01", items: [1, 2], current: 1)
            _ = try w.setPie(participant: "AMF-OE-01", slices: [.init(item: 1, share: 0.5), .init(item: 2, share: 0.5)], current: 1)
        }
        try await app(.en).test(.router) { client in
            let projector = Browser(client)
            let before = try await projector.get("/board/" + board)
            XCTAssertEqual(before.status, .ok)
            XCTAssertTrue(before.body.contains("<strong>1</strong> of 25 participants have voted"), before.body)
            XCTAssertFalse(before.body.contains("data-revealed"))
            XCTAssertFalse(before.body.contains("Kendall"))
            XCTAssertFalse(before.body.contains("id=\"reveal\""), "the projector's link has no reveal button")
            XCTAssertFalse(before.body.contains("AMF-"), "the board shows who voted")
            // The projector's link cannot reveal, even with a valid form.
            let refused = try await projector.post("/board/\(board)/reveal", [])
            XCTAssertEqual(refused.status, .forbidden)

            let host = Browser(client)
            let own = try await host.get("/board/" + facilitator)
            XCTAssertTrue(own.body.contains("id=\"reveal\""))
            let forged = try await host.post("/board/\(facilitator)/reveal", [], csrf: "0123456789abcdef0123456789abcdef")
            XCTAssertEqual(forged.status, .forbidden)
            XCTAssertNil(try store.read { try $0.voteRound(focusGroup: 1) }?.revealedAt)
            let revealed = try await host.post("/board/\(facilitator)/reveal", [])
            XCTAssertEqual(revealed.status, .seeOther)

            let after = try await projector.get("/board/" + board)
            XCTAssertTrue(after.body.contains("data-revealed"))
            XCTAssertTrue(after.body.contains("Wie heeft de regie?"))
            XCTAssertTrue(after.body.contains("<strong>A</strong>"), "subgroup A's consensus pie")
            XCTAssertTrue(after.body.contains("no shared pie yet"), "subgroup B has none")
            XCTAssertFalse(after.body.contains("Zwanenburg"))
            XCTAssertTrue(after.body.contains("[…]"), "the name in an item's label is scrubbed")
        }
    }

    func testTheBoardStreamsAnUpdateWhenAVoteArrives() async throws {
        let store: ProjectStore = self.store
        let issued = try openVoting()
        let server = PageServer(store: store, language: .en, feedInterval: .milliseconds(50))
        let access = try XCTUnwrap(try store.read { try $0.access(code: issued.boardToken!) })
        let first = try await server.boardFragment(access)
        XCTAssertTrue(first.contains("<strong>0</strong>"))
        let (id, events) = await server.feed.subscribe()
        let started = Date()
        _ = try store.change(line: "pie", actor: "Noor") { w in
            _ = try w.setPie(participant: "AMF-OE-01", slices: [.init(item: 1, share: 1)], current: 1)
        }
        // The first event that is not a heartbeat, or nil after five seconds.
        let event = await withTaskGroup(of: ChangeFeed.Event?.self) { group in
            group.addTask {
                for await e in events where e == .changed { return e }
                return nil
            }
            group.addTask { try? await Task.sleep(for: .seconds(5)); return nil }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        XCTAssertEqual(event, .changed)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.0, "the board heard of the vote within a second")
        let next = try await server.boardFragment(access)
        XCTAssertTrue(next.contains("<strong>1</strong>"))
        await server.feed.unsubscribe(id)
        // The watcher stops once nobody listens (before the project closes).
        for _ in 0..<40 where await server.feed.isWatching { try await Task.sleep(for: .milliseconds(25)) }
        let watching = await server.feed.isWatching
        XCTAssertFalse(watching)
        XCTAssertEqual(PageServer.event("a\nb"), "data: a\ndata: b\n\n")
    }

    func testTheTeamReviewsItsTextAndTheCommentsCarryARoleNotAName() async throws {
        let store: ProjectStore = self.store
        let issued = try store.change(line: "review open", actor: "Noor") { try $0.openReviewRound(team: "Amersfoort", days: 14) }
        XCTAssertEqual(issued.people.count, 26)
        let code = try XCTUnwrap(issued.people.first { $0.pseudonym == "AMF-OE-01" }?.code)
        let chief = try XCTUnwrap(issued.people.first { $0.pseudonym == "AMF-TC-01" }?.code)
        try await app().test(.router) { client in
            let reader = Browser(client)
            let entered = try await Self.enter(reader, code)
            XCTAssertEqual(entered.location, "/review")
            let page = try await reader.get("/review")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("190"), "the team's profile from the export")
            XCTAssertTrue(page.body.contains("value=\"profile\""))
            XCTAssertFalse(page.body.contains("Zwanenburg"))
            let empty = try await reader.post("/review/comment", [("target", "profile"), ("verdict", "klopt-niet"), ("text", "")])
            XCTAssertEqual(empty.status, .unprocessableContent)
            let bogus = try await reader.post("/review/comment", [("target", "../etc"), ("verdict", "klopt"), ("text", "")])
            XCTAssertEqual(bogus.status, .unprocessableContent)
            let sent = try await reader.post("/review/comment", [("target", "profile"), ("verdict", "aanvulling"), ("text", "We zijn met 190 fte, maar 12 vacatures.")])
            XCTAssertEqual(sent.status, .seeOther)
            let thanks = try await reader.get(sent.location ?? "/review")
            XCTAssertTrue(thanks.body.contains("je reactie is bewaard"))
            // The team's only teamchef comments too: stored with the role, exported as a colleague.
            let other = Browser(client)
            _ = try await Self.enter(other, chief)
            let action = try await other.post("/review/comment", [("target", "whole"), ("verdict", "klopt-niet"), ("text", "Het rooster klopt niet.")])
            XCTAssertEqual(action.status, .seeOther)
        }
        let comments = try store.read { try $0.reviewComments(team: "Amersfoort") }
        XCTAssertEqual(comments.count, 2)
        XCTAssertEqual(comments.last?.role, "teamchef")
        XCTAssertEqual(comments.first?.role, "OE")
        XCTAssertEqual(comments.first?.verdict, "aanvulling")
        XCTAssertEqual(comments.first?.targetLabel, "Teamprofiel")
        XCTAssertEqual(try store.history().last?.actor, "reader (teamchef)")
        // Nothing ties the comment to the person: no reader code row names a participant.
        XCTAssertEqual(try store.read { r in try r.access(code: code)?.pseudonym }, nil as String?)
        _ = try store.change(line: "review resolve 1", actor: "Noor") { try $0.resolveComment(1, note: "vacatures toegevoegd", by: "Noor") }
        _ = try store.change(line: "review resolve 2", actor: "Noor") { try $0.resolveComment(2, note: nil, by: "Noor") }
        XCTAssertEqual(try store.read { try $0.reviewComments(openOnly: true) }.count, 0)
        XCTAssertThrowsError(try store.change(line: "review resolve 2", actor: "Noor") { try $0.resolveComment(2, note: nil, by: "Noor") })
        // The export lists resolved comments; a role held by fewer than three is not named.
        let exported = try store.read { try $0.teamReport("Amersfoort") }.reviewComments
        XCTAssertEqual(exported.map(\.role), ["OE", nil])
        XCTAssertEqual(exported.first?.resolution, "vacatures toegevoegd")
        XCTAssertEqual(exported.last?.about, "De tekst als geheel")
    }

    func testHostileRequestsAreRefusedWithAPageAndChangeNothing() async throws {
        let store: ProjectStore = self.store
        let issued = try openVoting()
        let code = issued.people[0].code
        let before = try store.read { try $0.lastChange() }
        try await app(limiter: AttemptLimiter(policy: .init(free: 2, refuseAfter: 4, window: 900, maxDelay: 0))).test(.router) { client in
            let phone = Browser(client)
            _ = try await phone.get("/")
            // No form token, a forged one, a request another site made.
            let missing = try await phone.request(.post, "/enter", body: "code=\(code)")
            XCTAssertEqual(missing.status, .forbidden)
            let forged = try await phone.post("/enter", [("code", code)], csrf: "ffffffffffffffffffffffffffffffff")
            XCTAssertEqual(forged.status, .forbidden)
            let crossSite = try await phone.post("/enter", [("code", code)], extraHeaders: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"])
            XCTAssertEqual(crossSite.status, .forbidden)
            // A body over the cap.
            let huge = try await phone.post("/enter", [("code", String(repeating: "a", count: 40_000))])
            XCTAssertEqual(huge.status, .contentTooLarge)
            XCTAssertTrue(huge.body.contains("te veel tekst"))
            // Votes need a code: a visitor without one gets nowhere.
            let noCode = try await phone.post("/vote/confirm", [("pie", "1")])
            XCTAssertEqual(noCode.status, .forbidden)
            // Guessing: a few wrong codes, then refused, even the right one, for a while.
            for guess in ["baba-baba-baba-baba", "bebe-bebe-bebe-bebe", "bibi-bibi-bibi-bibi", "bobo-bobo-bobo-bobo"] {
                let r = try await phone.post("/enter", [("code", guess)])
                XCTAssertEqual(r.status, .forbidden)
                XCTAssertFalse(r.body.contains("Error") || r.body.contains("Swift"), "an internal message reached the page")
            }
            let locked = try await phone.post("/enter", [("code", code)])
            XCTAssertEqual(locked.status, .tooManyRequests)
            XCTAssertTrue(locked.body.contains("Wacht een kwartier"))
            // Paths that try to reach outside.
            for path in ["/assets/..%2Fveldwerk.sqlite", "/assets/../../etc/passwd", "/veldwerk.sqlite", "/board/../vote", "/board/%00", "/vote/../../"] {
                let r = try await phone.get(path)
                XCTAssertTrue([.notFound, .forbidden, .tooManyRequests].contains(r.status), "\(path): \(r.status)")
                XCTAssertFalse(r.body.contains("SQLite format"), path)
            }
        }
        XCTAssertEqual(try store.read { try $0.lastChange() }, before, "a refused request changed the project")
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    func testCodesAreStoredOnlyAsHashesAndReadAloudWell() throws {
        let store: ProjectStore = self.store
        let issued = try openVoting()
        // The database's bytes, log included, hold no code in any form.
        let path = ProjectStore.databasePath(in: folder)
        let bytes = (try Data(contentsOf: URL(fileURLWithPath: path))) + ((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data())
        for person in issued.people {
            XCTAssertTrue(person.code.range(of: "^([bdfghjklmnprstvz][aeiou]){2}(-([bdfghjklmnprstvz][aeiou]){2}){3}$", options: .regularExpression) != nil, person.code)
            XCTAssertNil(bytes.range(of: Data(AccessCode.normalised(person.code)!.utf8)), "a code is stored as it is")
            XCTAssertNil(bytes.range(of: Data(person.code.utf8)), "a code is stored as it is")
        }
        XCTAssertEqual(Set(issued.people.map(\.code)).count, issued.people.count)
        XCTAssertThrowsError(try openVoting(), "a second round while one is open")
    }
}
