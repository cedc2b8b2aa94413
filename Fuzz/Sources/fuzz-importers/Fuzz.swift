import Foundation
import VeldwerkCore
import VeldwerkImport

let scratch = URL(fileURLWithPath: NSTemporaryDirectory() + "veldwerk-fuzz-\(getpid()).docx")

/// The first byte picks the reader (text, docx, qdc, yaml); the rest is the file.
func fuzzImporters(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard size > 0 else { return 0 }
    let body = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch data[0] % 4 {
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
    default:
        if let text = String(validating: body, as: UTF8.self) { _ = try? CodebookYAMLReader.read(text, source: "fuzz.yaml") }
    }
    return 0
}
