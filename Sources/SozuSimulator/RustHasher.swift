import SozuProto

/// Feeds values to a `SipHash13` as Rust's derived `Hash` feeds them to its hasher (64-bit
/// little-endian target): integers as their little-endian bytes, `bool` as one byte, strings as
/// their UTF-8 bytes then 0xff, sequences and maps after their length as a `usize`, and an enum
/// (`Option` among them) as its discriminant, an `isize`, before its payload.
struct RustHasher {
    private(set) var sip = SipHash13()

    mutating func bool(_ value: Bool) { sip.write(CollectionOfOne(value ? 1 : 0)) }
    mutating func u16(_ value: UInt16) { integer(value) }
    mutating func u32(_ value: UInt32) { integer(value) }
    mutating func i32(_ value: Int32) { integer(value) }
    mutating func u64(_ value: UInt64) { integer(value) }

    /// A proto enum stored by prost as `i32`.
    mutating func enumeration(_ rawValue: Int) { i32(Int32(truncatingIfNeeded: rawValue)) }

    mutating func string(_ value: String) {
        sip.write(value.utf8)
        sip.write(CollectionOfOne(0xff))
    }

    mutating func bytes(_ value: some Collection<UInt8>) {
        length(value.count)
        sip.write(value)
    }

    mutating func length(_ count: Int) { integer(UInt64(count)) }

    /// The discriminant of a Rust enum without `repr`, as `derive(Hash)` writes it.
    mutating func discriminant(_ value: Int) { integer(Int64(value)) }

    /// An `Option`: its discriminant, then the value when there is one.
    mutating func option<Value>(_ present: Bool, _ value: @autoclosure () -> Value, _ hash: (inout RustHasher, Value) -> Void) {
        discriminant(present ? 1 : 0)
        if present { hash(&self, value()) }
    }

    mutating func optionalString(_ present: Bool, _ value: @autoclosure () -> String) {
        option(present, value()) { $0.string($1) }
    }

    /// A `BTreeMap<String, String>`: its length, then each pair in the order of the keys' bytes.
    mutating func stringMap(_ map: [String: String]) {
        length(map.count)
        for key in map.keys.sorted(by: ProxyState.byteOrder) {
            string(key)
            string(map[key] ?? "")
        }
    }

    /// A `std::net::SocketAddr` built from Sōzu's `SocketAddress`: the variant (V4, V6), the
    /// address's octets, the port, and for V6 a zero flow info and scope id.
    mutating func socketAddress(_ address: Command_SocketAddress) {
        let port = UInt16(truncatingIfNeeded: address.port)
        switch address.ip.inner {
        case .v6(let value):
            discriminant(1)
            integer(value.high.bigEndian)
            integer(value.low.bigEndian)
            u16(port)
            u32(0)
            u32(0)
        case .v4(let value):
            discriminant(0)
            integer(value.bigEndian)
            u16(port)
        case nil:
            // No address at all reads as 0.0.0.0.
            discriminant(0)
            u32(0)
            u16(port)
        }
    }

    func finish() -> UInt64 { sip.finish() }

    private mutating func integer(_ value: some FixedWidthInteger) {
        withUnsafeBytes(of: value.littleEndian) { sip.write($0) }
    }
}
