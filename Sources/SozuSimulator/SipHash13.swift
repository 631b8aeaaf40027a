/// SipHash-1-3 with both keys zero: what Rust's `DefaultHasher::new()` computes, so that values
/// hashed here equal the ones a real Sōzu reports (its cluster hashes use that hasher).
struct SipHash13 {
    private var v0: UInt64 = 0x736f_6d65_7073_6575
    private var v1: UInt64 = 0x646f_7261_6e64_6f6d
    private var v2: UInt64 = 0x6c79_6765_6e65_7261
    private var v3: UInt64 = 0x7465_6462_7974_6573
    /// Bytes not yet making a whole 8-byte word, least significant first.
    private var tail: UInt64 = 0
    private var tailCount = 0
    private var length = 0

    /// Feeds bytes; split or whole, the same bytes give the same hash.
    mutating func write(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            tail |= UInt64(byte) << UInt64(8 * tailCount)
            tailCount += 1
            length += 1
            if tailCount == 8 {
                compress(tail)
                tail = 0
                tailCount = 0
            }
        }
    }

    func finish() -> UInt64 {
        var copy = self
        let last = (UInt64(truncatingIfNeeded: copy.length) & 0xff) << 56 | copy.tail
        copy.compress(last)
        copy.v2 ^= 0xff
        for _ in 0..<3 { copy.round() }
        return copy.v0 ^ copy.v1 ^ copy.v2 ^ copy.v3
    }

    private mutating func compress(_ word: UInt64) {
        v3 ^= word
        round()
        v0 ^= word
    }

    private mutating func round() {
        v0 &+= v1; v1 = v1.rotated(13); v1 ^= v0; v0 = v0.rotated(32)
        v2 &+= v3; v3 = v3.rotated(16); v3 ^= v2
        v0 &+= v3; v3 = v3.rotated(21); v3 ^= v0
        v2 &+= v1; v1 = v1.rotated(17); v1 ^= v2; v2 = v2.rotated(32)
    }
}

extension UInt64 {
    fileprivate func rotated(_ count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
