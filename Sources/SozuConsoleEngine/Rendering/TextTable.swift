/// Rows under column headers, laid out to a width in display columns.
///
/// Too wide a table shrinks its text (left-aligned) columns, the widest first, eliding their
/// cells with "…"; columns marked `shrinksFirst` give up their width before the others, and
/// numbers (right-aligned columns) keep theirs. When even that does not fit, each row is
/// written as a record, its first cell on a line and one "header  value" line per other column,
/// so that a narrow screen still shows every value.
public struct TextTable: Sendable {
    public enum Alignment: Sendable {
        case left, right
    }

    public struct Column: Sendable {
        public var header: String
        /// Left for text, which may be elided to fit; right for numbers, which are not.
        public var alignment: Alignment
        /// Shrinks before the other text columns: for cells that matter less (tags, options).
        public var shrinksFirst: Bool
        /// Left out when no row has anything in it (options that are seldom set).
        public var hiddenWhenEmpty: Bool

        public init(_ header: String, alignment: Alignment = .left, shrinksFirst: Bool = false, hiddenWhenEmpty: Bool = false) {
            self.header = header
            self.alignment = alignment
            self.shrinksFirst = shrinksFirst
            self.hiddenWhenEmpty = hiddenWhenEmpty
        }

        public static func text(_ header: String, shrinksFirst: Bool = false, hiddenWhenEmpty: Bool = false) -> Column {
            Column(header, alignment: .left, shrinksFirst: shrinksFirst, hiddenWhenEmpty: hiddenWhenEmpty)
        }

        public static func number(_ header: String, hiddenWhenEmpty: Bool = false) -> Column {
            Column(header, alignment: .right, hiddenWhenEmpty: hiddenWhenEmpty)
        }
    }

    public var columns: [Column]
    public private(set) var rows: [[String]] = []

    /// Columns are separated by this many spaces.
    static let gap = 2
    /// A text column is not shrunk below this (nor below its natural width); a table that
    /// cannot fit with its text columns this narrow is written as records instead.
    static let minimumTextWidth = 6

    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        for row in rows { append(row) }
    }

    /// Adds a row; missing cells read as empty, cells beyond the columns are dropped.
    public mutating func append(_ row: [String]) {
        let cells = row.prefix(columns.count).map { DisplayWidth.printable($0) }
        rows.append(cells + Array(repeating: "", count: columns.count - cells.count))
    }

    public var isEmpty: Bool { rows.isEmpty }

    /// The table as lines of at most `width` columns, without trailing spaces.
    public func render(width: Int) -> [String] {
        guard width > 0 else { return [] }
        let shown = columns.indices.filter { index in !columns[index].hiddenWhenEmpty || rows.contains { !$0[index].isEmpty } }
        guard !shown.isEmpty else { return [] }
        let visible = TextTable(
            columns: shown.map { columns[$0] },
            rows: rows.map { row in shown.map { row[$0] } }
        )
        return visible.renderVisible(width: width)
    }

    private func renderVisible(width: Int) -> [String] {
        let headers = columns.map { DisplayWidth.printable($0.header) }
        guard let widths = fittedWidths(headers: headers, width: width) else {
            return renderRecords(headers: headers, width: width)
        }
        let separator = String(repeating: " ", count: Self.gap)
        func line(_ cells: [String]) -> String {
            let padded = zip(cells, zip(widths, columns)).map { cell, layout in
                DisplayWidth.fit(cell, to: layout.0, alignment: layout.1.alignment)
            }
            return trimmingTrailingSpaces(padded.joined(separator: separator))
        }
        return [line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: separator)] + rows.map(line)
    }

    /// Column widths that fit `width`, or nil when the table must be written as records.
    func fittedWidths(headers: [String], width: Int) -> [Int]? {
        var widths = headers.indices.map { index in
            rows.reduce(DisplayWidth.columns(of: headers[index])) { max($0, DisplayWidth.columns(of: $1[index])) }
        }
        let floors = widths.indices.map { index in
            columns[index].alignment == .left ? min(widths[index], Self.minimumTextWidth) : widths[index]
        }
        let separators = Self.gap * (columns.count - 1)
        guard floors.reduce(separators, +) <= width else { return nil }
        var excess = widths.reduce(separators, +) - width
        for firstPass in [true, false] {
            while excess > 0 {
                // The widest column that can still shrink; the rightmost of equals, so that the
                // identifying first columns keep their text longest.
                var chosen: Int?
                for index in widths.indices where widths[index] > floors[index] && (!firstPass || columns[index].shrinksFirst) {
                    if let current = chosen, widths[current] > widths[index] { continue }
                    chosen = index
                }
                guard let index = chosen else { break }
                widths[index] -= 1
                excess -= 1
            }
        }
        return excess > 0 ? nil : widths
    }

    /// The first header as a caption; then per row its first cell, and under it one
    /// `header  value` line per other column.
    private func renderRecords(headers: [String], width: Int) -> [String] {
        let caption = DisplayWidth.elide(headers[0], to: width)
        var lines = [caption, String(repeating: "─", count: DisplayWidth.columns(of: caption))]
        let indent = "  "
        let labelWidth = min(headers.dropFirst().map { DisplayWidth.columns(of: $0) }.max() ?? 0, max((width - indent.count) / 2, 1))
        for (rowIndex, row) in rows.enumerated() {
            // A row without a first cell continues the record above (as grouped rows do).
            if !row[0].isEmpty {
                if rowIndex > 0 { lines.append("") }
                lines.append(DisplayWidth.elide(row[0], to: width))
            }
            for (header, cell) in zip(headers, row).dropFirst() {
                let label = DisplayWidth.fit(header, to: labelWidth)
                let room = width - indent.count - labelWidth - Self.gap
                let text = room > 0 ? label + String(repeating: " ", count: Self.gap) + DisplayWidth.elide(cell, to: room) : label
                lines.append(trimmingTrailingSpaces(DisplayWidth.elide(indent + text, to: width)))
            }
        }
        return lines.map(trimmingTrailingSpaces)
    }
}

func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
}
