/// Which targets a statement goes to: `@all`, `@web-1`, `@tag:eu` (any tag with that value, or
/// that name) or `@tag:region=eu`. Without one, the default target (`use NAME`).
public enum TargetSelector: Equatable, Sendable, CustomStringConvertible {
    case all
    case named(String)
    case tag(key: String?, value: String)

    /// `@…` without its `@`.
    public init?(word: String) {
        guard !word.isEmpty else { return nil }
        if word == "all" {
            self = .all
        } else if word.hasPrefix("tag:") {
            let tag = word.dropFirst(4)
            guard !tag.isEmpty else { return nil }
            if let equals = tag.firstIndex(of: "=") {
                self = .tag(key: String(tag[..<equals]), value: String(tag[tag.index(after: equals)...]))
            } else {
                self = .tag(key: nil, value: String(tag))
            }
        } else {
            self = .named(word)
        }
    }

    public var description: String {
        switch self {
        case .all: "@all"
        case .named(let name): "@\(name)"
        case .tag(let key?, let value): "@tag:\(key)=\(value)"
        case .tag(nil, let value): "@tag:\(value)"
        }
    }

    /// The targets it names, in fleet order.
    public func resolve(in targets: [TargetSpec]) throws(FleetError) -> [TargetSpec] {
        switch self {
        case .all:
            return targets
        case .named(let name):
            guard let target = targets.first(where: { $0.name == name }) else { throw .unknownTarget(name, known: targets.map(\.name)) }
            return [target]
        case .tag(let key, let value):
            let matching = targets.filter { target in
                if let key { return target.tags[key] == value }
                return target.tags.values.contains(value) || target.tags[value] != nil
            }
            guard !matching.isEmpty else { throw .noTargetWithTag(description.dropFirst(5).description) }
            return matching
        }
    }
}
