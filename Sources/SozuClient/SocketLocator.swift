public import Foundation
import SozuTOML

/// Finds Sōzu's command socket the way the `sozu` CLI does, plus two ways it lacks.
///
/// Order: `--socket PATH`, then `--config FILE` (its `command_socket`, relative to the config
/// file's directory; when unset, `sozu.sock` in the current directory, as Sōzu itself does),
/// then the `SOZU_SOCKET` environment variable.
public struct SocketLocator: Sendable {
    public var socketOption: String?
    public var configOption: String?
    public var environment: [String: String]
    public var currentDirectory: String

    public init(
        socketOption: String? = nil,
        configOption: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.socketOption = socketOption
        self.configOption = configOption
        self.environment = environment
        self.currentDirectory = currentDirectory
    }

    public func locate() throws(SocketLocatorError) -> SocketLocation {
        if let socketOption, !socketOption.isEmpty {
            return SocketLocation(path: absolute(socketOption, relativeTo: currentDirectory), source: .socketOption)
        }
        if let configOption, !configOption.isEmpty {
            let configPath = absolute(configOption, relativeTo: currentDirectory)
            let contents: String
            do {
                contents = try String(contentsOfFile: configPath, encoding: .utf8)
            } catch {
                throw .configFileUnreadable(path: configPath, reason: Self.reason(for: error, path: configPath))
            }
            return try Self.socketLocation(inConfig: contents, configPath: configPath, currentDirectory: currentDirectory)
        }
        if let fromEnvironment = environment["SOZU_SOCKET"], !fromEnvironment.isEmpty {
            return SocketLocation(path: absolute(fromEnvironment, relativeTo: currentDirectory), source: .environment)
        }
        throw .noSocketGiven
    }

    /// Reads `command_socket` from the text of a config file found at `configPath`.
    public static func socketLocation(
        inConfig contents: String,
        configPath: String,
        currentDirectory: String
    ) throws(SocketLocatorError) -> SocketLocation {
        let table: TOMLTable
        do {
            table = try TOMLTable(parsing: contents)
        } catch {
            throw .invalidTOML(path: configPath, line: error.line, column: error.column, reason: error.message)
        }
        guard let value = table["command_socket"] else {
            let path = (currentDirectory as NSString).appendingPathComponent("sozu.sock")
            return SocketLocation(path: path, source: .configFile(path: configPath))
        }
        guard let socket = value.string else {
            throw .invalidCommandSocket(path: configPath, foundType: value.typeName)
        }
        let configDirectory = (configPath as NSString).deletingLastPathComponent
        let socketDirectory = (socket as NSString).deletingLastPathComponent
        let fileName = (socket as NSString).lastPathComponent
        // Sōzu resolves the socket's directory against the config file's and requires it to exist.
        let directory = socketDirectory.isEmpty
            ? configDirectory
            : absolute(socketDirectory, relativeTo: configDirectory)
        let resolvedDirectory = (directory as NSString).resolvingSymlinksInPath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolvedDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .socketDirectoryMissing(configPath: configPath, directory: directory)
        }
        let standardized = (resolvedDirectory as NSString).standardizingPath
        return SocketLocation(path: (standardized as NSString).appendingPathComponent(fileName), source: .configFile(path: configPath))
    }

    private static func reason(for error: any Error, path: String) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            case NSFileReadInapplicableStringEncodingError: return "not UTF-8 text"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}

private func absolute(_ path: String, relativeTo directory: String) -> String {
    if path.hasPrefix("/") { return (path as NSString).standardizingPath }
    return ((directory as NSString).appendingPathComponent(path) as NSString).standardizingPath
}
