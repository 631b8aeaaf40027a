import Foundation

/// One word of a command line, with where it stands in the line (in characters), so that an
/// error can point at it.
public struct Token: Equatable, Sendable {
    public var text: String
    /// Character offsets in the line, the quotes included.
    public var range: Range<Int>
    /// Whether any part of the word was quoted: a quoted `;` or `--x` is plain text.
    public var wasQuoted: Bool { unquotedPrefix < text.count }
    /// How many characters of `text` come before the first quote: `--name='a b'` is an option
    /// with a quoted value, `'--name'` is a word.
    public var unquotedPrefix: Int

    public init(text: String, range: Range<Int>, unquotedPrefix: Int? = nil) {
        self.text = text
        self.range = range
        self.unquotedPrefix = unquotedPrefix ?? text.count
    }
}

/// The words of one command; a line holds several, separated by `;`.
public struct Statement: Equatable, Sendable {
    public var tokens: [Token]
    /// Where the statement ends in the line (before its `;`), for errors about missing words.
    public var end: Int
    /// The statement as typed, trimmed.
    public var text: String
}

/// A control character other than the blanks a line may hold.
private func isUnprintable(_ character: Character) -> Bool {
    character.unicodeScalars.contains { scalar in
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F..<0xA0: true
        default: false
        }
    }
}

/// Splits a line into statements and words as a shell would: blanks separate words, single
/// quotes keep everything, double quotes keep everything but `\"` and `\\`, a backslash outside
/// quotes escapes the next character, and `;` outside quotes ends a statement.
public enum Tokenizer {
    public static func statements(in line: String) throws(CommandLineError) -> [Statement] {
        let characters = Array(line)
        // A NUL or an escape would be sent inside an id or a name: commands are printable text
        // (tabs and line ends are blanks).
        if let index = characters.firstIndex(where: isUnprintable) {
            let scalar = characters[index].unicodeScalars.first.map { String(format: "U+%04X", $0.value) } ?? "?"
            throw CommandLineError("a control character (\(scalar)) in the command: commands are printable text", at: index..<(index + 1))
        }
        var statements: [Statement] = []
        var tokens: [Token] = []
        var statementStart = 0
        var index = 0

        func closeStatement(at end: Int) {
            let text = String(characters[statementStart..<end]).trimmingCharacters(in: .whitespaces)
            if !tokens.isEmpty {
                statements.append(Statement(tokens: tokens, end: end, text: text))
            }
            tokens = []
        }

        while index < characters.count {
            let character = characters[index]
            // "\r\n" is one Character in Swift: a script with Windows line ends.
            if character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" {
                index += 1
                continue
            }
            if character == ";" {
                closeStatement(at: index)
                index += 1
                statementStart = index
                continue
            }
            let start = index
            var word = ""
            var unquotedPrefix: Int?
            wordLoop: while index < characters.count {
                let current = characters[index]
                switch current {
                case " ", "\t", "\n", "\r", "\r\n", ";":
                    break wordLoop
                case "'":
                    if unquotedPrefix == nil { unquotedPrefix = word.count }
                    guard let close = characters[(index + 1)...].firstIndex(of: "'") else {
                        throw CommandLineError(
                            "unterminated single quote", at: index..<characters.count,
                            expected: ["a closing '"])
                    }
                    word += String(characters[(index + 1)..<close])
                    index = close + 1
                case "\"":
                    if unquotedPrefix == nil { unquotedPrefix = word.count }
                    index += 1
                    var closed = false
                    while index < characters.count {
                        let inner = characters[index]
                        if inner == "\"" {
                            closed = true
                            index += 1
                            break
                        }
                        if inner == "\\", index + 1 < characters.count,
                            characters[index + 1] == "\"" || characters[index + 1] == "\\"
                        {
                            word.append(characters[index + 1])
                            index += 2
                            continue
                        }
                        word.append(inner)
                        index += 1
                    }
                    if !closed {
                        throw CommandLineError(
                            "unterminated double quote", at: start..<characters.count,
                            expected: ["a closing \""])
                    }
                case "\\":
                    if unquotedPrefix == nil { unquotedPrefix = word.count }
                    if index + 1 < characters.count {
                        word.append(characters[index + 1])
                        index += 2
                    } else {
                        index += 1
                    }
                default:
                    word.append(current)
                    index += 1
                }
            }
            tokens.append(Token(text: word, range: start..<index, unquotedPrefix: unquotedPrefix))
        }
        closeStatement(at: characters.count)
        return statements
    }

    /// The words of a line up to `cursor`, for completion: the last word may be unfinished
    /// (an open quote is tolerated). Only the statement the cursor is in counts.
    static func wordsBeforeCursor(in line: String, cursor: Int) -> (complete: [Token], partial: Token) {
        let characters = Array(line.prefix(cursor))
        var tokens: [Token] = []
        var index = 0
        var current: (start: Int, text: String)? = nil
        var quote: Character? = nil
        while index < characters.count {
            let character = characters[index]
            if let open = quote {
                if character == open {
                    quote = nil
                } else {
                    current?.text.append(character)
                }
                index += 1
                continue
            }
            switch character {
            case " ", "\t":
                if let word = current {
                    tokens.append(Token(text: word.text, range: word.start..<index))
                    current = nil
                }
            case ";":
                if let word = current {
                    tokens.append(Token(text: word.text, range: word.start..<index))
                }
                current = nil
                tokens = []
            case "'", "\"":
                if current == nil { current = (index, "") }
                quote = character
            case "\\":
                if current == nil { current = (index, "") }
                if index + 1 < characters.count {
                    current?.text.append(characters[index + 1])
                    index += 1
                }
            default:
                if current == nil { current = (index, "") }
                current?.text.append(character)
            }
            index += 1
        }
        let partial = current.map { Token(text: $0.text, range: $0.start..<characters.count) }
            ?? Token(text: "", range: characters.count..<characters.count)
        return (tokens, partial)
    }
}
