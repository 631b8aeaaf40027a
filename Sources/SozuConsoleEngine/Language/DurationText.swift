/// Durations as operators type them: `500ms`, `5s`, `1.5s`, `2m`, `1h`; a bare number is in
/// the unit the option documents.
public enum DurationText {
    public enum Unit: Sendable {
        case milliseconds, seconds

        var milliseconds: Double {
            switch self {
            case .milliseconds: 1
            case .seconds: 1_000
            }
        }
    }

    /// Nil when `text` is not a non-negative duration below a year.
    public static func parse(_ text: String, bareUnit: Unit) -> Duration? {
        let units: [(suffix: String, milliseconds: Double)] = [("ms", 1), ("s", 1_000), ("m", 60_000), ("h", 3_600_000)]
        var number = Substring(text)
        var scale = bareUnit.milliseconds
        for unit in units where text.hasSuffix(unit.suffix) {
            number = text.dropLast(unit.suffix.count)
            scale = unit.milliseconds
            break
        }
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(number), value.isFinite else { return nil }
        let milliseconds = value * scale
        guard milliseconds >= 0, milliseconds < 365 * 86_400_000 else { return nil }
        return .milliseconds(Int64(milliseconds.rounded()))
    }
}
