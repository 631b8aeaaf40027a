import Logging
import SozuCodec
import SozuProto

/// Where every fault takes effect. A worker asks it what becomes of each request it gets, the
/// main process what goes out in place of each answer; each does what it is told.
struct FaultInjector: Sendable {
    /// What becomes of a request a worker gets.
    struct RequestFate: Equatable, Sendable {
        enum Outcome: Equatable, Sendable {
            /// Handled and answered as usual.
            case answer
            /// Never answered.
            case ignore
            /// The worker hangs up its channel, without answering.
            case crash
        }

        /// How long the worker waits first; nil when no fault delays it.
        var delay: Duration?
        var outcome: Outcome
    }

    /// Bytes the main process writes in place of an answer.
    struct CorruptedAnswer: Equatable, Sendable {
        var bytes: [UInt8]
        /// Whether the main process then closes the connection.
        var hangsUp: Bool
    }

    /// A frame of 12 bytes whose payload is no Response.
    static let garbageFrame: [UInt8] = [12, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]

    let faults: [SimulatorFault]
    let logger: Logger

    init(_ faults: [SimulatorFault], logger: Logger = Logger(label: "sozu-sim")) {
        self.faults = faults
        self.logger = logger
    }

    /// The faults of worker `id` apply in the order given: delays add up until one leaves the
    /// request unanswered.
    func fate(ofRequest requestID: String, toWorker id: UInt32) -> RequestFate {
        var fate = RequestFate(delay: nil, outcome: .answer)
        for fault in faults {
            switch fault {
            case .slowWorker(id, let delay):
                fate.delay = (fate.delay ?? .zero) + delay
            case .silentWorker(id):
                fate.outcome = .ignore
            case .crashingWorker(id):
                fate.outcome = .crash
            case .slowWorker, .silentWorker, .crashingWorker, .truncatedAnswers, .garbageAnswers:
                continue
            }
            logger.debug("fault \(fault) applies", metadata: ["worker": "\(id)", "request": "\(requestID)"])
            if fate.outcome != .answer { break }
        }
        return fate
    }

    /// What goes out in place of `response`; nil when it goes out as it is.
    func corrupted(_ response: Command_Response) -> CorruptedAnswer? {
        if faults.contains(.truncatedAnswers), let frame = try? MessageCodec.encodeFrame(response) {
            logger.debug("fault truncated-answers applies", metadata: ["bytes": "\(frame.count / 2) of \(frame.count)"])
            return CorruptedAnswer(bytes: Array(frame.prefix(frame.count / 2)), hangsUp: true)
        }
        if faults.contains(.garbageAnswers) {
            logger.debug("fault garbage-answers applies")
            return CorruptedAnswer(bytes: Self.garbageFrame, hangsUp: false)
        }
        return nil
    }
}
