import Foundation
import SozuConsoleEngine
import SozuProto

/// A table of the live view: columns that fit the width (the first always; a trend column of
/// what is left, when there is room), a header row, rows with their sparkline.
struct LiveTable {
    struct Column {
        var title: String
        var width: Int
        var right: Bool

        init(_ title: String, width: Int, right: Bool = false) {
            self.title = title
            self.width = width
            self.right = right
        }
    }

    private let columns: [Column]
    private let trendWidth: Int
    private(set) var lines: [StyledLine]
    /// The rows drawn (counted from the first row after the header): a table of 1,000
    /// backends draws the few that fit.
    private let window: Range<Int>
    /// Rows added so far, drawn or not (the ones after the window are counted apart).
    private var rowCount = 0
    private var rowsAfterWindow = 0
    /// Every row of the table, drawn or not.
    var totalRows: Int { rowCount + rowsAfterWindow }

    /// Columns are dropped from the right until they fit; a trend column takes what is left
    /// when `trend` says the rows have histories.
    init(columns: [Column], width: Int, trend: Bool = true, window: Range<Int> = 0..<Int.max) {
        self.window = window
        var kept = columns
        while kept.count > 1, kept.map({ $0.width + 1 }).reduce(0, +) + 1 > width { kept.removeLast() }
        if let first = kept.first, kept.count == 1, first.width + 2 > width { kept[0].width = max(1, width - 2) }
        self.columns = kept
        let used = kept.map { $0.width + 1 }.reduce(0, +) + 1
        trendWidth = trend && width - used >= 8 ? min(30, width - used - 1) : 0
        var header = StyledLine(" ", .header)
        for column in kept { header.append(DisplayWidth.fit(column.title, to: column.width, alignment: column.right ? .right : .left) + " ", .header) }
        if trendWidth > 0 { header.append(DisplayWidth.fit("trend", to: trendWidth), .header) }
        lines = [header.fitted(to: width, padRole: .header)]
    }

    /// The rows of `order` that the window draws, in order; the others are counted.
    mutating func visible<Row>(_ rows: [Row], in order: [Int]) -> [Row] {
        let shown = window.clamped(to: 0..<order.count)
        // `add` counts the drawn rows; the ones before and after are counted here.
        rowCount += shown.lowerBound
        rowsAfterWindow += order.count - shown.upperBound
        return shown.map { rows[order[$0]] }
    }

    mutating func add(_ cells: [String], role: Role, history: History?, cellRoles: [Int: Role] = [:]) {
        defer { rowCount += 1 }
        guard window.contains(rowCount) else { return }
        var line = StyledLine(" ", role)
        for (index, column) in columns.enumerated() {
            let text = DisplayWidth.printable(index < cells.count ? cells[index] : "")
            line.append(DisplayWidth.fit(text, to: column.width, alignment: column.right ? .right : .left) + " ", cellRoles[index] ?? role)
        }
        if trendWidth > 0, let history { line.append(Sparkline.render(history.ordered, width: trendWidth), .ok) }
        lines.append(line)
    }

    // MARK: - Panes

    static func clusters(_ model: ConsoleModel, _ live: LiveView, width: Int, window: Range<Int>) -> LiveTable {
        guard let traffic = model.targets[safe: model.defaultTargetIndex]?.traffic else { return LiveTable(columns: [], width: width) }
        var table = LiveTable(
            columns: figureColumns(first: Column("cluster", width: 16), extra: Column("backends", width: 8, right: true)), width: width, window: window)
        let rows = traffic.clusters
        for row in table.visible(rows, in: sortedOrder(rows, by: live, figures: \.figures)) {
            let backends = row.totalBackends.map { "\(row.availableBackends ?? $0)/\($0)" } ?? "—"
            let unavailable = row.totalBackends.map { $0 > 0 && (row.availableBackends ?? $0) == 0 } ?? false
            table.add(
                [row.id] + figureCells(row.figures, extra: backends), role: rowRole(row.figures, unavailable: unavailable),
                history: traffic.clusterHistory[row.id]?[live.sort.figure])
        }
        if rows.isEmpty { table.lines.append(StyledLine(" no cluster has served requests yet", .dim)) }
        return table
    }

    static func backends(_ model: ConsoleModel, _ live: LiveView, width: Int, window: Range<Int>) -> LiveTable {
        guard let traffic = model.targets[safe: model.defaultTargetIndex]?.traffic else { return LiveTable(columns: [], width: width) }
        var table = LiveTable(columns: figureColumns(first: Column("cluster/backend", width: 22), extra: Column("up", width: 4)), width: width, window: window)
        let rows = traffic.backends
        for row in table.visible(rows, in: sortedOrder(rows, by: live, figures: \.figures)) {
            let up = switch (row.reportingWorkers, row.availableInWorkers) {
            case (0, _): "—"
            case (let reporting, let available) where available == reporting: "up"
            case (_, 0): "DOWN"
            case (let reporting, let available): "\(available)/\(reporting)"
            }
            table.add(
                [row.id] + figureCells(row.figures, extra: up), role: rowRole(row.figures, unavailable: row.isDown),
                history: traffic.backendHistory[row.id]?[live.sort.figure])
        }
        if rows.isEmpty {
            let why = switch traffic.lease {
            case .held: "no backend has served requests since backend detail was raised"
            case .refused: "the proxy refused backend detail: backends have no rows of their own"
            case .none, .cleared: "raising metric detail to backend…"
            }
            table.lines.append(StyledLine(" " + why, .dim))
        }
        return table
    }

