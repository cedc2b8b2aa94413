import Crypto
import Foundation
import VeldwerkCore

/// Reads a transcript file (`.txt`, `.md`, `.docx`) into normalised text.
///
/// Limits keep one bad file from taking the machine down: a text file may be at most
/// ``maximumTextBytes``; a docx at most ``maximumDocxBytes`` on disk, and its document part at
/// most ``DocxReader/maximumXMLBytes`` unpacked (a zip bomb stops there).
public enum TranscriptReader {
    public static let maximumTextBytes = 10 * 1024 * 1024
    public static let maximumDocxBytes = 25 * 1024 * 1024

    public struct Loaded: Sendable {
        public var title: String
        public var format: String
        public var text: String
        public var sha256: String
    }

    public static func read(path: String) throws -> Loaded {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw VeldwerkError("no file \(path); check the path")
        }
        guard !isDir.boolValue else { throw VeldwerkError("\(path) is a folder; name the transcript files in it") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let format = url.pathExtension.lowercased()
        let raw: String
        switch format {
        case "txt", "md":
            guard size <= maximumTextBytes else {
                throw VeldwerkError("\(name) is \(size / 1024 / 1024) MB, over the \(maximumTextBytes / 1024 / 1024) MB limit for a transcript; split it")
            }
            guard let data = FileManager.default.contents(atPath: path) else { throw VeldwerkError("cannot read \(path); check its permissions") }
            raw = try decodeText(data, name: name)
        case "docx":
            guard size <= maximumDocxBytes else {
                throw VeldwerkError("\(name) is \(size / 1024 / 1024) MB, over the \(maximumDocxBytes / 1024 / 1024) MB limit for a docx; split it")
            }
            raw = try DocxReader.text(of: url)
        default:
            throw VeldwerkError("\(name): Veldwerk reads .txt, .md and .docx transcripts; save it as one of those")
        }
        let text = TranscriptText.normalised(raw)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw VeldwerkError("\(name) is empty; nothing to import") }
        return Loaded(title: name, format: format, text: text, sha256: fingerprint(text))
    }

    /// Strict UTF-8; a NUL byte means the file is not text at all.
    static func decodeText(_ data: Data, name: String) throws -> String {
        let hasNUL = data.withUnsafeBytes { raw in raw.count > 0 && memchr(raw.baseAddress!, 0, raw.count) != nil }
        if hasNUL {
            throw VeldwerkError("\(name) holds binary data, not text; export the transcript as .txt or .docx")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw VeldwerkError("\(name) is not valid UTF-8; save it as UTF-8 text")
        }
        return text
    }

    /// SHA-256 of the normalised text, hex: how a re-import of the same transcript is recognised.
    public static func fingerprint(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
