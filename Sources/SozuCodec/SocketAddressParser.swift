import Glibc
public import SozuProto

/// Reads `1.2.3.4:80` and `[::1]:80` into Sōzu's address message, and writes them back.
/// IPv6 scope ids (`[fe80::1%2]:80`), which Rust reads, are refused: Sōzu's message has no
/// place for them.
public enum SocketAddressParser {
    public static func parse(_ text: String) -> Command_SocketAddress? {
        let host: String
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else { return nil }
            host = String(text[text.index(after: text.startIndex)..<close])
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":"), !text[..<colon].contains(":") else { return nil }
            host = String(text[..<colon])
            portText = text[text.index(after: colon)...]
        }
        // Digits only: Rust's parser takes no sign.
        guard portText.allSatisfy(\.isASCII), portText.allSatisfy(\.isNumber), let port = UInt16(portText) else { return nil }
        var address = Command_SocketAddress()
        address.port = UInt32(port)
        var ip = Command_IpAddress()
        var v4 = in_addr()
        var v6 = in6_addr()
        if !text.hasPrefix("["), inet_pton(AF_INET, host, &v4) == 1 {
            ip.v4 = UInt32(bigEndian: v4.s_addr)
        } else if text.hasPrefix("["), inet_pton(AF_INET6, host, &v6) == 1 {
            let bytes = withUnsafeBytes(of: v6) { Array($0) }
            var value = Command_Uint128()
            value.high = bytes[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
            value.low = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
            ip.v6 = value
        } else {
            return nil
        }
        address.ip = ip
        return address
    }

    /// `1.2.3.4:80` / `[::1]:80`, as Sōzu writes them (Rust's `SocketAddr` display): its
    /// listener, certificate and backend keys are this text. The port is narrowed to 16 bits as
    /// Sōzu narrows it.
    public static func format(_ address: Command_SocketAddress) -> String {
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

    /// RFC 5952 text as Rust writes it: lower-case hex groups, the longest run (of two or more)
    /// of zero groups as `::`, and a dotted quad only for IPv4-mapped addresses (`::ffff:a.b.c.d`).
    static func ipv6Text(high: UInt64, low: UInt64) -> String {
        let groups: [UInt16] = (0..<8).map { index in
            let half = index < 4 ? high : low
            return UInt16(truncatingIfNeeded: half >> UInt64((3 - index % 4) * 16))
        }
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
