import Foundation
public import SozuClient

/// A proxy the console is responsible for: its name, where its command socket is, the
/// config.toml it runs on (for `config check`), and tags to address groups of proxies by
/// (`region = "eu"`: `@tag:eu` or `@tag:region=eu`).
public struct TargetSpec: Equatable, Sendable {
    public var name: String
    public var address: TargetAddress
    public var configurationPath: String?
    public var tags: [String: String]

    public init(name: String, address: TargetAddress, configurationPath: String? = nil, tags: [String: String] = [:]) {
        self.name = name
        self.address = address
        self.configurationPath = configurationPath
        self.tags = tags
    }

    /// Why a name cannot name a target: it is typed after `@` and in `use`.
    public static func problem(withName name: String) -> String? {
        if name.isEmpty { return "a target needs a name" }
        if name == "all" { return "'all' addresses every target: it cannot name one" }
        if name.hasPrefix("tag:") { return "'tag:' starts a tag selector: it cannot start a name" }
        let allowed = name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0) }
        return allowed ? nil : "a target's name takes letters, digits, '-', '_' and '.', not '\(name)'"
    }

    /// `--target NAME=SOCKET_OR_URL`.
    public init(option text: String) throws(FleetError) {
        guard let equals = text.firstIndex(of: "=") else { throw .badTargetOption(text) }
        let name = String(text[..<equals])
        if let problem = Self.problem(withName: name) { throw .badTarget(name: name, problem) }
        do {
            self.init(name: name, address: try TargetAddress(parsing: String(text[text.index(after: equals)...])))
        } catch {
            throw .badTarget(name: name, error.description)
        }
    }
}
