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
        var info = stat()
        guard stat(path, &info) == 0 else { throw VeldwerkError("no script file \(path); check the path") }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFIFO: break
        case S_IFDIR: throw VeldwerkError("\(path) is a folder, not a script file")
        default: throw VeldwerkError("\(path) is a device, not a script file; give a file of commands")
        }
        guard let f = fopen(path, "rb") else { throw VeldwerkError("cannot read \(path); check its permissions") }
        self.init(file: f, owned: true)
    }

    deinit { if owned { fclose(file) } }

    /// A read that cannot go on: the rest of the input is not read, even with --keep-going.
    public struct Unreadable: Error {
        public let message: String
    }

    /// The next line without its line end, nil at the end of input; throws for a line that
    /// cannot be used. A line over the limit is refused as soon as the limit is passed (never
    /// read whole), and a read error is an error, not the end of the input.
    public func next() throws -> String? {
        var bytes: [UInt8] = []
        var sawNewline = false
        while true {
            let c = getc_unlocked(file)
            if c == EOF { break }
            if c == 0x0A { sawNewline = true; break }
            bytes.append(UInt8(truncatingIfNeeded: c))
            if bytes.count > Self.maximumBytes {
                lineNumber += 1
                throw Unreadable(message: "the line is over the limit of \(Self.maximumBytes / 1024) KiB; the rest of the input was not read")
            }
        }
        if ferror(file) != 0 {
            let reason = String(cString: strerror(errno))
            throw Unreadable(message: "cannot read on after line \(lineNumber) (\(reason)); the rest of the input was not read")
        }
        if bytes.isEmpty && !sawNewline { return nil }
        lineNumber += 1
        if bytes.last == 0x0D { bytes.removeLast() }
        return try bytes.withUnsafeBytes { try InputLine.decode($0) }
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
