import Foundation

/// What a value on the command line must look like; drives parsing, help and completion.
public enum ValueKind: Equatable, Sendable {
    case text
    /// A non-negative integer no greater than `maximum`.
    case unsigned(maximum: UInt64)
    /// `1.2.3.4:80` or `[::1]:80`.
    case address
    /// One of a fixed set of words (compared without case).
    case choice([String])
    /// A file on the console's machine.
    case path
    /// Comma-separated words.
    case list
    /// `key=value` pairs separated by commas.
    case tags
    /// `true` or `false`.
    case boolean
    /// Seconds, possibly fractional (`0.5`).
    case seconds

    public static let unsigned32 = ValueKind.unsigned(maximum: UInt64(UInt32.max))
    public static let unsigned64 = ValueKind.unsigned(maximum: UInt64.max)
}

/// Values that only the running proxy knows, offered by completion.
public enum LiveValueKind: Equatable, Sendable {
    case clusterID
    case backendID
    /// The backend ids of the cluster given with `--id` (every backend id without one).
    case backendIDOfCluster
    /// The addresses of the backend given with `--backend-id` (of the cluster given with `--id`).
    case backendAddress
    /// Any listener's address.
    case listenerAddress
    case httpListenerAddress
    case httpsListenerAddress
    case tcpListenerAddress
    case udpListenerAddress
    case certificateFingerprint
    case workerID
    /// Workers that can still be upgraded or stopped.
    case runningWorkerID
    case requestID
    case hostname
    /// The console's targets (`use`, `target remove`, and after `@`).
    case targetName
}

/// A `--long`/`-s` option. Without a value kind it is a flag.
public struct OptionSpec: Sendable {
    public let long: String
    public let short: Character?
    public let aliases: [String]
    public let value: ValueKind?
    public let valueName: String
    public let isRequired: Bool
    public let isRepeatable: Bool
    public let help: String
    public let live: LiveValueKind?

    public init(
        _ long: String, short: Character? = nil, aliases: [String] = [], _ value: ValueKind? = nil,
        valueName: String? = nil, required: Bool = false, repeatable: Bool = false,
        live: LiveValueKind? = nil, help: String
    ) {
        self.long = long
        self.short = short
        self.aliases = aliases
        self.value = value
        // Without Foundation's bridging: the grammar's hundreds of options are made at every start.
        self.valueName = valueName ?? String(long.uppercased().map { $0 == "-" ? "_" : $0 })
        self.isRequired = required
        self.isRepeatable = repeatable
        self.help = help
        self.live = live
    }

    /// A boolean flag.
    public static func flag(_ long: String, short: Character? = nil, aliases: [String] = [], help: String) -> OptionSpec {
        OptionSpec(long, short: short, aliases: aliases, nil, help: help)
    }

    public var isFlag: Bool { value == nil }

    /// `-i, --id <ID>` as help shows it.
    public var synopsis: String {
        var text = short.map { "-\($0), " } ?? "    "
        text += "--\(long)"
        if value != nil { text += " <\(valueName)>" }
        return text
    }
}

/// A word given by position rather than by name.
public struct PositionalSpec: Sendable {
    public let name: String
    public let value: ValueKind
    public let isRequired: Bool
    /// Takes every remaining word (for `every` and `help`).
    public let takesRest: Bool
    public let help: String
    public let live: LiveValueKind?

    public init(_ name: String, _ value: ValueKind = .text, required: Bool = true, takesRest: Bool = false, live: LiveValueKind? = nil, help: String) {
        self.name = name
        self.value = value
        self.isRequired = required
        self.takesRest = takesRest
        self.help = help
        self.live = live
    }
}

/// One node of the command grammar: a command with sub-commands, or a leaf that builds what
/// to do from its arguments. Parsing, help and completion all read this one tree.
public struct CommandSpec: Sendable {
    public typealias Action = @Sendable (ParsedArguments) throws(CommandLineError) -> ConsoleCommand

    public let name: String
    public let aliases: [String]
    public let summary: String
    public let subcommands: [CommandSpec]
    public let options: [OptionSpec]
    public let positionals: [PositionalSpec]
    /// Extra lines for `help <command>`: examples, how options combine.
    public let details: [String]
    let action: Action?

    /// A leaf command.
    public init(
        _ name: String, aliases: [String] = [], summary: String, options: [OptionSpec] = [],
        positionals: [PositionalSpec] = [], details: [String] = [], action: @escaping Action
    ) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.subcommands = []
        self.options = options
        self.positionals = positionals
        self.details = details
        self.action = action
    }

    /// A command that only groups sub-commands.
    public init(_ name: String, aliases: [String] = [], summary: String, subcommands: [CommandSpec]) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.subcommands = subcommands
        self.options = []
        self.positionals = []
        self.details = []
        self.action = nil
    }

    public var isLeaf: Bool { action != nil }

    func subcommand(named word: String) -> CommandSpec? {
        let lowered = word.lowercased()
        return subcommands.first { $0.name == lowered || $0.aliases.contains(lowered) }
    }

    func option(long: String) -> OptionSpec? {
        options.first { $0.long == long || $0.aliases.contains(long) }
    }

    func option(short: Character) -> OptionSpec? {
        options.first { $0.short == short }
    }
}
