/// A yes/no question the engine asks before a destructive request: it waits in the model
/// until whoever shows the model (the screen, a one-shot run) answers it with
/// `ConsoleSession.answer(_:yes:)`.
public struct PendingQuestion: Equatable, Sendable {
    public let id: Int
    public let text: String
    /// The command that waits on the answer, as typed.
    public let command: String

    public init(id: Int, text: String, command: String) {
        self.id = id
        self.text = text
        self.command = command
    }
}
