import SozuConsoleEngine

/// What a piece of text is, so the terminal can colour it; statuses are also written as
/// words, so nothing depends on colour.
public enum Role: Hashable, Sendable {
    case normal
    case title
    case header
    case dim
    case ok
    case failure
    case processing
    case timedOut
    case lost
    case selected
    case warning
    case barFilled
    case barEmpty
    case prompt
    case key
}

public struct Segment: Equatable, Sendable {
    public var text: String
    public var role: Role

    /// `text` as it will show: every control, escape and bidirectional override made visible
    /// and harmless (`DisplayWidth.printable`), whoever composed it.
    public init(_ text: String, _ role: Role = .normal) {
        self.text = DisplayWidth.printable(text)
        self.role = role
    }
}

/// One screen row: segments that together are no wider than the panel.
public struct StyledLine: Equatable, Sendable {
    public var segments: [Segment]

    public init(_ segments: [Segment] = []) {
        self.segments = segments
    }

    public init(_ text: String, _ role: Role = .normal) {
        self.segments = [Segment(text, role)]
    }

    public var plain: String { segments.map(\.text).joined() }

    public var width: Int { segments.reduce(0) { $0 + DisplayWidth.columns(of: $1.text) } }

    public mutating func append(_ text: String, _ role: Role = .normal) {
        segments.append(Segment(text, role))
    }

    /// Cut to `width` columns (eliding the last visible segment) and padded with spaces, so a
    /// row repaints completely.
    public func fitted(to width: Int, padRole: Role? = nil) -> StyledLine {
        var result = StyledLine()
        var used = 0
        for segment in segments {
            let columns = DisplayWidth.columns(of: segment.text)
            if used + columns <= width {
                result.segments.append(segment)
                used += columns
                continue
            }
            let room = width - used
            if room > 0 {
                result.segments.append(Segment(DisplayWidth.elide(segment.text, to: room), segment.role))
                used += DisplayWidth.columns(of: result.segments.last?.text ?? "")
            }
            break
        }
        if used < width {
            result.segments.append(Segment(String(repeating: " ", count: width - used), padRole ?? result.segments.last?.role ?? .normal))
        }
        return result
    }

    /// The same line with every segment drawn as `role` (a selected row).
    public func recoloured(_ role: Role) -> StyledLine {
        StyledLine(segments.map { Segment($0.text, role) })
    }
}
