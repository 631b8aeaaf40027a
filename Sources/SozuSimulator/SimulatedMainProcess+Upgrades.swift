import Logging
import SozuChannel
import SozuCodec
import SozuProto

/// Upgrades: a worker replaced by a new one, the main process by a new main process.
extension SimulatedMainProcess {
    /// Replaces a worker: the old one hands its listen sockets over and drains, a new one takes
    /// over the listeners. Sōzu's sequence of messages, without a timeout.
    func upgradeWorker(_ oldID: UInt32, _ client: ClientConnection) async {
        await audit(.workerUpgraded, verb: "worker_upgraded")
        guard let index = workers.firstIndex(where: { $0.id == oldID }), workers[index].runState == .running else {
            await send(.failure, "Worker \(oldID) does not exist, or is stopping / stopped", to: client)
            return
        }
        // Taken before the first suspension, so that a second upgrade of the same worker is refused.
        workers[index].runState = .stopping
        await send(.processing, "Requesting listen sockets from worker \(oldID)", to: client)
        var handOver = Command_Request()
        handOver.returnListenSockets = Command_ReturnListenSockets()
        let (_, sockets) = await askOne(oldID, handOver)
        guard sockets?.statusValue == .known(.ok) else {
            await send(.failure, "Could not upgrade worker: did not get back listeners from the old worker", to: client)
            return
        }
        let newID: UInt32
        do {
            newID = try await launchWorker(index: Int(oldID))
        } catch {
            await send(.failure, "could not launch new worker: \(error)", to: client)
            return
        }
        logger.debug("worker \(oldID) upgraded: worker \(newID) takes over")
        await send(.processing, "Launched a new worker with id \(newID)", to: client)
        await send(.processing, "Soft stopping worker with id \(oldID)", to: client)
        var stop = Command_Request()
        stop.softStop = Command_SoftStop()
        let softStop = stop
        // One task: the old worker's soft stop is its request 0, the new worker's activations
        // follow from 1, all sent at once; each OK is relayed as it comes.
        let task = newTask()
        let relay = relayingProcessing(to: client)
        let activations = state.activationRequests()
        await withTaskGroup(of: (UInt32, String, Command_WorkerResponse?).self) { group in
            group.addTask {
                let (requestID, answer) = await self.askOne(oldID, softStop, within: (task, 0), onProcessing: relay)
                return (oldID, requestID, answer)
            }
            for (offset, activation) in activations.enumerated() {
                group.addTask {
                    let (requestID, answer) = await self.askOne(newID, activation, within: (task, offset + 1))
                    return (newID, requestID, answer)
                }
            }
            for await (workerID, requestID, answer) in group {
                if let answer, answer.statusValue == .known(.ok) {
                    await send(.processing, "Worker \(workerID) answered OK to \(requestID). \(answer.message)", to: client)
                }
            }
        }
        await send(.ok, "Upgrade successful:\n- finished soft stop of worker \(oldID)\n- finished activation of new worker \(newID)", to: client)
    }

    /// Replaces the main process: the old one answers, drops every connection and goes; the
    /// new one serves the same socket path shortly after, with the same state and workers, and
    /// no subscribers.
    func upgradeMain(_ client: ClientConnection) async {
        await audit(.mainUpgraded, verb: "main_upgraded")
        await send(.processing, "Upgrading the main process...", to: client)
        mainPID += 100
        await send(.ok, "Upgrade successful, closing main process. New main process has pid \(mainPID)", to: client)
        logger.debug("main process upgraded: pid \(mainPID) serves on, without clients or subscribers")
        // The new main inherits the listening socket (same path, same inode) and the workers; it
        // has no client connections and no subscribers.
        for connection in clients.values where connection !== client { await connection.close() }
        await client.close()
        clients = [:]
        dropAllSubscribers()
    }
}
