import Foundation

/// The validity period of the first certificate in a PEM text, read straight from its DER
/// (Certificate → tbsCertificate → validity), as `YYYY-MM-DD` dates in UTC. Anything unexpected
/// gives nil: this only decorates a listing.
struct CertificateValidity: Equatable, Sendable {
    let notBefore: String
    let notAfter: String

    init?(pem: String) {
        guard let begin = pem.range(of: "-----BEGIN CERTIFICATE-----"),
              let end = pem.range(of: "-----END CERTIFICATE-----", range: begin.upperBound..<pem.endIndex),
              let der = Data(base64Encoded: String(pem[begin.upperBound..<end.lowerBound].filter { !$0.isWhitespace }))
        else { return nil }
        var reader = DERReader(bytes: Array(der))
        guard var certificate = reader.enter(tag: 0x30),
              var tbs = certificate.enter(tag: 0x30)
        else { return nil }
        if tbs.peekTag == 0xA0 { _ = tbs.skip() }  // explicit version
        guard tbs.skip(), tbs.skip(), tbs.skip(),  // serial number, signature algorithm, issuer
              var validity = tbs.enter(tag: 0x30),
              let notBefore = validity.time(),
              let notAfter = validity.time()
        else { return nil }
        self.notBefore = notBefore
        self.notAfter = notAfter
    }
}

extension CertificateValidity {
    /// Just enough DER to walk to a certificate's validity.
    private struct DERReader {
        let bytes: [UInt8]
        var offset: Int
        let end: Int

        init(bytes: [UInt8], offset: Int = 0, end: Int? = nil) {
            self.bytes = bytes
            self.offset = offset
            self.end = end ?? bytes.count
        }

        var peekTag: UInt8? { offset < end ? bytes[offset] : nil }

        /// The next element's tag and content range, moving past it.
        private mutating func next() -> (tag: UInt8, content: Range<Int>)? {
            guard offset + 2 <= end else { return nil }
            let tag = bytes[offset]
            let first = bytes[offset + 1]
            var cursor = offset + 2
            var length = 0
            if first < 0x80 {
                length = Int(first)
            } else {
                let count = Int(first & 0x7F)
                guard (1...4).contains(count), cursor + count <= end else { return nil }
                for byte in bytes[cursor..<(cursor + count)] { length = length << 8 | Int(byte) }
                cursor += count
            }
            guard length <= end - cursor else { return nil }
            offset = cursor + length
            return (tag, cursor..<(cursor + length))
        }

        mutating func skip() -> Bool {
            next() != nil
        }

        mutating func enter(tag: UInt8) -> DERReader? {
            guard let element = next(), element.tag == tag else { return nil }
            return DERReader(bytes: bytes, offset: element.content.lowerBound, end: element.content.upperBound)
        }

        /// A UTCTime (`YYMMDDhhmmssZ`) or GeneralizedTime (`YYYYMMDDhhmmssZ`) as `YYYY-MM-DD`.
        mutating func time() -> String? {
            guard let element = next() else { return nil }
            let text = String(decoding: bytes[element.content], as: UTF8.self)
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            switch element.tag {
            case 0x17:
                guard digits.count >= 6, let year = Int(digits.prefix(2)) else { return nil }
                // RFC 5280: two-digit years from 50 are 19xx.
                let century = year >= 50 ? "19" : "20"
                return "\(century)\(digits.prefix(2))-\(digits.dropFirst(2).prefix(2))-\(digits.dropFirst(4).prefix(2))"
            case 0x18:
                guard digits.count >= 8 else { return nil }
                return "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.dropFirst(6).prefix(2))"
            default:
                return nil
            }
        }
    }
}
