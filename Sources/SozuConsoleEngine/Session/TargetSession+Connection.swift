import Foundation
import SozuClient
import SozuProto
import SozuCodec
import Logging

extension TargetSession {
    // MARK: - Connection

    /// Probes the proxy every few seconds, or with backoff while it does not answer.
    func monitorConnection() async {
        while !Task.isCancelled {
            let answer = await background.send(Self.listWorkers, timeout: .seconds(3))
            guard let target = store.snapshot()[target: name] else { return }
            let decision = monitor.probed(answer?.state, target: target, at: Date())
            apply(decision.changes)
            for (text, level) in decision.notices { notice(text, level: level) }
            if decision.cameBack, forwardProblem != nil {
                forwardProblem = nil
                store.update { $0[target: name]?.lastError = nil }
            }
            if decision.cameBack {
                logger.debug("the proxy answers", metadata: ["target": "\(name)"])
                if configuration.subscribesToEvents { await subscribeIfNeeded() }
                await refreshLiveValues()
            }
            try? await Task.sleep(for: decision.nextProbe)
        }
    }

    /// What the SSH forward says: its errors become the target's, in words.
    func take(_ event: SSHForward.Event) {
        let name = name
        switch event {
        case .connecting(let attempt):
            if attempt == 1 { notice("starting ssh to \(address)") }
        case .up:
            logger.info("ssh forward up", metadata: ["target": "\(name)"])
        case .down(let reason, let retryIn):
            let text = "\(reason); ssh again in \(ConsoleRequest.format(retryIn))"
            if forwardProblem != reason { notice(text, level: .error) }
            forwardProblem = reason
            store.update { $0[target: name]?.lastError = text }
        case .channelFailed(let reason):
            if forwardProblem != reason { notice(reason, level: .error) }
            forwardProblem = reason
            store.update { $0[target: name]?.lastError = reason }
        }
    }

    /// Asks the proxy for its workers once, within the operator's timeout (`-t`; none when
    /// they asked for none).
    func probe() async -> ConsoleSession.ProbeResult {
        let answer = await background.send(Self.listWorkers, timeout: store.snapshot().defaultTimeout)
        switch answer?.state {
        case .ok(_, let content)?:
            var changes: [TargetChange] = []
            if case .workers(let infos)? = content?.contentType { changes.append(.workers(infos.vec)) }
            if case .connected? = store.snapshot()[target: name]?.connection {} else { changes.append(.connection(.connected(since: Date()))) }
            apply(changes)
            return .answered
        case .failure(let message)?:
            return .refused(message: message)
        case .timedOut(let after)?:
            return .timedOut(after: after)
        case .connectionLost(let loss, let sent)?:
            return .lost(loss, sent: sent)
        case .connecting?, .sent?, .processing?, .subscribed?, .unsubscribed?, nil:
            return .lost(.described("no answer"), sent: false)
        }
    }

    /// Sōzu's `status` (every worker asked), quietly; nil when it could not be sent.
    func status(timeout: Duration) async -> RequestState? {
        await query(.status(Command_Status()), timeout: timeout)
    }

    /// A request of the console's own (not a row of the panel); nil when it could not be sent.
    func query(_ type: Command_Request.OneOf_RequestType, timeout: Duration = .seconds(5)) async -> RequestState? {
        var request = Command_Request()
        request.requestType = type
        return await background.send(request, timeout: timeout)?.state
    }

    static var listWorkers: Command_Request {
        var request = Command_Request()
        request.listWorkers = Command_ListWorkers()
        return request
    }

    // MARK: - Events

    /// One event subscription at a time, known before its first event can be lost. Once
    /// asked for, the feed is kept: when its connection ends it is opened again.
    func subscribeIfNeeded() async {
        wantsEvents = true
        guard subscription == nil, !subscribing else { return }
        subscribing = true
        let id = await background.subscribeEvents()
        subscribing = false
        // It may have ended while this waited (the proxy went away): then there is none, and
        // another is tried after a while.
        if let tracked = await background.request(id), tracked.state.isFinal {
            resubscribe()
            return
        }
        subscription = id
        let name = name
        store.update { $0[target: name]?.eventFeedActive = true }
    }

    /// The console's own requests: only events and the end of the subscription matter here.
    func takeBackground(_ update: CommandClient.Update) {
        let name = name
        switch update.change {
        case .event(_, let origin, let event):
            resubscribeAttempt = 0
            store.update { model in
                guard var target = model[target: name] else { return }
                target.events.append(FeedEvent(receivedAt: Date(), origin: origin, event: event, backendClusters: target.live.backendClusters))
                model[target: name] = target
            }
        case .stateChanged(let id, _, let state) where id == subscription && state.isFinal:
            subscription = nil
            store.update { $0[target: name]?.eventFeedActive = false }
            if case .connectionLost = state {
                if resubscribeAttempt == 0 {
                    notice("event feed interrupted; it resumes when the proxy answers again", level: .warning)
                }
                resubscribe()
            }
        case .registered, .stateChanged, .progress:
            return
        }
    }

