import GRDB
import VeldwerkCore

public struct FocusGroupSummary: Equatable, Sendable {
    public var id: Int64
    public var team: String
    public var date: String
    public var items: Int
    public var subgroups: Int
    public var participants: Int
}

public struct FocusGroupItem: Equatable, Sendable {
    public var id: Int64
    public var number: Int
    public var label: String
    public var codes: [String]
    /// The item number this one was merged into, if it was.
    public var mergedInto: Int?
    /// For a merged item: the numbers it was made from.
    public var mergedFrom: [Int]
}

public struct SubgroupInfo: Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var lead: String?
    public var members: [(pseudonym: String, role: String)]

    public static func == (a: SubgroupInfo, b: SubgroupInfo) -> Bool {
        a.id == b.id && a.name == b.name && a.lead == b.lead && a.members.map(\.pseudonym) == b.members.map(\.pseudonym)
    }
}

extension ProjectReader {
    public func focusGroups(team: String? = nil) throws -> [FocusGroupSummary] {
        guard let team else { return try focusGroupSummaries() }
        return try focusGroupSummaries(where: "f.team_id = ?", [try id(of: .team, team)])
    }

    public func focusGroup(_ id: Int64) throws -> FocusGroupSummary {
        // Only the one asked for: facilitators name a focus group in most of their commands.
        guard let fg = try focusGroupSummaries(where: "f.id = ?", [id]).first else {
            throw StoreError.unknown(.focusGroup, String(id))
        }
        return fg
    }

    private func focusGroupSummaries(where condition: String? = nil, _ arguments: StatementArguments = []) throws -> [FocusGroupSummary] {
        let sql = """
            SELECT f.id, t.name AS team, f.held_on,
              (SELECT count(*) FROM fg_item i WHERE i.focus_group_id = f.id AND i.merged_into IS NULL) AS items,
              (SELECT count(*) FROM subgroup s WHERE s.focus_group_id = f.id) AS subgroups,
              (SELECT count(*) FROM subgroup_member m JOIN subgroup s ON s.id = m.subgroup_id WHERE s.focus_group_id = f.id) AS people
            FROM focus_group f JOIN team t ON t.id = f.team_id
            """ + (condition.map { " WHERE \($0)" } ?? "") + " ORDER BY f.id"
        return try SummaryRow.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map {
            FocusGroupSummary(id: $0.id, team: $0.team, date: $0.heldOn, items: $0.items, subgroups: $0.subgroups, participants: $0.people)
        }
    }

    public func items(of focusGroup: Int64) throws -> [FocusGroupItem] {
        let rows = try ItemRow.fetchAll(db.cachedStatement(sql: ItemRow.select + " WHERE i.focus_group_id = ? ORDER BY i.number"), arguments: [focusGroup])
        let codes = try ItemCode.fetchAll(db.cachedStatement(sql: """
            SELECT c.item_id, c.code_name FROM fg_item_code c JOIN fg_item i ON i.id = c.item_id WHERE i.focus_group_id = ? ORDER BY c.id
            """), arguments: [focusGroup])
        let byItem = Dictionary(grouping: codes, by: \.itemID).mapValues { $0.map(\.codeName) }
        let items = rows.map { r in
            FocusGroupItem(id: r.id, number: r.number, label: r.label, codes: byItem[r.id] ?? [], mergedInto: r.merged, mergedFrom: [])
        }
        return items.map { item in
            var item = item
            item.mergedFrom = items.filter { $0.mergedInto == item.number }.map(\.number)
            return item
        }
    }

    public func subgroups(of focusGroup: Int64) throws -> [SubgroupInfo] {
        try SubgroupRow.fetchAll(db.cachedStatement(sql: """
            SELECT s.id, s.name, r.name AS lead FROM subgroup s LEFT JOIN researcher r ON r.id = s.lead_id WHERE s.focus_group_id = ? ORDER BY s.id
            """), arguments: [focusGroup]).map { row in
            let members = try MemberRow.fetchAll(db.cachedStatement(sql: """
                SELECT p.pseudonym, r.name FROM subgroup_member m JOIN participant p ON p.id = m.participant_id JOIN role r ON r.id = p.role_id
                WHERE m.subgroup_id = ? ORDER BY m.id
                """), arguments: [row.id]).map { (pseudonym: $0.pseudonym, role: $0.name) }
            return SubgroupInfo(id: row.id, name: row.name, lead: row.lead, members: members)
        }
    }

