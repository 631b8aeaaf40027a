import SozuConsoleEngine

/// What the live traffic view shows: a pane, each pane's sort and direction, and how far its
/// table is scrolled. Changed by keys (F5 pane, F6 sort, F7 reverse; ←/→, 1–6, s, S once it
/// has the focus); read by the composer.
public struct LiveView: Equatable, Sendable {
    public enum Pane: String, CaseIterable, Sendable {
        case overview, clusters, backends, workers, listeners, certificates

        public var title: String {
            switch self {
            case .overview: "Overview"
            case .clusters: "Clusters"
            case .backends: "Backends"
            case .workers: "Workers"
            case .listeners: "Listeners"
            case .certificates: "Certificates"
            }
        }

        /// What the pane's rows can be sorted by, the default first.
        public var sortKeys: [SortKey] {
            switch self {
            case .overview: [.name, .requests, .errors, .connections, .p99]
            case .clusters, .backends: [.requests, .errors, .bytes, .connections, .p50, .p99, .p999, .name]
            case .workers: [.name, .requests, .connections]
            case .listeners: [.name]
            case .certificates: [.expiry, .name]
            }
        }
    }

    public enum SortKey: String, Sendable {
        case name, requests, errors, bytes, connections, p50, p99, p999, expiry

        /// As the status line names it.
        public var word: String {
            switch self {
            case .name: "name"
            case .requests: "req/s"
            case .errors: "err %"
            case .bytes: "bytes/s"
            case .connections: "connections"
            case .p50: "p50"
            case .p99: "p99"
            case .p999: "p99.9"
            case .expiry: "expiry"
            }
        }

        /// The history a row's sparkline shows for this key.
        var figure: TrafficState.Figure {
            switch self {
            case .name, .requests, .expiry: .requests
            case .errors: .errorPercent
            case .bytes: .bytes
            case .connections: .connections
            case .p50: .p50
            case .p99: .p99
            case .p999: .p999
            }
        }
    }

    public var pane: Pane
    private var sorts: [Pane: SortKey] = [:]
    public var reversed = false
    /// Table rows scrolled past.
    public var scroll = 0

    public init(pane: Pane = .overview) {
        self.pane = pane
    }

    public var sort: SortKey { sorts[pane] ?? pane.sortKeys[0] }

    public mutating func show(_ pane: Pane) {
        guard pane != self.pane else { return }
        self.pane = pane
        scroll = 0
    }

    public mutating func movePane(by step: Int) {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: pane) ?? 0
        show(panes[(index + step + panes.count) % panes.count])
    }

    public mutating func nextSort() {
        let keys = pane.sortKeys
        let index = keys.firstIndex(of: sort) ?? 0
        sorts[pane] = keys[(index + 1) % keys.count]
        scroll = 0
    }

    public mutating func scrollUp(by rows: Int) {
        scroll = max(0, scroll - rows)
    }

    public mutating func reverse() {
        reversed.toggle()
        scroll = 0
    }
}
