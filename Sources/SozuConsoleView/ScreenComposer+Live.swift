import Foundation
import SozuConsoleEngine

extension ScreenComposer {
    // MARK: - Live traffic view

    /// The live view in the output pane's place: a line of panes, then the pane.
    static func livePanel(_ model: ConsoleModel, _ live: LiveView, focused: Bool, rect: Rect, now: Date) -> [StyledLine] {
        guard rect.height > 0 else { return [] }
        var lines = [liveTabs(model, live, focused: focused, width: rect.width, now: now)]
        let bodyHeight = rect.height - 1
        if live.pane == .overview {
            lines += (model.isFleet ? fleetOverview(model, live, width: rect.width) : overview(model, width: rect.width, now: now)).prefix(bodyHeight)
        } else {
            // The header row of a table stays; its rows scroll. Only the rows that fit are
            // drawn: the table is asked for them, then for its size to keep the scroll in range.
            let visible = max(0, bodyHeight - 1)
            func table(_ window: Range<Int>) -> LiveTable {
                switch live.pane {
                case .overview, .clusters: LiveTable.clusters(model, live, width: rect.width, window: window)
                case .backends: LiveTable.backends(model, live, width: rect.width, window: window)
                case .workers: LiveTable.workers(model, live, width: rect.width, window: window)
                case .listeners: LiveTable.listeners(model, width: rect.width, window: window)
                case .certificates: LiveTable.certificates(model, live, width: rect.width, now: now, window: window)
                }
            }
            var drawn = table(live.scroll..<(live.scroll + visible))
            let lastStart = max(0, drawn.totalRows - visible)
            if live.scroll > lastStart { drawn = table(lastStart..<(lastStart + visible)) }
            lines += drawn.lines.prefix(bodyHeight)
        }
        while lines.count < rect.height { lines.append(StyledLine()) }
        return lines.map { $0.fitted(to: rect.width) }
    }

    /// ` LIVE  Overview Clusters … · web-1 · metrics 0.4 s ago · lease held`.
    static func liveTabs(_ model: ConsoleModel, _ live: LiveView, focused: Bool, width: Int, now: Date) -> StyledLine {
        var line = StyledLine(" LIVE ", focused ? .selected : .title)
        // Every pane named when there is room; otherwise the others by number only.
        let compact = width < 120
        for (index, pane) in LiveView.Pane.allCases.enumerated() {
            line.append(" ")
            let shown = pane == live.pane || !compact ? "\(index + 1) \(pane.title)" : "\(index + 1)"
            line.append(shown, pane == live.pane ? .header : .dim)
        }
        let target = model.targets[safe: model.defaultTargetIndex]
        let traffic = target?.traffic
        var state = ""
        if model.isFleet, live.pane != .overview { state += " · \(model.defaultTargetName)" }
        let problem = traffic.flatMap { $0.metricsProblem ?? $0.listenersProblem ?? $0.certificatesProblem }
        if let problem {
            line.append(state + " · ", .dim)
            line.append(DisplayWidth.printable(problem), .failure)
            return line
        }
        if let at = traffic?.metricsAt {
            state += " · \(DecimalText.fixed(max(0, now.timeIntervalSince(at)), decimals: 1)) s ago"
        } else {
            state += " · waiting for metrics"
        }
        switch traffic?.lease {
        case .held?: state += " · backend detail"
        case .refused(let reason)?:
            line.append(state + " · ", .dim)
            line.append("no backend detail: " + DisplayWidth.printable(reason), .warning)
            return line
        case .cleared?, .none?, nil: break
        }
        line.append(state, .dim)
        return line
    }

    // MARK: Overview

