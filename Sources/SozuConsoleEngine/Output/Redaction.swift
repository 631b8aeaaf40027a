public import SozuProto

/// Private keys replaced by their size, wherever a request or an answer carries one: the
/// journal always writes requests so, and JSON output writes answers so unless `--show-keys`.
public enum Redaction {
    /// What a private key is written as.
    public static func secret(_ key: String) -> String {
        "<redacted: \(key.utf8.count) bytes>"
    }

    /// The request with every private key replaced by its size.
    public static func request(_ request: Command_Request) -> Command_Request {
        var copy = request
        switch request.requestType {
        case .addCertificate(var add):
            add.certificate.key = secret(add.certificate.key)
            copy.addCertificate = add
        case .replaceCertificate(var replace):
            replace.newCertificate.key = secret(replace.newCertificate.key)
            copy.replaceCertificate = replace
        case .addHTTPSListener(var listener) where listener.hasKey:
            listener.key = secret(listener.key)
            copy.addHTTPSListener = listener
        default:
            break
        }
        return copy
    }

    /// The answer's content with every private key replaced by its size: certificates with
    /// their keys (`certificate list`), HTTPS listeners' own keys, and the same inside each
    /// worker's answer.
    public static func content(_ content: Command_ResponseContent) -> Command_ResponseContent {
        var copy = content
        switch content.contentType {
        case .certificatesWithFingerprints(var certificates):
            for (fingerprint, var certificate) in certificates.certs {
                certificate.key = secret(certificate.key)
                certificates.certs[fingerprint] = certificate
            }
            copy.certificatesWithFingerprints = certificates
        case .listenersList(var list):
            for (address, var listener) in list.httpsListeners where listener.hasKey {
                listener.key = secret(listener.key)
                list.httpsListeners[address] = listener
            }
            copy.listenersList = list
        case .workerResponses(var responses):
            for (worker, answer) in responses.map {
                responses.map[worker] = Self.content(answer)
            }
            copy.workerResponses = responses
        default:
            break
        }
        return copy
    }
}
