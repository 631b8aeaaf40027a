extension TOMLParser {
    // MARK: Values

    mutating func valueNode() throws(TOMLError) -> Node {
        guard let byte = peek() else { throw error("expected a value, found the end of the text") }
        switch byte {
        case UInt8(ascii: "{"):
            return try inlineTable()
        case UInt8(ascii: "["):
            return Node(.value(try array()))
        default:
            return Node(.value(try scalar()))
        }
    }

    mutating func value() throws(TOMLError) -> TOMLValue {
        try valueNode().value
    }

    mutating func scalar() throws(TOMLError) -> TOMLValue {
        guard let byte = peek() else { throw error("expected a value, found the end of the text") }
        switch byte {
        case UInt8(ascii: "\""):
            if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") { return .string(try multiLineBasicString()) }
            return .string(try basicString())
        case UInt8(ascii: "'"):
            if peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") { return .string(try multiLineLiteralString()) }
            return .string(try literalString())
        default:
            return try bareValue()
        }
    }

    mutating func array() throws(TOMLError) -> TOMLValue {
        index += 1
        var elements: [TOMLValue] = []
        while true {
            try skipBlanksLinesAndComments()
            guard let byte = peek() else { throw error("expected ']' to close the array") }
            if byte == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            if byte == UInt8(ascii: ",") { throw error("expected a value, found ','") }
            elements.append(try value())
            try skipBlanksLinesAndComments()
            guard let next = peek() else { throw error("expected ']' to close the array") }
            if next == UInt8(ascii: ",") {
                index += 1
            } else if next != UInt8(ascii: "]") {
                throw error("expected ',' or ']' in the array, found \(describe(next))")
            }
        }
    }

    mutating func inlineTable() throws(TOMLError) -> Node {
        index += 1
        let table = Node(.table)
        skipBlanks()
        if peek() == UInt8(ascii: "}") {
            index += 1
            table.seal()
            return table
        }
        while true {
            try keyValue(into: table)
            skipBlanks()
            guard let byte = peek() else { throw error("expected '}' to close the inline table") }
            if byte == UInt8(ascii: "}") {
                index += 1
                table.seal()
                return table
            }
            guard byte == UInt8(ascii: ",") else { throw error("expected ',' or '}' in the inline table, found \(describe(byte))") }
            index += 1
            skipBlanks()
            if peek() == UInt8(ascii: "}") { throw error("an inline table cannot end with ','") }
        }
    }

    /// Booleans, numbers, dates and times: a run of the characters they are made of.
    mutating func bareValue() throws(TOMLError) -> TOMLValue {
        let start = index
        while let byte = peek(), Self.isBareValueByte(byte) { index += 1 }
        // A date and a time may be separated by a space.
        if index - start == 10, peek() == UInt8(ascii: " "), let next = peek(1), Self.isDigit(next),
            DateTimeText.isDate(Array(bytes[start..<index]))
        {
            index += 1
            while let byte = peek(), Self.isBareValueByte(byte) { index += 1 }
        }
        let token = Array(bytes[start..<index])
        guard !token.isEmpty, let first = token.first else {
            throw error("expected a value, found \(peek().map(describe) ?? "the end of the text")")
        }
        let text = String(decoding: token, as: UTF8.self)
        switch text {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        if DateTimeText.isDateTime(token) { return .dateTime(text) }
        if let integer = Self.integer(token) { return .integer(integer) }
        if Self.isFloat(token), let double = Double(text.replacingUnderscores()) { return .float(double) }
        if Self.isDigit(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            index = start
            throw error("'\(text)' is not a number, a date or a time")
        }
        index = start
        throw error("expected a value, found '\(text)'")
    }

    static func isBareValueByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Digits of `radix`, with single underscores only between digits.
    static func digitsWithUnderscores(_ bytes: ArraySlice<UInt8>, radix: Int) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "_"), last != UInt8(ascii: "_") else { return false }
        var previousUnderscore = false
        for byte in bytes {
            if byte == UInt8(ascii: "_") {
                if previousUnderscore { return false }
                previousUnderscore = true
                continue
            }
            previousUnderscore = false
            guard let digit = Int(String(UnicodeScalar(byte)), radix: radix), digit < radix else { return false }
        }
        return true
    }

    static func integer(_ token: [UInt8]) -> Int64? {
        let text = String(decoding: token, as: UTF8.self)
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where text.hasPrefix(prefix) {
            let digits = token[2...]
            guard digitsWithUnderscores(digits, radix: radix) else { return nil }
            return Int64(String(decoding: digits, as: UTF8.self).replacingUnderscores(), radix: radix)
        }
        var digits = token[...]
        if let sign = digits.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard digitsWithUnderscores(digits, radix: 10) else { return nil }
        // No leading zeros, but 0 itself.
        if digits.count > 1, digits.first == UInt8(ascii: "0") { return nil }
        return Int64(text.replacingUnderscores())
    }

    static func isFloat(_ token: [UInt8]) -> Bool {
        var rest = token[...]
        if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { rest = rest.dropFirst() }
        let exponentAt = rest.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        let mantissa = exponentAt.map { rest[..<$0] } ?? rest
        let dotAt = mantissa.firstIndex(of: UInt8(ascii: "."))
        let integerPart = dotAt.map { mantissa[..<$0] } ?? mantissa
        guard digitsWithUnderscores(integerPart, radix: 10) else { return false }
        if integerPart.count > 1, integerPart.first == UInt8(ascii: "0") { return false }
        if let dotAt {
            guard digitsWithUnderscores(mantissa[(dotAt + 1)...], radix: 10) else { return false }
        }
        if let exponentAt {
            var exponent = rest[(exponentAt + 1)...]
            if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { exponent = exponent.dropFirst() }
            guard digitsWithUnderscores(exponent, radix: 10) else { return false }
        }
        return dotAt != nil || exponentAt != nil
    }
}
