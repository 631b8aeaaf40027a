import Foundation
import SwiftProtobuf

// MARK: - Required fields left unset

/// Follows, message by message, which required fields the traversal has passed, so that the ones
/// a message left unset are written at their default in field-number order.
struct RequiredFieldCursors {
    /// Required-field lists, referred to by index so that entering and leaving a message moves
    /// two integers and no reference-counted array. List 0 is empty.
    private var lists: [[RequiredFieldDefaults.Field]] = [[]]
    private var types = TypeTable()
    /// The current message's list, and how far the traversal has passed it.
    private var list = 0
    private var next = 0
    private var count = 0
    private var enclosing: [(list: Int, next: Int)] = []

    /// Whether some required field of the current message is still ahead. Checked first on
    /// every field, so that messages without required fields cost one comparison.
    @inline(__always)
    var hasPending: Bool { next < count }

    mutating func enter<M: SwiftProtobuf.Message>(_ message: M) {
        enclosing.append((list, next))
        let key = ObjectIdentifier(M.self)
        var index: Int
        if let known = types.lookup(key) {
            index = known
        } else {
            let fields = RequiredFieldDefaults.byMessage[M.protoMessageName] ?? []
            index = fields.isEmpty ? 0 : lists.count
            if !fields.isEmpty { lists.append(fields) }
            types.insert(key, index)
        }
        // A required enum holding a number this schema lacks sits among the unknown fields; it
        // is written from there, as prost keeps it in place, so no default goes with it.
        if index != 0, !message.unknownFields.data.isEmpty {
            let unknownNumbers = UnknownFieldScanner.fieldNumbers(in: message.unknownFields.data)
            let remaining = lists[index].filter { !unknownNumbers.contains($0.number) }
            if remaining.count != lists[index].count {
                index = lists.count
                lists.append(remaining)
            }
        }
        list = index
        next = 0
        count = lists[index].count
    }

    /// Map entries have no required fields of their own.
    mutating func enterMapEntry() {
        enclosing.append((list, next))
        list = 0
        next = 0
        count = 0
    }

    /// The unset required fields that come before field `number`, now passed.
    mutating func passing(_ number: Int) -> ArraySlice<RequiredFieldDefaults.Field> {
        let fields = lists[list]
        let first = next
        while next < count, fields[next].number < number {
            next += 1
        }
        let skipped = fields[first..<next]
        if next < count, fields[next].number == number {
            next += 1
        }
        return skipped
    }

    /// Every remaining unset required field of the current message (written before its unknown
    /// fields, or at its end).
    mutating func flush() -> ArraySlice<RequiredFieldDefaults.Field> {
        passing(Int.max)
    }

    mutating func leave() -> ArraySlice<RequiredFieldDefaults.Field> {
        let remaining = hasPending ? flush() : []
        let outer = enclosing.removeLast()
        list = outer.list
        next = outer.next
        count = lists[list].count
        return remaining
    }
}
