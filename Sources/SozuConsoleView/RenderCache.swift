import Foundation
import SozuConsoleEngine
import SozuClient

/// The last finished request's description, kept between frames (it only changes when another
/// request is shown or the width changes).
public final class RenderCache: @unchecked Sendable {
    private struct Key: Equatable {
        let id: RequestID
        let width: Int
        let finishedAt: Date?
        let summarized: Bool
    }

    private struct GroupKey: Equatable {
        let id: RequestID
        let width: Int
        let members: [RequestID]
    }

    private let lock = NSLock()
    private var key: Key?
    private var cached: [StyledLine] = []
    private var groupKey: GroupKey?
    private var groupCached: [StyledLine] = []

    public init() {}

    /// The cached lines for a finished request, or `make()`'s, remembered. In-flight requests
    /// (whose elapsed time ticks) are not cached.
    func lines(for request: ConsoleRequest, width: Int, make: () -> [StyledLine]) -> [StyledLine] {
        guard request.state.isFinal else { return make() }
        let key = Key(id: request.id, width: width, finishedAt: request.tracked.finishedAt, summarized: request.isSummarized)
        if let hit = lock.withLock({ self.key == key ? cached : nil }) { return hit }
        let lines = make()
        lock.withLock {
            self.key = key
            cached = lines
        }
        return lines
    }

    /// The cached lines for a group whose every request is final, or `make()`'s, remembered.
    func lines(for group: RequestGroup, members: [ConsoleRequest], width: Int, make: () -> [StyledLine]) -> [StyledLine] {
        guard members.count == group.targets.count, members.allSatisfy(\.state.isFinal) else { return make() }
        let key = GroupKey(id: group.id, width: width, members: members.map(\.id))
        if let hit = lock.withLock({ self.groupKey == key ? groupCached : nil }) { return hit }
        let lines = make()
        lock.withLock {
            self.groupKey = key
            groupCached = lines
        }
        return lines
    }
}
