import Foundation
import SozuChannel
import SozuCodec
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing

/// Replays the sequence captured from a real Sōzu 2.1.0 (../shared/reference/real-sozu-2.1.0)
/// on a simulator started from the same configuration, and compares every captured answer with
/// the simulator's: statuses, messages, and content where it does not vary from run to run.
///
/// The folder holds the odd-numbered steps and the last; the even ones were kept back. Those
/// whose effect the later answers depend on are inferred (see `inferredSteps`); the others are
/// not replayed, and the comparisons that depend on them are narrowed (see `comparisons`).
@Suite("Replaying a real Sōzu 2.1.0's captured sequence on the simulator", .serialized,
       .enabled(if: PackagePaths.realSozu210Captures != nil, "../shared/reference is absent: real-Sōzu 2.1.0 captures skipped"))
struct RealSozuReplayTests {
    /// How a step's answers are compared.
    enum Comparison {
        /// Statuses, messages and content (worker pids, task numbers in request ids and the
        /// order in which workers relay or fail set aside).
        case exact
        /// Statuses and messages: the content counts requests of the kept-back steps.
        case messages
        /// Statuses, messages, and each metric's name, kind and place (values vary).
        case metricNamesAndKinds
    }

    static let comparisons: [Int: Comparison] = [
        13: .metricNamesAndKinds,
        107: .messages,  // request counts include the kept-back steps
        109: .metricNamesAndKinds,
    ]

    /// Kept-back steps inferred from the sequence and the later answers, replayed in their place.
    static func inferredSteps(_ steps: [Int: CapturedStep]) -> [Int: Command_Request] {
        var inferred: [Int: Command_Request] = [:]
        // "again" and "duplicate" steps repeat the step before them.
        for (kept, repeated) in [(22, 23), (26, 27), (48, 49), (56, 57)] {
            inferred[kept] = steps[repeated]?.request
        }
        // The frontend on an address without listener that step 29 shows in diff-http.
        var nowhere = Command_RequestHttpFrontend()
        nowhere.clusterID = "diff-http"
        nowhere.address = address(port: 38999)
        nowhere.hostname = "nolistener.example.test"
        nowhere.path.kind = .prefix
        nowhere.path.value = "/"
        nowhere.position = .tree
        inferred[28] = request { $0.addHTTPFrontend = nowhere }
        // Step 47 lists 38443 active and 38445 gone.
        var activate = Command_ActivateListener()
        activate.address = address(port: 38443)
        activate.proxy = .https
        activate.fromScm = false
        inferred[42] = request { $0.activateListener = activate }
        var remove = Command_RemoveListener()
        remove.address = address(port: 38445)
        remove.proxy = .https
        inferred[46] = request { $0.removeListener = remove }
        // Step 109 shows config.<verb> counters recorded after 97 disabled metrics.
        inferred[98] = request { $0.configureMetrics = .enabled }
        // Step 113 is the status "after the upgrade" of worker 0.
        inferred[112] = request { $0.upgradeWorker = 0 }
        return inferred
    }

    @Test("every captured step's answers, as the real Sōzu 2.1.0 gave them")
    func replay() async throws {
        let steps = try CapturedStep.all()
        try #require(steps.count == 60, "the folder holds the 59 odd steps and step 118")
        let inferred = Self.inferredSteps(steps)
        var simulator = try await RealSozuStart.simulator()
        var compared: [Int] = []
        for number in 1...118 {
            if let request = inferred[number] {
                _ = try await simulator.send(request)
                continue
            }
            if number == 116 {
                // Step 116, a reload from a file that does not exist, makes Sōzu's main process
                // panic (no answer); Sōzu was started again from the same configuration.
                #expect(try await simulator.send(request { $0.reloadConfiguration = "/run/sozu-test/no-such-config.toml" }).isEmpty)
                await simulator.main.waitUntilExited()
                await simulator.stop()
                simulator = try await RealSozuStart.simulator()
                continue
            }
            guard let step = steps[number] else { continue }
            // Step 111 read the subscription's first answer only.
            let answers = number == 111
                ? try await Self.firstAnswer(to: step.request, at: simulator.path)
                : try await simulator.send(step.request)
            Self.compare(step, answers, Self.comparisons[number] ?? .exact)
            compared.append(number)
        }
        #expect(compared == Array(stride(from: 1, through: 117, by: 2)) + [118])
        await simulator.stop()
    }

