import Foundation
import Glibc
import SozuConsoleEngine

extension SozuConsoleCommand {
    /// The full-screen console on this terminal, until quit (or SIGTERM / SIGHUP).
    func runScreen(_ configuration: SessionConfiguration) async throws -> Int32 {
        guard let wake = WakePipe(), let signals = SignalPipe.install() else {
            StandardStreams.writeError("sozu-console: cannot create the screen's pipes: \(String(cString: strerror(errno)))\n")
            return 1
        }
        ensureUTF8Locale()
        let session = ConsoleSession(configuration)
        session.store.observe { wake.wake() }
        await session.start()
        let stateDirectory = Journal.stateDirectory()
        try? FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // While the screen is up, stderr (logs, runtime warnings) goes to a file.
        let logPath = stateDirectory + "/console.log"
        let savedError = dup(STDERR_FILENO)
        let log = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        if log >= 0 { dup2(log, STDERR_FILENO); close(log) }
        let controller = ScreenController(session: session, wake: wake, signals: signals, assumeYes: yes)
        let status: Int32 = await withCheckedContinuation { continuation in
            let thread = Thread {
                do {
                    continuation.resume(returning: try controller.run(historyPath: stateDirectory + "/history"))
                } catch {
                    TerminalGuard.restore()
                    FileHandle.standardError.write(Data("sozu-console: \(error)\n".utf8))
                    continuation.resume(returning: 1)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        if savedError >= 0 { dup2(savedError, STDERR_FILENO); close(savedError) }
        SignalPipe.uninstall()
        await session.shutdown()
        return status
    }

    /// curses and libedit need a UTF-8 locale for non-ASCII text; C.UTF-8 when none is set.
    private func ensureUTF8Locale() {
        setlocale(LC_ALL, "")
        let current = String(cString: setlocale(LC_CTYPE, nil))
        if !current.uppercased().contains("UTF-8"), !current.uppercased().contains("UTF8") {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
