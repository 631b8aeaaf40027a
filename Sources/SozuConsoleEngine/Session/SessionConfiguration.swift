import Foundation
import SozuCodec
public import SozuClient

/// How a console session talks to the proxy.
public struct SessionConfiguration: Sendable {
    public var socketPath: String
    /// The Sōzu configuration file the console was given (`--config`), for `config check`.
    public var configurationPath: String?
    /// Timeout of requests that have one; long verbs (soft stop, upgrade, load state, reload)
    /// never time out. Sōzu's own worker timeout is 10 s, so queries answer within that.
    public var defaultTimeout: Duration? = .seconds(15)
    /// Refuse every state-changing request.
    public var readOnly = false
    /// Finished requests kept in the model; the journal keeps all of them.
    public var retainedFinishedRequests = 1_000
    public var eventCapacity = 1_000
    /// How often a drain is polled (list_workers and per-worker metrics).
    public var drainPollInterval: Duration = .seconds(1)
    /// How often the proxy is probed while connected.
    public var probeInterval: Duration = .seconds(2)
    /// How often cluster ids, listeners and certificates are re-read for completion.
    public var liveRefreshInterval: Duration = .seconds(10)
    /// Backoff of reconnection attempts: doubles from the first to the last.
    public var reconnectBackoff: ClosedRange<Double> = 0.25...5
    /// Subscribe to events on start.
    public var subscribesToEvents = true
    public var maximumFrameSize = Frame.defaultMaximumSize
    public var journal: Journal?

    public init(socketPath: String) {
        self.socketPath = socketPath
    }
}
