/// A TOML 1.0 reader, written here so that no text, however malformed, can stop the program:
/// every fault is a `TOMLError` with its line and column. (The C++ parser it replaces aborted,
/// in debug builds, on some malformed texts.)
struct TOMLParser {
    /// A table, array of tables or value while the document is read; reference semantics, since
    /// headers come back to tables opened earlier.
    private final class Node {
        enum Kind {
            case table
            case tableArray
            case value(TOMLValue)
        }

        var kind: Kind
        var keys: [String] = []
        var children: [String: Node] = [:]
        var elements: [Node] = []
        /// Opened by a `[header]` (or an element of `[[header]]`): cannot be opened again.
        var byHeader = false
        /// Made by dotted keys: cannot be opened by a header afterwards.
        var byDottedKeys = false
        /// An inline table: closed once written.
        var sealed = false

        init(_ kind: Kind) { self.kind = kind }

        var isTable: Bool { if case .table = kind { true } else { false } }

        func add(_ key: String, _ node: Node) {
            keys.append(key)
            children[key] = node
        }

        func seal() {
            sealed = true
            for child in children.values { child.seal() }
        }

        var value: TOMLValue {
            switch kind {
            case .value(let value):
                return value
            case .tableArray:
                return .array(elements.map(\.value))
            case .table:
                var table = TOMLTable()
                for key in keys { table[key] = children[key]?.value }
                return .table(table)
            }
        }
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    // MARK: Document

    mutating func document() throws(TOMLError) -> TOMLTable {
        let root = Node(.table)
        var current = root
        while true {
            skipBlanks()
            guard let byte = peek() else { break }
            switch byte {
            case UInt8(ascii: "#"):
                try skipComment()
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                break
            case UInt8(ascii: "["):
                current = try header(root)
            default:
                try keyValue(into: current)
            }
            try endOfLine()
        }
        return root.value.table ?? TOMLTable()
    }

    /// After a statement: blanks, perhaps a comment, then a line break or the end.
    private mutating func endOfLine() throws(TOMLError) {
        skipBlanks()
        if peek() == UInt8(ascii: "#") { try skipComment() }
        guard let byte = peek() else { return }
        if byte == UInt8(ascii: "\n") {
            newLine(after: index)
        } else if byte == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") {
            newLine(after: index + 1)
        } else {
            throw error("expected the end of the line, found \(describe(byte))")
        }
    }

    private mutating func header(_ root: Node) throws(TOMLError) -> Node {
        index += 1
        let isArray = peek() == UInt8(ascii: "[")
        if isArray { index += 1 }
        let path = try key()
        guard peek() == UInt8(ascii: "]") else { throw error("expected ']' to close the table header") }
        index += 1
        if isArray {
            guard peek() == UInt8(ascii: "]") else { throw error("expected ']]' to close the array of tables header") }
            index += 1
        }
        var node = root
        for (position, segment) in path.enumerated() {
            let isLast = position == path.count - 1
            let name = path[...position].joined(separator: ".")
            if let child = node.children[segment] {
                switch child.kind {
                case .tableArray:
                    if isLast, !isArray { throw error("'\(name)' is an array of tables, not a table") }
                    if isLast {
                        let element = Node(.table)
                        element.byHeader = true
                        child.elements.append(element)
                        return element
                    }
                    guard let last = child.elements.last else { throw error("'\(name)' is empty") }
                    node = last
                case .table:
                    if child.sealed { throw error("'\(name)' is an inline table: it cannot be extended") }
                    if isLast {
                        if isArray { throw error("'\(name)' is a table, not an array of tables") }
                        if child.byHeader || child.byDottedKeys { throw error("table '\(name)' is defined twice") }
                        child.byHeader = true
                    }
                    node = child
                case .value(let value):
                    throw error("'\(name)' is already a value (\(value.typeName)), not a table")
                }
            } else if isLast, isArray {
                let array = Node(.tableArray)
                let element = Node(.table)
                element.byHeader = true
                array.elements = [element]
                node.add(segment, array)
                return element
            } else {
                let table = Node(.table)
                table.byHeader = isLast
                node.add(segment, table)
                node = table
            }
        }
        return node
    }

    private mutating func keyValue(into table: Node) throws(TOMLError) {
        let path = try key()
        skipBlanks()
        guard peek() == UInt8(ascii: "=") else { throw error("expected '=' after the key") }
        index += 1
        skipBlanks()
        let value = try valueNode()
        try insert(value, at: path, into: table)
    }

    private func insert(_ value: Node, at path: [String], into table: Node) throws(TOMLError) {
        var node = table
        for (position, segment) in path.dropLast().enumerated() {
            let name = path[...position].joined(separator: ".")
            if let child = node.children[segment] {
                guard child.isTable, !child.sealed, !child.byHeader else {
                    throw error("'\(name)' cannot be extended with dotted keys")
                }
                node = child
            } else {
                let child = Node(.table)
                child.byDottedKeys = true
                node.add(segment, child)
                node = child
            }
        }
        guard let last = path.last else { throw error("expected a key") }
        if node.children[last] != nil { throw error("key '\(path.joined(separator: "."))' is defined twice") }
        node.add(last, value)
    }

    // MARK: Keys

    /// A key, dotted or not, with the blanks around its dots.
    private mutating func key() throws(TOMLError) -> [String] {
        var segments: [String] = []
        while true {
            skipBlanks()
            guard let byte = peek() else { throw error("expected a key, found the end of the text") }
            switch byte {
            case UInt8(ascii: "\""):
                if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") { throw error("a key cannot be a multi-line string") }
                segments.append(try basicString())
            case UInt8(ascii: "'"):
                if peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") { throw error("a key cannot be a multi-line string") }
                segments.append(try literalString())
            default:
                let start = index
                while let next = peek(), Self.isBareKeyByte(next) { index += 1 }
                guard index > start else { throw error("expected a key, found \(describe(byte))") }
                segments.append(String(decoding: bytes[start..<index], as: UTF8.self))
            }
            skipBlanks()
            guard peek() == UInt8(ascii: ".") else { return segments }
            index += 1
        }
    }

