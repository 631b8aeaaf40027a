import Foundation
public import SozuProto

/// A Sōzu config.toml loaded as Sōzu 2.1 loads it (`Config::load_from_path`): listeners built with
/// the file's defaults, clusters checked against the listeners (and listeners created for frontends
/// no listener declares), certificates, keys and answer pages read from disk (relative paths from
/// the current directory, as Sōzu opens them). `requests` are what Sōzu's main process applies at
/// start and on `reload_configuration`, in Sōzu's order.
///
/// Differences, all invisible on the wire: cluster order is by id (Sōzu's is its hash map's,
/// arbitrary); TOML errors carry our own wording after Sōzu's `toml decoding error: ` prefix;
/// a `saved_state` file that does not exist is not created; a listener's `config` key (a whole
/// nested configuration, which Sōzu's serde would take) is refused as unknown.
public struct SozuConfiguration: Sendable {
    /// The file's path, as Sōzu's `config_path` keeps it.
    public var path: String
    /// `command_socket` as written (Sōzu resolves it against the file's directory, as the
    /// client's `SocketLocator` does).
    public var commandSocket: String?
    public var workerCount: Int
    /// Seconds the main process waits for workers on a task.
    public var workerTimeout: UInt32
    public var maxCommandBufferSize: UInt64
    /// Users allowed to send requests (`command_allowed_uids`); nil admits everyone who can
    /// open the socket.
    public var commandAllowedUIDs: [UInt32]?
    /// `saved_state`, against the file's directory.
    public var savedStatePath: String?
    public var logLevel: String
    public var activateListeners: Bool
    public var disableClusterMetrics: Bool
    public var httpListeners: [Command_HttpListenerConfig] = []
    public var httpsListeners: [Command_HttpsListenerConfig] = []
    public var tcpListeners: [Command_TcpListenerConfig] = []
    public var udpListeners: [Command_UdpListenerConfig] = []
    /// Each cluster's requests (its cluster, frontends with their certificates, backends), by id.
    public var clusterRequests: [(id: String, requests: [Command_Request])] = []

    /// Loads the file at `path`.
    public init(contentsOf path: String) throws(ConfigurationError) {
        try self.init(parsing: try FileText.load(path), path: path)
    }

    /// Loads configuration text as if read from `path` (relative paths inside are still read
    /// from the current directory, as Sōzu reads them).
    public init(parsing text: String, path: String) throws(ConfigurationError) {
        let file = try ConfigurationFile(parsing: text)
        self.path = path
        commandSocket = file.commandSocket
        workerCount = Int(file.workerCount ?? 2)
        workerTimeout = file.workerTimeout ?? 10
        maxCommandBufferSize = file.maxCommandBufferSize ?? 2_000_000
        commandAllowedUIDs = file.commandAllowedUIDs
        logLevel = file.logLevel ?? "info"
        activateListeners = file.activateListeners ?? true
        disableClusterMetrics = file.disableClusterMetrics ?? false
        savedStatePath = try Self.savedStatePath(file.savedState, configurationPath: path)

        var builder = ConfigurationBuilder(file: file)
        try builder.build()
        httpListeners = builder.httpListeners
        httpsListeners = builder.httpsListeners
        tcpListeners = builder.tcpListeners
        udpListeners = builder.udpListeners
        clusterRequests = builder.clusterRequests
    }

    /// Sōzu's `saved_state_path`: the file is created from the current directory when missing
    /// (not here), then looked for from the configuration's directory; not there, the
    /// configuration is refused.
    private static func savedStatePath(_ savedState: String?, configurationPath: String) throws(ConfigurationError) -> String? {
        guard let savedState else { return nil }
        let resolved = absolute(savedState, from: Self.directory(of: configurationPath))
        let created = absolute(savedState, from: FileManager.default.currentDirectoryPath)
        guard FileManager.default.fileExists(atPath: resolved) || created == resolved else {
            throw .savedStatePath(resolved)
        }
        return resolved
    }

    /// Sōzu's `generate_config_messages`: listeners (HTTP, HTTPS, TCP, UDP), then each cluster's
    /// requests, then the listeners' activations (unless `activate_listeners = false`), then
    /// `configure_metrics disabled` when `disable_cluster_metrics` is set.
    public var requests: [Command_Request] {
        var requests: [Command_Request] = []
        func add(_ type: Command_Request.OneOf_RequestType) {
            var request = Command_Request()
            request.requestType = type
            requests.append(request)
        }
        httpListeners.forEach { add(.addHTTPListener($0)) }
        httpsListeners.forEach { add(.addHTTPSListener($0)) }
        tcpListeners.forEach { add(.addTcpListener($0)) }
        udpListeners.forEach { add(.addUdpListener($0)) }
        for (_, clusterRequests) in clusterRequests { requests += clusterRequests }
        if activateListeners {
            func activate(_ address: Command_SocketAddress, _ proxy: Command_ListenerType) {
                var activation = Command_ActivateListener()
                activation.address = address
                activation.proxy = proxy
                activation.fromScm = false
                add(.activateListener(activation))
            }
            httpListeners.forEach { activate($0.address, .http) }
            httpsListeners.forEach { activate($0.address, .https) }
            tcpListeners.forEach { activate($0.address, .tcp) }
            udpListeners.forEach { activate($0.address, .udp) }
        }
        if disableClusterMetrics { add(.configureMetrics(.disabled)) }
        return requests
    }

    /// The same requests with the ids Sōzu gives them: `CONFIG-0`, `CONFIG-1`, … (its counter is
    /// a byte: past 255 it starts again at 0).
    public var workerRequests: [Command_WorkerRequest] {
        var counter: UInt8 = 0
        return requests.map { request in
            var workerRequest = Command_WorkerRequest()
            workerRequest.id = "CONFIG-\(counter)"
            workerRequest.content = request
            counter &+= 1
            return workerRequest
        }
    }

    /// The directory of the file at `path`, from the current directory when `path` is relative.
    private static func directory(of path: String) -> String {
        absolute((path as NSString).deletingLastPathComponent, from: FileManager.default.currentDirectoryPath)
    }
}

/// `path` from `directory` unless it is absolute, without `.` and `..` components.
private func absolute(_ path: String, from directory: String) -> String {
    let joined = (path as NSString).isAbsolutePath ? path : (directory as NSString).appendingPathComponent(path)
    return (joined as NSString).standardizingPath
}
