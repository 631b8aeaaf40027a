import Synchronization

/// Holds the model for readers on any thread (the screen's loop is not async) and tells an
/// observer when it changed.
public final class ModelStore: Sendable {
    private let model: Mutex<ConsoleModel>
    /// The observer sits in a struct, not as a bare closure: `Mutex.withLock` hands its value
    /// to the body `inout` at the generic abstraction level, and a bare function value is
    /// re-wrapped in a pair of reabstraction thunks on every access and written back so. After
    /// n changes, calling the observer went through 2n thunks: the screen slowed with each
    /// answer and a thread's stack overflowed after some 10,000 (a long session's crash).
    private let observer: Mutex<Observer?>

    struct Observer: Sendable {
        let changed: @Sendable () -> Void
    }

    init(_ model: ConsoleModel) {
        self.model = Mutex(model)
        self.observer = Mutex(nil)
    }

    public func snapshot() -> ConsoleModel {
        model.withLock { $0 }
    }

    /// Called (on the session's executor) after every change; keep it short: wake a loop.
    public func observe(_ callback: @escaping @Sendable () -> Void) {
        observer.withLock { $0 = Observer(changed: callback) }
    }

    func update<T>(_ change: (inout ConsoleModel) -> T) -> T {
        let result = model.withLock { model in
            let result = change(&model)
            model.version += 1
            return result
        }
        observer.withLock { $0 }?.changed()
        return result
    }
}