    private static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    // MARK: Values

    private mutating func valueNode() throws(TOMLError) -> Node {
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

    private mutating func value() throws(TOMLError) -> TOMLValue {
        try valueNode().value
    }

    private mutating func scalar() throws(TOMLError) -> TOMLValue {
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

    private mutating func array() throws(TOMLError) -> TOMLValue {
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

    private mutating func inlineTable() throws(TOMLError) -> Node {
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
    private mutating func bareValue() throws(TOMLError) -> TOMLValue {
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

    private static func isBareValueByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Digits of `radix`, with single underscores only between digits.
    private static func digitsWithUnderscores(_ bytes: ArraySlice<UInt8>, radix: Int) -> Bool {
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

    private static func integer(_ token: [UInt8]) -> Int64? {
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

    private static func isFloat(_ token: [UInt8]) -> Bool {
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

    // MARK: Strings

    private mutating func basicString() throws(TOMLError) -> String {
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

    private mutating func multiLineBasicString() throws(TOMLError) -> String {
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

    private mutating func literalString() throws(TOMLError) -> String {
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

    private mutating func multiLineLiteralString() throws(TOMLError) -> String {
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
    private mutating func appendMultiLineByte(_ byte: UInt8, to result: inout [UInt8]) throws(TOMLError) {
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

    private mutating func skipFirstLineBreak() {
        if peek() == UInt8(ascii: "\n") {
            newLine(after: index)
        } else if peek() == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") {
            newLine(after: index + 1)
        }
    }

    /// A backslash escape of a basic string, as UTF-8.
    private mutating func escape() throws(TOMLError) -> [UInt8] {
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

    private func checkNotControl(_ byte: UInt8) throws(TOMLError) {
        if (byte < 0x20 && byte != 0x09) || byte == 0x7f {
            throw error("control character U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4)) is not allowed here")
        }
    }

    // MARK: Blanks, comments, positions

    private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private mutating func skipBlanks() {
        while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
    }

    private mutating func skipComment() throws(TOMLError) {
        index += 1
        while let byte = peek(), byte != UInt8(ascii: "\n") {
            if byte == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") { return }
            try checkNotControl(byte)
            index += 1
        }
    }

    private mutating func skipBlanksLinesAndComments() throws(TOMLError) {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"): index += 1
            case UInt8(ascii: "\n"): newLine(after: index)
            case UInt8(ascii: "\r") where peek(1) == UInt8(ascii: "\n"): newLine(after: index + 1)
            case UInt8(ascii: "#"): try skipComment()
            default: return
            }
        }
    }

    private mutating func newLine(after breakIndex: Int) {
        index = breakIndex + 1
        line += 1
        lineStart = index
    }

    private func error(_ message: String) -> TOMLError {
        let upTo = min(index, bytes.count)
        let column = bytes[lineStart..<max(lineStart, upTo)].filter { $0 & 0xC0 != 0x80 }.count + 1
        return TOMLError(line: line, column: column, message: message)
    }

    private func describe(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): "the end of the line"
        case 0x20...0x7e: "'\(String(UnicodeScalar(byte)))'"
        default: "a byte 0x\(String(byte, radix: 16))"
        }
    }
}

/// TOML's dates and times, checked for shape and ranges.
enum DateTimeText {
    static func isDate(_ token: [UInt8]) -> Bool {
        guard token.count == 10, token[4] == UInt8(ascii: "-"), token[7] == UInt8(ascii: "-"),
            let month = number(token[5..<7]), let day = number(token[8..<10]), number(token[0..<4]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    static func isTime(_ token: ArraySlice<UInt8>) -> Bool {
        let start = token.startIndex
        guard token.count >= 8,
            token[start + 2] == UInt8(ascii: ":"), token[start + 5] == UInt8(ascii: ":"),
            let hour = number(token[start..<(start + 2)]), let minute = number(token[(start + 3)..<(start + 5)]),
            let second = number(token[(start + 6)..<(start + 8)]),
            hour < 24, minute < 60, second <= 60
        else { return false }
        let fraction = token[(start + 8)...]
        if fraction.isEmpty { return true }
        return fraction.first == UInt8(ascii: ".") && fraction.count > 1 && number(fraction.dropFirst()) != nil
    }

    static func isDateTime(_ token: [UInt8]) -> Bool {
        if isDate(token) { return true }
        if isTime(token[...]) { return true }
        guard token.count >= 19, isDate(Array(token[0..<10])) else { return false }
        let separator = token[10]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " ") else { return false }
        var time = token[11...]
        if let last = time.last, last == UInt8(ascii: "Z") || last == UInt8(ascii: "z") {
            time = time.dropLast()
        } else if time.count >= 14, let signAt = time.index(time.endIndex, offsetBy: -6, limitedBy: time.startIndex),
            time[signAt] == UInt8(ascii: "+") || time[signAt] == UInt8(ascii: "-")
        {
            let offset = time[(signAt + 1)...]
            guard offset.count == 5, offset[offset.startIndex + 2] == UInt8(ascii: ":"),
                let hours = number(offset.prefix(2)), let minutes = number(offset.suffix(2)), hours < 24, minutes < 60
            else { return false }
            time = time[..<signAt]
        }
        return isTime(time)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { filter { $0 != "_" } }

    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
