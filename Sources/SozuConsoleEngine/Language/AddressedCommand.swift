/// A statement and the targets it goes to (`@all status`): nil goes to the default target.
public struct AddressedCommand: Sendable {
    public let selector: TargetSelector?
    public let command: ConsoleCommand
    /// The statement as typed, without its selector.
    public let text: String
}
