import Foundation
@testable import SozuConsoleEngine
import Synchronization
import Testing

@Suite struct ModelStoreTests {
    /// The observer is called at the same stack depth after 20,000 changes as after the first.
    /// It once went through two more reabstraction thunks per change (a closure stored bare in
    /// a `Mutex`), so a long session slowed down and finally overflowed a thread's stack.
    @Test func theObserverIsCalledAtAConstantStackDepthHoweverManyChanges() async {
        let store = ModelStore(ConsoleModel(target: "/s"))
        let depths = Mutex<[Int]>([])
        store.observe {
            var marker = 0
            let address = withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) }
            depths.withLock { $0.append(address) }
        }
        // On a thread of a known stack size, so that a growing chain fails the test instead
        // of the test process.
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            let thread = Thread {
                for _ in 0..<20_000 { store.update { $0.notices = [] } }
                done.resume()
            }
            thread.stackSize = 64 << 20
            thread.start()
        }
        let recorded = depths.withLock { $0 }
        #expect(recorded.count == 20_000)
        guard let first = recorded.first, let last = recorded.last else { return }
        // The stack grows downwards: a deeper call has a lower address.
        #expect(first - last < 1_024, "the observer's call went \(first - last) bytes deeper after 20,000 changes")
    }
}
