public import Foundation
import SozuClient
import SozuProto

/// `cluster h2 enable|disable`: Sōzu has no request for it, so the cluster is read, then sent
/// back whole with HTTP/2 to its backends switched on or off.
public struct ClusterHTTP2Flow: Sendable {
    public let clusterID: String
    public let enabled: Bool
    /// The command as typed, and its verb, for the step's row.
    public let commandText: String
    public let verb: String
    private(set) var isFinished = false
    /// Why it sent no change, once it is finished.
    public private(set) var failure: String?

    public init(clusterID: String, enabled: Bool, commandText: String, verb: String) {
        self.clusterID = clusterID
        self.enabled = enabled
        self.commandText = commandText
        self.verb = verb
    }

    /// The query's final state: the change to send, or why there is none.
    public mutating func next(_ input: FlowInput, at now: Date) -> [FlowStep] {
        guard !isFinished, case .answered(let state) = input else { return [] }
        isFinished = true
        guard case .ok(_, let content)? = state else {
            failure = "cluster h2: the query failed: " + (state.map { ConsoleSession.message(of: $0) } ?? "not sent")
            return [.finished]
        }
        guard var cluster = content.flatMap({ Self.clusterConfiguration(clusterID, in: $0) }) else {
            failure = "cluster h2: cluster \(clusterID) not found"
            return [.notice("cluster h2: cluster \(clusterID) not found", .error), .finished]
        }
        cluster.http2 = enabled
        var request = Command_Request()
        request.addCluster = cluster
        let step = PlannedRequest(verb: "cluster add", text: "\(commandText) (add_cluster with http2 \(enabled))", request: request, effect: .change)
        return [.send(step, awaited: false), .finished]
    }

    /// The cluster's configuration in a query answer: the main process's entry first.
    static func clusterConfiguration(_ clusterID: String, in content: Command_ResponseContent) -> Command_Cluster? {
        func find(_ content: Command_ResponseContent) -> Command_Cluster? {
            guard case .clusters(let informations)? = content.contentType else { return nil }
            return informations.vec.first { $0.configuration.clusterID == clusterID && $0.hasConfiguration }?.configuration
        }
        switch content.contentType {
        case .workerResponses(let responses):
            if let main = responses.map["main"], let cluster = find(main) { return cluster }
            for key in responses.map.keys.sorted() {
                if let value = responses.map[key], let cluster = find(value) { return cluster }
            }
            return nil
        default:
            return find(content)
        }
    }
}