    static func workers(_ model: ConsoleModel, _ live: LiveView, width: Int, window: Range<Int>) -> LiveTable {
        guard let target = model.targets[safe: model.defaultTargetIndex], let traffic = target.traffic else { return LiveTable(columns: [], width: width) }
        var table = LiveTable(columns: [
            Column("worker", width: 7), Column("state", width: 9), Column("req/s", width: 8, right: true),
            Column("conns", width: 6, right: true), Column("active", width: 6, right: true), Column("slab %", width: 6, right: true),
            Column("svc p99", width: 7, right: true), Column("uptime", width: 8, right: true),
        ], width: width, window: window)
        var rows = traffic.workers
        rows.sort { left, right in
            let ordered: Bool = switch live.sort {
            case .requests: (left.requestsPerSecond ?? -1) > (right.requestsPerSecond ?? -1)
            case .connections: (left.clientConnections ?? 0) > (right.clientConnections ?? 0)
            default: (UInt32(left.id) ?? 0, left.id) < (UInt32(right.id) ?? 0, right.id)
            }
            return live.reversed ? !ordered : ordered
        }
        for row in rows {
            let state = target.workers.first { String($0.id) == row.id }.map { runStateWord($0.runState) } ?? "—"
            table.add([
                row.id, state, LiveFormat.rate(row.requestsPerSecond), LiveFormat.count(row.clientConnections),
                LiveFormat.count(row.activeRequests), LiveFormat.count(row.slabPercent), LiveFormat.milliseconds(row.serviceTimeP99),
                LiveFormat.duration(row.uptimeSeconds),
            ], role: .normal, history: traffic.workerHistory[row.id])
        }
        return table
    }

    static func listeners(_ model: ConsoleModel, width: Int, window: Range<Int>) -> LiveTable {
        guard let traffic = model.targets[safe: model.defaultTargetIndex]?.traffic else { return LiveTable(columns: [], width: width) }
        var table = LiveTable(columns: [
            Column("kind", width: 6), Column("address", width: 24), Column("active", width: 8), Column("detail", width: 30),
        ], width: width, trend: false, window: window)
        for row in traffic.listeners {
            table.add([row.kind, row.address, row.active ? "active" : "inactive", row.detail], role: row.active ? .normal : .dim, history: nil)
        }
        if traffic.listeners.isEmpty {
            table.lines.append(StyledLine(traffic.listenersAt == nil ? " waiting for the listeners…" : " no listeners", .dim))
        }
        return table
    }

    static func certificates(_ model: ConsoleModel, _ live: LiveView, width: Int, now: Date, window: Range<Int>) -> LiveTable {
        guard let traffic = model.targets[safe: model.defaultTargetIndex]?.traffic else { return LiveTable(columns: [], width: width) }
        var table = LiveTable(columns: [
            Column("expires", width: 12), Column("fingerprint", width: 14), Column("names", width: 40),
        ], width: width, trend: false, window: window)
        var rows = traffic.certificates
        if live.sort == .name { rows.sort { ($0.names.first ?? "", $0.fingerprint) < ($1.names.first ?? "", $1.fingerprint) } }
        if live.reversed { rows.reverse() }
        for row in rows {
            let days = row.daysLeft(at: now)
            let expires = days.map { $0 < 0 ? "EXPIRED" : "in \($0) d" } ?? "unreadable"
            let role: Role = days.map { $0 < 14 ? .warning : .normal } ?? .dim
            table.add([expires, "…" + String(row.fingerprint.suffix(12)), row.names.joined(separator: ", ")], role: role, history: nil)
        }
        if traffic.certificates.isEmpty {
            table.lines.append(StyledLine(traffic.certificatesAt == nil ? " waiting for the certificates…" : " no certificates", .dim))
        }
        return table
    }

    private static func runStateWord(_ state: Command_RunState) -> String {
        switch state {
        case .running: "running"
        case .stopping: "stopping"
        case .stopped: "stopped"
        case .notAnswering: "silent"
        }
    }

    // MARK: - Cells

    private static func figureColumns(first: Column, extra: Column) -> [Column] {
        [
            first, Column("req/s", width: 8, right: true), Column("err %", width: 6, right: true),
            Column("p99 ms", width: 7, right: true), Column("conns", width: 5, right: true), extra,
            Column("in/s", width: 6, right: true), Column("out/s", width: 6, right: true),
            Column("p50", width: 5, right: true), Column("p99.9", width: 6, right: true),
        ]
    }

