/// Why a certificate could not be read; `description` is Sōzu's wording for the same fault.
public enum CertificateReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum PEMFault: Equatable, Sendable {
        case missingHeader
        case incomplete
        case base64

        var sozuName: String {
            switch self {
            case .missingHeader: "MissingHeader"
            case .incomplete: "IncompletePEM"
            case .base64: "Base64DecodeError"
            }
        }
    }

    /// The text has no complete PEM block.
    case pem(PEMFault)
    /// The block is not an X.509 certificate (the reason as Sōzu's parser words it).
    case notX509(String)
    /// A fingerprint that is not hexadecimal (the hex crate's wording).
    case hex(String)

    public var description: String {
        switch self {
        case .pem(let fault): "Could not parse PEM certificate from bytes: Parsing Error: \(fault.sozuName)"
        case .notX509(let reason): "Could not parse X509 certificate from bytes: \(reason)"
        case .hex(let reason): reason
        }
    }
}
