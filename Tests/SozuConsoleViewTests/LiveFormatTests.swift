import Foundation
import Testing

@testable import SozuConsoleView

@Suite("The live view's numbers")
struct LiveFormatTests {
    /// Values around every boundary and rounding tie the formats meet, and a spread between.
    static let values: [Double] = {
        var values: [Double] = [0, 0.05, 0.15, 0.25, 9.95, 9.949_999, 9.999, 10, 999.5, 1_000, 1_023.5, 1_024, 9_999.5, 10_000, 10_239.9, 10_240,
                                99_999, 1_048_575, 9_999_950, 10_000_000, 1.5e9, 3.3e12, 7.7e15]
        var value = 0.001
        while value < 1e13 {
            values.append(value)
            value *= 1.37
        }
        return values
    }()

    @Test("rates, percentages and byte counts read as printf would write them")
    func matchesPrintf() {
        for value in Self.values {
            let rate = switch value {
            case ..<10: String(format: "%.1f", value)
            case ..<10_000: String(format: "%.0f", value)
            case ..<10_000_000: String(format: "%.1fk", value / 1_000)
            default: String(format: "%.1fM", value / 1_000_000)
            }
            #expect(LiveFormat.rate(value) == rate, "\(value)")
            #expect(LiveFormat.percent(value) == (value < 10 ? String(format: "%.2f", value) : String(format: "%.1f", value)), "\(value)")
            let units = ["B", "K", "M", "G", "T"]
            var scaled = value, unit = 0
            while scaled >= 1_000, unit < units.count - 1 {
                scaled /= 1_024
                unit += 1
            }
            let bytes = scaled < 10 && unit > 0 ? String(format: "%.1f", scaled) + units[unit] : String(format: "%.0f", scaled) + units[unit]
            #expect(LiveFormat.bytes(value) == bytes, "\(value)")
        }
        #expect(LiveFormat.rate(nil) == "—")
        #expect(LiveFormat.bytes(1_536) == "1.5K")
    }
}
