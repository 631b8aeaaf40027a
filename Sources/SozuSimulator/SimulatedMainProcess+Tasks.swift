import Logging
import SozuChannel
import SozuCodec
import SozuProto

/// Tasks: a request scattered to the workers under Sōzu's request ids
/// (`Name-worker-task-index`), their answers gathered, or the timeout.
extension SimulatedMainProcess {
    /// What a worker's PROCESSING answers become while a task waits for its final one.
    typealias ProcessingHandler = @Sendable (UInt32, Command_WorkerResponse) async -> Void

    /// A request sent to one worker, waiting for its final answer.
    struct PendingAnswer {
        var workerID: UInt32
        var continuation: CheckedContinuation<Command_WorkerResponse?, Never>
        var onProcessing: ProcessingHandler
    }

    /// Sends `request` to every worker that is not stopped and waits for each final answer (or
    /// the timeout). PROCESSING answers go to `onProcessing` as they come.
    func scatter(
        _ request: Command_Request,
        timeout: Duration?,
        within sharedTask: (task: Int, index: Int)? = nil,
        onProcessing: @escaping ProcessingHandler = { _, _ in }
    ) async -> [(workerID: UInt32, answer: Command_WorkerResponse?)] {
        let (task, index) = sharedTask ?? (newTask(), 0)
        let name = request.shortName ?? "Unknown"
        let targets = workers.filter { $0.runState != .stopped }
        let requestIDs = targets.map { "\(name)-\($0.id)-\(task)-\(index)" }
        // One timer for the whole task, cancelled as soon as every answer is in.
        let timer: Task<Void, Never>? = timeout.map { timeout in
            Task {
                do {
                    try await Task.sleep(for: timeout)
                } catch {
                    return
                }
                for requestID in requestIDs { self.expire(requestID) }
            }
        }
        defer { timer?.cancel() }
        return await withTaskGroup(of: (UInt32, Command_WorkerResponse?).self) { group in
            for (worker, requestID) in zip(targets, requestIDs) {
                group.addTask {
                    await self.ask(worker: worker.id, channel: worker.channel, requestID: requestID, request: request,
                                   onProcessing: onProcessing)
                }
            }
            var answers: [(workerID: UInt32, answer: Command_WorkerResponse?)] = []
            for await (id, answer) in group {
                answers.append((id, answer))
            }
            return answers
        }
    }

    /// A new task number, as Sōzu numbers the tasks whose requests it scatters.
    func newTask() -> Int {
        taskCounter += 1
        return taskCounter
    }

    /// Sends `request` to one worker and waits, without timeout, for its final answer; the request
    /// is numbered in a task of its own, or as `index` within `sharedTask`.
    func askOne(_ workerID: UInt32, _ request: Command_Request, within sharedTask: (task: Int, index: Int)? = nil,
                onProcessing: @escaping ProcessingHandler = { _, _ in }) async -> (String, Command_WorkerResponse?) {
        let (task, index) = sharedTask ?? (newTask(), 0)
        guard let worker = workers.first(where: { $0.id == workerID }) else { return ("", nil) }
        let requestID = "\(request.shortName ?? "Unknown")-\(workerID)-\(task)-\(index)"
        let (_, answer) = await ask(worker: workerID, channel: worker.channel, requestID: requestID, request: request, onProcessing: onProcessing)
        return (requestID, answer)
    }

    /// Relays each PROCESSING answer of a worker to `client`, in Sōzu's words.
    func relayingProcessing(to client: ClientConnection) -> ProcessingHandler {
        { workerID, processing in
            await self.send(.processing, "Worker \(workerID) is processing \(processing.id). \(processing.message)", to: client)
        }
    }

    private func ask(
        worker: UInt32,
        channel: WorkerChannel,
        requestID: String,
        request: Command_Request,
        onProcessing: @escaping ProcessingHandler
    ) async -> (UInt32, Command_WorkerResponse?) {
        var message = Command_WorkerRequest()
        message.id = requestID
        message.content = request
        logger.trace("to worker \((try? SozuJSON.encode(message)) ?? "")", metadata: ["worker": "\(worker)"])
        let answer: Command_WorkerResponse? = await withCheckedContinuation { continuation in
            pending[requestID] = PendingAnswer(workerID: worker, continuation: continuation, onProcessing: onProcessing)
            Task {
                do {
                    try await channel.send(message)
                } catch {
                    self.expire(requestID)
                }
            }
        }
        return (worker, answer)
    }

    private func expire(_ requestID: String) {
        guard let waiting = pending.removeValue(forKey: requestID) else { return }
        logger.debug("worker \(waiting.workerID) gave no answer (timeout, or its channel broke)", metadata: ["request": "\(requestID)"])
        waiting.continuation.resume(returning: nil)
    }
}
