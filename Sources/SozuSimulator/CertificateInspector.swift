import Crypto
import Foundation
import SwiftASN1
import X509

/// Reads PEM certificates as Sōzu's state does: the SHA-256 fingerprint of the first PEM block's
/// DER bytes, and the names the certificate covers.
enum CertificateInspector {
    /// The fingerprint of `pem`'s first block; errors carry Sōzu's wording.
    static func fingerprint(pem: String) throws(CertificateProblem) -> [UInt8] {
        Array(SHA256.hash(data: try firstBlock(pem)))
    }

    /// The DNS names of the subject alternative names (consecutive repeats dropped), or the
    /// subject's common name when there are none.
    static func names(pem: String) throws(CertificateProblem) -> [String] {
        let der = try firstBlock(pem)
        let certificate: Certificate
        do {
            certificate = try Certificate(derEncoded: Array(der))
        } catch {
            throw CertificateProblem("Could not parse X509 certificate from bytes: \(error)")
        }
        var names: [String] = []
        if let alternatives = try? certificate.extensions.subjectAlternativeNames {
            for name in alternatives {
                if case .dnsName(let dns) = name, names.last != dns { names.append(dns) }
            }
        }
        if names.isEmpty {
            for relativeName in certificate.subject {
                for attribute in relativeName where attribute.type == .RDNAttributeType.commonName {
                    let text = String(describing: attribute.value)
                    names.append(text)
                }
            }
        }
        return names
    }

    /// The DER bytes of the first PEM block: lines before a `-----BEGIN ` line are skipped, the
    /// lines up to `-----END ` are joined and decoded as base64.
    private static func firstBlock(_ pem: String) throws(CertificateProblem) -> Data {
        let lines = pem.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard let begin = lines.firstIndex(where: { $0.hasPrefix("-----BEGIN ") }) else {
            throw CertificateProblem("Could not parse PEM certificate from bytes: Parsing Error: MissingHeader")
        }
        var body = ""
        var index = lines.index(after: begin)
        while index < lines.endIndex, !lines[index].hasPrefix("-----END ") {
            body += lines[index].trimmingCharacters(in: .whitespaces)
            index = lines.index(after: index)
        }
        guard index < lines.endIndex else {
            throw CertificateProblem("Could not parse PEM certificate from bytes: Parsing Error: IncompletePEM")
        }
        guard let der = Data(base64Encoded: body) else {
            throw CertificateProblem("Could not parse PEM certificate from bytes: Parsing Error: Base64DecodeError")
        }
        return der
    }

    /// Lower-case hex, as Sōzu shows fingerprints.
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// Parses a hex fingerprint with the errors of Rust's hex crate.
    static func parseHex(_ text: String) throws(CertificateProblem) -> [UInt8] {
        let characters = Array(text)
        guard characters.count % 2 == 0 else { throw CertificateProblem("Odd number of digits") }
        var bytes: [UInt8] = []
        for (position, character) in characters.enumerated() {
            guard let digit = character.hexDigitValue else {
                throw CertificateProblem("Invalid character '\(character)' at position \(position)")
            }
            if position % 2 == 0 { bytes.append(UInt8(digit) << 4) } else { bytes[bytes.count - 1] |= UInt8(digit) }
        }
        return bytes
    }
}

struct CertificateProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
