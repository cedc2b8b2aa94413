import Foundation
import VeldwerkCore
import VeldwerkShell
import VeldwerkStore
import XCTest

/// A project with one focus group of 25 seated participants, as a facilitator prepares it.
/// One participant has a real name, and an A4 item mentions it: no page may show it.
enum RoomProject {
    static let realName = "Hendrika Zwanenburg"

    static let setup = """
        researcher add Noor
        researcher add Sem
        team add Amersfoort --code AMF --fte 190
        role add WOE
        role add wijkagent --code WA
        role add OE
        role add teamchef --code TC
        codebook add Regie
        codebook add Coaching
        codebook add Portefeuilles
        codebook add Werkdruk
        a4 add Amersfoort Regie "Wie heeft de regie?"
        a4 add Amersfoort Coaching
        a4 add Amersfoort Portefeuilles
        a4 add Amersfoort Werkdruk "Werkdruk, zoals Zwanenburg het noemde"
        focusgroup add Amersfoort --date 2022-11-15
        subgroup add 1 A --lead Noor
        subgroup add 1 B --lead Sem
        participant add --team AMF --role OE --name "\(realName)"
        subgroup join A AMF-OE-01 +WOE +WOE +WOE +wijkagent +wijkagent +wijkagent +wijkagent +OE +OE +OE +OE +OE
        subgroup join B +WOE +WOE +wijkagent +wijkagent +wijkagent +wijkagent +wijkagent +OE +OE +OE +OE +OE
        consensus A 1:50 2:30 3:20
        participant add --team AMF --role teamchef
        """

    /// A new project folder with the room set up; the caller removes it.
    static func make() throws -> (folder: String, store: ProjectStore) {
        let folder = NSTemporaryDirectory() + "veldwerk-room-\(UUID().uuidString)"
        let store = try ProjectStore.create(folder: folder, name: "room")
        let session = Session(store: store, researcher: "Noor", terminal: .plain, json: false)
        let status = session.runCommands(setup.split(separator: "\n").joined(separator: "; "), keepGoing: false)
        XCTAssertEqual(status, 0, "the room's setup failed")
        return (folder, store)
    }

    /// Everyone seated, in pseudonym order.
    static func seated(_ store: ProjectStore) throws -> [String] {
        try store.read { r in try r.subgroups(of: 1).flatMap { $0.members.map(\.pseudonym) } }.sorted()
    }
}
