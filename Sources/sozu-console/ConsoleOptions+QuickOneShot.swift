import Logging

extension ConsoleOptions {
    /// A one-shot run's arguments read without swift-argument-parser, or nil for anything this
    /// does not read exactly as the parser would (then the parser reads them, and words any
    /// error). Scripts start one-shot runs in loops: the parser builds its model of every
    /// command and option through runtime reflection first, about a quarter of such a run's CPU.
    ///
    /// Read here: the options that take a value, as `--name value`, `--name=value` or `-x value`
    /// (a value may be neither empty nor start with `-`), given once, except `-e` and `--target`, which repeat;
    /// the flags, each once; and at least one `-e`. Not read: help, version, subcommands,
    /// `--demo`, grouped short flags, `--`, anything positional. The tests compare both readings.
    static func quickOneShot(_ arguments: [String]) -> ConsoleOptions? {
        var options = ConsoleOptions()
        var seen: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-"), argument != "-", argument != "--" else { return nil }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            let canonical = Self.canonical(name)
            if isFlag(canonical) {
                guard inlineValue == nil, !seen.contains(canonical) else { return nil }
                seen.append(canonical)
                switch canonical {
                case "--json": options.json = true
                case "--yes": options.yes = true
                case "--read-only": options.readOnly = true
                case "--no-journal": options.noJournal = true
                case "--show-keys": options.showKeys = true
                default: return nil
                }
                continue
            }
            guard takesValue(canonical) else { return nil }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { return nil }
                value = arguments[index]
                index += 1
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            if canonical != "--execute", canonical != "--target" {
                guard !seen.contains(canonical) else { return nil }
                seen.append(canonical)
            }
            switch canonical {
            case "--execute": options.execute.append(value)
            case "--target": options.targets.append(value)
            case "--config": options.config = value
            case "--socket": options.socket = value
            case "--fleet": options.fleet = value
            case "--timeout": options.timeout = value
            case "--drain-timeout": options.drainTimeout = value
            case "--journal": options.journal = value
            case "--retain":
                guard let retain = Int(value) else { return nil }
                options.retain = retain
            case "--refresh":
                guard let refresh = Double(value) else { return nil }
                options.refresh = refresh
            case "--log-level":
                guard let level = Logger.Level(rawValue: value) else { return nil }
                options.logLevel = level
            default: return nil
            }
        }
        return options.execute.isEmpty ? nil : options
    }

    /// Short names as their long ones. Switches rather than a Dictionary or a Set: their
    /// first use asks the runtime for conformances, a scan of every record at start.
    private static func canonical(_ name: String) -> String {
        switch name {
        case "-c": "--config"
        case "-e": "--execute"
        case "-j": "--json"
        case "-t": "--timeout"
        default: name
        }
    }

    private static func isFlag(_ name: String) -> Bool {
        switch name {
        case "--json", "--yes", "--read-only", "--no-journal", "--show-keys": true
        default: false
        }
    }

    private static func takesValue(_ name: String) -> Bool {
        switch name {
        case "--config", "--socket", "--target", "--fleet", "--execute", "--timeout", "--drain-timeout", "--journal", "--retain", "--refresh",
            "--log-level":
            true
        default: false
        }
    }
}
