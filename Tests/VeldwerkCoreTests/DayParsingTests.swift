import Testing
@testable import VeldwerkCore

/// Dates typed at the prompt: every form that is not a real `YYYY-MM-DD` day is refused.
@Suite struct DayParsingTests {
    @Test(arguments: ["2022-03-07", "2024-02-29", "2000-02-29", "1999-12-31"])
    func acceptsRealDays(_ text: String) throws {
        #expect(try Day(parsing: text).description == text)
    }

    @Test(arguments: ["1900-02-29", "2022-04-31", "2022-3-7", "07-03-2022", "2022/03/07", "", " 2022-03-07"])
    func refusesOtherForms(_ text: String) {
        #expect(throws: VeldwerkError.self) { try Day(parsing: text) }
    }
}
