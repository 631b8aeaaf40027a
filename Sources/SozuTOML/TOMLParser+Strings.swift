extension TOMLParser {
    // MARK: Strings

    mutating func basicString() throws(TOMLError) -> String {
        index += 1
        var result: [UInt8] = []
        while true {
            guard let byte = peek() else { throw error("a string is not closed") }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: result, as: UTF8.self)
            case UInt8(ascii: "\\"):
                result += try escape()
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw error("a string is not closed before the end of its line")
            default:
                try checkNotControl(byte)
                result.append(byte)
                index += 1
            }
        }
    }

    mutating func multiLineBasicString() throws(TOMLError) -> String {
        index += 3
        skipFirstLineBreak()
        var result: [UInt8] = []
        while true {
            guard let byte = peek() else { throw error("a multi-line string is not closed") }
            if byte == UInt8(ascii: "\""), peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
                // Up to two more quotes belong to the string.
                var extra = 0
                while extra < 2, peek(3 + extra) == UInt8(ascii: "\"") { extra += 1 }
                result += Array(repeating: UInt8(ascii: "\""), count: extra)
                index += 3 + extra
                return String(decoding: result, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                // A backslash ending a line trims the line break and the blanks after it.
                var lookahead = index + 1
                while lookahead < bytes.count, bytes[lookahead] == UInt8(ascii: " ") || bytes[lookahead] == UInt8(ascii: "\t") { lookahead += 1 }
                if lookahead < bytes.count, bytes[lookahead] == UInt8(ascii: "\n") || bytes[lookahead] == UInt8(ascii: "\r") {
                    index = lookahead
                    while let next = peek(), next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") {
                        if next == UInt8(ascii: "\n") { newLine(after: index) } else { index += 1 }
                    }
                    continue
                }
                result += try escape()
                continue
            }
            try appendMultiLineByte(byte, to: &result)
        }
    }

    mutating func literalString() throws(TOMLError) -> String {
        index += 1
        let start = index
        while true {
            guard let byte = peek() else { throw error("a string is not closed") }
            if byte == UInt8(ascii: "'") {
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { throw error("a string is not closed before the end of its line") }
            try checkNotControl(byte)
            index += 1
        }
    }

    mutating func multiLineLiteralString() throws(TOMLError) -> String {
        index += 3
        skipFirstLineBreak()
        var result: [UInt8] = []
        while true {
            guard let byte = peek() else { throw error("a multi-line string is not closed") }
            if byte == UInt8(ascii: "'"), peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") {
                var extra = 0
                while extra < 2, peek(3 + extra) == UInt8(ascii: "'") { extra += 1 }
                result += Array(repeating: UInt8(ascii: "'"), count: extra)
                index += 3 + extra
                return String(decoding: result, as: UTF8.self)
            }
            try appendMultiLineByte(byte, to: &result)
        }
    }

    /// One character of a multi-line string's body, its line breaks counted.
    mutating func appendMultiLineByte(_ byte: UInt8, to result: inout [UInt8]) throws(TOMLError) {
        if byte == UInt8(ascii: "\n") {
            result.append(byte)
            newLine(after: index)
        } else if byte == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") {
            result.append(UInt8(ascii: "\n"))
            newLine(after: index + 1)
        } else {
            try checkNotControl(byte)
            result.append(byte)
            index += 1
        }
    }

    mutating func skipFirstLineBreak() {
        if peek() == UInt8(ascii: "\n") {
            newLine(after: index)
        } else if peek() == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") {
            newLine(after: index + 1)
        }
    }

    /// A backslash escape of a basic string, as UTF-8.
    mutating func escape() throws(TOMLError) -> [UInt8] {
        index += 1
        guard let byte = peek() else { throw error("a string is not closed") }
        index += 1
        switch byte {
        case UInt8(ascii: "b"): return [0x08]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "n"): return [0x0a]
        case UInt8(ascii: "f"): return [0x0c]
        case UInt8(ascii: "r"): return [0x0d]
        case UInt8(ascii: "\""): return [0x22]
        case UInt8(ascii: "\\"): return [0x5c]
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = byte == UInt8(ascii: "u") ? 4 : 8
            guard index + count <= bytes.count,
                let code = UInt32(String(decoding: bytes[index..<(index + count)], as: UTF8.self), radix: 16),
                bytes[index..<(index + count)].allSatisfy({ Int(String(UnicodeScalar($0)), radix: 16) != nil }),
                let scalar = Unicode.Scalar(code)
            else {
                index -= 2
                throw error("\\\(String(UnicodeScalar(byte))) needs \(count) hexadecimal digits naming a Unicode scalar")
            }
            index += count
            return Array(String(Character(scalar)).utf8)
        default:
            index -= 2
            throw error("'\\\(String(UnicodeScalar(byte)))' is not an escape TOML knows")
        }
    }

    func checkNotControl(_ byte: UInt8) throws(TOMLError) {
        if (byte < 0x20 && byte != 0x09) || byte == 0x7f {
            throw error("control character U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4)) is not allowed here")
        }
    }
}
