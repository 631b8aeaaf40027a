import Foundation

/// Values only the running proxy knows, kept fresh by the engine for completion.
public struct LiveValues: Equatable, Sendable {
    /// A backend as completion knows it.
    public struct Backend: Equatable, Sendable {
        public var clusterID: String
        public var backendID: String
        public var address: String

        public init(clusterID: String, backendID: String, address: String) {
            self.clusterID = clusterID
            self.backendID = backendID
            self.address = address
        }
    }

    public var clusterIDs: [String] = []
    public var backendIDs: [String] = []
    public var listenerAddresses: [String] = []
    public var httpListenerAddresses: [String] = []
    public var httpsListenerAddresses: [String] = []
    public var tcpListenerAddresses: [String] = []
    public var udpListenerAddresses: [String] = []
    public var certificateFingerprints: [String] = []
    public var workerIDs: [String] = []
    public var runningWorkerIDs: [String] = []
    public var requestIDs: [String] = []
    public var hostnames: [String] = []
    /// Each backend id's clusters (a backend id is only unique within its cluster).
    public var backendClusters: [String: [String]] = [:]
    public var backends: [Backend] = []
    /// The console's targets, and their tags (`@` completion).
    public var targetNames: [String] = []
    public var targetTags: [String] = []

    public init() {}

    /// Adds another target's values (ids offered once).
    mutating func merge(_ other: LiveValues) {
        func union(_ mine: inout [String], _ theirs: [String]) { mine = Array(Set(mine).union(theirs)).sorted() }
        union(&clusterIDs, other.clusterIDs)
        union(&backendIDs, other.backendIDs)
        union(&listenerAddresses, other.listenerAddresses)
        union(&httpListenerAddresses, other.httpListenerAddresses)
        union(&httpsListenerAddresses, other.httpsListenerAddresses)
        union(&tcpListenerAddresses, other.tcpListenerAddresses)
        union(&udpListenerAddresses, other.udpListenerAddresses)
        union(&certificateFingerprints, other.certificateFingerprints)
        union(&workerIDs, other.workerIDs)
        union(&runningWorkerIDs, other.runningWorkerIDs)
        union(&hostnames, other.hostnames)
        for (backend, clusters) in other.backendClusters { backendClusters[backend] = Array(Set(backendClusters[backend, default: []]).union(clusters)).sorted() }
        for backend in other.backends where !backends.contains(backend) { backends.append(backend) }
    }

    /// The values of `kind`; `given` holds the options already on the line (`id` → `api`),
    /// which narrow some kinds (a cluster's backends, a backend's addresses).
    func values(for kind: LiveValueKind, given: [String: String] = [:]) -> [String] {
        switch kind {
        case .clusterID: clusterIDs
        case .backendID: backendIDs
        case .backendIDOfCluster:
            given["id"].map { cluster in backends.filter { $0.clusterID == cluster }.map(\.backendID) } ?? backendIDs
        case .backendAddress:
            backends.filter { backend in
                given["backend-id"].map { backend.backendID == $0 } ?? true && given["id"].map { backend.clusterID == $0 } ?? true
            }.map(\.address)
        case .listenerAddress: listenerAddresses
        case .httpListenerAddress: httpListenerAddresses
        case .httpsListenerAddress: httpsListenerAddresses
        case .tcpListenerAddress: tcpListenerAddresses
        case .udpListenerAddress: udpListenerAddresses
        case .certificateFingerprint: certificateFingerprints
        case .workerID: workerIDs
        case .runningWorkerID: runningWorkerIDs
        case .requestID: requestIDs
        case .hostname: hostnames
        case .targetName: targetNames
        }
    }
}

/// What Tab offers at the cursor: the words that fit, and the part of the line they replace.
public struct Completion: Equatable, Sendable {
    /// Character offsets of the word being completed.
    public var replacing: Range<Int>
    public var candidates: [String]

    public init(replacing: Range<Int>, candidates: [String]) {
        self.replacing = replacing
        self.candidates = candidates
    }

    /// The longest text every candidate starts with: what Tab inserts when several fit.
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

/// Completion from the grammar (commands, options, choices) and from live values.
public struct Completer: Sendable {
    public let grammar: [CommandSpec]

    public init(grammar: [CommandSpec] = ConsoleGrammar.commands) {
        self.grammar = grammar
    }

    public func complete(_ line: String, cursor: Int, live: LiveValues = LiveValues()) -> Completion {
        var (words, partial) = Tokenizer.wordsBeforeCursor(in: line, cursor: cursor)
        let candidates: [String]
        if words.isEmpty, partial.text.hasPrefix("@") {
            // A statement's first word may address targets: `@web-1`, `@tag:eu`, `@all`.
            candidates = ["@all"] + live.targetNames.map { "@" + $0 } + live.targetTags.map { "@tag:" + $0 }
        } else {
            // What follows `@…` is an ordinary command.
            if words.first?.text.hasPrefix("@") == true { words.removeFirst() }
            candidates = self.candidates(after: words, partial: partial.text, live: live)
        }
        let matching = candidates.filter { $0.lowercased().hasPrefix(partial.text.lowercased()) }
        var seen = Set<String>()
        return Completion(replacing: partial.range, candidates: matching.filter { seen.insert($0).inserted })
    }

