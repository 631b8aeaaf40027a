/// A TOML 1.0 reader, written here so that no text, however malformed, can stop the program:
/// every fault is a `TOMLError` with its line and column. (The C++ parser it replaces aborted,
/// in debug builds, on some malformed texts.)
struct TOMLParser {
    /// A table, array of tables or value while the document is read; reference semantics, since
    /// headers come back to tables opened earlier.
    final class Node {
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

    let bytes: [UInt8]
    var index = 0
    var line = 1
    var lineStart = 0

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
    mutating func endOfLine() throws(TOMLError) {
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

    mutating func header(_ root: Node) throws(TOMLError) -> Node {
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

    mutating func keyValue(into table: Node) throws(TOMLError) {
        let path = try key()
        skipBlanks()
        guard peek() == UInt8(ascii: "=") else { throw error("expected '=' after the key") }
        index += 1
        skipBlanks()
        let value = try valueNode()
        try insert(value, at: path, into: table)
    }

    func insert(_ value: Node, at path: [String], into table: Node) throws(TOMLError) {
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
    mutating func key() throws(TOMLError) -> [String] {
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

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    // MARK: Blanks, comments, positions

    func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    mutating func skipBlanks() {
        while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
    }

    mutating func skipComment() throws(TOMLError) {
        index += 1
        while let byte = peek(), byte != UInt8(ascii: "\n") {
            if byte == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") { return }
            try checkNotControl(byte)
            index += 1
        }
    }

    mutating func skipBlanksLinesAndComments() throws(TOMLError) {
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

    mutating func newLine(after breakIndex: Int) {
        index = breakIndex + 1
        line += 1
        lineStart = index
    }

    func error(_ message: String) -> TOMLError {
        let upTo = min(index, bytes.count)
        let column = bytes[lineStart..<max(lineStart, upTo)].filter { $0 & 0xC0 != 0x80 }.count + 1
        return TOMLError(line: line, column: column, message: message)
    }

    func describe(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): "the end of the line"
        case 0x20...0x7e: "'\(String(UnicodeScalar(byte)))'"
        default: "a byte 0x\(String(byte, radix: 16))"
        }
    }
}
