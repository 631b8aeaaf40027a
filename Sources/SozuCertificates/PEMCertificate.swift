public import Foundation
import Crypto
import SwiftASN1
import X509

/// The first certificate of a PEM text, read as Sōzu reads it: the lines before a
/// `-----BEGIN ` line are skipped, the lines up to `-----END ` joined and decoded as base64
/// (Sōzu's `pem` crate), and the DER parsed as X.509. The one certificate reader of the
/// package: the simulator's state, the console's commands and its listings use it.
public struct PEMCertificate: Sendable {
    /// The DER bytes of the first block.
    public let der: [UInt8]
    private let certificate: Certificate?

    /// Reads the first PEM block; the X.509 structure is parsed when `parse` is true (then a
    /// block that is not a certificate is an error), else only on demand for names and dates.
    public init(pem: String, parse: Bool = true) throws(CertificateReadError) {
        der = try Self.firstBlock(pem)
        if parse {
            do {
                certificate = try Certificate(derEncoded: der)
            } catch {
                // swift-asn1's own text names Swift files and lines; Sōzu's reader (x509-parser,
                // through nom) reports a block that is no certificate as below.
                throw .notX509("Parsing Error: InvalidCertificate")
            }
        } else {
            certificate = try? Certificate(derEncoded: der)
        }
    }

    /// SHA-256 of the DER bytes, as Sōzu fingerprints certificates.
    public var fingerprint: [UInt8] { Array(SHA256.hash(data: der)) }

    /// The fingerprint in lower-case hex, as Sōzu shows it.
    public var fingerprintHex: String { Self.hex(fingerprint) }

    /// The DNS names of the subject alternative names (consecutive repeats dropped), or the
    /// subject's common name when there are none: the names Sōzu serves the certificate for.
    public var names: [String] {
        guard let certificate else { return [] }
        var names: [String] = []
        if let alternatives = try? certificate.extensions.subjectAlternativeNames {
            for name in alternatives {
                if case .dnsName(let dns) = name, names.last != dns { names.append(dns) }
            }
        }
        if names.isEmpty {
            for relativeName in certificate.subject {
                for attribute in relativeName where attribute.type == .RDNAttributeType.commonName {
                    names.append(String(describing: attribute.value))
                }
            }
        }
        return names
    }

    /// When the certificate starts and stops being valid; nil when the block is not X.509.
    public var validity: (notBefore: Date, notAfter: Date)? {
        certificate.map { ($0.notValidBefore, $0.notValidAfter) }
    }

    /// Every `-----BEGIN CERTIFICATE-----` … `-----END CERTIFICATE-----` block of a chain file,
    /// without the text around them (comments, the `subject=` lines openssl writes).
    public static func certificateBlocks(in text: String) -> [String] {
        let begin = "-----BEGIN CERTIFICATE-----", end = "-----END CERTIFICATE-----"
        var blocks: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: begin), let stop = rest.range(of: end, range: start.upperBound..<rest.endIndex) {
            blocks.append(String(rest[start.lowerBound..<stop.upperBound]))
            rest = rest[stop.upperBound...]
        }
        return blocks
    }

    /// Lower-case hex.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A hex fingerprint read with the errors of Rust's hex crate, as Sōzu reads one.
    public static func parseHex(_ text: String) throws(CertificateReadError) -> [UInt8] {
        let characters = Array(text)
        guard characters.count % 2 == 0 else { throw .hex("Odd number of digits") }
        var bytes: [UInt8] = []
        for (position, character) in characters.enumerated() {
            guard let digit = character.hexDigitValue else {
                throw .hex("Invalid character '\(character)' at position \(position)")
            }
            if position % 2 == 0 { bytes.append(UInt8(digit) << 4) } else { bytes[bytes.count - 1] |= UInt8(digit) }
        }
        return bytes
    }

    private static func firstBlock(_ pem: String) throws(CertificateReadError) -> [UInt8] {
        let lines = pem.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard let begin = lines.firstIndex(where: { $0.hasPrefix("-----BEGIN ") }) else { throw .pem(.missingHeader) }
        var body = ""
        var index = lines.index(after: begin)
        while index < lines.endIndex, !lines[index].hasPrefix("-----END ") {
            body += lines[index].trimmingCharacters(in: .whitespaces)
            index = lines.index(after: index)
        }
        guard index < lines.endIndex else { throw .pem(.incomplete) }
        guard let der = Data(base64Encoded: body) else { throw .pem(.base64) }
        return Array(der)
    }
}
