import Foundation
public import SozuProto
import SozuCodec
import SwiftProtobuf

/// What one target holds, as far as `fleet diff` compares it.
public struct FleetSnapshot: Sendable {
    public let target: String
    /// Cluster id → hash (`QueryClustersHashes`, the main process's entry).
    public var hashes: [String: UInt64]
    /// The clusters whose hashes differ somewhere, as this target has them.
    public var clusters: [String: Command_ClusterInformation] = [:]
    public var listeners: Command_ListenersList?
    /// Fingerprint → certificate, from the target's state.
    public var certificates: [String: Command_CertificateAndKey]?

    public init(target: String, hashes: [String: UInt64]) {
        self.target = target
        self.hashes = hashes
    }
}

/// `fleet diff`: cluster hashes first, then, for clusters that differ, their settings,
/// frontends and backends side by side; listeners and certificates too. Every difference is
/// said in words ("api: backend api-3 only on web-2"). Pure: the session gathers the snapshots.
public struct FleetDiffReport: Equatable, Sendable {
    public struct ClusterDrift: Equatable, Sendable {
        public let cluster: String
        /// Each target's hash, nil where it has no such cluster (in target order).
        public let hashes: [String: UInt64?]
        public var differences: [String]
    }

    /// The targets compared, in fleet order.
    public let targets: [String]
    /// Targets that could not be asked, with why.
    public let unreachable: [String: String]
    public let sameClusters: [String]
    public let clusters: [ClusterDrift]
    public let listeners: [String]
    public let certificates: [String]

    public var hasDrift: Bool { !clusters.isEmpty || !listeners.isEmpty || !certificates.isEmpty }

    public init(snapshots: [FleetSnapshot], unreachable: [String: String] = [:]) {
        targets = snapshots.map(\.target)
        self.unreachable = unreachable
        let clusterIDs = Set(snapshots.flatMap(\.hashes.keys)).sorted()
        var same: [String] = []
        var drifts: [ClusterDrift] = []
        for cluster in clusterIDs {
            let hashes = snapshots.map { ($0.target, $0.hashes[cluster]) }
            if Set(hashes.map(\.1)).count == 1 {
                same.append(cluster)
                continue
            }
            let differences = FleetDiff.clusterDifferences(cluster, snapshots.map { ($0.target, $0.hashes[cluster] == nil ? nil : $0.clusters[cluster]) })
            drifts.append(ClusterDrift(cluster: cluster, hashes: Dictionary(uniqueKeysWithValues: hashes), differences: differences))
        }
        sameClusters = same
        clusters = drifts
        listeners = FleetDiff.listenerDifferences(snapshots.compactMap { snapshot in snapshot.listeners.map { (snapshot.target, $0) } })
        certificates = FleetDiff.certificateDifferences(snapshots.compactMap { snapshot in snapshot.certificates.map { (snapshot.target, $0) } })
    }
}

enum FleetDiff {
    typealias Holding<Value> = [(target: String, value: Value)]

    /// `api: only on web-1, web-2`, then what differs between the targets that hold it.
    static func clusterDifferences(_ cluster: String, _ held: [(String, Command_ClusterInformation?)]) -> [String] {
        let targets = held.map(\.0)
        let holders = held.filter { $0.1 != nil }.map(\.0)
        var lines: [String] = []
        if holders.count < targets.count { lines.append("\(cluster): \(presence(holders, of: targets))") }
        let known = held.compactMap { entry in entry.1.map { (target: entry.0, value: $0) } }
        if known.count < holders.count {
            lines.append("\(cluster): its details could not be read on \(Set(holders).subtracting(known.map(\.target)).sorted().joined(separator: ", "))")
        }
        guard known.count > 1 else {
            if lines.isEmpty { lines.append("\(cluster): its hash differs between the targets") }
            return lines
        }
        let settings = known.map { (target: $0.target, value: ResultRenderer.clusterSettings($0.value.configuration)) }
        lines += labelledDifferences(settings, prefix: "\(cluster): ")
        lines += itemDifferences(known.map { ($0.target, frontends(of: $0.value)) }, noun: "frontend", prefix: "\(cluster): ")
        lines += itemDifferences(known.map { ($0.target, backends(of: $0.value)) }, noun: "backend", prefix: "\(cluster): ")
        if lines.isEmpty {
            // Something the words above leave out (a custom answer's text, a field this console
            // does not name): said by the protobuf field that differs.
            lines += fieldDifferences(known.map { ($0.target, $0.value.configuration) }, prefix: "\(cluster): ")
        }
        if lines.isEmpty { lines.append("\(cluster): its hash differs, though its configuration, frontends and backends read the same") }
        return lines
    }

