import GRDB
import VeldwerkCore

// Focus groups and their votes in a merge of one Veldwerk project into another.

extension ProjectReader {
    public func exchangeFocusGroups() throws -> [ExchangeFocusGroup] {
        let groups = try Row.fetchAll(db.cachedStatement(sql: "SELECT f.id, t.name, f.held_on FROM focus_group f JOIN team t ON t.id = f.team_id ORDER BY f.id"))
        return try groups.map { g in
            let id: Int64 = g[0]
            let items = try ItemRow.fetchAll(db.cachedStatement(sql: ItemRow.select + " WHERE i.focus_group_id = ? ORDER BY i.number"), arguments: [id]).map { item in
                let codes = try Row.fetchAll(db.cachedStatement(sql: "SELECT code_guid, code_name FROM fg_item_code WHERE item_id = ? ORDER BY id"), arguments: [item.id])
                    .map { ExchangeFocusGroup.CodeLabel(guid: $0[0], name: $0[1]) }
                return ExchangeFocusGroup.Item(number: item.number, label: item.label, mergedInto: item.merged, codes: codes)
            }
            let subgroups = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT s.id, s.name, r.name FROM subgroup s LEFT JOIN researcher r ON r.id = s.lead_id WHERE s.focus_group_id = ? ORDER BY s.id
                """), arguments: [id]).map { s in
                ExchangeFocusGroup.Subgroup(name: s[1], lead: s[2], members: try String.fetchAll(db.cachedStatement(sql: """
                    SELECT p.pseudonym FROM subgroup_member m JOIN participant p ON p.id = m.participant_id WHERE m.subgroup_id = ? ORDER BY m.id
                    """), arguments: [s[0] as Int64]))
            }
            let recognitions = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT p.pseudonym, i.number FROM recognition x JOIN participant p ON p.id = x.participant_id JOIN fg_item i ON i.id = x.item_id
                WHERE x.focus_group_id = ? ORDER BY x.id
                """), arguments: [id]).map { ExchangeFocusGroup.Recognition(participant: $0[0], item: $0[1]) }
            let pies = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT pie.id, p.pseudonym, s.name FROM pie LEFT JOIN participant p ON p.id = pie.participant_id
                LEFT JOIN subgroup s ON s.id = pie.subgroup_id WHERE pie.focus_group_id = ? ORDER BY pie.id
                """), arguments: [id]).map { pie in
                ExchangeFocusGroup.Pie(participant: pie[1], subgroup: pie[2], slices: try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT i.number, x.share FROM pie_slice x JOIN fg_item i ON i.id = x.item_id WHERE x.pie_id = ? ORDER BY x.id
                    """), arguments: [pie[0] as Int64]).map { ExchangeFocusGroup.Slice(item: $0[0], share: $0[1]) })
            }
            return ExchangeFocusGroup(team: g[1], date: g[2], items: items, subgroups: subgroups, recognitions: recognitions, pies: pies)
        }
    }
}

