public import Foundation

/// A line the console itself has to say: reconnecting, refusals, flow steps.
public struct Notice: Equatable, Sendable {
    public enum Level: Equatable, Sendable { case info, warning, error }
    public let at: Date
    public let level: Level
    public let text: String

    public init(at: Date, level: Level, text: String) {
        self.at = at
        self.level = level
        self.text = text
    }
}
