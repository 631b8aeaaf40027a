import Foundation

/// Where a proxy's command socket is: a path on this machine, or a path on another one
/// reached over SSH (`ssh://[user@]host[:port]/run/sozu/sozu.sock`).
public enum TargetAddress: Equatable, Hashable, Sendable, CustomStringConvertible {
    case local(path: String)
    case ssh(SSHLocation)

    /// A remote socket and how to reach its machine.
    public struct SSHLocation: Equatable, Hashable, Sendable {
        public var user: String?
        public var host: String
        public var port: Int?
        /// The socket's path on the remote machine.
        public var socketPath: String

        public init(user: String?, host: String, port: Int?, socketPath: String) {
            self.user = user
            self.host = host
            self.port = port
            self.socketPath = socketPath
        }

        /// `user@host` (or `host`), as ssh takes it.
        public var destination: String { user.map { "\($0)@\(host)" } ?? host }
    }

    /// Why a text is not a target address.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case unsupportedScheme(String)
        case missingHost(String)
        case badPort(String)
        case missingSocketPath(String)
        /// A host or user that ssh could read as an option, or with characters no host name has.
        case badHostOrUser(String)

        public var description: String {
            switch self {
            case .empty: "an empty address: give a socket path or ssh://[user@]host[:port]/path/to/sozu.sock"
            case .unsupportedScheme(let text): "\(text): only local paths and ssh:// addresses are understood"
            case .missingHost(let text): "\(text): no host after ssh://"
            case .badPort(let text): "\(text): the port is not a number from 1 to 65535"
            case .missingSocketPath(let text): "\(text): no socket path after the host (ssh://host/run/sozu/sozu.sock)"
            case .badHostOrUser(let text): "\(text): a host or user name may not start with '-' nor hold spaces or control characters"
            }
        }
    }

    /// A socket path (anything without `://`) or an `ssh://` URL.
    public init(parsing text: String) throws(ParseError) {
        guard !text.isEmpty else { throw .empty }
        guard let schemeEnd = text.range(of: "://") else {
            self = .local(path: text)
            return
        }
        guard text[..<schemeEnd.lowerBound].lowercased() == "ssh" else { throw .unsupportedScheme(text) }
        let rest = text[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { throw .missingSocketPath(text) }
        let authority = rest[..<slash]
        let path = String(rest[slash...])
        guard path.count > 1 else { throw .missingSocketPath(text) }
        var user: String?
        var hostPort = authority
        if let at = authority.lastIndex(of: "@") {
            user = String(authority[..<at])
            hostPort = authority[authority.index(after: at)...]
        }
        var host = String(hostPort)
        var port: Int?
        // `[::1]:2222` for an IPv6 host; `host:2222` otherwise.
        if hostPort.hasPrefix("["), let close = hostPort.firstIndex(of: "]") {
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            let after = hostPort[hostPort.index(after: close)...]
            if after.hasPrefix(":") {
                guard let number = Int(after.dropFirst()), (1...65_535).contains(number) else { throw .badPort(text) }
                port = number
            }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = String(hostPort[..<colon])
            guard let number = Int(hostPort[hostPort.index(after: colon)...]), (1...65_535).contains(number) else { throw .badPort(text) }
            port = number
        }
        guard !host.isEmpty, user?.isEmpty != true else { throw .missingHost(text) }
        // Given to ssh as its destination: nothing in it may read as an option.
        for word in [host, user].compactMap({ $0 }) {
            let bad = word.hasPrefix("-") || word.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7f }
            if bad { throw .badHostOrUser(text) }
        }
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) else { throw .missingSocketPath(text) }
        self = .ssh(SSHLocation(user: user, host: host, port: port, socketPath: path))
    }

    public var description: String {
        switch self {
        case .local(let path):
            return path
        case .ssh(let location):
            let host = location.host.contains(":") ? "[\(location.host)]" : location.host
            return "ssh://\(location.user.map { "\($0)@" } ?? "")\(host)\(location.port.map { ":\($0)" } ?? "")\(location.socketPath)"
        }
    }
}