    /// A subgroup by id, by `FOCUSGROUP/NAME`, or by name within `current` (or anywhere, if unique).
    public func subgroupID(_ reference: String, current: Int64?) throws -> Int64 {
        let key = reference.trimmingWhitespace()
        if let n = Int64(key) {
            guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM subgroup WHERE id = ?"), arguments: [n]) == true else {
                throw StoreError.unknown(.subgroup, String(n))
            }
            return n
        }
        if let slash = key.firstIndex(of: "/"), let fg = Int64(key[..<slash]) {
            let name = String(key[key.index(after: slash)...])
            guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM subgroup WHERE focus_group_id = ? AND name = ?"), arguments: [fg, name]) else {
                throw StoreError.unknownSubgroup(focusGroup: fg, name: name)
            }
            return id
        }
        if let current, let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM subgroup WHERE focus_group_id = ? AND name = ?"), arguments: [current, key]) {
            return id
        }
        let all = try SubgroupPlace.fetchAll(db.cachedStatement(sql: "SELECT id, focus_group_id FROM subgroup WHERE name = ?"), arguments: [key])
        if all.count == 1 { return all[0].id }
        if all.isEmpty { throw StoreError.unknown(.subgroup, key) }
        let forms = all.map { "\($0.focusGroupID)/\(key)" }
        throw VeldwerkError("several focus groups have a subgroup '\(key)'; say which: \(forms.joined(separator: ", "))")
    }

    /// Every focus group in which a participant sits in a subgroup, oldest first.
    func seats(of pid: Int64) throws -> [VotingRules.Seat] {
        // Read directly (`DirectRead.swift`): every vote looks up its voter's seats.
        var seats: [VotingRules.Seat] = []
        try db.directRows("""
            SELECT s.id, s.focus_group_id FROM subgroup_member m JOIN subgroup s ON s.id = m.subgroup_id
            WHERE m.participant_id = ? ORDER BY s.focus_group_id
            """, [.int(pid)]) { row in
            seats.append(VotingRules.Seat(focusGroup: row.int(1) ?? 0, subgroup: row.int(0) ?? 0))
            return true
        }
        return seats
    }

    /// Everything the tally needs, in the core's terms: active items with the numbers they stand
    /// for, subgroups with members and consensus, recognitions and individual pies.
    public func tallyInput(_ focusGroup: Int64) throws -> (items: [Tally.Item], subgroups: [Tally.Subgroup], recognitions: [String: Set<Int>], ballots: [Tally.Ballot]) {
        _ = try self.focusGroup(focusGroup)
        let all = try items(of: focusGroup)
        func subtree(_ number: Int) -> [Int] {
            [number] + all.filter { $0.mergedInto == number }.flatMap { subtree($0.number) }
        }
        let active = all.filter { $0.mergedInto == nil }.map { Tally.Item(number: $0.number, label: $0.label, parts: subtree($0.number)) }
        func slices(_ pie: Int64) throws -> [Pie.Slice] {
            try SliceRow.fetchAll(db.cachedStatement(sql: "SELECT i.number, s.share FROM pie_slice s JOIN fg_item i ON i.id = s.item_id WHERE s.pie_id = ? ORDER BY s.id"),
                                  arguments: [pie]).map { Pie.Slice(item: $0.number, share: $0.share) }
        }
        let groups = try subgroups(of: focusGroup).map { g -> Tally.Subgroup in
            let pie = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM pie WHERE subgroup_id = ?"), arguments: [g.id])
            return Tally.Subgroup(name: g.name, members: g.members.map(\.pseudonym), consensus: try pie.map(slices))
        }
        var recognitions: [String: Set<Int>] = [:]
        for row in try Recognised.fetchAll(db.cachedStatement(sql: """
            SELECT p.pseudonym, i.number FROM recognition r JOIN participant p ON p.id = r.participant_id JOIN fg_item i ON i.id = r.item_id
            WHERE r.focus_group_id = ?
            """), arguments: [focusGroup]) {
            recognitions[row.pseudonym, default: []].insert(row.number)
        }
        let ballots = try BallotRow.fetchAll(db.cachedStatement(sql: """
            SELECT pie.id, p.pseudonym FROM pie JOIN participant p ON p.id = pie.participant_id WHERE pie.focus_group_id = ? ORDER BY p.pseudonym
            """), arguments: [focusGroup]).map { Tally.Ballot(voter: $0.pseudonym, slices: try slices($0.id)) }
        return (active, groups, recognitions, ballots)
    }

    private struct SummaryRow: Decodable, FetchableRecord {
        var id: Int64
        var team: String
        var heldOn: String
        var items: Int
        var subgroups: Int
        var people: Int
        enum CodingKeys: String, CodingKey { case id, team, items, subgroups, people; case heldOn = "held_on" }
    }

    private struct ItemCode: Decodable, FetchableRecord {
        var itemID: Int64
        var codeName: String
        enum CodingKeys: String, CodingKey { case itemID = "item_id"; case codeName = "code_name" }
    }

    private struct SubgroupRow: Decodable, FetchableRecord {
        var id: Int64
        var name: String
        var lead: String?
    }

    private struct MemberRow: Decodable, FetchableRecord {
        var pseudonym: String
        var name: String
    }

    private struct SubgroupPlace: Decodable, FetchableRecord {
        var id: Int64
        var focusGroupID: Int64
        enum CodingKeys: String, CodingKey { case id; case focusGroupID = "focus_group_id" }
    }

    private struct SliceRow: Decodable, FetchableRecord {
        var number: Int
        var share: Double
    }

    private struct Recognised: Decodable, FetchableRecord {
        var pseudonym: String
        var number: Int
    }

    private struct BallotRow: Decodable, FetchableRecord {
        var id: Int64
        var pseudonym: String
    }
}

