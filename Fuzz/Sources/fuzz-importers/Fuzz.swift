import Foundation
import VeldwerkCore
import VeldwerkImport

let scratch = URL(fileURLWithPath: NSTemporaryDirectory() + "veldwerk-fuzz-\(getpid()).docx")

/// The first byte picks the reader (text, docx, qdc, yaml, qdpx, offset map); the rest is the file.
func fuzzImporters(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard size > 0 else { return 0 }
    let body = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch data[0] % 6 {
    case 0:
        if let text = String(validating: body, as: UTF8.self) {
            let normal = TranscriptText.normalised(text)
            for p in TranscriptText.paragraphs(of: normal) {
                precondition(p.start <= p.end && p.end <= normal.unicodeScalars.count, "paragraph outside the text")
                _ = TranscriptText.slice(normal, p.start, p.end)
            }
        }
    case 1:
        // Through a file, as Veldwerk reads every docx. (ZIPFoundation's in-memory reader traps
        // on a truncated archive, which is why Veldwerk never uses it.)
        try? body.write(to: scratch)
        _ = try? DocxReader.text(of: scratch)
    case 2:
        _ = try? QDCReader.parse(body, source: "fuzz.qdc")
    case 3:
        if let text = String(validating: body, as: UTF8.self) { _ = try? CodebookYAMLReader.read(text, source: "fuzz.yaml") }
    case 4:
        // A whole REFI-QDA project, read in memory by Veldwerk's own bounded zip reader.
        if let project = try? QDPXReader.read(body, display: "fuzz.qdpx") {
            for source in project.sources {
                guard case .text(let text) = source.content else { continue }
                let length = text.unicodeScalars.count
                for s in source.selections { precondition(0 <= s.start && s.start < s.end && s.end <= length, "selection outside its text") }
            }
        }
    default:
        // Offsets into a raw text land, in order, inside the normalised text.
        if let text = String(validating: body, as: UTF8.self) {
            let map = NormalisedText(raw: text)
            var last = 0
            for i in 0...map.rawLength {
                guard let at = map.map(i) else { preconditionFailure("offset \(i) of \(map.rawLength) not mapped") }
                precondition(at >= last && at <= map.length, "offsets out of order or past the end")
                last = at
            }
        }
    }
    return 0
}
