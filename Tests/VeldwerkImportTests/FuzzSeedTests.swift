import Foundation
import XCTest
import VeldwerkCore
@testable import VeldwerkImport

/// The fuzzers' seeds for the importers, among them the inputs that once crashed a reader, read
/// the way the fuzz target reads them (the first byte picks the reader): each reads, or is
/// refused with one line.
final class FuzzSeedTests: XCTestCase {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz/corpus/importers").standardizedFileURL

    func testEverySeedReadsOrIsRefusedWithOneLine() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).sorted()
        XCTAssertGreaterThanOrEqual(names.count, 10, "seeds missing from \(Self.seeds.path)")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("veldwerk-seed-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: scratch) }
        for name in names {
            let data = try Data(contentsOf: Self.seeds.appendingPathComponent(name))
            guard let pick = data.first else { continue }
            let body = data.dropFirst()
            do {
                switch pick % 6 {
                case 1:
                    try Data(body).write(to: scratch)
                    _ = try DocxReader.text(of: scratch)
                case 2: _ = try QDCReader.parse(Data(body), source: name)
                case 3: _ = try CodebookYAMLReader.read(String(decoding: body, as: UTF8.self), source: name)
                case 4: _ = try QDPXReader.read(Data(body), display: name)
                default: _ = TranscriptText.paragraphs(of: TranscriptText.normalised(String(decoding: body, as: UTF8.self)))
                }
            } catch let error as VeldwerkError {
                XCTAssertFalse(error.message.contains("\n"), "\(name): \(error.message)")
                XCTAssertFalse(error.message.isEmpty, name)
            }
        }
    }
}
