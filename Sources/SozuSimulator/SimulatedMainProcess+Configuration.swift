import Foundation
import Logging
import SozuCodec
import SozuConfiguration
import SozuProto

/// The configuration: applied at start (with a scenario's state and Sōzu's saved state), and
/// again by `reload_configuration`.
extension SimulatedMainProcess {
    /// The state the main process starts from: its configuration, then a scenario's state, then
    /// Sōzu's saved state.
    func applyStartingState() throws(SimulatorError) {
        for request in options.configurationRequests {
            do {
                try state.dispatch(request)
            } catch {
                // Sōzu logs a refused request of its configuration and goes on; a scenario
                // standing for one is ours, and a refusal there is a mistake in it.
                guard options.configurationIsSozuFile else { throw .initialStateRefused(request, error) }
                logger.warning("configuration \(options.configurationPath): Could not execute request on state: \(error)")
            }
        }
        for request in options.initialState {
            do {
                try state.dispatch(request)
            } catch {
                throw .initialStateRefused(request, error)
            }
        }
        if let path = options.savedStatePath { applySavedState(at: path) }
    }

    /// Applies a configuration, as Sōzu's main process does. Without a path: the one it started
    /// with. With a path: the Sōzu config.toml there, read anew (a scenario standing for the
    /// configuration is applied again when named, not read as a config.toml). Every request the configuration
    /// generates goes to the state (those it refuses are reported and skipped) and then to every
    /// worker, with no timeout. A file Sōzu cannot load makes its main process panic: the
    /// simulated one goes down the same way.
    func reloadConfiguration(_ path: String, _ client: ClientConnection) async {
        var event = Command_Event()
        event.kind = .configurationReloaded
        let configurationPath: String
        let requests: [Command_Request]
        func absolute(_ path: String) -> String {
            let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            return (joined as NSString).standardizingPath
        }
        let namesTheScenario = !options.configurationIsSozuFile && absolute(path) == absolute(options.configurationPath)
        if path.isEmpty || namesTheScenario {
            configurationPath = options.configurationPath
            requests = options.configurationRequests
        } else {
            do {
                requests = try SozuConfiguration(contentsOf: path).requests
                configurationPath = path
            } catch {
                // Sōzu panics with `cannot load configuration from '{path}'`: its main process is
                // gone, without an answer, and its socket file stays behind.
                logger.critical("the main process panics, as Sōzu's does: cannot load configuration from '\(path)': \(error)")
                await exit(removingSocket: false, because: "panic")
                return
            }
        }
        await send(.processing, "Reloading static configuration at path \(configurationPath)", to: client)
        // Sōzu applies every request to its state before any worker answers: the refusals come
        // first, then the workers' work, under one task, each request numbered by its place
        // among all those the configuration generates.
        var accepted: [(index: Int, request: Command_Request)] = []
        for (index, request) in requests.enumerated() {
            do {
                try state.dispatch(request)
                accepted.append((index, request))
            } catch {
                await send(.processing, "Could not execute request on state: \(error)", to: client)
            }
        }
        let task = newTask()
        var ok = 0
        var failures: [String] = []
        for (index, request) in accepted {
            let answers = await scatter(request, timeout: nil, within: (task, index), onProcessing: relayingProcessing(to: client))
            for (workerID, answer) in answers {
                if answer?.statusValue == .known(.failure) {
                    failures.append("worker \(workerID): \(answer?.message ?? "")")
                } else if answer != nil {
                    ok += 1
                }
            }
        }
        await audit(event, verb: "configuration_reloaded")
        if failures.isEmpty {
            await send(.ok, "Successfully loaded the config: \(ok) ok, 0 errors", to: client)
        } else {
            await send(.failure, "\nloading static configuration failed: \(ok) OK, \(failures.count) errors:\n- " + failures.joined(separator: "\n- "), to: client)
        }
    }
}
