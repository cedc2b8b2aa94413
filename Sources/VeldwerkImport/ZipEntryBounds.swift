import Foundation
import VeldwerkCore

/// Checks that a zip entry's compressed bytes lie inside the file before it is inflated.
///
/// ZIPFoundation loops forever when an entry claims more compressed data than the file holds
/// (found by fuzzing), so the layout is read here first: end-of-central-directory record, central
/// directory header of the entry, its local header, then the data range. Zip64 is refused:
/// documents within Veldwerk's size limits never need it.
enum ZipEntryBounds {
    static func check(_ url: URL, entry name: String) throws {
        let display = url.lastPathComponent
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else {
            throw VeldwerkError("cannot read \(display)")
        }
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
        let entries = try u16(end + 10)
        let directorySize = try u32(end + 12), directoryOffset = try u32(end + 16)
        guard directoryOffset != 0xFFFF_FFFF, directorySize != 0xFFFF_FFFF, entries != 0xFFFF else { throw damaged("zip64 is not supported") }
        guard directoryOffset + directorySize <= end else { throw damaged("central directory outside the file") }
        var at = directoryOffset
        for _ in 0..<entries {
            guard try u32(at) == 0x0201_4B50 else { throw damaged("bad central directory header") }
            let compressed = try u32(at + 20)
            let nameLength = try u16(at + 28), extraLength = try u16(at + 30), commentLength = try u16(at + 32)
            let localOffset = try u32(at + 42)
            guard at + 46 + nameLength <= data.count else { throw damaged("truncated") }
            let entryName = String(decoding: data[(data.startIndex + at + 46)..<(data.startIndex + at + 46 + nameLength)], as: UTF8.self)
            if entryName == name {
                guard compressed != 0xFFFF_FFFF, localOffset != 0xFFFF_FFFF else { throw damaged("zip64 is not supported") }
                guard try u32(localOffset) == 0x0403_4B50 else { throw damaged("bad local header") }
                let start = localOffset + 30 + (try u16(localOffset + 26)) + (try u16(localOffset + 28))
                guard start + compressed <= directoryOffset else { throw damaged("\(name) runs past the end of its data") }
                return
            }
            at += 46 + nameLength + extraLength + commentLength
        }
        throw VeldwerkError("\(display) has no \(name)")
    }
}
