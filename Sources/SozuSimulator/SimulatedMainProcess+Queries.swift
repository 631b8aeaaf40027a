import SozuCodec
import SozuProto

/// Queries: the main process answers from its own state and workers; status, clusters and
/// certificates also ask the workers.
extension SimulatedMainProcess {
    func listWorkers(_ client: ClientConnection) async {
        var content = Command_ResponseContent()
        content.workers.vec = workerInfos()
        await send(.ok, "Successfully listed workers", content: content, to: client)
    }

    func listListeners(_ client: ClientConnection) async {
        var content = Command_ResponseContent()
        content.listenersList = state.listenersList()
        await send(.ok, "Successfully listed listeners", content: content, to: client)
    }

    func listFrontends(_ filters: Command_FrontendFilters, _ client: ClientConnection) async {
        var content = Command_ResponseContent()
        content.frontendList = state.frontendList(filters)
        await send(.ok, "Successfully listed frontends", content: content, to: client)
    }

    func countRequests(_ client: ClientConnection) async {
        var content = Command_ResponseContent()
        content.requestCounts.map = state.requestCounts
        await send(.ok, "Successfully counted requests received by the state", content: content, to: client)
    }

    func queryHealthChecks(_ query: Command_QueryHealthChecks, _ client: ClientConnection) async {
        var content = Command_ResponseContent()
        content.healthChecksList.map = state.healthChecks(cluster: query.hasClusterID ? query.clusterID : nil)
        await send(.ok, "Successfully listed health check configurations", content: content, to: client)
    }

    func queryCertificatesFromTheState(_ filters: Command_QueryCertificatesFilters, _ client: ClientConnection) async {
        var content = Command_ResponseContent()
        content.certificatesWithFingerprints.certs = state.certificates(matching: filters)
        await send(.ok, "Successfully queried certificates from the state of main process", content: content, to: client)
    }

    func status(_ client: ClientConnection) async {
        await send(.processing, "Querying status of workers...", to: client)
        var infos = workerInfos().map { info -> Command_WorkerInfo in
            var info = info
            if info.runState == .running || info.runState == .notAnswering { info.runState = .notAnswering }
            return info
        }
        var request = Command_Request()
        request.status = Command_Status()
        for (workerID, answer) in await scatter(request, timeout: options.workerTimeout) {
            guard let index = infos.firstIndex(where: { $0.id == workerID }) else { continue }
            infos[index].runState = answer?.statusValue == .known(.ok) ? .running : .notAnswering
        }
        var content = Command_ResponseContent()
        content.workers.vec = infos
        await send(.ok, "Successfully collected the status of workers", content: content, to: client)
    }

    func queryClusters(_ request: Command_Request, _ client: ClientConnection) async {
        await send(.processing, "Querying cluster...", to: client)
        var map: [String: Command_ResponseContent] = [:]
        for (workerID, answer) in await scatter(request, timeout: options.workerTimeout) {
            if let answer, answer.statusValue == .known(.ok), answer.hasContent {
                map[String(workerID)] = answer.content
            }
        }
        if case .queryCertificatesFromWorkers = request.requestType {
            // Certificates are asked of the workers only: no "main" entry.
            var content = Command_ResponseContent()
            content.workerResponses.map = map
            await send(.ok, "Successfully queried clusters", content: content, to: client)
            return
        }
        var mine = Command_ResponseContent()
        switch request.requestType {
        case .queryClusterByID(let id):
            mine.clusters.vec = state.clusterInformation(id).map { [$0] } ?? []
        case .queryClustersByDomain(let query):
            mine.clusters.vec = state.clusters(forDomain: query.hostname, path: query.hasPath ? query.path : nil)
        default:
            mine.clusterHashes.map = state.clusterHashes()
        }
        map["main"] = mine
        var content = Command_ResponseContent()
        content.workerResponses.map = map
        await send(.ok, "Successfully queried clusters", content: content, to: client)
    }
}
