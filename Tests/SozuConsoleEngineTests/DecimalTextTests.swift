import Foundation
import SozuConsoleEngine
import Testing

@Suite("Fixed decimals without Foundation's formatter")
struct DecimalTextTests {
    @Test("as String(format:) writes them, over a sweep of values")
    func sameAsFormat() {
        var values: [Double] = [0, 0.004, 0.005, 0.015, 0.125, 1.005, 9.995, 12.5, 99.999, 123.456, 1_234.5, -0.004, -1.25, -3.14159, 0.25, 0.75, 0.625, 2.675, 1e9 + 0.125, -0.0]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { values.append(Double.random(in: 0..<1_000, using: &generator)) }
        // Near the halves, where rounding the product instead of the exact value goes wrong.
        for _ in 0..<2_000 { values.append(Double(Int.random(in: 0..<1_000_000, using: &generator)) / 1_000) }
        for value in values {
            #expect(DecimalText.fixed(value, decimals: 2, width: 6) == String(format: "%6.2f", value), "\(value)")
            #expect(DecimalText.fixed(value, decimals: 1) == String(format: "%.1f", value), "\(value)")
        }
    }
}
