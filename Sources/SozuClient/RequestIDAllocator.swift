import Synchronization

/// Hands out request ids, one after another, to every client that shares it: a console with
/// several proxies numbers their requests as one sequence (`#12` is one request, whichever
/// proxy it went to).
public final class RequestIDAllocator: Sendable {
    private let last = Atomic<Int>(0)

    public init() {}

    public func next() -> RequestID {
        RequestID(last.add(1, ordering: .relaxed).newValue)
    }
}
