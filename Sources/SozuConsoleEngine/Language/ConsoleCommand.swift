public import SozuProto
import Foundation
public import SozuClient

/// What a parsed statement asks the console to do.
public enum ConsoleCommand: Sendable {
    /// Send a request to the proxy (possibly the first step of a longer flow).
    case request(PlannedRequest)
    /// Show help for the whole language or one command.
    case help(topic: [String])
    /// Wait for an earlier request to reach its final state.
    case wait(RequestID)
    /// Show a request's answer as JSON (`json #12`), in the shape `--json` prints.
    case showJSON(RequestID)
    /// Send the same request every `interval` until stopped, or until `limit` says.
    case every(interval: Duration, PlannedRequest, limit: StreamLimit)
    /// Stop a repeating command, an event subscription, or abandon a request.
    case stop(RequestID)
    /// Stop every repeating command.
    case stopAll
    /// Show the event feed, optionally narrowed; a one-shot run ends when `limit` says.
    case events(EventFilter, limit: StreamLimit)
    /// Load a Sōzu configuration file (the console's own when nil) as Sōzu would; nothing is sent.
    case checkConfiguration(path: String?)
    /// Change the default timeout of requests that have one; nil means none.
    case setDefaultTimeout(Duration?)
    /// `metrics get --rate`: the metrics read twice, `interval` apart, as rates.
    case metricsRate(PlannedRequest, interval: Duration)
    /// Leave the console.
    case quit
    /// Open the live traffic view (on the screen), at a pane when named.
    case liveView(pane: String?)
    /// Make a target the one commands without `@` go to.
    case useTarget(String)
    /// List the targets with their state.
    case listTargets
    case addTarget(TargetSpec)
    case removeTarget(String)
    /// Compare the targets' states (`fleet diff`).
    case fleetDiff
    /// Upgrade or stop the addressed targets one at a time, each checked healthy before the next.
    case rolling(RollingOperation, settle: Duration)
}

/// What a rolling operation does to each target in turn.
public enum RollingOperation: Equatable, Sendable {
    /// Upgrade the main process and every worker, as `upgrade` does.
    case upgrade
    /// A soft stop, watched until the main process exits.
    case softStop

    public var verb: String {
        switch self {
        case .upgrade: "upgrade"
        case .softStop: "shutdown"
        }
    }
}

/// How much a request can change: queries are free to run, changes are refused in read-only
/// mode, destructive ones also ask first.
public enum RequestEffect: Equatable, Sendable {
    case query
    case change
    case destructive
}

/// What happens around the request: most are one request, some are a short conversation.
public enum RequestFlow: Equatable, Sendable {
    case single
    /// Soft or hard stop: watch workers drain until the main process exits.
    case stop(hard: Bool)
    /// UpgradeMain, then reconnect, list the workers and upgrade each (as Sōzu's CLI does).
    case upgradeMain
    /// UpgradeWorker: watch the old worker drain.
    case upgradeWorker(UInt32)
    /// Read a cluster, then send it back with HTTP/2 to its backends switched on or off.
    case setClusterHTTP2(clusterID: String, enabled: Bool)
}

/// A request ready to send, with what the console needs to know about it.
public struct PlannedRequest: Equatable, Sendable {
    /// The command's words (`cluster add`), for the panel and the journal.
    public var verb: String
    /// The statement as the operator typed it.
    public var text: String
    public var request: Command_Request
    public var effect: RequestEffect
    /// Long verbs (soft stop, upgrade, load state, reload) wait however long it takes.
    public var waitsWithoutTimeout: Bool
    public var flow: RequestFlow
    /// A timeout given on the command itself, overriding the default.
    public var timeout: Duration?

    public init(
        verb: String, text: String, request: Command_Request, effect: RequestEffect,
        waitsWithoutTimeout: Bool = false, flow: RequestFlow = .single, timeout: Duration? = nil
    ) {
        self.verb = verb
        self.text = text
        self.request = request
        self.effect = effect
        self.waitsWithoutTimeout = waitsWithoutTimeout
        self.flow = flow
        self.timeout = timeout
    }
}

/// When something that would go on forever ends (`every`, `events` in one-shot mode): after
/// so many runs or events, or after so long, whichever comes first; never when both are nil.
public struct StreamLimit: Equatable, Sendable {
    public var count: Int?
    public var duration: Duration?

    public init(count: Int? = nil, duration: Duration? = nil) {
        self.count = count
        self.duration = duration
    }

    public static let none = StreamLimit()

    /// Whether `done` items `elapsed` after the start reach the limit.
    public func isReached(done: Int, elapsed: Duration) -> Bool {
        if let count, done >= count { return true }
        if let duration, elapsed >= duration { return true }
        return false
    }
}

/// Which events the feed shows; every set field must match.
public struct EventFilter: Equatable, Sendable {
    public var kinds: Set<Int>
    public var clusterID: String?
    public var backendID: String?

    public init(kinds: Set<Int> = [], clusterID: String? = nil, backendID: String? = nil) {
        self.kinds = kinds
        self.clusterID = clusterID
        self.backendID = backendID
    }

    public static let all = EventFilter()

    public func matches(_ event: Command_Event) -> Bool {
        matches(FeedEvent(receivedAt: .distantPast, origin: "", event: event))
    }

    /// With `--cluster`, an event without a cluster id matches through its backend's cluster.
    public func matches(_ event: FeedEvent) -> Bool {
        if !kinds.isEmpty, !kinds.contains(event.event.kind.rawValue) { return false }
        if let clusterID, !event.clusterIDs.contains(clusterID) { return false }
        if let backendID, !(event.event.hasBackendID && event.event.backendID == backendID) { return false }
        return true
    }
}
