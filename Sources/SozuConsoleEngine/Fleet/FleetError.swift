public import SozuTOML

/// What is wrong with a fleet: its file, a target given on the command line, or a selector.
public enum FleetError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadableFile(path: String, reason: String)
    case fileSyntax(path: String, TOMLError)
    case fileValue(path: String, key: String, expected: String)
    case badTargetOption(String)
    case badTarget(name: String, String)
    case duplicateTarget(String)
    case unknownTarget(String, known: [String])
    case noTargetWithTag(String)
    /// A target did not answer what the console asked of it.
    case unanswered(String)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason): "cannot read the fleet file \(path): \(reason)"
        case .fileSyntax(let path, let error): "\(path):\(error.line):\(error.column): invalid TOML: \(error.message)"
        case .fileValue(let path, let key, let expected): "\(path): \(key) must be \(expected)"
        case .badTargetOption(let text): "--target takes NAME=SOCKET_OR_URL, not '\(text)'"
        case .badTarget(let name, let problem): "target \(name): \(problem)"
        case .duplicateTarget(let name): "target \(name) is given twice"
        case .unknownTarget(let name, let known): "no target '\(name)'; the targets are \(known.isEmpty ? "none" : known.joined(separator: ", "))"
        case .noTargetWithTag(let tag): "no target has the tag '\(tag)'"
        case .unanswered(let reason): reason
        }
    }
}
