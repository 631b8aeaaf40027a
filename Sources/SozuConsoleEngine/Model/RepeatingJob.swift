public import SozuClient

/// A command repeated by `every` (or `metrics get -r`).
public struct RepeatingJob: Equatable, Sendable {
    public let id: RequestID
    public let verb: String
    public let text: String
    public let interval: Duration
    public var runs: Int
    public var lastRequest: RequestID?
    /// False once stopped (or ended by its limit): its runs still show as one row.
    public var isRunning = true
}
