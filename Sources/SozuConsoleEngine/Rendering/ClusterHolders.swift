import SozuCodec
import SozuProto
import SwiftProtobuf

/// When processes answer a cluster query differently: the union of what they hold, and which
/// processes hold each frontend and backend (and each other configuration of a cluster).
struct ClusterHolders {
    /// Every process that answered, in order.
    let processes: [String]
    /// Per cluster id, per item (its bytes), the processes holding it.
    private var holders: [String: [[UInt8]: [String]]] = [:]
    /// Per cluster id, the configurations other than the shown one, with who holds them.
    private(set) var otherConfigurations: [String: [(processes: [String], configuration: Command_Cluster)]] = [:]

    private init(processes: [String]) {
        self.processes = processes
    }

    /// The clusters to show (the first process's, then what only others hold) and the holders.
    static func merge(_ answers: [(String, [Command_ClusterInformation])]) -> (clusters: [Command_ClusterInformation], holders: ClusterHolders) {
        var result = ClusterHolders(processes: answers.map(\.0))
        var clusters: [String: Command_ClusterInformation] = [:]
        var order: [String] = []
        for (process, informations) in answers {
            for information in informations {
                let id = information.configuration.clusterID
                if clusters[id] == nil {
                    clusters[id] = information
                    order.append(id)
                } else if var merged = clusters[id] {
                    merged.httpFrontends += missing(information.httpFrontends, from: merged.httpFrontends)
                    merged.httpsFrontends += missing(information.httpsFrontends, from: merged.httpsFrontends)
                    merged.tcpFrontends += missing(information.tcpFrontends, from: merged.tcpFrontends)
                    merged.udpFrontends += missing(information.udpFrontends, from: merged.udpFrontends)
                    merged.backends += missing(information.backends, from: merged.backends)
                    clusters[id] = merged
                    if encoded(information.configuration) != encoded(merged.configuration) {
                        result.noteConfiguration(information.configuration, of: id, heldBy: process)
                    }
                }
                let items: [any SwiftProtobuf.Message] = information.httpFrontends + information.httpsFrontends
                    + information.tcpFrontends + information.udpFrontends + information.backends
                for item in items { result.holders[id, default: [:]][encoded(item), default: []].append(process) }
            }
        }
        return (order.compactMap { clusters[$0] }, result)
    }

    /// `main, worker 1` when not every process holds `item`; empty when all do.
    func heldBy(_ item: any SwiftProtobuf.Message, in clusterID: String) -> String {
        let holding = holders[clusterID]?[Self.encoded(item)] ?? []
        guard holding.count < processes.count else { return "" }
        return ResultRenderer.processNames(holding)
    }

    private mutating func noteConfiguration(_ configuration: Command_Cluster, of clusterID: String, heldBy process: String) {
        let bytes = Self.encoded(configuration)
        if let index = otherConfigurations[clusterID]?.firstIndex(where: { Self.encoded($0.configuration) == bytes }) {
            otherConfigurations[clusterID]?[index].processes.append(process)
        } else {
            otherConfigurations[clusterID, default: []].append(([process], configuration))
        }
    }

    private static func missing<Item: SwiftProtobuf.Message>(_ items: [Item], from present: [Item]) -> [Item] {
        let known = Set(present.map(encoded))
        return items.filter { !known.contains(encoded($0)) }
    }

    private static func encoded(_ item: any SwiftProtobuf.Message) -> [UInt8] {
        (try? MessageCodec.encode(item)) ?? []
    }
}
