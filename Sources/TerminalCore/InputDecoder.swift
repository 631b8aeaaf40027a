/// Turns the bytes a terminal sends into `InputEvent`s. A pure state machine: it keeps what a
/// read cut in the middle (an escape sequence, a UTF-8 character, a paste) until the rest
/// comes, and gives it up as it stands when told the input went quiet (`flush`), which is how
/// a lone Esc is told from the start of a sequence.
///
/// Text is UTF-8; bytes that are not become U+FFFD, each on its own. Bracketed pastes
/// (`ESC[200~ … ESC[201~`) arrive whole as one `.paste`, however many reads they span.
public struct InputDecoder: Sendable {
    private var pending: [UInt8] = []
    /// Inside a bracketed paste: its bytes so far.
    private var paste: [UInt8]?
    /// The longest paste kept; the rest of a larger one is dropped (and the paste still ends).
    public let maximumPasteBytes: Int

    static let pasteStart: [UInt8] = Array("\u{1b}[200~".utf8)
    static let pasteEnd: [UInt8] = Array("\u{1b}[201~".utf8)

    public init(maximumPasteBytes: Int = 1 << 20) {
        self.maximumPasteBytes = maximumPasteBytes
    }

    /// Whether bytes are held back waiting for the rest of a sequence, character or paste.
    public var isWaiting: Bool { !pending.isEmpty || paste != nil }

