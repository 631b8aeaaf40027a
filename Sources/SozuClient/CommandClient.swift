import Foundation
public import SozuProto
import SozuChannel
public import SozuCodec
public import Logging

/// Sends requests to Sōzu's main process and tracks each to its end.
///
/// Every request gets its own connection: Sōzu answers without an id and runs only the last of
/// several requests that arrive together, so one connection per request is the only way to run
/// requests concurrently and tell their answers apart. The connection closes once the final
/// answer arrives, the timeout passes, or the request is cancelled.
public actor CommandClient {
    /// A change and the request as it stands after it: readers keep no copy of their own.
    public struct Update: Sendable {
        public let change: RequestTracker.Change
        public let request: TrackedRequest
    }

    public nonisolated let socketPath: String
    public nonisolated let maximumFrameSize: Int
    /// Every change to every request, in order, with the request after it; none dropped: its
    /// reader must keep up. Only for a client made with `publishesUpdates`: otherwise it ends at
    /// once, so that a client whose updates nobody reads (one that only awaits `send`) keeps none.
    public nonisolated let updates: AsyncStream<Update>
    /// The changes alone, for readers that only look now and then: the newest 1,000 are kept
    /// when nobody reads.
    public nonisolated let changes: AsyncStream<RequestTracker.Change>

    private let updatesContinuation: AsyncStream<Update>.Continuation
    private let publishesUpdates: Bool
    private let changesContinuation: AsyncStream<RequestTracker.Change>.Continuation
    private let logger: Logger
    private var tracker = RequestTracker()
    private typealias Connection = DirectConnection<Command_Response, Command_Request>
    private var connections: [RequestID: Connection] = [:]
    /// What every connection's thread reads, in one stream for one follower task: a task per
    /// request would cost a task's start and a wake-up more on each round trip.
    private let deliveries: AsyncStream<(RequestID, Connection.Delivery)>
    private let deliveriesContinuation: AsyncStream<(RequestID, Connection.Delivery)>.Continuation
    private var follower: Task<Void, Never>?
    /// Requests not yet connected: revoked when one ends first (timed out, cancelled), so that
    /// it is not sent after all.
    private var sendPermissions: [RequestID: SendPermission] = [:]
    private var waiters: [RequestID: [CheckedContinuation<TrackedRequest, Never>]] = [:]
    /// One timer for the earliest deadline, not one per request: a console may have thousands
    /// of requests in flight, and a cancelled sleep keeps its memory until its time comes.
    private var deadlineTimer: Task<Void, Never>?
    private var deadlineTimerFiresAt: ContinuousClock.Instant?
    /// When each request with a timeout times out, on the monotonic clock: a wall-clock step
    /// (NTP) must neither time requests out early nor keep them an hour late.
    private var deadlines: [RequestID: ContinuousClock.Instant] = [:]
    private var isShutDown = false
    /// How many finished requests the tracker keeps; older ones are forgotten.
    public nonisolated let retainedFinishedRequests: Int
    /// Told of every change as it happens, before it is published (a journal): in the order
    /// the client saw things happen, however far behind the readers of `updates` are.
    private let recorder: (@Sendable (RequestTracker.Change) -> Void)?
    /// Where ids come from when several clients share one sequence; nil: the client's own.
    private let ids: RequestIDAllocator?

    public init(
        socketPath: String,
        maximumFrameSize: Int = Frame.defaultMaximumSize,
        retainedFinishedRequests: Int = 10_000,
        logger: Logger = Logger(label: "sozu-console.client"),
        ids: RequestIDAllocator? = nil,
        publishesUpdates: Bool = false,
        recorder: (@Sendable (RequestTracker.Change) -> Void)? = nil
    ) {
        self.ids = ids
        self.publishesUpdates = publishesUpdates
        self.socketPath = socketPath
        self.maximumFrameSize = maximumFrameSize
        self.retainedFinishedRequests = retainedFinishedRequests
        self.logger = logger
        self.recorder = recorder
        (updates, updatesContinuation) = AsyncStream.makeStream(bufferingPolicy: .unbounded)
        if !publishesUpdates { updatesContinuation.finish() }
        (changes, changesContinuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1_000))
        (deliveries, deliveriesContinuation) = AsyncStream.makeStream(bufferingPolicy: .unbounded)
    }

    deinit {
        deliveriesContinuation.finish()
    }

    /// A copy of the tracker: every request and its state.
    public var snapshot: RequestTracker { tracker }

    public func request(_ id: RequestID) -> TrackedRequest? { tracker[id] }

    /// Sends `request` on a new connection and returns its id at once; the answer is tracked.
    /// `timeout` nil waits for the final answer however long it takes. `registered` is called
    /// with the request, as registered, before anything is sent: whatever it records (the
    /// journal's request line, the console's row) comes before every answer.
    @discardableResult
    public func submit(_ request: Command_Request, timeout: Duration?, registered: (@Sendable (TrackedRequest) -> Void)? = nil) -> RequestID {
        let (id, changes) = tracker.register(request, timeout: timeout, at: Date(), id: ids?.next())
        if let registered, let tracked = tracker[id] { registered(tracked) }
        publish(changes)
        // After shutdown nothing is sent: the request ends at once, unsent.
        guard !isShutDown else {
            publish(tracker.connectionEnded(id, reason: .clientShutDown, at: Date()))
            return id
        }
        // Connected and written here (see `DirectConnection.start`): the request is on its way
        // before this returns, and is recorded as sent without waiting for the follower.
        let permission = SendPermission()
        sendPermissions[id] = permission
        let deliveries = deliveriesContinuation
        let (connection, isSent) = Connection.start(
            to: socketPath, sending: request, permission: permission, maximumFrameSize: maximumFrameSize, logger: logger
        ) { delivery in
            // Closed here: the request has ended and its connection is forgotten already.
            if case .closed = delivery { return }
            deliveries.yield((id, delivery))
        }
        connections[id] = connection
        startFollowing()
        if isSent { handle(.sent, for: id) }
        if let timeout {
            deadlines[id] = .now + timeout
            scheduleDeadlineTimer()
        }
        return id
    }

    /// Opens an event subscription: a long-lived request whose events arrive as `.event` changes.
    @discardableResult
    public func subscribeEvents() -> RequestID {
        var request = Command_Request()
        request.subscribeEvents = Command_SubscribeEvents()
        return submit(request, timeout: nil)
    }

    /// Waits until the request reaches a final state and returns it.
    public func result(of id: RequestID) async -> TrackedRequest? {
        guard let tracked = tracker[id] else { return nil }
        if tracked.state.isFinal { return tracked }
        return await withCheckedContinuation { continuation in
            waiters[id, default: []].append(continuation)
        }
    }

    /// Sends a request and waits for its final state.
    public func send(_ request: Command_Request, timeout: Duration?) async -> TrackedRequest? {
        let id = submit(request, timeout: timeout)
        return await result(of: id)
    }

    /// Ends a subscription, or abandons a command (which Sōzu still runs to completion).
    public func cancel(_ id: RequestID) async {
        publish(tracker.cancel(id, at: Date()))
        closeConnection(of: id)
    }

    /// Closes every connection; requests in flight end as lost.
    public func shutdown() async {
        isShutDown = true
        deadlineTimer?.cancel()
        deadlineTimer = nil
        for id in tracker.inFlight.map(\.id) {
            publish(tracker.connectionEnded(id, reason: .clientShutDown, at: Date()))
            closeConnection(of: id)
        }
        updatesContinuation.finish()
        changesContinuation.finish()
        deliveriesContinuation.finish()
    }

    /// Starts the task that hands what the connections' threads read to `handle`; it holds the
    /// client only while handling, and ends when the client is shut down or released.
    private func startFollowing() {
        guard follower == nil else { return }
        let deliveries = deliveries
        follower = Task { [weak self] in
            for await (id, delivery) in deliveries {
                guard let self else { return }
                await self.handle(delivery, for: id)
            }
        }
    }

    private func handle(_ delivery: Connection.Delivery, for id: RequestID) {
        switch delivery {
        case .sent:
            sendPermissions[id] = nil
            // The request may have timed out or been cancelled while it was written.
            if tracker[id]?.state.isFinal ?? true {
                closeConnection(of: id)
                return
            }
            publish(tracker.markSent(id, at: Date()))
        case .message(let response):
            publish(tracker.receive(response, for: id, at: Date()))
            if tracker[id]?.state.isFinal ?? true { closeConnection(of: id) }
        case .ended(let error?):
            logger.debug("connection ended", metadata: ["id": "\(id)", "socket": "\(socketPath)", "error": "\(error)"])
            publish(tracker.connectionEnded(id, reason: .socket(error), at: Date()))
            closeConnection(of: id)
        case .ended(nil):
            publish(tracker.connectionEnded(id, reason: .socket(.peerClosed), at: Date()))
            closeConnection(of: id)
        case .closed:
            closeConnection(of: id)
        }
    }

    /// Makes sure a timer fires at the earliest deadline of the requests in flight.
    private func scheduleDeadlineTimer() {
        guard let deadline = deadlines.values.min() else {
            deadlineTimer?.cancel()
            deadlineTimer = nil
            deadlineTimerFiresAt = nil
            return
        }
        if let firesAt = deadlineTimerFiresAt, firesAt <= deadline, deadlineTimer != nil { return }
        deadlineTimer?.cancel()
        deadlineTimerFiresAt = deadline
        deadlineTimer = Task {
            try? await Task.sleep(until: deadline, clock: .continuous)
            guard !Task.isCancelled else { return }
            await self.expireDueRequests()
        }
    }

    private func expireDueRequests() async {
        deadlineTimer = nil
        deadlineTimerFiresAt = nil
        let now = ContinuousClock.now
        for (id, deadline) in deadlines where deadline <= now {
            deadlines[id] = nil
            let changes = tracker.timeOut(id, at: Date())
            guard !changes.isEmpty else { continue }
            logger.debug("request timed out", metadata: ["id": "\(id)"])
            publish(changes)
            closeConnection(of: id)
        }
        scheduleDeadlineTimer()
    }

    private func closeConnection(of id: RequestID) {
        sendPermissions.removeValue(forKey: id)?.revoke()
        guard let connection = connections.removeValue(forKey: id) else { return }
        connection.close()
    }

    private func publish(_ changes: [RequestTracker.Change]) {
        for change in changes {
            recorder?(change)
            if publishesUpdates, let request = tracker[change.requestID] {
                updatesContinuation.yield(Update(change: change, request: request))
            }
            changesContinuation.yield(change)
            guard case .stateChanged(let id, _, let state) = change, state.isFinal else { continue }
            deadlines[id] = nil
            if let tracked = tracker[id], let waiting = waiters.removeValue(forKey: id) {
                for waiter in waiting { waiter.resume(returning: tracked) }
            }
            // Trimmed to nine tenths of the limit, so that the trim runs once per tenth of the
            // limit rather than at every answer.
            if tracker.finishedCount > retainedFinishedRequests {
                tracker.trimFinished(keeping: max(1, retainedFinishedRequests * 9 / 10))
            }
        }
    }
}