    /// Frontends by what they match, each with where it goes.
    static func frontends(of cluster: Command_ClusterInformation) -> [String: String] {
        var items: [String: String] = [:]
        for (kind, list) in [("http", cluster.httpFrontends), ("https", cluster.httpsFrontends)] {
            for frontend in list {
                var key = "\(kind) \(SocketAddressParser.format(frontend.address)) \(frontend.hostname)\(ResponseWords.pathRule(frontend.path))"
                if frontend.hasMethod { key += " \(frontend.method)" }
                items[key] = ResultRenderer.route(frontend) + tagsText(frontend.tags)
            }
        }
        for frontend in cluster.tcpFrontends { items["tcp \(SocketAddressParser.format(frontend.address))"] = tagsText(frontend.tags) }
        for frontend in cluster.udpFrontends { items["udp \(SocketAddressParser.format(frontend.address))"] = tagsText(frontend.tags) }
        return items
    }

    /// Backends by id and address, each with its settings.
    static func backends(of cluster: Command_ClusterInformation) -> [String: String] {
        var items: [String: String] = [:]
        for backend in cluster.backends {
            var settings: [String] = []
            if backend.hasStickyID { settings.append("sticky id \(backend.stickyID)") }
            if backend.hasBackup, backend.backup { settings.append("backup") }
            if backend.hasLoadBalancingParameters { settings.append("weight \(backend.loadBalancingParameters.weight)") }
            items["\(backend.backendID) (\(SocketAddressParser.format(backend.address)))"] = settings.joined(separator: ", ")
        }
        return items
    }

