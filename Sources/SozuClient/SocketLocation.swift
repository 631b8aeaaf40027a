/// Where the command socket is, and which setting said so.
public struct SocketLocation: Equatable, Sendable, CustomStringConvertible {
    public enum Source: Equatable, Sendable {
        /// `--socket PATH`.
        case socketOption
        /// `command_socket` in the config file (or its default, when the file has none).
        case configFile(path: String)
        /// The `SOZU_SOCKET` environment variable.
        case environment
    }

    public var path: String
    public var source: Source

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    public var description: String {
        switch source {
        case .socketOption: "\(path) (from --socket)"
        case .configFile(let config): "\(path) (from \(config))"
        case .environment: "\(path) (from SOZU_SOCKET)"
        }
    }
}
