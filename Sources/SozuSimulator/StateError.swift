/// Why the proxy state refused a request, worded as Sōzu words it.
public enum StateError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum ObjectKind: String, Sendable {
        case backend = "Backend", certificate = "Certificate", cluster = "Cluster"
        case httpFrontend = "HttpFrontend", httpsFrontend = "HttpsFrontend"
        case httpListener = "HttpListener", httpsListener = "HttpsListener", tcpListener = "TcpListener"
        case udpListener = "UdpListener", tcpFrontend = "TcpFrontend", udpFrontend = "UdpFrontend"
    }

    case emptyRequest
    case noChange
    case undispatchable
    case notFound(ObjectKind, id: String)
    case exists(ObjectKind, id: String)
    case wrongFieldValue(Int)
    case invalidValue(field: String, reason: String)
    case frontendConversion(frontend: String, error: String)
    case addCertificate(String)
    case removeCertificate(String)
    case replaceCertificate(String)

    public var description: String {
        switch self {
        case .emptyRequest: "Request came in empty"
        case .noChange: "dispatching this request did not bring any change to the state"
        case .undispatchable: "State can not handle this request"
        case .notFound(let kind, let id): "Did not find \(kind.rawValue) with address or id '\(id)'"
        case .exists(let kind, let id): "\(kind.rawValue) '\(id)' already exists"
        case .wrongFieldValue(let value): "Wrong field value: unknown enumeration value \(value)"
        case .invalidValue(let field, let reason): "Invalid value for field '\(field)': \(reason)"
        case .addCertificate(let reason): "Could not add certificate: \(reason)"
        case .removeCertificate(let reason): "Could not remove certificate: \(reason)"
        case .replaceCertificate(let reason): "Could not replace certificate: \(reason)"
        case .frontendConversion(let frontend, let error):
            "Could not convert the frontend to an insertable one. Frontend: \(frontend) error: \(error)"
        }
    }
}