    static func compare(_ step: CapturedStep, _ answers: [Command_Response], _ comparison: Comparison) {
        let label = Comment(rawValue: "step \(step.number) \(step.name)")
        #expect(answers.map(\.status) == step.answers.map(\.status), label)
        #expect(Self.messages(answers) == Self.messages(step.answers), label)
        guard answers.count == step.answers.count else { return }
        for (simulated, real) in zip(answers, step.answers) {
            switch comparison {
            case .exact:
                #expect(Self.normalized(simulated.content) == Self.normalized(real.content), label)
            case .messages:
                break
            case .metricNamesAndKinds:
                #expect(Self.metricShape(simulated.content.metrics) == Self.metricShape(real.content.metrics), label)
            }
        }
    }

    /// Messages with what varies from run to run set aside: task numbers in worker request ids
    /// (`SoftStop-0-2-0`), and the order of relays and of per-worker failures.
    static func messages(_ answers: [Command_Response]) -> [String] {
        let masked = answers.map { answer in
            var message = answer.message.replacing(#/([A-Za-z]+-\d+-)\d+(-\d+)/#) { "\($0.output.1)T\($0.output.2)" }
            if answer.status == .failure, message.firstMatch(of: #/^\d+: /#) != nil {
                message = message.components(separatedBy: ", ").sorted().joined(separator: ", ")
            }
            return message
        }
        // Relays sit between the first PROCESSING and the final answer, in any order.
        guard masked.count > 2 else { return masked }
        return [masked[0]] + masked[1..<(masked.count - 1)].sorted() + [masked[masked.count - 1]]
    }

    /// Content with what varies set aside: worker pids, and the order of workers in a status.
    static func normalized(_ content: Command_ResponseContent) -> Command_ResponseContent {
        var content = content
        if case .workers = content.contentType {
            content.workers.vec = content.workers.vec.map { info in
                var info = info
                info.pid = 0
                return info
            }.sorted { $0.id < $1.id }
        }
        return content
    }

    /// Each metric's place, name and kind.
    static func metricShape(_ metrics: Command_AggregatedMetrics) -> [String] {
        func kinds(_ place: String, _ table: [String: Command_FilteredMetrics]) -> [String] {
            table.map { name, value in
                let kind = switch value.inner {
                case .gauge: "gauge"
                case .count: "count"
                case .time: "time"
                case .percentiles: "percentiles"
                case .timeSerie: "time serie"
                case .histogram: "histogram"
                case nil: "none"
                }
                return "\(place) \(name): \(kind)"
            }
        }
        var shape = kinds("main", metrics.main) + kinds("proxying", metrics.proxying)
        for (id, row) in metrics.clusters { shape += kinds("cluster \(id)", row.cluster) }
        for (worker, row) in metrics.workers {
            shape += kinds("worker \(worker)", row.proxy)
            for (id, cluster) in row.clusters { shape += kinds("worker \(worker) cluster \(id)", cluster.cluster) }
        }
        return shape.sorted()
    }

    static func firstAnswer(to request: Command_Request, at path: String) async throws -> [Command_Response] {
        let client = try await Client.connect(to: path)
        defer { Task { await client.close() } }
        try await client.send(request)
        var iterator = client.messages.makeAsyncIterator()
        return try await iterator.next().map { [$0] } ?? []
    }

    static func address(port: UInt32) -> Command_SocketAddress {
        var address = Command_SocketAddress()
        address.ip.v4 = 0x7f00_0001
        address.port = port
        return address
    }
}
