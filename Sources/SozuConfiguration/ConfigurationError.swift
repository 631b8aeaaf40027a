/// Why Sōzu 2.1 would refuse a config.toml. Each case prints the text Sōzu's own error prints,
/// except `invalidTOML`, whose detail is ours (Sōzu's comes from its TOML decoder) but whose
/// prefix is Sōzu's.
public enum ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file (the configuration, a certificate, a key, an answer page) could not be read.
    case fileRead(path: String, reason: String)
    case fileOpen(path: String, reason: String)
    /// Not TOML, or a value of the wrong type or an unknown key where Sōzu denies them.
    case invalidTOML(String)
    case listenerAddressAlreadyInUse(String)
    /// Sōzu prints the missing thing with Rust's debug form: `Protocol`, `Field("hostname")`, `SavedState`.
    case missing(String)
    /// `kind` is `PublicAddress` or `ProxyProtocol`; `object` is `Listener` or `Cluster`.
    case incompatible(kind: String, object: String, id: String)
    case invalidTCPFrontendField(String)
    /// The protocol of the listener the frontend landed on: `Http`, `Https`, `Tcp` or `Udp`.
    case wrongFrontendProtocol(String)
    case invalidALPNProtocol(String)
    case disableHTTP11WithHTTP11ALPN(address: String)
    case bufferSizeTooSmallForH2(bufferSize: UInt64, minimum: UInt64, listeners: Int)
    case invalidRedirectPolicy(String)
    case invalidRedirectScheme(String)
    case invalidHeaderPosition(index: Int, position: String)
    case invalidHeaderBytes(index: Int, field: String)
    case hstsEnabledRequired(String)
    case hstsOnPlainHTTP(String)
    /// `saved_state` names a file that is not there from the configuration's directory.
    case savedStatePath(String)

    public var description: String {
        switch self {
        case .fileRead(let path, let reason): "Could not read file \(path): \(reason)"
        case .fileOpen(let path, let reason): "Could not open file \(path): \(reason)"
        case .invalidTOML(let detail): "toml decoding error: \(detail)"
        case .listenerAddressAlreadyInUse(let address): "listening address \(address) is already used in the configuration"
        case .missing(let what): "missing \(what)"
        case .incompatible(let kind, let object, let id):
            "the field \(kind) of \(object) with id or address \(id) is incompatible with the rest of the options"
        case .invalidTCPFrontendField(let field): "Invalid '\(field)' field for a TCP frontend"
        case .wrongFrontendProtocol(let proto): "Can not set this frontend on a \(proto) listener"
        case .invalidALPNProtocol(let name): "Invalid ALPN protocol '\(name)'. Valid values: \"h2\", \"http/1.1\""
        case .disableHTTP11WithHTTP11ALPN(let address):
            "disable_http11 = true is incompatible with alpn_protocols containing \"http/1.1\" on listener \(address). "
                + "The proxy would advertise http/1.1 then refuse every connection that negotiates it. "
                + "Drop \"http/1.1\" from alpn_protocols or unset disable_http11."
        case .bufferSizeTooSmallForH2(let bufferSize, let minimum, let listeners):
            "buffer_size = \(bufferSize) is below the H2 minimum of \(minimum) but \(listeners) HTTPS listener(s) advertise H2 ALPN. "
                + "The H2 mux deadlocks on full-size frames with smaller buffers. "
                + "Raise buffer_size to >= \(minimum) or remove \"h2\" from those listeners' alpn_protocols."
        case .invalidRedirectPolicy(let value):
            "invalid redirect policy '\(value)'. Valid values: \"forward\", \"permanent\", \"unauthorized\""
        case .invalidRedirectScheme(let value):
            "invalid redirect scheme '\(value)'. Valid values: \"use-same\", \"use-http\", \"use-https\""
        case .invalidHeaderPosition(let index, let position):
            "invalid header position '\(position)' at headers[\(index)]. Valid values: \"request\", \"response\", \"both\""
        case .invalidHeaderBytes(let index, let field):
            "invalid header bytes in \(field) at headers[\(index)]: control characters (NUL / CR / LF / other C0) are forbidden in header keys and values"
        case .hstsEnabledRequired(let scope): "invalid HSTS config at \(scope): `enabled` is required when an [hsts] block is present"
        case .savedStatePath: "Could not get the path of the saved state"
        case .hstsOnPlainHTTP(let scope):
            "invalid HSTS config at \(scope): HSTS is only valid on HTTPS listeners and frontends (RFC 6797 §7.2 forbids the header over plaintext HTTP)"
        }
    }
}
