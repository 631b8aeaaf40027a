public import Foundation

/// Per-second rates from counters read at intervals. Each series (a counter of one worker, one
/// filing) is measured on its own, so that one worker's restart or an upgrade (its counters
/// start again from zero) gives that series no rate for one poll instead of a negative or
/// huge one, while the other workers' series keep theirs; a row's rate is the sum of its
/// series' rates. A series seen for the first time has no rate yet; one no longer reported is
/// forgotten.
public struct RateMeter<Series: Hashable & Sendable>: Sendable {
    private struct Reading: Sendable {
        var value: Double
        var at: Date
        var generation: UInt64
    }

    private var readings: [Series: Reading] = [:]
    private var generation: UInt64 = 0

    public init() {}

    /// Starts a poll: series not read during it are forgotten by `finishPoll`.
    public mutating func startPoll() {
        generation &+= 1
    }

    /// The series' rate since its last reading (nil the first time, and after a reset), and
    /// records this reading.
    public mutating func rate(_ series: Series, value: Double, at now: Date) -> Double? {
        let reading = Reading(value: value, at: now, generation: generation)
        // One look-up (a series' key is hashed once a poll): the slot is read and replaced.
        return Self.replace(&readings[series, default: Reading(value: .nan, at: now, generation: 0)], with: reading)
    }

    private static func replace(_ slot: inout Reading, with reading: Reading) -> Double? {
        let last = slot
        slot = reading
        // NaN: the series is new.
        guard !last.value.isNaN else { return nil }
        let interval = reading.at.timeIntervalSince(last.at)
        guard interval > 0.000_1, reading.value >= last.value else { return nil }
        return (reading.value - last.value) / interval
    }

    /// Forgets the series that the poll did not read (a removed backend, a worker gone).
    public mutating func finishPoll(readCount: Int? = nil) {
        // Nothing to forget when every series was read (the usual poll): no copy.
        if let readCount, readCount == readings.count { return }
        let current = generation
        readings = readings.filter { $0.value.generation == current }
    }

    public var seriesCount: Int { readings.count }
}

/// A row's histories, one per figure.
public struct RowHistory: Sendable {
    private var figures = [History](repeating: History(), count: TrafficState.Figure.allCases.count)

    public subscript(figure: TrafficState.Figure) -> History? {
        let history = figures[figure.index]
        return history.count == 0 ? nil : history
    }

    /// A figure not known yet (a rate before its second poll) starts no history; one that
    /// goes unknown later shows as zero.
    mutating func record(_ figure: TrafficState.Figure, _ value: Double?) {
        let index = figure.index
        guard value != nil || figures[index].count > 0 else { return }
        figures[index].append(value ?? 0)
    }

    mutating func recordAll(_ row: TrafficFigures) {
        record(.requests, row.requestsPerSecond)
        record(.errors, row.errorsPerSecond)
        record(.errorPercent, row.errorPercent)
        record(.bytes, TrafficFigures.sum(row.bytesInPerSecond, row.bytesOutPerSecond))
        record(.connections, row.connections.map { Double($0) })
        record(.p50, row.p50.map { Double($0) })
        record(.p99, row.p99.map { Double($0) })
        record(.p999, row.p999.map { Double($0) })
    }
}

/// The recent history of a figure, one value per poll, for a sparkline: the newest
/// `capacity` values, oldest first.
public struct History: Sendable, Equatable {
    public static let capacity = 60
    private var values: [Float] = []
    private var start = 0

    public init() {}

    public mutating func append(_ value: Double) {
        let value = Float(value.isFinite ? value : 0)
        if values.count < Self.capacity {
            values.append(value)
        } else {
            values[start] = value
            start = (start + 1) % Self.capacity
        }
    }

    /// Oldest first.
    public var ordered: [Double] {
        (values[start...] + values[..<start]).map(Double.init)
    }

    public var last: Double? { values.isEmpty ? nil : Double(values[(start + values.count - 1) % values.count]) }
    public var count: Int { values.count }
}
