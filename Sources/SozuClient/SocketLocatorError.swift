/// Why the command socket could not be found from the options, environment and config file.
public enum SocketLocatorError: Error, Equatable, Sendable {
    /// Neither `--socket`, `--config` nor `SOZU_SOCKET` was given.
    case noSocketGiven
    case configFileUnreadable(path: String, reason: String)
    /// The config file is not valid TOML; `line` and `column` start at 1.
    case invalidTOML(path: String, line: Int, column: Int, reason: String)
    /// `command_socket` holds something other than a string.
    case invalidCommandSocket(path: String, foundType: String)
    /// `command_socket` names a directory that does not exist.
    case socketDirectoryMissing(configPath: String, directory: String)
}

extension SocketLocatorError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noSocketGiven:
            "no command socket given: use --socket PATH, --config sozu.toml, or set SOZU_SOCKET"
        case .configFileUnreadable(let path, let reason):
            "cannot read config file \(path): \(reason)"
        case .invalidTOML(let path, let line, let column, let reason):
            "\(path):\(line):\(column): invalid TOML: \(reason)"
        case .invalidCommandSocket(let path, let foundType):
            "\(path): command_socket must be a string, found \(foundType)"
        case .socketDirectoryMissing(let configPath, let directory):
            "\(configPath): the directory of command_socket, \(directory), does not exist"
        }
    }
}
