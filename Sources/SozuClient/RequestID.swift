/// The console's own number for a request: Sōzu's `Request` and `Response` carry no id.
public struct RequestID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: Int

    public init(_ value: Int) {
        self.value = value
    }

    public static func < (lhs: RequestID, rhs: RequestID) -> Bool { lhs.value < rhs.value }

    public var description: String { "#\(value)" }
}
