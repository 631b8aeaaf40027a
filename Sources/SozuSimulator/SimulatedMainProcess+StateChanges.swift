import SozuChannel
import SozuCodec
import SozuProto

/// State changes: requests scattered to every worker once the main's state took them, and
/// the logging filters refused before that.
extension SimulatedMainProcess {
    /// The generic path of state-changing requests: the main applies the request to its own
    /// state, then every worker applies it.
    func workerRequest(_ request: Command_Request, _ client: ClientConnection) async {
        // Published when the request arrives, even if the state then refuses it, and again once
        // it completes, unless the requester has gone.
        let event = request.controlPlaneEvent
        if let event { await publish(event, origin: "main") }
        defer {
            if let event, client.isActive {
                Task { await self.publish(event, origin: "main") }
            }
        }
        do {
            try state.dispatch(request)
        } catch {
            await send(.failure, "could not dispatch request on the main process state: \(error)", to: client)
            return
        }
        await send(.processing, "Processing worker request...", to: client)
        let answers = await scatter(request, timeout: options.workerTimeout, onProcessing: relayingProcessing(to: client))
        let replied = answers.compactMap { entry in entry.answer.map { (entry.workerID, $0) } }
        let failures = replied.filter { $0.1.statusValue != .known(.ok) }
        if failures.isEmpty {
            await send(.ok, "Successfully applied request to all workers", to: client)
        } else {
            let entries = replied.map { workerID, answer in
                answer.statusValue == .known(.ok) ? "\(workerID): OK" : "\(workerID): \(Self.sanitize(answer.message))"
            }
            await send(.failure, entries.joined(separator: ", "), to: client)
        }
    }

    /// A logging filter Sōzu cannot parse is refused before anything changes; the attempt is
    /// still announced once.
    func refuseLoggingFilter(_ filter: String, _ client: ClientConnection) async {
        var event = Command_Event()
        event.kind = .loggingLevelChanged
        await publish(event, origin: "main")
        await send(.failure, "Error parsing logging filter:\n- " + LoggingFilter.errors(in: filter).joined(separator: "; "), to: client)
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