    /// In `figureColumns`' order, after the first.
    private static func figureCells(_ figures: TrafficFigures, extra: String) -> [String] {
        [
            LiveFormat.rate(figures.requestsPerSecond), LiveFormat.percent(figures.errorPercent),
            LiveFormat.milliseconds(figures.p99), LiveFormat.count(figures.connections), extra,
            LiveFormat.bytes(figures.bytesInPerSecond), LiveFormat.bytes(figures.bytesOutPerSecond),
            LiveFormat.milliseconds(figures.p50), LiveFormat.milliseconds(figures.p999),
        ]
    }

    private static func rowRole(_ figures: TrafficFigures, unavailable: Bool) -> Role {
        if unavailable || (figures.errorPercent ?? 0) >= 1 || (figures.p99 ?? 0) >= 500 { return .failure }
        return .normal
    }

    /// Positions of `rows` in the order the sort key says: indices are sorted, not rows (a
    /// thousand backends, each a few strings, would be copied twice).
    private static func sortedOrder<Row>(_ rows: [Row], by live: LiveView, figures: KeyPath<Row, TrafficFigures>) -> [Int] {
        func value(_ row: Row) -> Double {
            let figures = row[keyPath: figures]
            return switch live.sort {
            case .requests: figures.requestsPerSecond ?? -1
            case .errors: figures.errorPercent ?? -1
            case .bytes: (figures.bytesInPerSecond ?? 0) + (figures.bytesOutPerSecond ?? 0)
            case .connections: Double(figures.connections ?? 0)
            case .p50: Double(figures.p50 ?? 0)
            case .p99: Double(figures.p99 ?? 0)
            case .p999: Double(figures.p999 ?? 0)
            case .name, .expiry: 0
            }
        }
        // The rows come in name order (TrafficState keeps them so) and the sort is stable:
        // rows with the same figure stay in name order, without comparing names.
        var order = Array(rows.indices)
        if live.sort != .name {
            // Each row's key once, not at every comparison.
            let values = rows.map(value)
            order.sort { values[$0] > values[$1] }
        }
        return live.reversed ? order.reversed() : order
    }
}

/// Numbers as the live view writes them: short, and a dash for what is not known yet.
enum LiveFormat {
    // Decimals through `DecimalText`, which rounds as printf does: a frame formats every figure
    // of every row, and `String(format:)` was a third of composing a table.

    static func rate(_ value: Double?) -> String {
        guard let value else { return "—" }
        switch value {
        case ..<10: return DecimalText.fixed(value, decimals: 1)
        case ..<10_000: return DecimalText.fixed(value, decimals: 0)
        case ..<10_000_000: return DecimalText.fixed(value / 1_000, decimals: 1) + "k"
        default: return DecimalText.fixed(value / 1_000_000, decimals: 1) + "M"
        }
    }

    static func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return DecimalText.fixed(value, decimals: value < 10 ? 2 : 1)
    }

    static func milliseconds(_ value: UInt64?) -> String {
        value.map { "\($0)" } ?? "—"
    }

    static func count(_ value: UInt64?) -> String {
        value.map { "\($0)" } ?? "—"
    }

    static func bytes(_ value: Double?) -> String {
        guard let value else { return "—" }
        let units = ["B", "K", "M", "G", "T"]
        var scaled = value, unit = 0
        while scaled >= 1_000, unit < units.count - 1 {
            scaled /= 1_024
            unit += 1
        }
        return DecimalText.fixed(scaled, decimals: scaled < 10 && unit > 0 ? 1 : 0) + units[unit]
    }

    static func duration(_ seconds: UInt64?) -> String {
        guard let seconds else { return "—" }
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3_600 { return "\(seconds / 60)m\(seconds % 60)s" }
        if seconds < 86_400 { return "\(seconds / 3_600)h\(seconds % 3_600 / 60)m" }
        return "\(seconds / 86_400)d\(seconds % 86_400 / 3_600)h"
    }
}

/// `▁▂▅▇█`: the newest values that fit, scaled from zero to the window's highest.
enum Sparkline {
    /// U+2581…U+2588, lowest to full: their UTF-8 is E2 96 81…88.
    private static let levels = 8

    static func render(_ values: [Double], width: Int) -> String {
        guard width > 0 else { return "" }
        let shown = values.suffix(width)
        let highest = shown.lazy.filter(\.isFinite).max() ?? 0
        // Written as UTF-8 at once: a frame draws a sparkline on every row.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(shown.count * 3)
        for value in shown {
            let scaled = highest > 0 ? (value / highest * Double(levels - 1)).rounded() : 0
            let level = scaled.isFinite ? min(levels - 1, max(0, Int(scaled))) : 0
            bytes.append(0xE2)
            bytes.append(0x96)
            bytes.append(0x81 + UInt8(level))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
