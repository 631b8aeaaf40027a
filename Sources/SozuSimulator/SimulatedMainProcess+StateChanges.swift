import SozuChannel
import SozuCodec
import SozuProto

/// State changes: requests scattered to every worker once the main's state took them, and
/// the logging filters refused before that.
extension SimulatedMainProcess {
    /// The generic path of state-changing requests: the main applies the request to its own
    /// state, then every worker applies it. An audited change is audited once when the state
    /// refuses it, else when it is accepted and again once it completes (unless the requester
    /// has gone).
    func workerRequest(_ request: Command_Request, _ client: ClientConnection, audited: Bool = true) async {
        let audit = audited ? request.controlPlaneAudit : nil
        do {
            try state.dispatch(request)
        } catch {
            if let audit { await self.audit(audit.event, verb: audit.verb) }
            await send(.failure, "could not dispatch request on the main process state: \(error)", to: client)
            return
        }
        if let audit { await self.audit(audit.event, verb: audit.verb) }
        await send(.processing, "Processing worker request...", to: client)
        let answers = await scatter(request, timeout: options.workerTimeout, onProcessing: relayingProcessing(to: client))
        let replied = answers.compactMap { entry in entry.answer.map { (entry.workerID, $0) } }
        let failures = replied.filter { $0.1.statusValue != .known(.ok) }
        if let audit, client.isActive { await self.audit(audit.event, verb: audit.verb) }
        if case .configureMetrics(let configuration) = request.requestType {
            // After the completion's audit, so that a clear wipes that count too.
            switch configuration {
            case .enabled: recordsMetrics = true
            case .disabled: recordsMetrics = false
            case .clear: configCounters = [:]
            }
        }
        if failures.isEmpty {
            await send(.ok, "Successfully applied request to all workers", to: client)
        } else {
            let entries = replied.map { workerID, answer in
                answer.statusValue == .known(.ok) ? "\(workerID): OK" : "\(workerID): \(Self.sanitize(answer.message))"
            }
            await send(.failure, entries.joined(separator: ", "), to: client)
        }
    }

    /// A logging filter is audited once; one Sōzu cannot parse is refused before anything
    /// changes, the others go to every worker.
    func setLogging(_ filter: String, _ request: Command_Request, _ client: ClientConnection) async {
        await audit(.loggingLevelChanged, verb: "logging_level_changed")
        let errors = LoggingFilter.errors(in: filter)
        guard errors.isEmpty else {
            await send(.failure, "Error parsing logging filter:\n- " + errors.joined(separator: "; "), to: client)
            return
        }
        await workerRequest(request, client, audited: false)
    }

    /// Worker messages are quoted with their separators and control characters (Unicode's, C1
    /// included, as Rust's `char::is_control`) made harmless.
    static func sanitize(_ message: String) -> String {
        String(message.unicodeScalars.map { scalar -> Character in
            switch scalar.value {
            case 0..<0x20, 0x7f...0x9f, 0x2c, 0x3d, 0xfeff, 0x2028, 0x2029, 0x202a...0x202e, 0x2066...0x2069: "?"
            default: Character(scalar)
            }
        })
    }
}
