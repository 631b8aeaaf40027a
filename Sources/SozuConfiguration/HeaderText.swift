import Foundation
import SozuCodec
import SozuProto

enum HeaderText {
    /// RFC 9110's token: what a header name may be made of.
    static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
                || "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// Control bytes that would let a value end its header line (tab is allowed).
    static func hasForbiddenControls(_ value: String) -> Bool {
        value.utf8.contains { $0 <= 0x08 || (0x0a...0x1f).contains($0) || $0 == 0x7f }
    }
}
