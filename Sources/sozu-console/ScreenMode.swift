import SozuConsoleEngine

extension SozuConsoleCommand {
    /// The full-screen console (issue 5): not built yet.
    func runScreen(_ configuration: SessionConfiguration) async throws -> Int32 {
        StandardStreams.writeError("sozu-console: the full-screen console is not built yet; use -e or pipe commands\n")
        return 2
    }
}
