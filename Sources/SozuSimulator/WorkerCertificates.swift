import SozuCertificates
import SozuCodec
import SozuProto

/// The certificates a worker's HTTPS proxy serves, by listener address: each of a certificate's
/// names (those sent, else those read from the certificate, as Sōzu's resolver reads them)
/// points to its fingerprint. Unlike the state, which keeps a replacing certificate as it was
/// sent, the proxy reads the new certificate's names; the workers' certificate listings, all
/// or by domain, come from here.
struct WorkerCertificates {
    private var domains: [String: [String: String]] = [:]

    init(state: ProxyState) {
        for (address, bucket) in state.certificates {
            for (fingerprint, certificate) in bucket { add(certificate, fingerprint: fingerprint, at: address) }
        }
    }

    mutating func apply(_ request: Command_Request) {
        switch request.requestType {
        case .addCertificate(let add):
            guard let fingerprint = try? PEMCertificate(pem: add.certificate.certificate, parse: false).fingerprintHex else { return }
            self.add(add.certificate, fingerprint: fingerprint, at: SocketAddressParser.format(add.address))
        case .removeCertificate(let remove):
            forget(fingerprint: remove.fingerprint.lowercased(), at: SocketAddressParser.format(remove.address))
        case .replaceCertificate(let replace):
            let address = SocketAddressParser.format(replace.address)
            forget(fingerprint: replace.oldFingerprint.lowercased(), at: address)
            guard let fingerprint = try? PEMCertificate(pem: replace.newCertificate.certificate, parse: false).fingerprintHex else { return }
            add(replace.newCertificate, fingerprint: fingerprint, at: address)
        case .removeListener(let remove) where remove.proxy == .https:
            domains[SocketAddressParser.format(remove.address)] = nil
        default:
            break
        }
    }

    /// Each listener with a summary per name it serves, or only the one for `domain` (a
    /// wildcard name covers one label), as a worker answers a query without fingerprint.
    func listing(listeners: [Command_SocketAddress], domain: String?) -> [Command_CertificatesByAddress] {
        listeners.map { address in
            var entry = Command_CertificatesByAddress()
            entry.address = address
            let served = domains[SocketAddressParser.format(address)] ?? [:]
            let names: [String]
            if let domain {
                let wildcard = domain.split(separator: ".", maxSplits: 1).count == 2
                    ? "*." + domain.split(separator: ".", maxSplits: 1)[1] : nil
                names = [domain, wildcard].compactMap { $0 }.filter { served[$0] != nil }.prefix(1).map { $0 }
            } else {
                names = served.keys.sorted()
            }
            entry.certificateSummaries = names.map { name in
                var summary = Command_CertificateSummary()
                summary.domain = name
                summary.fingerprint = served[name] ?? ""
                return summary
            }
            return entry
        }
    }

    private mutating func add(_ certificate: Command_CertificateAndKey, fingerprint: String, at address: String) {
        let names = certificate.names.isEmpty ? ((try? PEMCertificate(pem: certificate.certificate).names) ?? []) : certificate.names
        for name in names { domains[address, default: [:]][name] = fingerprint }
    }

    private mutating func forget(fingerprint: String, at address: String) {
        domains[address] = domains[address]?.filter { $0.value != fingerprint }
    }
}
