public import Foundation
public import SozuProto

/// One event as the feed keeps it.
public struct FeedEvent: Equatable, Sendable {
    public let receivedAt: Date
    /// "main" or a worker id, as Sōzu sends it in the message.
    public let origin: String
    public let event: Command_Event
    /// The clusters it concerns: its own cluster id, or, for events Sōzu sends without one
    /// (BACKEND_DOWN/UP on the HTTP/1 and TCP paths), the clusters its backend belongs to.
    public let clusterIDs: [String]

    public init(receivedAt: Date, origin: String, event: Command_Event, backendClusters: [String: [String]] = [:]) {
        self.receivedAt = receivedAt
        self.origin = origin
        self.event = event
        if event.hasClusterID {
            clusterIDs = [event.clusterID]
        } else if event.hasBackendID {
            clusterIDs = backendClusters[event.backendID] ?? []
        } else {
            clusterIDs = []
        }
    }
}

/// The newest events, bounded, with the filter the operator chose.
public struct EventFeed: Equatable, Sendable {
    public let capacity: Int
    public private(set) var events: [FeedEvent] = []
    /// Every event received, including those dropped from the window.
    public private(set) var totalReceived = 0
    public var filter = EventFilter.all

    public init(capacity: Int = 1_000) {
        self.capacity = max(1, capacity)
    }

    public mutating func append(_ event: FeedEvent) {
        events.append(event)
        totalReceived += 1
        if events.count > capacity + capacity / 10 {
            events.removeFirst(events.count - capacity)
        }
    }

    /// The kept events that pass the filter, oldest first (at most `capacity`).
    public var visible: [FeedEvent] {
        events.suffix(capacity).filter { filter.matches($0) }
    }

    /// The newest `count` of `visible`, oldest first: what a pane of `count` rows shows, found
    /// from the end instead of filtering (and copying) every kept event at every frame.
    public func newest(_ count: Int) -> [FeedEvent] {
        guard count > 0 else { return [] }
        var found: [FeedEvent] = []
        found.reserveCapacity(min(count, events.count))
        let oldest = max(0, events.count - capacity)
        var index = events.count - 1
        while index >= oldest, found.count < count {
            if filter.matches(events[index]) { found.append(events[index]) }
            index -= 1
        }
        return found.reversed()
    }
}
