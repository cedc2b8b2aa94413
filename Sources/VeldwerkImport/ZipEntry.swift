import CVeldwerkZlib
import Foundation
import VeldwerkCore

/// Reads one entry of a zip file within hard bounds.
///
/// ZIPFoundation opens and lists archives, but its inflater reads past an entry's end and loops
/// forever on a deflate stream that never ends (found by fuzzing). So the one entry Veldwerk
/// needs is located here from the end-of-central-directory record, the entry's central directory
/// header and its local header, and inflated with zlib from exactly its compressed bytes, with a
/// cap on the output. Zip64 is refused: documents within Veldwerk's size limits never need it.
enum ZipEntry {
    static func read(_ url: URL, entry name: String, limit: Int) throws -> Data {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else {
            throw VeldwerkError("cannot read \(url.lastPathComponent)")
        }
        return try read(data, display: url.lastPathComponent, entry: name, limit: limit)
    }

    /// One entry of a zip held in memory (a Word document inside a REFI-QDA project).
    static func read(_ data: Data, display: String, entry name: String, limit: Int) throws -> Data {
        guard let found = try entries(data, display: display).first(where: { $0.name == name }) else {
            throw VeldwerkError("\(display) has no \(name)")
        }
        return try read(data, display: display, found, limit: limit)
    }

    static func read(_ data: Data, display: String, _ entry: Entry, limit: Int) throws -> Data {
        let compressed = data[entry.range]
        switch entry.method {
        case 0:
            guard compressed.count <= limit else { throw tooLarge(display, entry.name, limit) }
            return Data(compressed)
        case 8:
            return try inflate(Data(compressed), limit: limit, display: display, name: entry.name)
        default:
            throw VeldwerkError("\(display): \(entry.name) uses a compression Veldwerk does not read (method \(entry.method)); save it again")
        }
    }

    static func tooLarge(_ display: String, _ name: String, _ limit: Int) -> VeldwerkError {
        VeldwerkError("\(display): \(name) unpacks to over \(limit / 1024 / 1024) MB; refused as a possible zip bomb")
    }

    static func inflate(_ input: Data, limit: Int, display: String, name: String) throws -> Data {
        var stream = z_stream()
        guard veld_inflate_init_raw(&stream) == Z_OK else { throw VeldwerkError("cannot start zlib") }
        defer { inflateEnd(&stream) }
        var output = Data()
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        var status: Int32 = Z_OK
        try input.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            stream.next_in = UnsafeMutablePointer(mutating: raw.bindMemory(to: UInt8.self).baseAddress)
            stream.avail_in = UInt32(raw.count)
            repeat {
                status = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(chunk)
                    return CVeldwerkZlib.inflate(&stream, Z_NO_FLUSH)
                }
                guard status == Z_OK || status == Z_STREAM_END else {
                    throw VeldwerkError("\(display) is damaged (\(name) does not inflate); open and save it again")
                }
                output.append(contentsOf: buffer[0..<(chunk - Int(stream.avail_out))])
                guard output.count <= limit else { throw tooLarge(display, name, limit) }
                // No input left and no progress: the stream ends before it says so.
                if status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0 { break }
            } while status != Z_STREAM_END
        }
        guard status == Z_STREAM_END else {
            throw VeldwerkError("\(display) is damaged (\(name) is cut off); open and save it again")
        }
        return output
    }

    /// An entry as the central directory lists it: where its compressed bytes lie in the file.
    struct Entry {
        var name: String
        var range: Range<Int>
        var method: Int
        var declaredSize: Int
    }

    /// Every entry of the archive, read from the end-of-central-directory record, the central
    /// directory and each local header; nothing is inflated here.
    static func entries(_ data: Data, display: String) throws -> [Entry] {
        func damaged(_ why: String) -> VeldwerkError {
            VeldwerkError("\(display) is a damaged zip archive (\(why)); open and save it again")
        }
        func u16(_ at: Int) throws -> Int {
            guard at >= 0, at + 2 <= data.count else { throw damaged("truncated") }
            return Int(data[data.startIndex + at]) | Int(data[data.startIndex + at + 1]) << 8
        }
        func u32(_ at: Int) throws -> Int {
            try u16(at) | (try u16(at + 2)) << 16
        }
        // The end-of-central-directory record sits in the last 22 + 65,535 bytes.
        var eocd: Int?
        var i = data.count - 22
        while i >= max(0, data.count - 22 - 65_535) {
            if try u32(i) == 0x0605_4B50 { eocd = i; break }
            i -= 1
        }
        guard let end = eocd else { throw damaged("no central directory") }
        let count = try u16(end + 10)
        let directorySize = try u32(end + 12), directoryOffset = try u32(end + 16)
        guard directoryOffset != 0xFFFF_FFFF, directorySize != 0xFFFF_FFFF, count != 0xFFFF else { throw damaged("zip64 is not supported") }
        guard directoryOffset + directorySize <= end else { throw damaged("central directory outside the file") }
        var at = directoryOffset
        var found: [Entry] = []
        for _ in 0..<count {
            guard try u32(at) == 0x0201_4B50 else { throw damaged("bad central directory header") }
            let compressed = try u32(at + 20), declared = try u32(at + 24)
            let nameLength = try u16(at + 28), extraLength = try u16(at + 30), commentLength = try u16(at + 32)
            let localOffset = try u32(at + 42)
            guard at + 46 + nameLength <= data.count else { throw damaged("truncated") }
            let entryName = String(decoding: data[(data.startIndex + at + 46)..<(data.startIndex + at + 46 + nameLength)], as: UTF8.self)
            guard compressed != 0xFFFF_FFFF, localOffset != 0xFFFF_FFFF, declared != 0xFFFF_FFFF else { throw damaged("zip64 is not supported") }
            guard try u32(localOffset) == 0x0403_4B50 else { throw damaged("bad local header") }
            let method = try u16(at + 10)
            let start = localOffset + 30 + (try u16(localOffset + 26)) + (try u16(localOffset + 28))
            guard start + compressed <= directoryOffset else { throw damaged("\(entryName) runs past the end of its data") }
            found.append(Entry(name: entryName, range: (data.startIndex + start)..<(data.startIndex + start + compressed),
                               method: method, declaredSize: declared))
            at += 46 + nameLength + extraLength + commentLength
        }
        return found
    }
}
