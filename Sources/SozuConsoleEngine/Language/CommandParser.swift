import Foundation

/// Turns a typed line into console commands by walking the grammar.
public struct CommandParser: Sendable {
    public let grammar: [CommandSpec]

    public init(grammar: [CommandSpec] = ConsoleGrammar.commands) {
        self.grammar = grammar
    }

    /// Every statement of the line (`;` separates them), parsed; the first error stops it.
    public func parse(_ line: String) throws(CommandLineError) -> [ConsoleCommand] {
        try Tokenizer.statements(in: line).map { (statement) throws(CommandLineError) in try parse(statement) }
    }

    public func parse(_ statement: Statement) throws(CommandLineError) -> ConsoleCommand {
        try parse(tokens: statement.tokens, end: statement.end, text: statement.text)
    }

    /// Every statement of the line with the targets it is addressed to: `@all status;
    /// @web-1 workers` (a statement without `@…` goes to the default target).
    public func parseAddressed(_ line: String) throws(CommandLineError) -> [AddressedCommand] {
        try Tokenizer.statements(in: line).map { (statement) throws(CommandLineError) in
            guard let first = statement.tokens.first, first.text.hasPrefix("@"), !first.wasQuoted else {
                return AddressedCommand(selector: nil, command: try parse(statement), text: statement.text)
            }
            guard let selector = TargetSelector(word: String(first.text.dropFirst())) else {
                throw CommandLineError("'@' needs a target: @NAME, @all, @tag:VALUE or @tag:KEY=VALUE", at: first.range)
            }
            let rest = Array(statement.tokens.dropFirst())
            let text = statement.text.dropFirst(first.text.count).trimmingCharacters(in: .whitespaces)
            return AddressedCommand(selector: selector, command: try parse(tokens: rest, end: statement.end, text: text), text: text)
        }
    }

    /// Parses words that form one command (also used by `every`, which holds a command).
    func parse(tokens: [Token], end: Int, text: String) throws(CommandLineError) -> ConsoleCommand {
        guard let first = tokens.first else {
            throw CommandLineError("empty command", at: end..<end, expected: grammar.map(\.name))
        }
        var node = try match(first, among: grammar, after: nil)
        var path = [node.name]
        var index = 1
        while !node.isLeaf {
            guard index < tokens.count else {
                throw CommandLineError(
                    "'\(path.joined(separator: " "))' needs a sub-command", at: end..<end,
                    expected: node.subcommands.map(\.name))
            }
            node = try match(tokens[index], among: node.subcommands, after: path.joined(separator: " "))
            path.append(node.name)
            index += 1
        }
        let arguments = try bind(Array(tokens[index...]), to: node, path: path, end: end, text: text)
        guard let action = node.action else {
            throw CommandLineError("'\(path.joined(separator: " "))' cannot run", at: end..<end)
        }
        return try action(arguments)
    }

    /// Finds the command a word names, or explains what was expected.
    func match(_ token: Token, among specs: [CommandSpec], after parent: String?) throws(CommandLineError) -> CommandSpec {
        let word = token.text.lowercased()
        if let found = specs.first(where: { $0.name == word || $0.aliases.contains(word) }) {
            return found
        }
        let names = specs.map(\.name)
        let what = parent.map { "'\($0)' has no sub-command '\(token.text)'" } ?? "unknown command '\(token.text)'"
        return try Self.fail(CommandLineError(
            what, at: token.range, expected: names,
            suggestion: Suggestion.nearest(to: word, among: names + specs.flatMap(\.aliases))))
    }

    private static func fail<T>(_ error: CommandLineError) throws(CommandLineError) -> T { throw error }

