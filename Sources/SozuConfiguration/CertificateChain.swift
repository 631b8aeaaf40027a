import Foundation
import SozuCodec
import SozuProto

enum CertificateChain {
    /// Sōzu's `split_certificate_chain`: a piece per `-----END CERTIFICATE-----`, each ending with
    /// it and trimmed; what follows the last one is dropped.
    static func split(_ text: String) -> [String] {
        let end = "-----END CERTIFICATE-----"
        var pieces: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: end) {
            pieces.append(rest[..<range.upperBound].trimmingCharacters(in: .whitespacesAndNewlines))
            rest = rest[range.upperBound...]
        }
        return pieces
    }
}