extension ProjectWriter {
    /// Makes a focus group and freezes the team's A4 sheet into it.
    public func addFocusGroup(team: String, date: Day) throws -> Int64 {
        let teamID = try reader.id(of: .team, team)
        let sheet = try reader.a4(team: team)
        guard !sheet.isEmpty else {
            throw StoreError.emptyA4Sheet(team: team)
        }
        try db.cachedStatement(sql: "INSERT INTO focus_group (team_id, held_on) VALUES (?, ?)").execute(arguments: [teamID, date.description])
        let fg = db.lastInsertedRowID
        for item in sheet {
            try db.cachedStatement(sql: "INSERT INTO fg_item (focus_group_id, number, label) VALUES (?, ?, ?)").execute(arguments: [fg, item.number, item.label])
            let itemID = db.lastInsertedRowID
            try db.cachedStatement(sql: "INSERT INTO fg_item_code (item_id, code_guid, code_name) SELECT ?, guid, name FROM code WHERE id = ?").execute(arguments: [itemID, item.codeID])
        }
        return fg
    }

    public func addSubgroup(focusGroup: Int64, name: String, lead: String?) throws -> Int64 {
        _ = try reader.focusGroup(focusGroup)
        let name = try Names.validated(name, what: "subgroup name")
        guard Int64(name) == nil, !name.contains("/") else { throw VeldwerkError("a subgroup name cannot be a number or contain '/'; use e.g. A or Tafel 1") }
        let leadID = try lead.map { try reader.id(of: .researcher, $0) }
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM subgroup WHERE focus_group_id = ? AND name = ?"), arguments: [focusGroup, name]) == true {
            throw VeldwerkError("focus group \(focusGroup) already has a subgroup '\(name)'")
        }
        try db.cachedStatement(sql: "INSERT INTO subgroup (focus_group_id, name, lead_id) VALUES (?, ?, ?)").execute(arguments: [focusGroup, name, leadID])
        return db.lastInsertedRowID
    }

    /// Puts participants in a subgroup. `+ROLE` adds a new participant of the team on the spot
    /// (someone who was not interviewed). Returns the pseudonyms joined and any warnings.
    public func joinSubgroup(_ subgroup: Int64, participants: [String]) throws -> (joined: [String], warnings: [String]) {
        guard let row = try SubgroupTeam.fetchOne(db.cachedStatement(sql: """
            SELECT s.focus_group_id, s.name, f.team_id, t.name AS team FROM subgroup s JOIN focus_group f ON f.id = s.focus_group_id
            JOIN team t ON t.id = f.team_id WHERE s.id = ?
            """), arguments: [subgroup]) else { throw StoreError.unknown(.subgroup, String(subgroup)) }
        let fg = row.focusGroupID, teamID = row.teamID, teamName = row.team, groupName = row.name
        var joined: [String] = []
        for ref in participants {
            let pseudonym: String
            if ref.hasPrefix("+") {
                pseudonym = try addParticipant(team: teamName, role: String(ref.dropFirst()), realName: nil, pseudonym: nil).pseudonym
            } else {
                pseudonym = try reader.participant(ref).pseudonym
            }
            let pid = try reader.id(of: .participant, pseudonym)
            let team = try Int64.fetchOne(db.cachedStatement(sql: "SELECT team_id FROM participant WHERE id = ?"), arguments: [pid])
            guard team == teamID else {
                throw VeldwerkError("\(pseudonym) belongs to another team; this focus group is \(teamName)'s")
            }
            if let other = try String.fetchOne(db.cachedStatement(sql: """
                SELECT s.name FROM subgroup_member m JOIN subgroup s ON s.id = m.subgroup_id WHERE m.participant_id = ? AND s.focus_group_id = ?
                """), arguments: [pid, fg]) {
                throw VeldwerkError("\(pseudonym) is already in subgroup '\(other)' of this focus group")
            }
            try db.cachedStatement(sql: "INSERT INTO subgroup_member (subgroup_id, participant_id) VALUES (?, ?)").execute(arguments: [subgroup, pid])
            joined.append(pseudonym)
        }
        let members = try reader.subgroups(of: fg).first { $0.id == subgroup }?.members ?? []
        return (joined, VotingRules.subgroupWarnings(name: groupName, memberRoles: members.map(\.role)))
    }

    /// The items a participant recognises, replacing what was recorded before. The vote goes
    /// to the participant's seat in `current` (the focus group being worked on), if given.
    public func recognise(participant: String, items: [Int], current: Int64?) throws -> (focusGroup: Int64, count: Int) {
        let (pid, fg) = try seat(participant, current: current)
        try VotingRules.checkDistinct(items)
        let ids = try items.map { try itemID(fg, $0, forVoting: false) }
        try db.cachedStatement(sql: "DELETE FROM recognition WHERE focus_group_id = ? AND participant_id = ?").execute(arguments: [fg, pid])
        for id in ids {
            try db.cachedStatement(sql: "INSERT INTO recognition (focus_group_id, participant_id, item_id) VALUES (?, ?, ?)").execute(arguments: [fg, pid, id])
        }
        return (fg, ids.count)
    }

    /// A participant's individual pie in their seat in `current` (if given); it replaces their previous one.
    public func setPie(participant: String, slices: [Pie.Slice], current: Int64?) throws -> (focusGroup: Int64, warnings: [String]) {
        let (pid, fg) = try seat(participant, current: current)
        let ids = try slices.map { try itemID(fg, $0.item, forVoting: true) }
        let recognised = Set(try Int.fetchAll(db.cachedStatement(sql: """
            SELECT i.number FROM recognition r JOIN fg_item i ON i.id = r.item_id WHERE r.focus_group_id = ? AND r.participant_id = ?
            """), arguments: [fg, pid]))
        let warnings = VotingRules.sliceWarnings(slices)
            + VotingRules.unrecognisedWarnings(pseudonym: try reader.participant(participant).pseudonym, slices: slices, recognised: recognised)
        try db.cachedStatement(sql: "DELETE FROM pie_slice WHERE pie_id IN (SELECT id FROM pie WHERE focus_group_id = ? AND participant_id = ?)").execute(arguments: [fg, pid])
        try db.cachedStatement(sql: "DELETE FROM pie WHERE focus_group_id = ? AND participant_id = ?").execute(arguments: [fg, pid])
        try db.cachedStatement(sql: "INSERT INTO pie (focus_group_id, participant_id) VALUES (?, ?)").execute(arguments: [fg, pid])
        try insertSlices(pie: db.lastInsertedRowID, ids: ids, slices: slices)
        return (fg, warnings)
    }

    /// The subgroup's agreed pie; it replaces the previous consensus, never anyone's individual pie.
    public func setConsensus(subgroup: Int64, slices: [Pie.Slice]) throws -> (focusGroup: Int64, warnings: [String]) {
        guard let fg = try Int64.fetchOne(db.cachedStatement(sql: "SELECT focus_group_id FROM subgroup WHERE id = ?"), arguments: [subgroup]) else {
            throw StoreError.unknown(.subgroup, String(subgroup))
        }
        let ids = try slices.map { try itemID(fg, $0.item, forVoting: true) }
        try db.cachedStatement(sql: "DELETE FROM pie_slice WHERE pie_id IN (SELECT id FROM pie WHERE subgroup_id = ?)").execute(arguments: [subgroup])
        try db.cachedStatement(sql: "DELETE FROM pie WHERE subgroup_id = ?").execute(arguments: [subgroup])
        try db.cachedStatement(sql: "INSERT INTO pie (focus_group_id, subgroup_id) VALUES (?, ?)").execute(arguments: [fg, subgroup])
        try insertSlices(pie: db.lastInsertedRowID, ids: ids, slices: slices)
        return (fg, VotingRules.sliceWarnings(slices))
    }

    private func insertSlices(pie: Int64, ids: [Int64], slices: [Pie.Slice]) throws {
        for (id, slice) in zip(ids, slices) {
            try db.cachedStatement(sql: "INSERT INTO pie_slice (pie_id, item_id, share) VALUES (?, ?, ?)").execute(arguments: [pie, id, slice.share])
        }
    }

    /// Where a participant's vote goes: their id and focus group.
    private func seat(_ participant: String, current: Int64?) throws -> (Int64, Int64) {
        let pid = try reader.id(of: .participant, participant)
        let seat = try VotingRules.seat(for: try reader.participant(participant).pseudonym, among: try reader.seats(of: pid), current: current)
        return (pid, seat.focusGroup)
    }

    private func itemID(_ fg: Int64, _ number: Int, forVoting: Bool) throws -> Int64 {
        // Read directly (`DirectRead.swift`): every vote names its items.
        guard let row = try db.directFirst(ItemRow.select + " WHERE i.focus_group_id = ? AND i.number = ?", [.int(fg), .int(Int64(number))], ItemRow.init) else {
            let count = try Int.fetchOne(db.cachedStatement(sql: "SELECT max(number) FROM fg_item WHERE focus_group_id = ?"), arguments: [fg]) ?? 0
            throw StoreError.noSuchItem(focusGroup: fg, item: number, count: count)
        }
        if forVoting { try VotingRules.checkVotable(item: number, mergedInto: row.merged) }
        return row.id
    }

    private struct SubgroupTeam: Decodable, FetchableRecord {
        var focusGroupID: Int64
        var name: String
        var teamID: Int64
        var team: String
        enum CodingKeys: String, CodingKey { case name, team; case focusGroupID = "focus_group_id"; case teamID = "team_id" }
    }

    /// Merges items in plenary into a new item that carries their votes; the parts stay, marked.
    public func merge(focusGroup: Int64, items: [Int], label: String) throws -> Int {
        _ = try reader.focusGroup(focusGroup)
        let label = try Names.validated(label, what: "label")
        let found = try items.map { n -> (id: Int64, number: Int, mergedInto: Int?) in
            guard let row = try ItemRow.fetchOne(db.cachedStatement(sql: ItemRow.select + " WHERE i.focus_group_id = ? AND i.number = ?"), arguments: [focusGroup, n]) else {
                throw VeldwerkError("focus group \(focusGroup) has no item \(n); items belong to one focus group each")
            }
            return (row.id, n, row.merged)
        }
        try VotingRules.checkMerge(found.map { ($0.number, $0.mergedInto) })
        let ids = found.map(\.id)
        let number = (try Int.fetchOne(db.cachedStatement(sql: "SELECT max(number) FROM fg_item WHERE focus_group_id = ?"), arguments: [focusGroup]) ?? 0) + 1
        try db.cachedStatement(sql: "INSERT INTO fg_item (focus_group_id, number, label) VALUES (?, ?, ?)").execute(arguments: [focusGroup, number, label])
        let newID = db.lastInsertedRowID
        for id in ids {
            try db.cachedStatement(sql: "INSERT INTO fg_item_code (item_id, code_guid, code_name) SELECT ?, code_guid, code_name FROM fg_item_code WHERE item_id = ?").execute(arguments: [newID, id])
            try db.cachedStatement(sql: "UPDATE fg_item SET merged_into = ? WHERE id = ?").execute(arguments: [newID, id])
        }
        return number
    }
}
