import SozuConsoleEngine
import Synchronization

/// What the engine's line runner hands to the screen thread: the outcomes of each line.
final class OutcomeInbox: Sendable {
    private let items = Mutex<[Outcome]>([])

    func post(_ outcomes: [Outcome]) {
        items.withLock { $0.append(contentsOf: outcomes) }
    }

    func take() -> [Outcome] {
        items.withLock { items in
            defer { items = [] }
            return items
        }
    }
}
