import Foundation
import SozuClient
import SozuProto

extension ConsoleSession {
    /// The most clusters whose details `fleet diff` reads, per run.
    static let driftDetailLimit = 50

    /// `fleet diff`: asks every target for its cluster hashes, listeners and certificates at
    /// once, then for the details of the clusters that differ.
    func fleetDiff(_ targets: [TargetSpec]) async -> Outcome {
        guard targets.count > 1 else { return .refused("fleet diff compares targets: the console has only \(targets.first?.name ?? "none")") }
        let chosen = targets.compactMap { sessions[$0.name] }
        var gathered: [String: Result<FleetSnapshot, FleetError>] = [:]
        await withTaskGroup(of: (String, Result<FleetSnapshot, FleetError>).self) { group in
            for session in chosen {
                group.addTask { (session.name, await Self.snapshot(of: session)) }
            }
            for await (name, result) in group { gathered[name] = result }
        }
        var snapshots: [FleetSnapshot] = []
        var unreachable: [String: String] = [:]
        for target in targets {
            switch gathered[target.name] {
            case .success(let snapshot)?: snapshots.append(snapshot)
            case .failure(let error)?: unreachable[target.name] = error.description
            case nil: unreachable[target.name] = "no longer a target"
            }
        }
        guard snapshots.count > 1 else {
            return .refused("fleet diff: fewer than two targets answered (" + unreachable.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ") + ")")
        }
        let differing = Set(snapshots.flatMap(\.hashes.keys)).sorted().filter { cluster in
            Set(snapshots.map { $0.hashes[cluster] }).count > 1
        }.prefix(Self.driftDetailLimit)
        await withTaskGroup(of: (Int, [String: Command_ClusterInformation]).self) { group in
            for (index, snapshot) in snapshots.enumerated() {
                guard let session = sessions[snapshot.target] else { continue }
                let clusters = differing.filter { snapshot.hashes[$0] != nil }
                group.addTask { (index, await Self.clusterDetails(clusters, of: session)) }
            }
            for await (index, details) in group { snapshots[index].clusters = details }
        }
        return .fleetDiff(FleetDiffReport(snapshots: snapshots, unreachable: unreachable))
    }

    private static func snapshot(of session: TargetSession) async -> Result<FleetSnapshot, FleetError> {
        async let hashes = session.query(.queryClustersHashes(Command_QueryClustersHashes()))
        async let listeners = session.query(.listListeners(Command_ListListeners()))
        async let certificates = session.query(.queryCertificatesFromTheState(Command_QueryCertificatesFilters()))
        let answers = await (hashes, listeners, certificates)
        guard case .ok(_, let content)? = answers.0 else {
            return .failure(.unanswered(answers.0.map { ConsoleSession.message(of: $0) } ?? "not sent"))
        }
        guard case .workerResponses(let responses)? = content?.contentType,
              let main = responses.map["main"] ?? responses.map.sorted(by: { $0.key < $1.key }).first?.value,
              case .clusterHashes(let hashes)? = main.contentType
        else {
            return .failure(.unanswered("its answer to QueryClustersHashes held no hashes"))
        }
        var snapshot = FleetSnapshot(target: session.name, hashes: hashes.map)
        if case .ok(_, let content)? = answers.1, case .listenersList(let list)? = content?.contentType { snapshot.listeners = list }
        if case .ok(_, let content)? = answers.2, case .certificatesWithFingerprints(let list)? = content?.contentType { snapshot.certificates = list.certs }
        return .success(snapshot)
    }

    /// Each cluster as the target's main process has it.
    private static func clusterDetails(_ clusters: [String], of session: TargetSession) async -> [String: Command_ClusterInformation] {
        var details: [String: Command_ClusterInformation] = [:]
        for cluster in clusters {
            guard case .ok(_, let content)? = await session.query(.queryClusterByID(cluster)),
                  case .workerResponses(let responses)? = content?.contentType,
                  let main = responses.map["main"] ?? responses.map.sorted(by: { $0.key < $1.key }).first?.value,
                  case .clusters(let informations)? = main.contentType,
                  let information = informations.vec.first(where: { $0.configuration.clusterID == cluster }) ?? informations.vec.first
            else { continue }
            details[cluster] = information
        }
        return details
    }
}
