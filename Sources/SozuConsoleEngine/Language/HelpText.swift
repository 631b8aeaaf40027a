/// Help, generated from the grammar that the parser uses.
public enum HelpText {
    /// `help` alone lists the commands; `help cluster add` explains one.
    public static func render(topic: [String], grammar: [CommandSpec] = ConsoleGrammar.commands) throws(CommandLineError) -> String {
        guard !topic.isEmpty else { return overview(grammar) }
        var specs = grammar
        var path: [String] = []
        var node: CommandSpec?
        var offset = 5  // "help "
        for word in topic {
            guard let found = specs.first(where: { $0.name == word.lowercased() || $0.aliases.contains(word.lowercased()) }) else {
                let names = specs.map(\.name)
                let context = path.isEmpty ? "no command '\(word)'" : "'\(path.joined(separator: " "))' has no sub-command '\(word)'"
                throw CommandLineError(context, at: offset..<(offset + word.count), expected: names,
                                       suggestion: Suggestion.nearest(to: word, among: names))
            }
            node = found
            path.append(found.name)
            specs = found.subcommands
            offset += word.count + 1
        }
        guard let node else { return overview(grammar) }
        return describe(node, path: path)
    }

    static func overview(_ grammar: [CommandSpec]) -> String {
        var lines = ["Commands (help <command> for details; ';' separates commands on one line):"]
        let width = grammar.map(\.name.count).max() ?? 0
        for spec in grammar {
            lines.append("  \(spec.name.padding(to: width))  \(spec.summary)")
        }
        lines.append("Request ids (#3) are shown as requests start; wait, stop and every take them.")
        return lines.joined(separator: "\n")
    }

    static func describe(_ spec: CommandSpec, path: [String]) -> String {
        var lines: [String] = []
        if !spec.isLeaf {
            lines.append("\(path.joined(separator: " ")): \(spec.summary)")
            let width = spec.subcommands.map(\.name.count).max() ?? 0
            for sub in spec.subcommands {
                lines.append("  \(path.joined(separator: " ")) \(sub.name.padding(to: width))  \(sub.summary)")
            }
            return lines.joined(separator: "\n")
        }
        lines.append(usage(spec, path: path))
        lines.append("  \(spec.summary)")
        if !spec.aliases.isEmpty { lines.append("  also: \(spec.aliases.joined(separator: ", "))") }
        if !spec.positionals.isEmpty || !spec.options.isEmpty {
            let entries = spec.positionals.map { ("<\($0.name)>", $0.help + choices($0.value)) }
                + spec.options.map { option in
                    let extras = [option.isRequired ? "required" : nil, option.isRepeatable ? "repeatable" : nil].compactMap { $0 }
                    let aliasText = option.aliases.isEmpty ? "" : " (also --\(option.aliases.joined(separator: ", --")))"
                    return (option.synopsis, option.help + choices(option.value) + aliasText + (extras.isEmpty ? "" : " [\(extras.joined(separator: ", "))]"))
                }
            let width = min(entries.map(\.0.count).max() ?? 0, 44)
            for (name, help) in entries {
                if name.count > width {
                    lines.append("  \(name)")
                    lines.append("  \("".padding(to: width))  \(help)")
                } else {
                    lines.append("  \(name.padding(to: width))  \(help)")
                }
            }
        }
        lines.append(contentsOf: spec.details.map { "  \($0)" })
        let examples = CommandExamples.byCommand[path.joined(separator: " ")] ?? []
        if !examples.isEmpty {
            lines.append(examples.count == 1 ? "  example:" : "  examples:")
            lines.append(contentsOf: examples.map { "    \($0)" })
        }
        return lines.joined(separator: "\n")
    }

    /// `cluster add --id <ID> --load-balancing-policy <POLICY> [options]`
    static func usage(_ spec: CommandSpec, path: [String]) -> String {
        var words = ["usage:"] + path
        for option in spec.options where option.isRequired {
            words.append("--\(option.long) <\(option.valueName)>")
        }
        if spec.options.contains(where: { !$0.isRequired }) { words.append("[options]") }
        for positional in spec.positionals {
            let word = positional.takesRest ? "<\(positional.name)>..." : "<\(positional.name)>"
            words.append(positional.isRequired ? word : "[\(word)]")
        }
        return words.joined(separator: " ")
    }

    private static func choices(_ kind: ValueKind) -> String {
        guard case .choice(let values) = kind, values.count <= 8 else { return "" }
        return " (\(values.joined(separator: "|")))"
    }

    private static func choices(_ kind: ValueKind?) -> String {
        kind.map(choices) ?? ""
    }
}

extension String {
    /// Pads with spaces to `width` characters (never truncates).
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
