import Glibc

/// What the screen hands libedit, in order: keys one at a time (libedit's key maps act on
/// them), or text inserted into the line whole (a paste, with no redisplay per character).
/// A queue with a moving head, so that taking from a long paste's keys costs nothing per key.
struct InputQueue {
    enum Item: Equatable {
        case key(wchar_t)
        case text(String)
    }

    private var items: [Item] = []
    private var head = 0

    var isEmpty: Bool { head == items.count }

    mutating func next() -> Item? {
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
        return item
    }

    /// Each character of `text` as a key.
    mutating func append(keys text: String) {
        for scalar in text.unicodeScalars { items.append(.key(wchar_t(bitPattern: scalar.value))) }
    }

    /// An escape sequence's bytes, as libedit reads them (one key per character).
    mutating func append(raw bytes: [UInt8]) {
        append(keys: String(decoding: bytes, as: UTF8.self))
    }

    mutating func append(text: String) {
        guard !text.isEmpty else { return }
        items.append(.text(text))
    }
}
