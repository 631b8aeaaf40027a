import SozuProto

/// Socket addresses written as Sōzu writes them (Rust's `SocketAddr` display): `10.0.1.12:8080`,
/// `[::1]:443`. Sōzu keys listeners and certificates by this text.
enum SocketAddressText {
    static func text(_ address: Command_SocketAddress) -> String {
        // Sōzu narrows the port to 16 bits.
        let port = UInt16(truncatingIfNeeded: address.port)
        switch address.ip.inner {
        case .v4(let value):
            return "\(value >> 24).\((value >> 16) & 0xff).\((value >> 8) & 0xff).\(value & 0xff):\(port)"
        case .v6(let halves):
            return "[\(ipv6Text(high: halves.high, low: halves.low))]:\(port)"
        case nil:
            return "0.0.0.0:\(port)"
        }
    }

    /// RFC 5952 text: lower-case hex groups, the longest run (of two or more) of zero groups as `::`.
    static func ipv6Text(high: UInt64, low: UInt64) -> String {
        let groups: [UInt16] = (0..<8).map { index in
            let half = index < 4 ? high : low
            return UInt16(truncatingIfNeeded: half >> UInt64((3 - index % 4) * 16))
        }
        // IPv4-mapped addresses print their last 32 bits as a dotted quad.
        if groups[0..<5].allSatisfy({ $0 == 0 }), groups[5] == 0xffff {
            return "::ffff:\(groups[6] >> 8).\(groups[6] & 0xff).\(groups[7] >> 8).\(groups[7] & 0xff)"
        }
        var bestStart = -1
        var bestLength = 0
        var index = 0
        while index < 8 {
            if groups[index] == 0 {
                var end = index
                while end < 8, groups[end] == 0 { end += 1 }
                if end - index > bestLength {
                    bestStart = index
                    bestLength = end - index
                }
                index = end
            } else {
                index += 1
            }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard bestLength >= 2 else { return hex.joined(separator: ":") }
        let head = hex[0..<bestStart].joined(separator: ":")
        let tail = hex[(bestStart + bestLength)...].joined(separator: ":")
        return head + "::" + tail
    }
}
