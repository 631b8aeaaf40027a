/// How a destructive request is confirmed before it is sent.
public enum Confirmation: Sendable {
    /// It is sent unasked (`--yes`, a script without a terminal).
    case unasked
    /// The engine puts a question in the model (`ConsoleModel.question`) and waits for
    /// whoever shows the model to call `ConsoleSession.answer(_:yes:)`: the screen does.
    case question
    /// A caller of its own answers (tests, one-shot mode asking on /dev/tty).
    case answeredBy(@Sendable (PlannedRequest) async -> Bool)

    /// A closure answers; nil means unasked.
    init(_ answer: (@Sendable (PlannedRequest) async -> Bool)?) {
        self = answer.map { .answeredBy($0) } ?? .unasked
    }
}
