import SozuCodec
import Synchronization

@testable import SozuChannel

extension DirectConnection {
    /// For tests: `start`, with what it delivers as a stream — `sent` first however it went, then
    /// the answers — that ends when the connection does, throwing its error.
    static func startStreaming(
        to path: String,
        sending first: Outbound,
        permission: SendPermission? = nil,
        maximumFrameSize: Int = Frame.defaultMaximumSize
    ) -> (connection: DirectConnection, events: AsyncThrowingStream<Delivery, any Error>) {
        let (events, continuation) = AsyncThrowingStream<Delivery, any Error>.makeStream()
        // What the thread delivers before `start` returns waits, so that `sent` comes first.
        let held = Mutex<[Delivery]?>([])
        let forward: @Sendable (Delivery) -> Void = { delivery in
            switch delivery {
            case .ended(let error?): continuation.finish(throwing: error)
            case .ended(nil), .closed: continuation.finish()
            default: continuation.yield(delivery)
            }
        }
        let (connection, isSent) = start(to: path, sending: first, permission: permission, maximumFrameSize: maximumFrameSize) { delivery in
            let passOn = held.withLock { waiting -> Bool in
                guard waiting != nil else { return true }
                waiting?.append(delivery)
                return false
            }
            if passOn { forward(delivery) }
        }
        held.withLock { waiting in
            if isSent { forward(.sent) }
            waiting?.forEach(forward)
            waiting = nil
        }
        return (connection, events)
    }
}