    static func tagsText(_ tags: [String: String]) -> String {
        tags.isEmpty ? "" : " [" + tags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") + "]"
    }

    /// For keyed items (frontends, backends, listeners, certificates): those not on every
    /// target, then those whose value differs.
    static func itemDifferences(_ held: [(String, [String: String])], noun: String, prefix: String) -> [String] {
        let targets = held.map(\.0)
        var lines: [String] = []
        for key in Set(held.flatMap(\.1.keys)).sorted() {
            let holders = held.filter { $0.1[key] != nil }.map(\.0)
            if holders.count < targets.count {
                lines.append("\(prefix)\(noun) \(key) \(presence(holders, of: targets))")
                continue
            }
            let values = held.map { (target: $0.0, value: $0.1[key] ?? "") }
            if Set(values.map(\.value)).count > 1 {
                lines.append("\(prefix)\(noun) \(key) differs: \(spread(values.map { ($0.target, $0.value.isEmpty ? "(no options)" : $0.value.trimmingLeadingSpace) }))")
            }
        }
        return lines
    }

    /// `label: value` items (cluster settings) whose value differs between targets.
    static func labelledDifferences(_ held: Holding<[String]>, prefix: String) -> [String] {
        func split(_ items: [String]) -> [String: String] {
            var values: [String: String] = [:]
            for item in items {
                guard let colon = item.range(of: ": ") else { continue }
                values[String(item[..<colon.lowerBound])] = String(item[colon.upperBound...])
            }
            return values
        }
        let parsed = held.map { (target: $0.target, value: split($0.value)) }
        // Labels in the order the settings are written, as the first target that has each.
        var labels: [String] = []
        for entry in held {
            for item in entry.value {
                guard let colon = item.range(of: ": ") else { continue }
                let label = String(item[..<colon.lowerBound])
                if !labels.contains(label) { labels.append(label) }
            }
        }
        var lines: [String] = []
        for label in labels {
            let values = parsed.map { ($0.target, $0.value[label] ?? "not set") }
            if Set(values.map(\.1)).count > 1 { lines.append("\(prefix)\(label): \(spread(values))") }
        }
        return lines
    }

    /// Top-level protobuf fields whose text differs between targets.
    static func fieldDifferences<Message: SwiftProtobuf.Message>(_ held: [(String, Message)], prefix: String) -> [String] {
        let fields = held.map { ($0.0, topLevelFields(of: $0.1)) }
        var names: [String] = []
        for (_, values) in fields { for name in values.keys.sorted() where !names.contains(name) { names.append(name) } }
        var lines: [String] = []
        for name in names {
            let values = fields.map { ($0.0, $0.1[name] ?? "not set") }
            if Set(values.map(\.1)).count > 1 { lines.append("\(prefix)\(name): \(spread(values))") }
        }
        return lines
    }

    /// `name → value` for each top-level field of the message's text form (a nested message
    /// or a repeated field as one value).
    static func topLevelFields<Message: SwiftProtobuf.Message>(of message: Message) -> [String: String] {
        var fields: [String: String] = [:]
        var current: (name: String, lines: [String])?
        var depth = 0
        for line in message.textFormatString().split(separator: "\n").map(String.init) {
            if depth == 0 {
                let trimmed = line.trimmingLeadingSpace
                if trimmed.hasSuffix("{") {
                    current = (String(trimmed.dropLast()).trimmingTrailingSpace, [])
                    depth = 1
                } else if let colon = trimmed.range(of: ": ") {
                    let name = String(trimmed[..<colon.lowerBound])
                    let value = String(trimmed[colon.upperBound...])
                    fields[name] = fields[name].map { $0 + ", " + value } ?? value
                }
                continue
            }
            let trimmed = line.trimmingLeadingSpace
            if trimmed.hasSuffix("{") { depth += 1 }
            if trimmed == "}" { depth -= 1 }
            if depth == 0, let finished = current {
                let value = "{" + finished.lines.joined(separator: " ") + "}"
                fields[finished.name] = fields[finished.name].map { $0 + ", " + value } ?? value
                current = nil
            } else {
                current?.lines.append(trimmed)
            }
        }
        return fields
    }

    /// Listeners by kind and address; a listener on every target whose settings differ is
    /// said by the fields that differ.
    static func listenerDifferences(_ held: Holding<Command_ListenersList>) -> [String] {
        guard held.count > 1 else { return [] }
        var keyed: [(String, [String: String])] = []
        var fieldsByKey: [String: [(String, [String: String])]] = [:]
        for (target, list) in held {
            var items: [String: String] = [:]
            func add<Config: SwiftProtobuf.Message>(_ kind: String, _ configs: [String: Config]) {
                for (address, config) in configs {
                    let key = "\(kind) \(address)"
                    items[key] = config.textFormatString()
                    fieldsByKey[key, default: []].append((target, topLevelFields(of: config)))
                }
            }
            add("http", list.httpListeners)
            add("https", list.httpsListeners)
            add("tcp", list.tcpListeners)
            add("udp", list.udpListeners)
            keyed.append((target, items))
        }
        let targets = keyed.map(\.0)
        var lines: [String] = []
        for key in Set(keyed.flatMap(\.1.keys)).sorted() {
            let holders = keyed.filter { $0.1[key] != nil }.map(\.0)
            if holders.count < targets.count {
                lines.append("listener \(key) \(presence(holders, of: targets))")
            } else if Set(keyed.map { $0.1[key] ?? "" }).count > 1, let fields = fieldsByKey[key] {
                var names: [String] = []
                for (_, values) in fields { for name in values.keys.sorted() where !names.contains(name) { names.append(name) } }
                for name in names {
                    let values = fields.map { ($0.0, $0.1[name] ?? "not set") }
                    if Set(values.map(\.1)).count > 1 { lines.append("listener \(key): \(name): \(spread(values))") }
                }
            }
        }
        return lines
    }

    /// Certificates by fingerprint, named by their domains.
    static func certificateDifferences(_ held: Holding<[String: Command_CertificateAndKey]>) -> [String] {
        guard held.count > 1 else { return [] }
        let items = held.map { entry in
            (entry.target, Dictionary(uniqueKeysWithValues: entry.value.map { fingerprint, certificate in
                ("\(fingerprint.prefix(16))…" + (certificate.names.isEmpty ? "" : " (\(certificate.names.sorted().joined(separator: ", ")))"), "")
            }))
        }
        return itemDifferences(items, noun: "certificate", prefix: "")
    }

    /// `only on web-1, web-2` or `missing on web-3`, whichever is shorter to read.
    static func presence(_ holders: [String], of targets: [String]) -> String {
        let missing = targets.filter { !holders.contains($0) }
        if holders.isEmpty { return "on no target" }
        return holders.count <= missing.count ? "only on \(holders.joined(separator: ", "))" : "missing on \(missing.joined(separator: ", "))"
    }

    /// `yes on web-1, web-2; no on web-3`: each value with the targets that have it.
    static func spread(_ values: [(String, String)]) -> String {
        var groups: [(value: String, targets: [String])] = []
        for (target, value) in values {
            if let index = groups.firstIndex(where: { $0.value == value }) { groups[index].targets.append(target) } else { groups.append((value, [target])) }
        }
        return groups.map { "\($0.value) on \($0.targets.joined(separator: ", "))" }.joined(separator: "; ")
    }
}

extension String {
    var trimmingLeadingSpace: String { String(drop { $0 == " " }) }
    var trimmingTrailingSpace: String { String(reversed().drop { $0 == " " }.reversed()) }
}
