/// What a connection does when its peer sends a frame it cannot read.
public enum BadInputPolicy: Sendable {
    /// Report the error on `messages` and hang up: right for a client, which cannot trust the
    /// rest of the stream.
    case reportAndClose
    /// Behave as Sōzu's main process does: a length below 8 drops those 8 bytes and reading goes
    /// on; a length above the maximum, or a payload that does not decode, leaves the connection
    /// open but never read again (that client gets no answer); of several requests that arrive
    /// in one read only the last is delivered; a half-close is a hang-up. The connection's
    /// `messages` just stop.
    case sozuMainProcess
}
