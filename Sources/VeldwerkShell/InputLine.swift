import Foundation
import VeldwerkCore

/// Reads raw lines from a file or a pipe and checks them before anything parses them.
///
/// A script saved in the wrong encoding, a stray NUL or a runaway line must stop with a clear
/// message, not turn into a half-understood command.
public final class LineReader {
    public static let maximumBytes = 256 * 1024

    private let file: UnsafeMutablePointer<FILE>
    private let owned: Bool
    public private(set) var lineNumber = 0

    public init(file: UnsafeMutablePointer<FILE>, owned: Bool) {
        self.file = file
        self.owned = owned
    }

    public convenience init(path: String) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else {
            throw VeldwerkError("no script file \(path); check the path")
        }
        guard let f = fopen(path, "rb") else { throw VeldwerkError("cannot read \(path); check its permissions") }
        self.init(file: f, owned: true)
    }

    deinit { if owned { fclose(file) } }

    /// The next line without its line end, nil at the end of input; throws for a line that cannot be used.
    public func next() throws -> String? {
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let n = getline(&buffer, &capacity, file)
        guard n >= 0, let buffer else { return nil }
        lineNumber += 1
        var bytes = UnsafeRawBufferPointer(start: buffer, count: n)
        if bytes.last == 0x0A { bytes = UnsafeRawBufferPointer(rebasing: bytes.dropLast()) }
        if bytes.last == 0x0D { bytes = UnsafeRawBufferPointer(rebasing: bytes.dropLast()) }
        return try InputLine.decode(bytes)
    }
}

public enum InputLine {
    /// Strict UTF-8, no NUL, bounded length; a BOM at the start is dropped.
    public static func decode(_ bytes: UnsafeRawBufferPointer) throws -> String {
        guard bytes.count <= LineReader.maximumBytes else {
            throw VeldwerkError("the line is \(bytes.count / 1024) KiB, over the limit of \(LineReader.maximumBytes / 1024) KiB; split it up")
        }
        if bytes.contains(0) { throw VeldwerkError("the line contains a NUL byte; remove it") }
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw VeldwerkError("the line is not valid UTF-8; save the text as UTF-8 and try again")
        }
        return text
    }

    public static func decode(_ string: String) throws -> String {
        var copy = string
        return try copy.withUTF8 { try decode(UnsafeRawBufferPointer($0)) }
    }
}