    private func candidates(after words: [Token], partial: String, live: LiveValues) -> [String] {
        var specs = grammar
        var node: CommandSpec?
        var index = 0
        while index < words.count {
            if let current = node, current.isLeaf { break }
            guard let found = specs.first(where: { $0.name == words[index].text.lowercased() || $0.aliases.contains(words[index].text.lowercased()) }) else {
                return []
            }
            node = found
            specs = found.subcommands
            index += 1
        }
        guard let node else { return grammar.map(\.name) }
        guard node.isLeaf else { return node.subcommands.map(\.name) }
        let arguments = Array(words[index...])
        switch node.name {
        case "help":
            return candidates(afterHelp: arguments)
        case "every" where !arguments.isEmpty:
            return candidates(after: Array(arguments.dropFirst()), partial: partial, live: live)
        default:
            return candidates(for: node, arguments: arguments, partial: partial, live: live)
        }
    }

    private func candidates(afterHelp words: [Token]) -> [String] {
        var specs = grammar
        for word in words {
            guard let found = specs.first(where: { $0.name == word.text.lowercased() }) else { return [] }
            specs = found.subcommands
        }
        return specs.map(\.name)
    }

    private func candidates(for spec: CommandSpec, arguments: [Token], partial: String, live: LiveValues) -> [String] {
        var used = Set<String>()
        var given: [String: String] = [:]
        var positionalCount = 0
        var index = 0
        var lastRoute: String?
        while index < arguments.count {
            let word = arguments[index].text
            if word.hasPrefix("--"), let option = spec.option(long: String(word.dropFirst(2)).split(separator: "=").first.map(String.init) ?? "") {
                used.insert(option.long)
                if !option.isFlag, let equals = word.firstIndex(of: "=") {
                    given[option.long] = String(word[word.index(after: equals)...])
                } else if !option.isFlag {
                    if index == arguments.count - 1 { return values(option.value, live: option.live, live, given: given, partial: partial) }
                    index += 1
                    given[option.long] = arguments[index].text
                }
            } else if word.hasPrefix("-"), word.count == 2, let letter = word.last, let option = spec.option(short: letter) {
                used.insert(option.long)
                if !option.isFlag {
                    if index == arguments.count - 1 { return values(option.value, live: option.live, live, given: given, partial: partial) }
                    index += 1
                    given[option.long] = arguments[index].text
                }
            } else {
                if positionalCount == 0 { lastRoute = word.lowercased() }
                positionalCount += 1
            }
            index += 1
        }
        if partial.hasPrefix("-") {
            return spec.options.filter { $0.isRepeatable || !used.contains($0.long) }.map { "--\($0.long)" }
        }
        if positionalCount < spec.positionals.count {
            let positional = spec.positionals[positionalCount]
            // After `deny` a frontend takes no cluster id.
            if positional.name == "cluster-id", lastRoute == "deny" { return [] }
            let offered = values(positional.value, live: positional.live, live, given: given, partial: partial)
            if !offered.isEmpty || positional.isRequired { return offered }
        }
        let required = spec.options.filter { $0.isRequired && !used.contains($0.long) }.map { "--\($0.long)" }
        return required.isEmpty ? spec.options.filter { $0.isRepeatable || !used.contains($0.long) }.map { "--\($0.long)" } : required
    }

    private func values(_ kind: ValueKind?, live kindOfLive: LiveValueKind?, _ live: LiveValues, given: [String: String], partial: String) -> [String] {
        if let kindOfLive { return live.values(for: kindOfLive, given: given) }
        switch kind {
        case .choice(let values)?: return values
        case .boolean?: return ["true", "false"]
        case .path?: return files(matching: partial)
        default: return []
        }
    }

    /// Files and directories (with a trailing `/`) whose path starts with `partial`.
    private func files(matching partial: String) -> [String] {
        let expanded = (partial as NSString).expandingTildeInPath
        let directory: String, prefix: String
        if partial.hasSuffix("/") {
            (directory, prefix) = (expanded, "")
        } else {
            let nsPath = expanded as NSString
            (directory, prefix) = (partial.contains("/") ? nsPath.deletingLastPathComponent : ".", nsPath.lastPathComponent)
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "/" : directory) else { return [] }
        let typedDirectory = partial.hasSuffix("/") ? partial : (partial.contains("/") ? String(partial[...(partial.lastIndex(of: "/") ?? partial.startIndex)]) : "")
        return entries.filter { $0.hasPrefix(prefix) && !($0.hasPrefix(".") && !prefix.hasPrefix(".")) }.sorted().map { entry in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(entry), isDirectory: &isDirectory)
            return typedDirectory + entry + (isDirectory.boolValue ? "/" : "")
        }
    }
}