extension ProjectWriter {
    /// Adds a focus group that is not here (same team and date), or the votes it lacks to one
    /// that is. Items must agree; a vote that differs from the one here is a conflict and stays.
    func mergeFocusGroup(_ fg: ExchangeFocusGroup, from file: String, into report: inout MergeReport) throws {
        let label = "focus group \(fg.team) \(fg.date)"
        guard let team = try? reader.id(of: .team, fg.team) else {
            report.skipped.append("\(label): team \(fg.team) is not here")
            return
        }
        var items: [Int: Int64] = [:]
        let group: Int64
        if let here = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM focus_group WHERE team_id = ? AND held_on = ? ORDER BY id LIMIT 1"), arguments: [team, fg.date]) {
            group = here
            let mine = try ItemRow.fetchAll(db.cachedStatement(sql: ItemRow.select + " WHERE i.focus_group_id = ? ORDER BY i.number"), arguments: [here])
            guard mine.map({ "\($0.number) \($0.label)" }) == fg.items.map({ "\($0.number) \($0.label)" }) else {
                report.conflicts.append("\(label): its A4 items here differ from those in \(file); its votes from \(file) left out")
                return
            }
            for item in mine { items[item.number] = item.id }
        } else {
            try db.cachedStatement(sql: "INSERT INTO focus_group (team_id, held_on) VALUES (?, ?)").execute(arguments: [team, fg.date])
            group = db.lastInsertedRowID
            for item in fg.items {
                try db.cachedStatement(sql: "INSERT INTO fg_item (focus_group_id, number, label) VALUES (?, ?, ?)").execute(arguments: [group, item.number, item.label])
                items[item.number] = db.lastInsertedRowID
                for code in item.codes {
                    try db.cachedStatement(sql: "INSERT INTO fg_item_code (item_id, code_guid, code_name) VALUES (?, ?, ?)").execute(arguments: [db.lastInsertedRowID, code.guid, code.name])
                }
            }
            for item in fg.items {
                if let into = item.mergedInto, let target = items[into], let id = items[item.number] {
                    try db.cachedStatement(sql: "UPDATE fg_item SET merged_into = ? WHERE id = ?").execute(arguments: [target, id])
                }
            }
            report.focusGroups += 1
        }
        func person(_ pseudonym: String) throws -> Int64? {
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM participant WHERE pseudonym = ? AND team_id = ?"), arguments: [pseudonym, team])
        }
        var subgroups: [String: Int64] = [:]
        for s in fg.subgroups {
            if let here = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM subgroup WHERE focus_group_id = ? AND name = ?"), arguments: [group, s.name]) {
                subgroups[s.name.lowercased()] = here
            } else {
                let lead = try s.lead.flatMap { try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM researcher WHERE name = ?"), arguments: [$0]) }
                try db.cachedStatement(sql: "INSERT INTO subgroup (focus_group_id, name, lead_id) VALUES (?, ?, ?)").execute(arguments: [group, s.name, lead])
                subgroups[s.name.lowercased()] = db.lastInsertedRowID
            }
            for member in s.members {
                guard let p = try person(member), let sub = subgroups[s.name.lowercased()] else {
                    report.skipped.append("\(label): \(member) is not a participant of \(fg.team) here")
                    continue
                }
                let elsewhere = try String.fetchOne(db.cachedStatement(sql: """
                    SELECT s.name FROM subgroup_member m JOIN subgroup s ON s.id = m.subgroup_id WHERE m.participant_id = ? AND s.focus_group_id = ? AND s.id != ?
                    """), arguments: [p, group, sub])
                if let elsewhere {
                    report.conflicts.append("\(label): \(member) sits in subgroup \(elsewhere) here, \(s.name) in \(file); left in \(elsewhere)")
                    continue
                }
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO subgroup_member (subgroup_id, participant_id) VALUES (?, ?)").execute(arguments: [sub, p])
            }
        }
        for r in fg.recognitions {
            guard let p = try person(r.participant), let item = items[r.item] else { continue }
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO recognition (focus_group_id, participant_id, item_id) VALUES (?, ?, ?)").execute(arguments: [group, p, item])
            if db.changesCount > 0 { report.votes += 1 }
        }
        for pie in fg.pies {
            let owner: (column: String, id: Int64)
            if let name = pie.participant, let p = try person(name) {
                owner = ("participant_id", p)
            } else if let name = pie.subgroup, let s = subgroups[name.lowercased()] {
                owner = ("subgroup_id", s)
            } else {
                continue
            }
            let who = pie.participant ?? "subgroup \(pie.subgroup ?? "")"
            if let here = try Int64.fetchOne(db, sql: "SELECT id FROM pie WHERE focus_group_id = ? AND \(owner.column) = ?", arguments: [group, owner.id]) {
                let slices = try Row.fetchAll(db.cachedStatement(sql: "SELECT i.number, x.share FROM pie_slice x JOIN fg_item i ON i.id = x.item_id WHERE x.pie_id = ?"), arguments: [here])
                    .map { ExchangeFocusGroup.Slice(item: $0[0], share: $0[1]) }
                if !ExchangeFocusGroup.sameSlices(slices, pie.slices) {
                    report.conflicts.append("\(label): the pie of \(who) here differs from the one in \(file); kept this one")
                }
                continue
            }
            try db.execute(sql: "INSERT INTO pie (focus_group_id, \(owner.column)) VALUES (?, ?)", arguments: [group, owner.id])
            let id = db.lastInsertedRowID
            for slice in pie.slices {
                guard let item = items[slice.item] else { continue }
                try db.cachedStatement(sql: "INSERT INTO pie_slice (pie_id, item_id, share) VALUES (?, ?, ?)").execute(arguments: [id, item, slice.share])
            }
            report.votes += 1
        }
    }
}
