/// Numbers with a fixed count of decimals, as `String(format: "%6.2f")` writes them, without
/// Foundation's formatter: one-shot runs print their progress with it, and the formatter's
/// first use costs a run's start a millisecond.
public enum DecimalText {
    /// `value` rounded to `decimals` places as printf rounds (its exact binary value, ties to
    /// even), padded on the left with spaces to `width` characters.
    public static func fixed(_ value: Double, decimals: Int, width: Int = 0) -> String {
        guard value.isFinite else { return pad(value.isNaN ? "nan" : value < 0 ? "-inf" : "inf", to: width) }
        var scale = 1.0
        for _ in 0..<min(decimals, 15) { scale *= 10 }
        let magnitude = abs(value)
        // Past what an integer holds exactly, the formatter's text is as good (never seen here).
        guard magnitude * scale < 4.0e15 else { return pad(String(value), to: width) }
        // n ≤ magnitude × scale < n + 1, decided on the exact product (fma rounds once, and
        // never across zero), then rounded up past the half, or at it to even.
        var units = (magnitude * scale).rounded(.down)
        if (-units).addingProduct(magnitude, scale) < 0 { units -= 1 }
        if (-(units + 1)).addingProduct(magnitude, scale) >= 0 { units += 1 }
        let half = (-(units + 0.5)).addingProduct(magnitude, scale)
        if half > 0 || (half == 0 && units.truncatingRemainder(dividingBy: 2) == 1) { units += 1 }
        let whole = UInt64(units) / UInt64(scale)
        var text = String(whole)
        if decimals > 0 {
            let fraction = String(UInt64(units) % UInt64(scale))
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        if value.sign == .minus { text = "-" + text }
        return pad(text, to: width)
    }

    private static func pad(_ text: String, to width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