    /// The feed's own connection ended (a main process handed over after an upgrade, or went
    /// away): subscribe again, with a backoff while the proxy does not take it, whatever the
    /// connection monitor saw.
    func resubscribe() {
        guard wantsEvents, resubscription == nil else { return }
        let delay = min(configuration.reconnectBackoff.upperBound, configuration.reconnectBackoff.lowerBound * pow(2, Double(resubscribeAttempt)))
        resubscribeAttempt += 1
        resubscription = Task { [weak self] in
            try? await Task.sleep(for: .milliseconds(Int(delay * 1000)))
            guard !Task.isCancelled else { return }
            await self?.resubscribeNow()
        }
    }

    private func resubscribeNow() async {
        resubscription = nil
        await subscribeIfNeeded()
    }

    // MARK: - Completion data

    func refreshLiveValuesPeriodically() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: configuration.liveRefreshInterval)
            if case .connected? = store.snapshot()[target: name]?.connection { await refreshLiveValues() }
        }
    }

    /// Re-reads what completion offers: cluster and backend ids, listeners, certificates, hosts.
    func refreshLiveValues() async {
        let background = background
        func ask(_ type: Command_Request.OneOf_RequestType) async -> RequestState? {
            var request = Command_Request()
            request.requestType = type
            return await background.send(request, timeout: .seconds(5))?.state
        }
        var filters = Command_FrontendFilters()
        (filters.http, filters.https, filters.tcp) = (true, true, true)
        async let hashes = ask(.queryClustersHashes(Command_QueryClustersHashes()))
        async let listeners = ask(.listListeners(Command_ListListeners()))
        async let certificates = ask(.queryCertificatesFromTheState(Command_QueryCertificatesFilters()))
        async let frontends = ask(.listFrontends(filters))
        let answers = await (hashes, listeners, certificates, frontends)
        var live = store.snapshot()[target: name]?.live ?? LiveValues()
        if case .ok(_, let content)? = answers.0, case .workerResponses(let responses)? = content?.contentType {
            var ids = Set<String>()
            for value in responses.map.values {
                if case .clusterHashes(let hashes)? = value.contentType { ids.formUnion(hashes.map.keys) }
            }
            live.clusterIDs = ids.sorted()
        }
        if case .ok(_, let content)? = answers.1, case .listenersList(let list)? = content?.contentType {
            live.listenerAddresses = Set(list.httpListeners.keys).union(list.httpsListeners.keys).union(list.tcpListeners.keys).union(list.udpListeners.keys).sorted()
            live.httpListenerAddresses = list.httpListeners.keys.sorted()
            live.httpsListenerAddresses = list.httpsListeners.keys.sorted()
            live.tcpListenerAddresses = list.tcpListeners.keys.sorted()
            live.udpListenerAddresses = list.udpListeners.keys.sorted()
        }
        if case .ok(_, let content)? = answers.2, case .certificatesWithFingerprints(let certificates)? = content?.contentType {
            live.certificateFingerprints = certificates.certs.keys.sorted()
        }
        if case .ok(_, let content)? = answers.3, case .frontendList(let list)? = content?.contentType {
            live.hostnames = Set(list.httpFrontends.map(\.hostname) + list.httpsFrontends.map(\.hostname)).sorted()
        }
        // Backend ids need each cluster's details; a bounded number of clusters is asked.
        var backendClusters: [String: [String]] = [:]
        var backends: [LiveValues.Backend] = []
        for clusterID in live.clusterIDs.prefix(32) {
            guard case .ok(_, let content)? = await ask(.queryClusterByID(clusterID)), case .workerResponses(let responses)? = content?.contentType,
                  let main = responses.map["main"], case .clusters(let informations)? = main.contentType else { continue }
            for backend in informations.vec.flatMap(\.backends) {
                backends.append(LiveValues.Backend(clusterID: clusterID, backendID: backend.backendID, address: SocketAddressParser.format(backend.address)))
                if backendClusters[backend.backendID]?.contains(clusterID) != true { backendClusters[backend.backendID, default: []].append(clusterID) }
            }
        }
        live.backendIDs = backendClusters.keys.sorted()
        live.backendClusters = backendClusters
        live.backends = backends
        let name = name, refreshed = live
        store.update { model in
            guard var target = model[target: name] else { return }
            var values = refreshed
            values.workerIDs = target.workers.map { String($0.id) }
            values.runningWorkerIDs = target.workers.filter { $0.runState == .running }.map { String($0.id) }
            values.requestIDs = target.live.requestIDs
            target.live = values
            model[target: name] = target
        }
    }
}