    /// One proxy: a figure a line, each with its sparkline.
    static func overview(_ model: ConsoleModel, width: Int, now: Date) -> [StyledLine] {
        guard let target = model.targets[safe: model.defaultTargetIndex], let traffic = target.traffic else {
            return [StyledLine("the live view follows no target", .dim)]
        }
        guard traffic.metricsAt != nil else { return [StyledLine("waiting for the first metrics…", .dim)] }
        let overview = traffic.overview
        let sparkWidth = max(0, min(60, width - 40))
        func row(_ label: String, _ value: String, _ role: Role, history key: String, note: String = "") -> StyledLine {
            var line = StyledLine(" " + DisplayWidth.fit(label, to: 18), .dim)
            line.append(DisplayWidth.fit(value, to: 10, alignment: .right) + "  ", role)
            if sparkWidth > 0, let history = traffic.overviewHistory[key] {
                line.append(Sparkline.render(history.ordered, width: sparkWidth), .ok)
            }
            if !note.isEmpty { line.append("  " + note, .dim) }
            return line
        }
        let errorRole: Role = (overview.errorPercent ?? 0) >= 1 ? .failure : .normal
        let latencyRole: Role = (overview.latencyP99 ?? 0) >= 500 ? .failure : .normal
        let saturationRole: Role = (overview.saturationPercent ?? 0) >= 80 ? .failure : .normal
        var lines = [
            row("requests/s", LiveFormat.rate(overview.requestsPerSecond), .normal, history: "requests"),
            row("5xx errors", LiveFormat.percent(overview.errorPercent), errorRole, history: "errorPercent",
                note: LiveFormat.rate(overview.errorsPerSecond) + "/s"),
            row("latency p99 ms", LiveFormat.milliseconds(overview.latencyP99), latencyRole, history: "p99", note: "warn at 500"),
            row("service p99 ms", LiveFormat.milliseconds(overview.serviceTimeP99), .normal, history: "service"),
            row("client conns", LiveFormat.count(overview.clientConnections), .normal, history: "connections",
                note: "\(LiveFormat.count(overview.activeRequests)) active requests"),
            row("saturation %", LiveFormat.count(overview.saturationPercent), saturationRole, history: "saturation", note: "slab; warn at 80"),
            row("bytes/s in/out", LiveFormat.bytes(overview.bytesInPerSecond) + "/" + LiveFormat.bytes(overview.bytesOutPerSecond), .normal,
                history: "bytes"),
        ]
        let down = traffic.backends.filter(\.isDown).count
        func counted(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var summary = " " + [counted(overview.workers, "worker"), counted(traffic.clusters.count, "cluster"), counted(traffic.backends.count, "backend")]
            .joined(separator: " · ")
        if down > 0 { summary += " (\(down) down)" }
        summary += " · " + counted(traffic.listeners.count, "listener") + " · " + counted(traffic.certificates.count, "certificate")
        lines.append(StyledLine(summary, .dim))
        if let soonest = traffic.certificates.compactMap({ $0.daysLeft(at: now) }).min(), soonest < 14 {
            lines.append(StyledLine(" a certificate expires in \(soonest) days", .warning))
        }
        return lines
    }

    /// Several proxies: a row per target and their total.
    static func fleetOverview(_ model: ConsoleModel, _ live: LiveView, width: Int) -> [StyledLine] {
        var rows: [(name: String, overview: OverviewTraffic?, history: History?)] = model.targets.map {
            ($0.name, $0.traffic?.metricsAt == nil ? nil : $0.traffic?.overview, $0.traffic?.overviewHistory["requests"])
        }
        rows.sort { left, right in
            let ordered: Bool = switch live.sort {
            case .requests: (left.overview?.requestsPerSecond ?? -1) > (right.overview?.requestsPerSecond ?? -1)
            case .errors: (left.overview?.errorPercent ?? -1) > (right.overview?.errorPercent ?? -1)
            case .connections: (left.overview?.clientConnections ?? 0) > (right.overview?.clientConnections ?? 0)
            case .p99: (left.overview?.latencyP99 ?? 0) > (right.overview?.latencyP99 ?? 0)
            default: left.name < right.name
            }
            return live.reversed ? !ordered : ordered
        }
        var total = OverviewTraffic()
        for row in rows { if let overview = row.overview { total.add(overview) } }
        let columns = [
            LiveTable.Column("target", width: 14), LiveTable.Column("req/s", width: 8, right: true),
            LiveTable.Column("err %", width: 6, right: true), LiveTable.Column("conns", width: 6, right: true),
            LiveTable.Column("p99 ms", width: 7, right: true), LiveTable.Column("sat %", width: 5, right: true),
            LiveTable.Column("workers", width: 7, right: true),
        ]
        func cells(_ overview: OverviewTraffic?) -> [String] {
            guard let overview else { return ["—", "—", "—", "—", "—", "—"] }
            return [
                LiveFormat.rate(overview.requestsPerSecond), LiveFormat.percent(overview.errorPercent),
                LiveFormat.count(overview.clientConnections), LiveFormat.milliseconds(overview.latencyP99),
                LiveFormat.count(overview.saturationPercent), "\(overview.workers)",
            ]
        }
        var table = LiveTable(columns: columns, width: width)
        for row in rows {
            table.add([row.name] + cells(row.overview), role: row.overview == nil ? .dim : .normal, history: row.history)
        }
        table.add(["total"] + cells(total), role: .header, history: nil)
        return table.lines
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
