import Foundation
import VeldwerkCore
import ZIPFoundation

/// Writes an ``ExchangeProject`` as a REFI-QDA project (`.qdpx`): `project.qde`
/// (`urn:QDA-XML:project:1.0`, valid against the standard's schema) and each text as
/// `sources/GUID.txt` in UTF-8.
///
/// The same project gives the same bytes: elements in a fixed order, GUIDs derived rather than
/// drawn, and every zip entry stamped with one fixed date.
public enum QDPXWriter {
    /// Writes the archive to `url` (a new file). On disk, not in memory: the zip library's
    /// in-memory archives copy everything written so far on each write.
    public static func write(_ project: ExchangeProject, to url: URL) throws {
        // An empty archive (just its end record), made readable by its owner only before any
        // text goes in, then filled.
        let empty = Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        guard FileManager.default.createFile(atPath: url.path, contents: empty, attributes: [.posixPermissions: 0o600]) else {
            throw VeldwerkError("cannot create \(url.path); check the folder and your permissions")
        }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .update)
        } catch {
            throw VeldwerkError("cannot create \(url.path); check the folder and your permissions")
        }
        try add(Data(projectXML(project).utf8), as: "project.qde", to: archive)
        for source in project.sources {
            guard case .text(let text) = source.content else { continue }
            try add(Data(text.utf8), as: "sources/\(source.guid).txt", to: archive)
        }
    }

    /// The archive's bytes (through a temporary file).
    public static func write(_ project: ExchangeProject) throws -> Data {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("veldwerk-\(getpid())-\(UUID().uuidString).qdpx")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(project, to: url)
        return try Data(contentsOf: url)
    }

    /// 1 January 2000, in the calendar the zip library converts with, so the stored DOS date
    /// is the same on every machine and in every time zone.
    static let fixedDate: Date = Calendar.current.date(from: DateComponents(year: 2000, month: 1, day: 1)) ?? Date(timeIntervalSince1970: 946_684_800)

    static func add(_ bytes: Data, as path: String, to archive: Archive) throws {
        do {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<min(bytes.count, Int(position) + size))
            }
        } catch {
            throw VeldwerkError("cannot add \(path) to the .qdpx archive: \(error)")
        }
    }

    public static func projectXML(_ project: ExchangeProject) -> String {
        var x = XMLOut()
        x.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        x.open("Project", ["xmlns": "urn:QDA-XML:project:1.0", "name": project.name, "origin": project.origin ?? "Veldwerk"],
               order: ["xmlns", "name", "origin"])
        if !project.users.isEmpty {
            x.open("Users")
            for u in project.users { x.empty("User", ["guid": u.guid, "name": u.name], order: ["guid", "name"]) }
            x.close("Users")
        }
        if !project.codebook.codes.isEmpty {
            x.open("CodeBook")
            x.open("Codes")
            for code in project.codebook.codes { write(code, into: &x) }
            x.close("Codes")
            x.close("CodeBook")
        }
        // Variables first, so cases and sources can point at them.
        let used = ExchangeVariable.all.filter { name in
            project.cases.contains { $0.values[name] != nil } || project.sources.contains { $0.values[name] != nil }
        }
        if !used.isEmpty {
            x.open("Variables")
            for name in used {
                x.empty("Variable", ["guid": variableGUID(name), "name": name, "typeOfVariable": ExchangeVariable.dates.contains(name) ? "Date" : "Text"],
                        order: ["guid", "name", "typeOfVariable"])
            }
            x.close("Variables")
        }
        if !project.cases.isEmpty {
            x.open("Cases")
            for c in project.cases {
                x.open("Case", ["guid": c.guid, "name": c.name], order: ["guid", "name"])
                values(c.values, into: &x)
                for s in c.sources { x.empty("SourceRef", ["targetGUID": s]) }
                x.close("Case")
            }
            x.close("Cases")
        }
        let texts = project.sources.filter { if case .text = $0.content { return true } else { return false } }
        if !texts.isEmpty {
            x.open("Sources")
            for s in texts {
                x.open("TextSource", ["guid": s.guid, "name": s.name, "plainTextPath": "internal://\(s.guid).txt"], order: ["guid", "name", "plainTextPath"])
                for sel in s.selections {
                    x.open("PlainTextSelection", ["guid": sel.guid, "startPosition": String(sel.start), "endPosition": String(sel.end)],
                           order: ["guid", "startPosition", "endPosition"])
                    if let d = sel.description { x.text("Description", d) }
                    for coding in sel.codings {
                        var attributes = ["guid": coding.guid]
                        if let u = coding.user { attributes["creatingUser"] = u }
                        x.open("Coding", attributes, order: ["guid", "creatingUser"])
                        x.empty("CodeRef", ["targetGUID": coding.code])
                        for n in coding.notes { x.empty("NoteRef", ["targetGUID": n]) }
                        x.close("Coding")
                    }
                    x.close("PlainTextSelection")
                }
                values(s.values, into: &x)
                x.close("TextSource")
            }
            x.close("Sources")
        }
        if !project.notes.isEmpty {
            x.open("Notes")
            for n in project.notes {
                x.open("Note", ["guid": n.guid, "name": n.name], order: ["guid", "name"])
                x.text("PlainTextContent", n.text)
                x.close("Note")
            }
            x.close("Notes")
        }
        if !project.codebook.sets.isEmpty {
            x.open("Sets")
            for set in project.codebook.sets {
                x.open("Set", ["guid": set.guid, "name": set.name], order: ["guid", "name"])
                if let d = set.description { x.text("Description", d) }
                for m in set.members { x.empty("MemberCode", ["targetGUID": m]) }
                x.close("Set")
            }
            x.close("Sets")
        }
        x.close("Project")
        return x.out
    }

    static func variableGUID(_ name: String) -> String { StableGUID.derive("variable", name) }

    static func values(_ values: [String: String], into x: inout XMLOut) {
        for name in ExchangeVariable.all {
            guard let value = values[name] else { continue }
            x.open("VariableValue")
            x.empty("VariableRef", ["targetGUID": variableGUID(name)])
            x.text(ExchangeVariable.dates.contains(name) ? "DateValue" : "TextValue", value)
            x.close("VariableValue")
        }
    }

    static func write(_ code: CodeNode, into x: inout XMLOut) {
        var attributes = ["guid": code.guid, "name": code.name, "isCodable": code.isCodable ? "true" : "false"]
        if let c = code.color { attributes["color"] = c }
        let order = ["guid", "name", "isCodable", "color"]
        if code.description == nil && code.children.isEmpty {
            x.empty("Code", attributes, order: order)
            return
        }
        x.open("Code", attributes, order: order)
        if let d = code.description { x.text("Description", d) }
        for child in code.children { write(child, into: &x) }
        x.close("Code")
    }
}

/// Indented XML with attributes in a stated order, so output is byte-for-byte repeatable.
struct XMLOut {
    var out = ""
    var depth = 0

    mutating func line(_ s: String) { out += String(repeating: "  ", count: depth) + s + "\n" }

    func tag(_ name: String, _ attributes: [String: String], order: [String]) -> String {
        let keys = order.isEmpty ? attributes.keys.sorted() : order
        return ([name] + keys.compactMap { k in attributes[k].map { "\(k)=\"\(QDCWriter.escape($0))\"" } }).joined(separator: " ")
    }

    mutating func open(_ name: String, _ attributes: [String: String] = [:], order: [String] = []) {
        line("<\(tag(name, attributes, order: order))>")
        depth += 1
    }

    mutating func empty(_ name: String, _ attributes: [String: String], order: [String] = []) {
        line("<\(tag(name, attributes, order: order))/>")
    }

    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    mutating func text(_ name: String, _ value: String) {
        line("<\(name)>\(QDCWriter.escape(value))</\(name)>")
    }
}
