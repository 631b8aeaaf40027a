/// Rows under column headers, laid out to a width in display columns.
///
/// Too wide a table first shrinks its text (left-aligned) columns, the widest first, eliding
/// their cells with "…"; numbers (right-aligned columns) keep their width. When even that does
/// not fit, each row is written as a record, one "header  value" line per column, so that a
/// narrow screen still shows every value.
public struct TextTable: Sendable {
    public enum Alignment: Sendable {
        case left, right
    }

    public struct Column: Sendable {
        public var header: String
        /// Left for text, which may be elided to fit; right for numbers, which are not.
        public var alignment: Alignment

        public init(_ header: String, alignment: Alignment = .left) {
            self.header = header
            self.alignment = alignment
        }

        public static func text(_ header: String) -> Column { Column(header, alignment: .left) }
        public static func number(_ header: String) -> Column { Column(header, alignment: .right) }
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
        guard !columns.isEmpty, width > 0 else { return [] }
        let headers = columns.map { DisplayWidth.printable($0.header) }
        guard let widths = fittedWidths(headers: headers, width: width) else {
            return renderRecords(headers: headers, width: width)
        }
        func line(_ cells: [String]) -> String {
            let padded = zip(cells, zip(widths, columns)).map { cell, layout in
                DisplayWidth.fit(cell, to: layout.0, alignment: layout.1.alignment)
            }
            return trimmingTrailingSpaces(padded.joined(separator: String(repeating: " ", count: Self.gap)))
        }
        var lines = [line(headers)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: String(repeating: " ", count: Self.gap)))
        lines += rows.map(line)
        return lines
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
        while excess > 0 {
            // The widest column that can still shrink; the rightmost of equals, so that the
            // identifying first columns keep their text longest.
            var chosen: Int?
            for index in widths.indices where widths[index] > floors[index] {
                if let current = chosen, widths[current] > widths[index] { continue }
                chosen = index
            }
            guard let index = chosen else { return nil }
            widths[index] -= 1
            excess -= 1
        }
        return widths
    }

    private func renderRecords(headers: [String], width: Int) -> [String] {
        let labelWidth = min(headers.map { DisplayWidth.columns(of: $0) }.max() ?? 0, max(width / 3, 1))
        var lines: [String] = []
        for (rowIndex, row) in rows.enumerated() {
            if rowIndex > 0 { lines.append("") }
            for (index, cell) in row.enumerated() {
                // The first field names the record; the others sit under it.
                let indent = index == 0 ? "" : "  "
                let label = DisplayWidth.fit(headers[index], to: labelWidth)
                let room = width - indent.count - labelWidth - Self.gap
                let text = room > 0 ? label + "  " + DisplayWidth.elide(cell, to: room) : label
                lines.append(trimmingTrailingSpaces(DisplayWidth.elide(indent + text, to: width)))
            }
        }
        return lines
    }
}

func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
}
