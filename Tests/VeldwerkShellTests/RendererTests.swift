import XCTest
@testable import VeldwerkCommands
@testable import VeldwerkShell
import VeldwerkCore

final class RendererTests: XCTestCase {
    func testStatisticsRoundInTextAndKeepFullPrecisionInJSON() {
        let kappa = 0.41758241758241754
        XCTAssertEqual(Value.statistic(kappa, decimals: 3).plain, "0.418")
        XCTAssertEqual(Renderer.json(.statistic(kappa, decimals: 3)).serialized(), "0.41758241758241754")
        XCTAssertEqual(Double(Renderer.json(.statistic(1.0 / 3.0, decimals: 3)).serialized()), 1.0 / 3.0)
        XCTAssertEqual(Renderer.json(.statistic(.nan, decimals: 3)).serialized(), "null")
        // Shares and scores keep their published rounding.
        XCTAssertEqual(Renderer.json(.fixed(kappa, decimals: 3)).serialized(), "0.418")
    }
}
