import Logging
import SozuChannel
import SozuCodec
import SozuProto

/// Soft and hard stops, and the main process's exit.
extension SimulatedMainProcess {
    func stop(_ request: Command_Request, hard: Bool, _ client: ClientConnection) async {
        await audit(.sozuStopRequested, verb: "sozu_stop_requested")
        await send(.processing, hard ? "Performing hard stop..." : "Performing soft stop...", to: client)
        let answers = await scatter(request, timeout: hard ? options.workerTimeout : nil, onProcessing: relayingProcessing(to: client))
        // A worker that died before its OK leaves Sōzu's soft stop unfinished for good: no final
        // answer, no exit (a hard stop has a timeout and finishes).
        if !hard, answers.contains(where: { $0.answer == nil }) {
            logger.debug("soft stop unfinished: a worker died before its OK")
            return
        }
        let ok = answers.filter { $0.answer?.statusValue == .known(.ok) }.count
        await send(.ok, "Successfully closed \(ok) workers, \(answers.count - ok) errors, stopping the main process...", to: client)
        await exit(removingSocket: false, because: hard ? "hard stop" : "soft stop")
    }

    /// Ends the main process: every connection is dropped and nothing more is accepted. Like
    /// Sōzu, a stop leaves the socket file behind.
    func exit(removingSocket: Bool, because reason: @autoclosure () -> String) async {
        guard !stopping else { return }
        stopping = true
        logger.debug("main process exits: \(reason())")
        for client in clients.values { await client.close() }
        clients = [:]
        dropAllSubscribers()
        for worker in workers { await worker.channel.close() }
        if let listener {
            if removingSocket {
                await listener.close()
            } else {
                await listener.stopAccepting()
            }
        }
        exited = true
        for waiter in exitWaiters { waiter.resume() }
        exitWaiters = []
    }
}
