import SozuCertificates
import SozuCodec
import SozuProto

/// Certificates per HTTPS address, by fingerprint; read with SozuCertificates as Sōzu reads them.
extension ProxyState {
    mutating func addCertificate(_ add: Command_AddCertificate) throws(StateError) {
        let fingerprint: String
        do {
            fingerprint = try PEMCertificate(pem: add.certificate.certificate, parse: false).fingerprintHex
        } catch {
            throw .addCertificate(error.description)
        }
        let address = SocketAddressParser.format(add.address)
        // Sōzu creates the address's bucket before reading names, and keeps it if that fails.
        certificates[address, default: [:]] = certificates[address] ?? [:]
        certificateAddresses[address] = add.address
        var certificate = add.certificate
        if certificate.names.isEmpty {
            do {
                certificate.names = try PEMCertificate(pem: certificate.certificate).names
            } catch {
                throw .addCertificate(error.description)
            }
        }
        guard certificates[address]?[fingerprint] == nil else { return }  // already there: fine
        certificates[address]?[fingerprint] = certificate
    }

    mutating func removeCertificate(_ remove: Command_RemoveCertificate) throws(StateError) {
        let fingerprint: [UInt8]
        do {
            fingerprint = try PEMCertificate.parseHex(remove.fingerprint)
        } catch {
            throw .removeCertificate(error.description)
        }
        // Removing what is not there is no error in Sōzu.
        certificates[SocketAddressParser.format(remove.address)]?[PEMCertificate.hex(fingerprint)] = nil
    }

    mutating func replaceCertificate(_ replace: Command_ReplaceCertificate) throws(StateError) {
        let old: [UInt8]
        do {
            old = try PEMCertificate.parseHex(replace.oldFingerprint)
        } catch {
            throw .removeCertificate(error.description)
        }
        let address = SocketAddressParser.format(replace.address)
        guard certificates[address] != nil else { throw .notFound(.certificate, id: address) }
        // The old one goes first; if the new one cannot be read, it stays gone, as in Sōzu.
        certificates[address]?[PEMCertificate.hex(old)] = nil
        let fingerprint: String
        do {
            fingerprint = try PEMCertificate(pem: replace.newCertificate.certificate, parse: false).fingerprintHex
        } catch {
            throw .replaceCertificate(error.description)
        }
        certificates[address]?[fingerprint] = replace.newCertificate
    }

    /// Certificates by fingerprint, narrowed by domain (exact name) or else by fingerprint.
    func certificates(matching filters: Command_QueryCertificatesFilters) -> [String: Command_CertificateAndKey] {
        var result: [String: Command_CertificateAndKey] = [:]
        for bucket in certificates.values {
            for (fingerprint, certificate) in bucket {
                if filters.hasDomain {
                    guard certificate.names.contains(filters.domain) else { continue }
                } else if filters.hasFingerprint {
                    guard fingerprint == filters.fingerprint.lowercased() else { continue }
                }
                result[fingerprint] = certificate
            }
        }
        return result
    }
}
