import Logging
import SozuChannel
import SozuProto

/// Events: subscribers, each with its own queue, and what is published to them.
extension SimulatedMainProcess {
    struct Subscriber {
        var connection: ClientConnection
        var queue: AsyncStream<Command_Response>.Continuation
    }

    /// `client` gets every event from now on, starting with EVENTS_SUBSCRIBED.
    func subscribe(_ client: ClientConnection) {
        let (queue, continuation) = AsyncStream<Command_Response>.makeStream(bufferingPolicy: .bufferingOldest(10_000))
        subscribers[ObjectIdentifier(client)] = Subscriber(connection: client, queue: continuation)
        Task {
            for await response in queue {
                try? await client.send(response)
            }
        }
        var event = Command_Event()
        event.kind = .eventsSubscribed
        if recordsMetrics { configCounters["config.events_subscribed", default: 0] += 1 }
        enqueue(event, origin: "main", for: ObjectIdentifier(client))
    }

    /// An audited command of the main process: its `config.<verb>` counter goes up (while the
    /// main process records metrics) and its event goes to the subscribers.
    func audit(_ event: Command_Event, verb: String) async {
        if recordsMetrics { configCounters["config.\(verb)", default: 0] += 1 }
        await publish(event, origin: "main")
    }

    /// An audited command whose event carries nothing but its kind.
    func audit(_ kind: Command_EventKind, verb: String) async {
        var event = Command_Event()
        event.kind = kind
        await audit(event, verb: verb)
    }

    func publish(_ event: Command_Event, origin: String) async {
        for key in Array(subscribers.keys) {
            enqueue(event, origin: origin, for: key)
        }
    }

    private func enqueue(_ event: Command_Event, origin: String, for key: ObjectIdentifier) {
        guard let subscriber = subscribers[key] else { return }
        var response = Command_Response()
        response.status = .processing
        response.message = origin
        response.content.event = event
        if case .dropped = subscriber.queue.yield(response) {
            logger.info("a subscriber fell 10,000 events behind and is dropped, as Sōzu drops it")
            dropSubscriber(key)
            Task { await subscriber.connection.close() }
        }
    }

    func dropSubscriber(_ key: ObjectIdentifier) {
        subscribers.removeValue(forKey: key)?.queue.finish()
    }

    func dropAllSubscribers() {
        for key in Array(subscribers.keys) { dropSubscriber(key) }
    }
}
