public import Foundation
import SozuClient
import SozuTOML

/// `fleet.toml`: the proxies a console is responsible for, and how to reach them.
///
/// ```toml
/// ssh_command = "ssh -F ~/.ssh/sozu_config"   # optional, instead of `ssh`
///
/// [[target]]
/// name = "web-1"
/// url = "ssh://deploy@web-1.example.com/run/sozu/sozu.sock"   # or socket = "/run/sozu/sozu.sock"
/// config = "/etc/sozu/config.toml"                            # optional
/// tags = { region = "eu", role = "edge" }                     # optional
/// ```
public struct FleetFile: Equatable, Sendable {
    public var targets: [TargetSpec]
    /// A command line replacing `ssh` (as `GIT_SSH_COMMAND` does for git).
    public var sshCommand: String?

    /// `$XDG_CONFIG_HOME/sozu-console/fleet.toml` (`~/.config/…` by default).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/sozu-console/fleet.toml" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/sozu-console/fleet.toml"
    }

    public init(targets: [TargetSpec], sshCommand: String? = nil) {
        self.targets = targets
        self.sshCommand = sshCommand
    }

    public init(contentsOf path: String) throws(FleetError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadableFile(path: path, reason: (error as NSError).localizedDescription)
        }
        try self.init(parsing: text, path: path)
    }

    public init(parsing text: String, path: String) throws(FleetError) {
        let table: TOMLTable
        do {
            table = try TOMLTable(parsing: text)
        } catch {
            throw .fileSyntax(path: path, error)
        }
        if let value = table["ssh_command"] {
            guard let command = value.string, !command.isEmpty else { throw .fileValue(path: path, key: "ssh_command", expected: "a command line") }
            sshCommand = command
        }
        var targets: [TargetSpec] = []
        for (index, entry) in (table["target"]?.array ?? []).enumerated() {
            let key = "target[\(index + 1)]"
            guard let target = entry.table else { throw .fileValue(path: path, key: key, expected: "a table ([[target]])") }
            guard let name = target["name"]?.string else { throw .fileValue(path: path, key: "\(key).name", expected: "a string") }
            if let problem = TargetSpec.problem(withName: name) { throw .badTarget(name: name, problem) }
            let addressText: String
            switch (target["socket"]?.string, target["url"]?.string) {
            case (let socket?, nil): addressText = socket
            case (nil, let url?): addressText = url
            default: throw .fileValue(path: path, key: "\(key) (\(name))", expected: "given one of socket = \"PATH\" or url = \"ssh://…\"")
            }
            let address: TargetAddress
            do {
                address = try TargetAddress(parsing: addressText)
            } catch {
                throw .badTarget(name: name, error.description)
            }
            var spec = TargetSpec(name: name, address: address, configurationPath: target["config"]?.string)
            if let tags = target["tags"] {
                guard let tagTable = tags.table else { throw .fileValue(path: path, key: "\(key).tags", expected: "a table of strings") }
                for tag in tagTable.keys {
                    guard let value = tagTable[tag]?.string else { throw .fileValue(path: path, key: "\(key).tags.\(tag)", expected: "a string") }
                    spec.tags[tag] = value
                }
            }
            guard !targets.contains(where: { $0.name == name }) else { throw .duplicateTarget(name) }
            targets.append(spec)
        }
        self.targets = targets
    }
}
