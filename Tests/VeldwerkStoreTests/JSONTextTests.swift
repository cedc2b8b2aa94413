import Foundation
import XCTest
@testable import VeldwerkStore

final class JSONTextTests: XCTestCase {
    /// Strings written by JSONText read back unchanged with Foundation's decoder.
    func testStringsRoundTrip() throws {
        let pieces = ["a", "é", "👮🏽", "\"", "\\", "\n", "\t", "\r", "\u{0}", "\u{1F}", "\u{7F}", " ", "regie", "\u{2028}", "'"]
        var generator = SystemRandomNumberGenerator()
        var values: [String] = ["", "plain"]
        for _ in 0..<500 {
            values.append((0..<Int.random(in: 0...20, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        var json: [UInt8] = [0x5B]
        for (i, v) in values.enumerated() {
            if i > 0 { json.append(0x2C) }
            JSONText.appendString(v, to: &json)
        }
        json.append(0x5D)
        XCTAssertEqual(try JSONDecoder().decode([String].self, from: Data(json)), values)
    }
}
