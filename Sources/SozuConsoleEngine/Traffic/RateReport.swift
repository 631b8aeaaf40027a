public import Foundation
import SozuCodec

/// What `metrics get --rate` found: the proxy's, each cluster's and each backend's rates over
/// the interval between two reads, as a table for people and an object for scripts.
public struct RateReport: Sendable {
    public let target: String
    /// The time between the two answers, as measured.
    public let interval: TimeInterval
    public let traffic: TrafficState

    public init(target: String, interval: TimeInterval, traffic: TrafficState) {
        self.target = target
        self.interval = interval
        self.traffic = traffic
    }

    public func text(width: Int = 100) -> String {
        let overview = traffic.overview
        var lines = [
            "rates over \(String(format: "%.2f", interval)) s: \(Self.number(overview.requestsPerSecond)) requests/s, "
                + "\(Self.number(overview.errorsPerSecond)) 5xx/s (\(Self.number(overview.errorPercent)) %), "
                + "bytes from clients \(Self.number(overview.bytesInPerSecond))/s, to clients \(Self.number(overview.bytesOutPerSecond))/s",
        ]
        func table(_ title: String, _ rows: [(String, TrafficFigures)]) {
            guard !rows.isEmpty else { return }
            var table = TextTable(columns: [
                .text(title, shrinksFirst: true), .number("REQ/S"), .number("5XX/S"), .number("5XX %"), .number("IN B/S"), .number("OUT B/S"),
                .number("P50 MS"), .number("P99 MS"),
            ])
            for (name, figures) in rows {
                table.append([
                    name, Self.number(figures.requestsPerSecond), Self.number(figures.errorsPerSecond), Self.number(figures.errorPercent),
                    Self.number(figures.bytesInPerSecond), Self.number(figures.bytesOutPerSecond),
                    figures.p50.map(String.init) ?? "-", figures.p99.map(String.init) ?? "-",
                ])
            }
            lines.append("")
            lines += table.render(width: width)
        }
        table("CLUSTER", traffic.clusters.map { ($0.id, $0.figures) })
        table("BACKEND", traffic.backends.map { ($0.id, $0.figures) })
        if traffic.backends.isEmpty, !traffic.clusters.isEmpty {
            lines.append("(backends have rows of their own only at backend metric detail: metrics detail backend, or the live view)")
        }
        return lines.joined(separator: "\n")
    }

    /// `{"target":…,"interval_seconds":…,"requests_per_second":…,"clusters":{…},"backends":{…}}`;
    /// a figure not known is null.
    public func json() -> String {
        let overview = traffic.overview
        var fields = [
            "\"target\":\(SozuJSON.quoted(target))",
            "\"interval_seconds\":\(Self.json(interval))",
            "\"requests_per_second\":\(Self.json(overview.requestsPerSecond))",
            "\"errors_per_second\":\(Self.json(overview.errorsPerSecond))",
            "\"bytes_in_per_second\":\(Self.json(overview.bytesInPerSecond))",
            "\"bytes_out_per_second\":\(Self.json(overview.bytesOutPerSecond))",
            "\"client_connections\":\(overview.clientConnections.map(String.init) ?? "null")",
        ]
        func object(_ rows: [(String, TrafficFigures)]) -> String {
            "{" + rows.map { name, figures in
                SozuJSON.quoted(name) + ":{" + [
                    "\"requests_per_second\":\(Self.json(figures.requestsPerSecond))",
                    "\"errors_per_second\":\(Self.json(figures.errorsPerSecond))",
                    "\"error_percent\":\(Self.json(figures.errorPercent))",
                    "\"bytes_in_per_second\":\(Self.json(figures.bytesInPerSecond))",
                    "\"bytes_out_per_second\":\(Self.json(figures.bytesOutPerSecond))",
                    "\"p50_ms\":\(figures.p50.map(String.init) ?? "null")",
                    "\"p99_ms\":\(figures.p99.map(String.init) ?? "null")",
                ].joined(separator: ",") + "}"
            }.joined(separator: ",") + "}"
        }
        fields.append("\"clusters\":" + object(traffic.clusters.map { ($0.id, $0.figures) }))
        fields.append("\"backends\":" + object(traffic.backends.map { ($0.id, $0.figures) }))
        return "{" + fields.joined(separator: ",") + "}"
    }

    private static func number(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value >= 100 ? String(format: "%.0f", value) : String(format: "%.2f", value)
    }

    private static func json(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return String(format: "%.3f", value)
    }
}
