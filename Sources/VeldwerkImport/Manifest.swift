import CSV
import Foundation
import VeldwerkCore

/// A CSV that links many transcript files to their interviews at once.
///
/// Columns (header required, any order): `file`, `participant`, `date`, and optionally
/// `interviewer`. File paths are relative to the manifest's folder.
public struct Manifest {
    public struct Row: Equatable, Sendable {
        public var line: Int
        public var file: String
        public var participant: String
        public var date: Day
        public var interviewer: String?
    }

    public static func read(path: String) throws -> [Row] {
        guard FileManager.default.fileExists(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            throw VeldwerkError("no manifest \(path); check the path")
        }
        guard data.count <= 10 * 1024 * 1024, let text = String(data: data, encoding: .utf8) else {
            throw VeldwerkError("\(path) is not UTF-8 text under 10 MB; save the manifest as a UTF-8 CSV")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            throw VeldwerkError("\(path) is not a readable CSV: \(error)")
        }
        let header = (reader.headerRow ?? []).map { $0.lowercased() }
        for needed in ["file", "participant", "date"] where !header.contains(needed) {
            throw VeldwerkError("\(path) needs a header row with file, participant and date columns (interviewer optional)")
        }
        var rows: [Row] = []
        var line = 1
        while let fields = reader.next() {
            line += 1
            if fields.allSatisfy({ $0.isEmpty }) { continue }
            func field(_ name: String) -> String? {
                guard let i = header.firstIndex(of: name), i < fields.count else { return nil }
                let v = fields[i].trimmingWhitespace()
                return v.isEmpty ? nil : v
            }
            guard let file = field("file"), let participant = field("participant"), let date = field("date") else {
                throw VeldwerkError("\(path), line \(line): file, participant and date are all needed")
            }
            let day: Day
            do { day = try Day(parsing: date) } catch { throw VeldwerkError("\(path), line \(line): \(error)") }
            let resolved = file.hasPrefix("/") ? file : (folder as NSString).appendingPathComponent(file)
            rows.append(Row(line: line, file: resolved, participant: participant, date: day, interviewer: field("interviewer")))
        }
        if let error = reader.error { throw VeldwerkError("\(path) is not valid CSV: \(error)") }
        return rows
    }
}
