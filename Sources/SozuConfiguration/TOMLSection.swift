import SozuCodec
import SozuProto
import SozuTOML

/// One table of the configuration, read with the types Sōzu's structures declare: a value of the
/// wrong type, out of its integer range or under a key the section does not know is an error
/// naming where it is (`clusters.api.frontends[0].address`), as Sōzu's TOML decoder refuses them.
struct TOMLSection {
    let table: TOMLTable
    /// Where this table is, for messages; empty at the top.
    let location: String

    func place(_ key: String) -> String {
        location.isEmpty ? key : "\(location).\(key)"
    }

    /// This table, for messages.
    var name: String { location.isEmpty ? "the top level" : location }

    /// Refuses keys outside `known` (Sōzu's `deny_unknown_fields`).
    func rejectUnknownKeys(_ known: Set<String>) throws(ConfigurationError) {
        for key in table.keys.sorted() where !known.contains(key) {
            throw .invalidTOML("unknown field `\(key)` in \(name)")
        }
    }

    func has(_ key: String) -> Bool { table[key] != nil }

    private func mismatch(_ key: String, expected: String, _ value: TOMLValue) -> ConfigurationError {
        .invalidTOML("\(place(key)): invalid type: \(value.typeName), expected \(expected)")
    }

    func string(_ key: String) throws(ConfigurationError) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else { throw mismatch(key, expected: "a string", value) }
        return text
    }

    func requiredString(_ key: String) throws(ConfigurationError) -> String {
        guard let text = try string(key) else { throw .invalidTOML("missing field `\(key)` in \(name)") }
        return text
    }

    func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else { throw mismatch(key, expected: "a boolean", value) }
        return flag
    }

    /// A whole number in `0...maximum`; `type` names the Rust type in messages (`u32`).
    func unsigned(_ key: String, upTo maximum: UInt64, type: String) throws(ConfigurationError) -> UInt64? {
        guard let value = table[key] else { return nil }
        guard let number = value.int else { throw mismatch(key, expected: type, value) }
        guard number >= 0, UInt64(number) <= maximum else {
            throw .invalidTOML("\(place(key)): invalid value: integer `\(number)`, expected \(type)")
        }
        return UInt64(number)
    }

    func uint32(_ key: String) throws(ConfigurationError) -> UInt32? {
        try unsigned(key, upTo: UInt64(UInt32.max), type: "u32").map { UInt32($0) }
    }

    func uint64(_ key: String) throws(ConfigurationError) -> UInt64? {
        try unsigned(key, upTo: UInt64(Int64.max), type: "u64")
    }

    func strings(_ key: String) throws(ConfigurationError) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw mismatch(key, expected: "a sequence of strings", value) }
        var result: [String] = []
        for (index, item) in array.enumerated() {
            guard let text = item.string else {
                throw .invalidTOML("\(place(key))[\(index)]: invalid type: \(item.typeName), expected a string")
            }
            result.append(text)
        }
        return result
    }

    /// A table of strings (`tags`, `answers`).
    func stringMap(_ key: String) throws(ConfigurationError) -> [String: String]? {
        guard let section = try section(key) else { return nil }
        var result: [String: String] = [:]
        for name in section.table.keys {
            result[name] = try section.string(name)
        }
        return result
    }

    func section(_ key: String) throws(ConfigurationError) -> TOMLSection? {
        guard let value = table[key] else { return nil }
        guard let inner = value.table else { throw mismatch(key, expected: "a table", value) }
        return TOMLSection(table: inner, location: place(key))
    }

    /// An array of tables (`[[listeners]]`).
    func sections(_ key: String) throws(ConfigurationError) -> [TOMLSection]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw mismatch(key, expected: "a sequence of tables", value) }
        var result: [TOMLSection] = []
        for (index, item) in array.enumerated() {
            guard let inner = item.table else {
                throw .invalidTOML("\(place(key))[\(index)]: invalid type: \(item.typeName), expected a table")
            }
            result.append(TOMLSection(table: inner, location: "\(place(key))[\(index)]"))
        }
        return result
    }

    /// `1.2.3.4:80` or `[::1]:80`, as Rust's `SocketAddr` reads them.
    func socketAddress(_ key: String) throws(ConfigurationError) -> Command_SocketAddress? {
        guard let text = try string(key) else { return nil }
        guard let address = SocketAddressParser.parse(text) else {
            throw .invalidTOML("\(place(key)): invalid socket address syntax: \"\(text)\"")
        }
        return address
    }

    func requiredSocketAddress(_ key: String) throws(ConfigurationError) -> Command_SocketAddress {
        guard let address = try socketAddress(key) else { throw .invalidTOML("missing field `\(key)` in \(name)") }
        return address
    }

    /// One of Sōzu's enumerations, written as its serde name (`ROUND_ROBIN`, `TLS_V12`, `http`).
    func choice<Value>(_ key: String, among names: KeyValuePairs<String, Value>) throws(ConfigurationError) -> Value? {
        guard let text = try string(key) else { return nil }
        return try pick(text, among: names, at: place(key))
    }

    func choices<Value>(_ key: String, among names: KeyValuePairs<String, Value>) throws(ConfigurationError) -> [Value]? {
        guard let texts = try strings(key) else { return nil }
        var result: [Value] = []
        for (index, text) in texts.enumerated() {
            result.append(try pick(text, among: names, at: "\(place(key))[\(index)]"))
        }
        return result
    }

    private func pick<Value>(_ text: String, among names: KeyValuePairs<String, Value>, at place: String) throws(ConfigurationError) -> Value {
        guard let value = names.first(where: { $0.key == text })?.value else {
            let expected = names.map { "`\($0.key)`" }.joined(separator: ", ")
            throw .invalidTOML("\(place): unknown variant `\(text)`, expected one of \(expected)")
        }
        return value
    }
}
