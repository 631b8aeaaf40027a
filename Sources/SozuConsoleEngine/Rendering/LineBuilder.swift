/// Lines of a rendered answer, built block by block (headings, paragraphs, tables), with one
/// blank line between blocks and none right after a heading. Every line fits `width`.
struct LineBuilder {
    let width: Int
    /// How wide rules and packed items go: the width, up to a screen's worth. Output to a file
    /// has no width (nothing is cut there), and a rule 100,000 columns long helps nobody.
    let layoutWidth: Int
    private(set) var lines: [String] = []
    private var needsGap = false

    /// The widest a layout goes, whatever the width.
    static let widestLayout = 160

    init(width: Int) {
        self.width = max(width, 0)
        self.layoutWidth = min(self.width, Self.widestLayout)
    }

    /// `══ Main process ═══…`, across the width.
    mutating func heading(_ title: String) {
        rule(title, "═")
    }

    /// `── Cluster api ───…`, across the width.
    mutating func subheading(_ title: String) {
        rule(title, "─")
    }

    mutating func paragraph(_ text: String...) {
        paragraph(text)
    }

    mutating func paragraph(_ text: [String]) {
        guard !text.isEmpty else { return }
        startBlock()
        lines += text.map { trimmingTrailingSpaces(DisplayWidth.elide(DisplayWidth.printable($0), to: width)) }
        needsGap = true
    }

    /// `label value` items packed into as few lines as fit, three spaces apart.
    mutating func flow(_ items: [String]) {
        let separator = "   "
        var packed: [String] = []
        var current = ""
        for item in items.map({ DisplayWidth.elide(DisplayWidth.printable($0), to: width) }) {
            if current.isEmpty {
                current = item
            } else if DisplayWidth.columns(of: current) + separator.count + DisplayWidth.columns(of: item) <= layoutWidth {
                current += separator + item
            } else {
                packed.append(current)
                current = item
            }
        }
        if !current.isEmpty { packed.append(current) }
        paragraph(packed)
    }

    mutating func table(_ table: TextTable) {
        let rendered = table.render(width: width)
        guard !rendered.isEmpty else { return }
        startBlock()
        lines += rendered
        needsGap = true
    }

    private mutating func rule(_ title: String, _ stroke: String) {
        startBlock()
        let head = DisplayWidth.elide("\(stroke)\(stroke) \(DisplayWidth.printable(title)) ", to: width)
        let fill = max(0, layoutWidth - DisplayWidth.columns(of: head))
        lines.append(trimmingTrailingSpaces(head + String(repeating: stroke, count: fill)))
        needsGap = false
    }

    private mutating func startBlock() {
        if needsGap, !lines.isEmpty { lines.append("") }
    }
}
