import Foundation
import SozuClient
import Logging

extension ConsoleSession {
    /// A target's session, its clients on the target's socket (an SSH target's forward).
    static func makeSession(
        for spec: TargetSpec, configuration: SessionConfiguration, store: ModelStore, ids: RequestIDAllocator, logger: Logger
    ) -> TargetSession {
        var own = configuration
        own.socketPath = configuration.socketPath(for: spec)
        own.configurationPath = spec.configurationPath ?? configuration.configurationPath
        var targetLogger = logger
        targetLogger[metadataKey: "target"] = "\(spec.name)"
        return TargetSession(name: spec.name, address: spec.address, configuration: own, store: store, ids: ids, logger: targetLogger)
    }

    /// What the model knows of a target before it is reached.
    static func state(for spec: TargetSpec, configuration: SessionConfiguration) -> TargetState {
        TargetState(
            name: spec.name, socketPath: configuration.socketPath(for: spec), address: spec.address.description,
            tags: spec.tags, eventCapacity: configuration.eventCapacity)
    }

    /// `target add NAME URL`: followed from now on, like the others.
    func addTarget(_ spec: TargetSpec) async -> Outcome {
        guard sessions[spec.name] == nil else { return .refused(FleetError.duplicateTarget(spec.name).description) }
        if case .ssh = spec.address {
            do {
                try PrivateFile.makeDirectory(configuration.sshForwardDirectory, tighten: true)
            } catch {
                return .refused("target \(spec.name): no place for its SSH forward: \(error)")
            }
        }
        let session = Self.makeSession(for: spec, configuration: configuration, store: store, ids: ids, logger: logger)
        sessions[spec.name] = session
        specs.append(spec)
        let state = Self.state(for: spec, configuration: configuration)
        store.update { $0.addTarget(state) }
        await session.start()
        await followTraffic()
        refreshTargetNames()
        return .text("target \(spec.name) added: \(spec.address)")
    }

    /// `target remove NAME`: its connections close; nothing is sent to it.
    func removeTarget(_ name: String) async -> Outcome {
        guard let session = sessions[name] else { return .refused(FleetError.unknownTarget(name, known: specs.map(\.name)).description) }
        guard session !== primary else { return .refused("\(name) is the console's first target: it stays") }
        sessions[name] = nil
        specs.removeAll { $0.name == name }
        store.update { $0.removeTarget(name) }
        await session.shutdown()
        refreshTargetNames()
        return .text("target \(name) removed")
    }

    /// Target names and tags for completion after `@`, `use` and `target remove`.
    func refreshTargetNames() {
        let names = specs.map(\.name)
        let tags = Set(specs.flatMap { spec in spec.tags.flatMap { [$0.value, "\($0.key)=\($0.value)"] } }).sorted()
        store.update { $0.setTargetChoices(names: names, tags: tags) }
    }

    /// Probes each target (all of them, or those of `selector`) until it answers or `within`
    /// passes (an SSH target's forward takes a moment to come up); what each said last.
    public func waitUntilReachable(_ selector: TargetSelector? = nil, within limit: Duration) async -> [(String, ProbeResult)] {
        let chosen = ((try? selector?.resolve(in: specs)) ?? specs).compactMap { sessions[$0.name] }
        let deadline = ContinuousClock.now + limit
        var results: [String: ProbeResult] = [:]
        await withTaskGroup(of: (String, ProbeResult).self) { group in
            for session in chosen {
                group.addTask {
                    while true {
                        let result = await session.probe()
                        if case .answered = result { return (session.name, result) }
                        if case .refused = result { return (session.name, result) }
                        guard ContinuousClock.now + .milliseconds(100) < deadline else { return (session.name, result) }
                        try? await Task.sleep(for: .milliseconds(100))
                    }
                }
            }
            for await (name, result) in group { results[name] = result }
        }
        return chosen.compactMap { session in results[session.name].map { (session.name, $0) } }
    }
}
