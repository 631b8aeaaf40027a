/// A parsed JSON value that keeps numbers as their text, so that 64-bit integers survive.
enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in document order.
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }
}

/// A strict JSON parser over UTF-8 bytes (RFC 8259), with a depth limit.
struct JSONParser {
    private let text: [UInt8]
    private var index = 0
    private var depth = 0

    init(text: [UInt8]) {
        self.text = text
    }

    mutating func parseDocument() throws(JSONShapeError) -> JSONValue {
        let value = try parseValue()
        skipWhitespace()
        guard index == text.count else { throw error("unexpected text after the JSON value") }
        return value
    }

    private func error(_ message: String) -> JSONShapeError {
        JSONShapeError("\(message) at byte \(index)")
    }

    private mutating func skipWhitespace() {
        while index < text.count, [0x20, 0x09, 0x0a, 0x0d].contains(text[index]) { index += 1 }
    }

    private mutating func parseValue() throws(JSONShapeError) -> JSONValue {
        skipWhitespace()
        guard index < text.count else { throw error("unexpected end of JSON") }
        switch text[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return try parseNumber()
        }
    }

    private mutating func expect(_ word: String) throws(JSONShapeError) {
        let bytes = Array(word.utf8)
        guard index + bytes.count <= text.count, Array(text[index..<(index + bytes.count)]) == bytes else {
            throw error("expected \(word)")
        }
        index += bytes.count
    }

    private mutating func parseObject() throws(JSONShapeError) -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= 200 else { throw error("JSON nested too deeply") }
        index += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if index < text.count, text[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < text.count, text[index] == UInt8(ascii: "\"") else { throw error("expected a key") }
            let key = try parseString()
            skipWhitespace()
            guard index < text.count, text[index] == UInt8(ascii: ":") else { throw error("expected ':'") }
            index += 1
            members.append((key, try parseValue()))
            skipWhitespace()
            guard index < text.count else { throw error("unexpected end of JSON") }
            if text[index] == UInt8(ascii: ",") { index += 1; continue }
            if text[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw error("expected ',' or '}'")
        }
    }

    private mutating func parseArray() throws(JSONShapeError) -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= 200 else { throw error("JSON nested too deeply") }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < text.count, text[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard index < text.count else { throw error("unexpected end of JSON") }
            if text[index] == UInt8(ascii: ",") { index += 1; continue }
            if text[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw error("expected ',' or ']'")
        }
    }

    private mutating func parseNumber() throws(JSONShapeError) -> JSONValue {
        let start = index
        if index < text.count, text[index] == UInt8(ascii: "-") { index += 1 }
        let allowed = Set("0123456789.eE+-".utf8)
        while index < text.count, allowed.contains(text[index]) { index += 1 }
        let number = String(decoding: text[start..<index], as: UTF8.self)
        guard !number.isEmpty, number != "-", Double(number) != nil else { throw error("invalid number") }
        return .number(number)
    }

    private mutating func parseString() throws(JSONShapeError) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var pendingBytes: [UInt8] = []
        func flush() {
            if !pendingBytes.isEmpty {
                scalars.append(contentsOf: String(decoding: pendingBytes, as: UTF8.self).unicodeScalars)
                pendingBytes.removeAll()
            }
        }
        while index < text.count {
            let byte = text[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                guard index < text.count else { throw error("unterminated escape") }
                let escape = text[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0c}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard index + 1 < text.count, text[index] == UInt8(ascii: "\\"), text[index + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired surrogate")
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
                    scalars.append(scalar)
                default:
                    throw error("invalid escape")
                }
            case 0..<0x20:
                throw error("control character in a string")
            default:
                pendingBytes.append(byte)
            }
        }
        throw error("unterminated string")
    }

    private mutating func hex4() throws(JSONShapeError) -> UInt32 {
        guard index + 4 <= text.count, let value = UInt32(String(decoding: text[index..<(index + 4)], as: UTF8.self), radix: 16) else {
            throw error("invalid \\u escape")
        }
        index += 4
        return value
    }
}
