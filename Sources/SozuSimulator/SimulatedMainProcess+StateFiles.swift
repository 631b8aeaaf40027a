import Foundation
import Logging
import SozuCodec
import SozuConfiguration
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
        await audit(.stateSaved, verb: "state_saved")
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
        // Opened as Rust's File::create opens, so that a failure carries the OS error.
        let descriptor = open(absolute, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            await send(.failure, "Cannot create file at path \(absolute): \(OSErrorText.describe(errno))", to: client)
            return
        }
        if let failure = Self.writeAll(Array(contents.utf8), to: descriptor) {
            close(descriptor)
            await send(.failure, "Failed writing state to file: \(failure)", to: client)
            return
        }
        close(descriptor)
        await send(.ok, "Saved \(requests.count) config messages to \(absolute)", to: client)
    }

    /// Writes every byte, or says why not (Rust's text of the OS error).
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return OSErrorText.describe(errno)
            }
            offset += written
        }
        return nil
    }

    /// Reads a state file record by record; each record the state accepts goes to every worker.
    func loadState(_ path: String, _ client: ClientConnection) async {
        await audit(.stateLoaded, verb: "state_loaded")
        // Opened first as Rust's File::open opens, for Sōzu's two failures and the OS error.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            await send(.failure, code == ENOENT ? "Cannot find file at path \(path)"
                : "Cannot open file at path \(path): \(OSErrorText.describe(code))", to: client)
            return
        }
        close(descriptor)
        guard let data = FileManager.default.contents(atPath: path) else {
            await send(.failure, "Cannot open file at path \(path): \(OSErrorText.describe(EIO))", to: client)
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
