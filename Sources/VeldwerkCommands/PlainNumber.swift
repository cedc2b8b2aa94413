import ArgumentParser
import VeldwerkCore

/// A decimal option value as the command language writes it (`142.5`): ASCII digits only, so
/// `nan`, `inf`, `1e300` and hexadecimal are refused where they are parsed.
struct PlainNumber: ExpressibleByArgument, Sendable {
    var value: Double

    init?(argument: String) {
        guard let value = CommandNumber.decimal(argument) else { return nil }
        self.value = value
    }
}
