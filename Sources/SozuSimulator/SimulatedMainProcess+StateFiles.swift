import Foundation
import Logging
import SozuCodec
import SozuProto
#if canImport(Glibc)
import Glibc
#endif

/// State files: Sōzu's `saved_state` at start, `save_state` and `load_state`.
extension SimulatedMainProcess {
    /// Sōzu's `saved_state` at start: records applied until one cannot be parsed; those the
    /// state refuses are skipped silently, as Sōzu skips them. Nothing stops the start; a file
    /// that cannot be read or parsed goes to the log.
    func applySavedState(at path: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            logger.warning("cannot read the saved state at \(path)")
            return
        }
        for record in data.split(separator: 0) where !record.allSatisfy({ [0x20, 0x0a, 0x0d, 0x09].contains($0) }) {
            do {
                let request = try SozuJSON.decode(Command_WorkerRequest.self, from: String(decoding: record, as: UTF8.self))
                try? state.dispatch(request.content)
            } catch {
                logger.warning("saved state \(path): parse error: \(error)")
                return
            }
        }
    }

    /// Writes the state as Sōzu does: one JSON WorkerRequest per record, each followed by `\n\0`.
    func saveState(_ path: String, _ client: ClientConnection) async {
        var event = Command_Event()
        event.kind = .stateSaved
        await publish(event, origin: "main")
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var contents = ""
        let requests = state.generateRequests()
        for (index, content) in requests.enumerated() {
            var record = Command_WorkerRequest()
            record.id = "SAVE-\(index)"
            record.content = content
            guard let json = try? SozuJSON.encode(record) else { continue }
            contents += json + "\n\0"
        }
        guard FileManager.default.createFile(atPath: absolute, contents: Data(contents.utf8)) else {
            await send(.failure, "Cannot create file at path \(absolute): \(String(cString: strerror(errno)))", to: client)
            return
        }
        await send(.ok, "Saved \(requests.count) config messages to \(absolute)", to: client)
    }

    /// Reads a state file record by record; each record the state accepts goes to every worker.
    func loadState(_ path: String, _ client: ClientConnection) async {
        var event = Command_Event()
        event.kind = .stateLoaded
        await publish(event, origin: "main")
        guard FileManager.default.fileExists(atPath: path) else {
            await send(.failure, "Cannot find file at path \(path)", to: client)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            await send(.failure, "Cannot open file at path \(path): \(String(cString: strerror(errno)))", to: client)
            return
        }
        await send(.processing, "Parsing state file from \(path)...", to: client)
        var records = data.split(separator: 0, omittingEmptySubsequences: false)
        let trailing = records.removeLast()
        let task = newTask()
        var scattered = 0
        var ok = 0
        var errors = 0
        for record in records {
            guard record.count <= 200_000 else {
                let preview = record.prefix(64).map { String(format: "%02x", $0) }.joined()
                await send(.failure, "message too big, stopping parsing:\n\(preview)", to: client)
                return
            }
            let request: Command_WorkerRequest
            do {
                request = try SozuJSON.decode(Command_WorkerRequest.self, from: String(decoding: record, as: UTF8.self))
            } catch {
                await send(.failure, "saved state parse error: \(error)", to: client)
                return
            }
            // Records the state refuses are skipped silently, as Sōzu skips them; the others go
            // out under one task, numbered from 1.
            guard (try? state.dispatch(request.content)) != nil else { continue }
            scattered += 1
            for (_, answer) in await scatter(request.content, timeout: nil, within: (task, scattered)) {
                if answer?.statusValue == .known(.ok) { ok += 1 } else { errors += 1 }
            }
        }
        if !trailing.allSatisfy({ $0 == 0x20 || $0 == 0x0a || $0 == 0x0d || $0 == 0x09 }) {
            await send(.failure, "saved state parse error: the last record is not terminated by a NUL byte", to: client)
            return
        }
        await send(.processing, "Applying state file...", to: client)
        if errors == 0 {
            await send(.ok, "Successfully loaded state from path \(path), \(ok) ok messages, \(errors) errors", to: client)
        } else {
            await send(.failure, "loading state: \(ok) ok messages, \(errors) errors", to: client)
        }
    }
}