    /// The events `bytes` complete.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [InputEvent] {
        pending.append(contentsOf: bytes)
        return decode(final: false)
    }

    /// The input went quiet: what was held back is given up as it stands (a lone ESC is Esc;
    /// a cut sequence is passed on; a cut character is U+FFFD). An open paste stays open.
    public mutating func flush() -> [InputEvent] {
        decode(final: true)
    }

    private mutating func decode(final: Bool) -> [InputEvent] {
        var events: [InputEvent] = []
        var text = String.UnicodeScalarView()
        func endText() {
            guard !text.isEmpty else { return }
            events.append(.text(String(text)))
            text = String.UnicodeScalarView()
        }
        var index = 0
        decoding: while index < pending.count {
            if paste != nil {
                guard let end = Self.find(Self.pasteEnd, in: pending, from: index) else {
                    // Keep what may be the start of the terminator; the rest is the paste's.
                    let keep = Self.suffixThatMayStart(Self.pasteEnd, in: pending, from: index)
                    appendToPaste(pending[index..<(pending.count - keep)])
                    index = pending.count - keep
                    break decoding
                }
                appendToPaste(pending[index..<end])
                events.append(.paste(String(decoding: paste ?? [], as: UTF8.self)))
                paste = nil
                index = end + Self.pasteEnd.count
                continue
            }
            let byte = pending[index]
            switch byte {
            case 0x1b:
                guard let (length, event) = Self.escape(pending, at: index, final: final) else { break decoding }
                endText()
                if let event {
                    events.append(event)
                } else {
                    paste = []  // the paste's start
                }
                index += length
            case 0x00..<0x20, 0x7f:
                endText()
                events.append(.control(byte))
                index += 1
            default:
                let length = Self.utf8Length(byte)
                if index + length > pending.count {
                    // A character cut by the read: wait, unless nothing more is coming or what
                    // is there already cannot be its continuation.
                    let available = pending[(index + 1)...]
                    if !final, length > 1, available.allSatisfy({ $0 & 0xc0 == 0x80 }) { break decoding }
                    text.append("\u{FFFD}")
                    index += 1
                    continue
                }
                if length > 1, let scalar = String(validating: pending[index..<(index + length)], as: UTF8.self)?.unicodeScalars.first {
                    text.append(scalar)
                    index += length
                } else if length == 1 {
                    text.append(Unicode.Scalar(byte))
                    index += 1
                } else {
                    text.append("\u{FFFD}")
                    index += 1
                }
            }
        }
        endText()
        pending.removeFirst(index)
        return events
    }

    private mutating func appendToPaste(_ bytes: ArraySlice<UInt8>) {
        guard var kept = paste else { return }
        let room = max(0, maximumPasteBytes - kept.count)
        kept.append(contentsOf: bytes.prefix(room))
        paste = kept
    }

    /// The escape sequence at `index`: its length and event (nil event: a paste starts), or
    /// nil when it is not complete yet and more may come.
    static func escape(_ bytes: [UInt8], at index: Int, final: Bool) -> (Int, InputEvent?)? {
        let rest = bytes[index...]
        guard rest.count >= 2 else {
            return final ? (1, .key(.escape, raw: [0x1b])) : nil
        }
        let second = bytes[index + 1]
        switch second {
        case UInt8(ascii: "["):
            // The Linux console's F1-F5: ESC [ [ A…E.
            if rest.count >= 3, bytes[index + 2] == UInt8(ascii: "[") {
                guard rest.count >= 4 else { return final ? (3, .sequence(Array(rest.prefix(3)))) : nil }
                let raw = Array(rest.prefix(4))
                let letter = raw[3]
                if (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(letter) {
                    return (4, .key(.function(Int(letter - UInt8(ascii: "A")) + 1), raw: raw))
                }
                return (4, .sequence(raw))
            }
            // CSI: parameters 0x30-0x3F, intermediates 0x20-0x2F, one final byte 0x40-0x7E.
            var end = index + 2
            while end < bytes.count, (0x20...0x3f).contains(bytes[end]) { end += 1 }
            guard end < bytes.count else {
                return final ? (end - index, .sequence(Array(bytes[index..<end]))) : nil
            }
            guard (0x40...0x7e).contains(bytes[end]) else {
                // Not a sequence after all: ESC [ as Alt-[, the rest decoded on its own.
                return (2, .sequence([0x1b, second]))
            }
            let raw = Array(bytes[index...end])
            if raw == pasteStart { return (raw.count, nil) }
            return (raw.count, namedCSI(raw).map { .key($0, raw: raw) } ?? .sequence(raw))
        case UInt8(ascii: "O"):
            guard rest.count >= 3 else { return final ? (2, .sequence([0x1b, second])) : nil }
            let raw = Array(rest.prefix(3))
            let key: Key? = switch raw[2] {
            case UInt8(ascii: "A"): .up
            case UInt8(ascii: "B"): .down
            case UInt8(ascii: "C"): .right
            case UInt8(ascii: "D"): .left
            case UInt8(ascii: "H"): .home
            case UInt8(ascii: "F"): .end
            case UInt8(ascii: "P"): .function(1)
            case UInt8(ascii: "Q"): .function(2)
            case UInt8(ascii: "R"): .function(3)
            case UInt8(ascii: "S"): .function(4)
            default: nil
            }
            return (3, key.map { .key($0, raw: raw) } ?? .sequence(raw))
        case 0x1b:
            // Esc, then another sequence (or Esc) that starts here.
            return (1, .key(.escape, raw: [0x1b]))
        default:
            // Alt with a key: ESC and the key's first byte (its UTF-8 rest, if any, follows).
            return (2, .sequence([0x1b, second]))
        }
    }

    /// `ESC [ … final` sequences with a name, when unmodified.
    static func namedCSI(_ raw: [UInt8]) -> Key? {
        let body = raw.dropFirst(2)
        guard let final = body.last else { return nil }
        let parameters = String(decoding: body.dropLast(), as: UTF8.self)
        switch final {
        case UInt8(ascii: "A") where parameters.isEmpty: return .up
        case UInt8(ascii: "B") where parameters.isEmpty: return .down
        case UInt8(ascii: "C") where parameters.isEmpty: return .right
        case UInt8(ascii: "D") where parameters.isEmpty: return .left
        case UInt8(ascii: "H") where parameters.isEmpty: return .home
        case UInt8(ascii: "F") where parameters.isEmpty: return .end
        case UInt8(ascii: "~"):
            switch parameters {
            case "1", "7": return .home
            case "2": return .insert
            case "3": return .delete
            case "4", "8": return .end
            case "5": return .pageUp
            case "6": return .pageDown
            case "11", "12", "13", "14", "15": return .function(Int(parameters).map { $0 - 10 } ?? 0)
            case "17", "18", "19", "20", "21": return .function(Int(parameters).map { $0 - 11 } ?? 0)
            case "23", "24": return .function(Int(parameters).map { $0 - 12 } ?? 0)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// How long the UTF-8 character a lead byte starts is; 0 for a byte that cannot start one.
    static func utf8Length(_ lead: UInt8) -> Int {
        switch lead {
        case 0x00..<0x80: 1
        case 0xc2...0xdf: 2
        case 0xe0...0xef: 3
        case 0xf0...0xf4: 4
        default: 0
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count - start >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// How many bytes at the end of `bytes` could be the start of `needle`.
    static func suffixThatMayStart(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int {
        let available = bytes.count - start
        for length in stride(from: min(needle.count - 1, available), through: 1, by: -1)
        where bytes[(bytes.count - length)...].elementsEqual(needle.prefix(length)) {
            return length
        }
        return 0
    }
}
