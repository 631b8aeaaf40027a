import SozuConfiguration
import SozuProto
#if canImport(Glibc)
import Glibc
#endif

/// Binds a listening address the way a Sōzu worker does (address and port reuse on), and lets it
/// go at once: the simulator serves no traffic, it only learns whether the bind would fail.
enum AddressProbe {
    /// nil when `address` can be bound, else the OS error as Rust prints it.
    @Sendable static func bindError(_ address: Command_SocketAddress) -> String? {
        let isV6: Bool
        if case .v6 = address.ip.inner { isV6 = true } else { isV6 = false }
        let descriptor = socket(isV6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return OSErrorText.describe(errno) }
        defer { close(descriptor) }
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEPORT, &on, socklen_t(MemoryLayout<Int32>.size))
        let port = UInt16(truncatingIfNeeded: address.port).bigEndian
        let result: Int32
        switch address.ip.inner {
        case .v6(let value):
            var storage = sockaddr_in6()
            storage.sin6_family = sa_family_t(AF_INET6)
            storage.sin6_port = port
            withUnsafeMutableBytes(of: &storage.sin6_addr) { bytes in
                for index in 0..<8 {
                    bytes[index] = UInt8(truncatingIfNeeded: value.high >> UInt64(56 - 8 * index))
                    bytes[8 + index] = UInt8(truncatingIfNeeded: value.low >> UInt64(56 - 8 * index))
                }
            }
            result = withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        case .v4, nil:
            var storage = sockaddr_in()
            storage.sin_family = sa_family_t(AF_INET)
            storage.sin_port = port
            if case .v4(let bits) = address.ip.inner { storage.sin_addr.s_addr = bits.bigEndian }
            result = withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        guard result == 0 else { return OSErrorText.describe(errno) }
        guard listen(descriptor, 1) == 0 else { return OSErrorText.describe(errno) }
        return nil
    }
}
