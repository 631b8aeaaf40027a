import Foundation
import SozuCodec
public import SozuProto

/// The arguments of one leaf command, checked against its spec, with typed accessors whose
/// errors point at the offending word.
public struct ParsedArguments: Sendable {
    /// The command's words as typed (`cluster add`).
    public let commandPath: [String]
    /// The statement as typed.
    public let text: String
    /// Values by the option's long name; a flag has one empty-text token per use.
    let options: [String: [Token]]
    let positionals: [String: [Token]]
    /// Where the statement ends: errors about missing words point here.
    let end: Int

    public var verb: String { commandPath.joined(separator: " ") }

    public func has(_ long: String) -> Bool { options[long] != nil }

    public func flag(_ long: String) -> Bool { options[long] != nil }

    public func token(_ long: String) -> Token? { options[long]?.last }

    public func string(_ long: String) -> String? { options[long]?.last?.text }

    public func strings(_ long: String) -> [String] { options[long]?.map(\.text) ?? [] }

    public func requiredString(_ long: String) throws(CommandLineError) -> String {
        guard let value = string(long) else { throw missing("--\(long)") }
        return value
    }

    public func positional(_ name: String) -> Token? { positionals[name]?.first }

    public func rest(_ name: String) -> [Token] { positionals[name] ?? [] }

    public func unsigned32(_ long: String) throws(CommandLineError) -> UInt32? {
        guard let token = token(long) else { return nil }
        return try UInt32(Self.unsigned(token, maximum: UInt64(UInt32.max), what: "--\(long)"))
    }

    public func unsigned64(_ long: String) throws(CommandLineError) -> UInt64? {
        guard let token = token(long) else { return nil }
        return try Self.unsigned(token, maximum: UInt64.max, what: "--\(long)")
    }

    public func address(_ long: String) throws(CommandLineError) -> Command_SocketAddress? {
        guard let token = token(long) else { return nil }
        return try Self.address(token, what: "--\(long)")
    }

    public func requiredAddress(_ long: String) throws(CommandLineError) -> Command_SocketAddress {
        guard let address = try address(long) else { throw missing("--\(long)") }
        return address
    }

    public func boolean(_ long: String) throws(CommandLineError) -> Bool? {
        guard let token = token(long) else { return nil }
        switch token.text.lowercased() {
        case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default:
            throw CommandLineError("--\(long) takes true or false, not '\(token.text)'", at: token.range, expected: ["true", "false"])
        }
    }

    /// Comma-separated values of every use of a list option, empty parts dropped.
    public func list(_ long: String) -> [String] {
        strings(long).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `key=value, other=value` pairs, as Sōzu's CLI reads `--tags`.
    public func tags(_ long: String) throws(CommandLineError) -> [String: String] {
        var tags: [String: String] = [:]
        for token in options[long] ?? [] {
            for part in token.text.split(separator: ",", omittingEmptySubsequences: true) {
                let pair = part.trimmingCharacters(in: .whitespaces)
                guard let equals = pair.firstIndex(of: "=") else {
                    throw CommandLineError("--\(long) takes key=value pairs separated by commas; '\(pair)' has no '='", at: token.range)
                }
                tags[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
        }
        return tags
    }

    /// The one value of a choice option, as the spec spells it (lower case).
    public func choice(_ long: String) -> String? { string(long)?.lowercased() }

    /// Reads a file named by an option: certificates, keys, answer bodies.
    public func fileContents(_ long: String) throws(CommandLineError) -> String? {
        guard let token = token(long) else { return nil }
        return try Self.readFile(token, what: "--\(long)")
    }

    public func missing(_ what: String) -> CommandLineError {
        CommandLineError("\(verb) needs \(what)", at: end..<end, expected: [what])
    }

    public func error(_ message: String, at long: String) -> CommandLineError {
        CommandLineError(message, at: token(long)?.range ?? end..<end)
    }

    static func unsigned(_ token: Token, maximum: UInt64, what: String) throws(CommandLineError) -> UInt64 {
        guard let value = UInt64(token.text), value <= maximum else {
            throw CommandLineError("\(what) takes a whole number from 0 to \(maximum), not '\(token.text)'", at: token.range)
        }
        return value
    }

    static func address(_ token: Token, what: String) throws(CommandLineError) -> Command_SocketAddress {
        guard let address = SocketAddressParser.parse(token.text) else {
            throw CommandLineError(
                "\(what) takes an address with a port, like 127.0.0.1:8080 or [::1]:8080, not '\(token.text)'",
                at: token.range)
        }
        return address
    }

    static func readFile(_ token: Token, what: String) throws(CommandLineError) -> String {
        let path = (token.text as NSString).expandingTildeInPath
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let text = String(data: data, encoding: .utf8) else {
                throw CommandLineError("\(what): \(token.text) is not UTF-8 text", at: token.range)
            }
            return text
        } catch let error as CommandLineError {
            throw error
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw CommandLineError("\(what): cannot read \(token.text): \(reason)", at: token.range)
        }
    }
}
