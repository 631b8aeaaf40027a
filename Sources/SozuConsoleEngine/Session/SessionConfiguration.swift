import Foundation
import SozuCodec
import SozuClient

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
    /// How often the live view asks for metrics (`--refresh`); listeners every 5 s and
    /// certificates every 30 s whatever this is.
    public var trafficRefreshInterval: Duration = .seconds(1)
    /// How long the live view's metric detail lease lasts (renewed at half of it).
    public var metricDetailLeaseSeconds: UInt32 = 60
    /// Backoff of reconnection attempts: doubles from the first to the last.
    public var reconnectBackoff: ClosedRange<Double> = 0.25...5
    /// Subscribe to events on start.
    public var subscribesToEvents = true
    /// Probe each proxy now and then (its connection state, reconnection notices) and keep what
    /// completion offers fresh. A one-shot run turns this off: it sends its commands and leaves,
    /// and those extra requests would only delay it (an SSH target keeps its probe, which the
    /// forward's state rides on).
    public var watchesTargets = true
    public var maximumFrameSize = Frame.defaultMaximumSize
    public var journal: Journal?
    /// The proxies of a fleet (`--target`, `--fleet`); empty: the one at `socketPath`.
    public var fleet: [TargetSpec] = []
    /// A command line that replaces `ssh` for SSH targets (`SOZU_CONSOLE_SSH_COMMAND`, or the
    /// fleet file's `ssh_command`).
    public var sshCommand: String?
    /// Where SSH targets' forwards put their local sockets (a private directory).
    public var forwardDirectory: String?

    public init(socketPath: String) {
        self.socketPath = socketPath
    }
}

extension SessionConfiguration {
    /// The targets: the fleet, or one target at `socketPath` named by it.
    var targetSpecs: [TargetSpec] {
        guard fleet.isEmpty else { return fleet }
        return [TargetSpec(name: socketPath, address: .local(path: socketPath), configurationPath: configurationPath)]
    }

    /// The socket the console connects to for a target: its own, or its SSH forward's local end.
    func socketPath(for spec: TargetSpec) -> String {
        switch spec.address {
        case .local(let path): path
        case .ssh: sshForwardDirectory + "/\(spec.name).sock"
        }
    }

    /// The private directory of SSH forwards' local sockets.
    var sshForwardDirectory: String {
        forwardDirectory ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("sozu-console-ssh-\(getpid())")
    }

    var hasSSHTargets: Bool {
        targetSpecs.contains { if case .ssh = $0.address { true } else { false } }
    }
}
