import Glibc
public import SozuProto

/// Reads `1.2.3.4:80` and `[::1]:80` into Sōzu's address message, and writes them back.
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
        guard let port = UInt16(portText) else { return nil }
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

    /// `1.2.3.4:80` / `[::1]:80`, as the CLI and list_listeners' keys write them.
    public static func format(_ address: Command_SocketAddress) -> String {
        switch address.ip.inner {
        case .v4(let value):
            let bytes = [value >> 24, value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff]
            return bytes.map(String.init).joined(separator: ".") + ":\(address.port)"
        case .v6(let value):
            var raw = in6_addr()
            withUnsafeMutableBytes(of: &raw) { buffer in
                for index in 0..<8 {
                    buffer[index] = UInt8(truncatingIfNeeded: value.high >> (56 - 8 * UInt64(index)))
                    buffer[8 + index] = UInt8(truncatingIfNeeded: value.low >> (56 - 8 * UInt64(index)))
                }
            }
            var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            guard inet_ntop(AF_INET6, &raw, &text, socklen_t(text.count)) != nil else { return "[?]:\(address.port)" }
            let host = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return "[\(host)]:\(address.port)"
        case nil:
            return "?:\(address.port)"
        }
    }
}