    /// Sorts the words after a leaf command into options and positionals, checking each
    /// against the spec (values are converted later, by the action, with the same care).
    func bind(_ tokens: [Token], to spec: CommandSpec, path: [String], end: Int, text: String) throws(CommandLineError) -> ParsedArguments {
        var options: [String: [Token]] = [:]
        var positionals: [String: [Token]] = [:]
        var positionalIndex = 0
        var onlyPositionals = false
        var index = 0
        let verb = path.joined(separator: " ")
        let longNames = spec.options.map { "--\($0.long)" }

        func record(_ option: OptionSpec, _ value: Token, at token: Token) throws(CommandLineError) {
            // Flags may repeat (the last of a --x / --no-x pair wins); values may not.
            if options[option.long] != nil, !option.isRepeatable, !option.isFlag {
                throw CommandLineError("--\(option.long) is given twice", at: token.range)
            }
            if case .choice(let allowed)? = option.value, !allowed.contains(value.text.lowercased()) {
                throw CommandLineError(
                    "--\(option.long) does not take '\(value.text)'", at: value.range, expected: allowed,
                    suggestion: Suggestion.nearest(to: value.text, among: allowed))
            }
            options[option.long, default: []].append(value)
        }

        func takeValue(for option: OptionSpec, after token: Token) throws(CommandLineError) -> Token {
            guard index + 1 < tokens.count else {
                throw CommandLineError("--\(option.long) needs a value <\(option.valueName)>", at: token.range.upperBound..<token.range.upperBound,
                                       expected: Self.describe(option.value))
            }
            index += 1
            return tokens[index]
        }

        while index < tokens.count {
            let token = tokens[index]
            let word = token.text
            if !onlyPositionals, !token.wasQuoted, word == "--" {
                onlyPositionals = true
                index += 1
                continue
            }
            if !onlyPositionals, word.hasPrefix("--"), word.count > 2, Self.optionNameIsUnquoted(token) {
                let body = word.dropFirst(2)
                let name: String
                let inlineValue: String?
                if let equals = body.firstIndex(of: "=") {
                    name = String(body[..<equals])
                    inlineValue = String(body[body.index(after: equals)...])
                } else {
                    name = String(body)
                    inlineValue = nil
                }
                guard let option = spec.option(long: name) else {
                    throw CommandLineError(
                        "'\(verb)' has no option --\(name)", at: token.range, expected: longNames,
                        suggestion: Suggestion.nearest(to: "--\(name)", among: longNames))
                }
                if option.isFlag {
                    if inlineValue != nil {
                        throw CommandLineError("--\(option.long) is a flag and takes no value", at: token.range)
                    }
                    try record(option, Token(text: "", range: token.range), at: token)
                } else if let inlineValue {
                    let valueStart = token.range.lowerBound + name.count + 3
                    try record(option, Token(text: inlineValue, range: min(valueStart, token.range.upperBound)..<token.range.upperBound), at: token)
                } else {
                    try record(option, try takeValue(for: option, after: token), at: token)
                }
                index += 1
                continue
            }
            if !onlyPositionals, !token.wasQuoted, word.hasPrefix("-"), word.count > 1, !Self.looksNumeric(word) {
                let letters = Array(word.dropFirst())
                // `-i id`, `-iid` (value attached) or `-lw` (several flags).
                for (position, letter) in letters.enumerated() {
                    guard let option = spec.option(short: letter) else {
                        let shorts = spec.options.compactMap { $0.short.map { "-\($0)" } }
                        throw CommandLineError(
                            "'\(verb)' has no option -\(letter)", at: token.range,
                            expected: shorts + longNames)
                    }
                    if option.isFlag {
                        try record(option, Token(text: "", range: token.range), at: token)
                        continue
                    }
                    let attached = String(letters[(position + 1)...])
                    if !attached.isEmpty {
                        let start = token.range.lowerBound + position + 2
                        try record(option, Token(text: attached, range: start..<token.range.upperBound), at: token)
                    } else {
                        try record(option, try takeValue(for: option, after: token), at: token)
                    }
                    break
                }
                index += 1
                continue
            }
            // A positional word.
            guard positionalIndex < spec.positionals.count else {
                let hint = spec.options.isEmpty ? [] : longNames
                throw CommandLineError("'\(verb)' takes no word '\(word)' here", at: token.range, expected: hint,
                                       suggestion: Suggestion.nearest(to: word, among: spec.options.map(\.long)).map { "--\($0)" })
            }
            let positional = spec.positionals[positionalIndex]
            if positional.takesRest {
                positionals[positional.name] = Array(tokens[index...])
                break
            }
            if case .choice(let allowed) = positional.value, !allowed.contains(word.lowercased()) {
                throw CommandLineError(
                    "'\(verb)' does not take '\(word)' as <\(positional.name)>", at: token.range, expected: allowed,
                    suggestion: Suggestion.nearest(to: word, among: allowed))
            }
            positionals[positional.name] = [token]
            positionalIndex += 1
            index += 1
        }

        for option in spec.options where option.isRequired && options[option.long] == nil {
            throw CommandLineError("'\(verb)' needs --\(option.long) <\(option.valueName)>", at: end..<end, expected: ["--\(option.long)"])
        }
        for positional in spec.positionals.dropFirst(positionalIndex) where positional.isRequired && positionals[positional.name] == nil {
            throw CommandLineError("'\(verb)' needs <\(positional.name)>", at: end..<end, expected: Self.describe(positional.value, name: positional.name))
        }
        return ParsedArguments(commandPath: path, text: text, options: options, positionals: positionals, end: end)
    }

    /// `--name` or `--name=` was typed as is (the value may be quoted: `--tags='a=b, c=d'`).
    private static func optionNameIsUnquoted(_ token: Token) -> Bool {
        let nameLength = token.text.firstIndex(of: "=").map { token.text.distance(from: token.text.startIndex, to: $0) + 1 } ?? token.text.count
        return token.unquotedPrefix >= nameLength
    }

    /// Negative numbers are values, not options.
    private static func looksNumeric(_ word: String) -> Bool {
        word.dropFirst().allSatisfy { $0.isNumber || $0 == "." } && word.count > 1
    }

    static func describe(_ kind: ValueKind?, name: String? = nil) -> [String] {
        switch kind {
        case .choice(let values)?: values
        case .address?: ["an address like 127.0.0.1:8080 or [::1]:8080"]
        case .unsigned?: ["a whole number"]
        case .seconds?: ["a number of seconds"]
        case .boolean?: ["true", "false"]
        case .path?: ["a file path"]
        case .tags?: ["key=value pairs"]
        case .list?: ["comma-separated values"]
        case .text?, nil: name.map { ["<\($0)>"] } ?? []
        }
    }
}
