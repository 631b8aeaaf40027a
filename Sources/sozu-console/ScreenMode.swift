import Foundation
import Glibc
import SozuConsoleEngine

extension ConsoleOptions {
    /// The full-screen console on this terminal, until quit (or SIGTERM / SIGHUP).
    func runScreen(_ configuration: SessionConfiguration, startupWarnings: [String]) async throws -> Int32 {
        guard let wake = WakePipe(), let signals = SignalPipe.install() else {
            StandardStreams.writeError("sozu-console: cannot create the screen's pipes: \(String(cString: strerror(errno)))\n")
            return 1
        }
        ensureUTF8Locale()
        let session = ConsoleSession(configuration)
        session.store.observe { wake.wake() }
        await session.start()
        for warning in startupWarnings { await session.warn(warning) }
        let stateDirectory = Journal.stateDirectory()
        let historyPath: String?
        do {
            try PrivateFile.makeDirectory(stateDirectory, tighten: true)
            historyPath = stateDirectory + "/history"
        } catch {
            historyPath = nil
            await session.warn("no history or log kept: \(error)")
        }
        // While the screen is up, stderr (logs, runtime warnings) goes to a file of the
        // console's own, or nowhere: never onto the screen.
        let savedError = dup(STDERR_FILENO)
        redirectStandardError(to: stateDirectory + "/console.log", session: session)
        let controller = ScreenController(session: session, wake: wake, signals: signals, assumeYes: yes)
        let status: Int32 = await withCheckedContinuation { continuation in
            let thread = Thread {
                do {
                    continuation.resume(returning: try controller.run(historyPath: historyPath))
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

    /// stderr into the console's log file; to /dev/null (with a warning) when that path is
    /// not a file the console may write.
    private func redirectStandardError(to logPath: String, session: ConsoleSession) {
        do {
            let log = try PrivateFile.open(logPath)
            dup2(log.descriptor, STDERR_FILENO)
            close(log.descriptor)
        } catch {
            let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
            if null >= 0 { dup2(null, STDERR_FILENO); close(null) }
            Task { await session.warn("no log kept, stderr discarded: \(error)") }
        }
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
