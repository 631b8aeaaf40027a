/// How many terminal columns text takes, counted per grapheme cluster as terminals draw them:
/// East Asian wide and fullwidth characters and emoji take two, combining marks and format
/// characters none, everything else one (East Asian "ambiguous" characters count as narrow, as in
/// a non-CJK locale).
public enum DisplayWidth {
    /// `String` and `Substring` are counted here rather than through the generic form: other
    /// modules cannot specialise it, and the screen counts every segment of every frame.
    public static func columns(of text: String) -> Int {
        if isPrintableASCII(text.utf8) { return text.utf8.count }
        return columnsBeyondASCII(of: text)
    }

    public static func columns(of text: Substring) -> Int {
        if isPrintableASCII(text.utf8) { return text.utf8.count }
        return columnsBeyondASCII(of: text)
    }

    public static func columns(of text: some StringProtocol) -> Int {
        if isPrintableASCII(text.utf8) { return text.utf8.count }
        return columnsBeyondASCII(of: text)
    }

    /// Printable ASCII, most of what is drawn, is a column a byte: no Unicode tables to ask.
    @inline(__always)
    private static func isPrintableASCII(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7f }
    }

    private static func columnsBeyondASCII(of text: some StringProtocol) -> Int {
        // Then the rest of what the screen draws (sparkline blocks, arrows, dashes, "…", "·"):
        // characters that are a column each and never join a neighbour into one grapheme, so
        // counting scalars is counting columns.
        var count = 0
        for scalar in text.unicodeScalars {
            guard isPlainNarrow(scalar) else { return text.reduce(0) { $0 + columns(of: $1) } }
            count += 1
        }
        return count
    }

    /// One column, a grapheme of its own whatever surrounds it (no mark, joiner, selector or
    /// emoji): checked against `columns(of: Character)` for every scalar by the tests.
    static func isPlainNarrow(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7f, 0xa0..<0xad, 0xae..<0x300, 0x2010..<0x2028, 0x2190..<0x2194, 0x219a..<0x21a9, 0x21ab..<0x2200,
            0x2500..<0x25aa, 0x25ac..<0x25b6, 0x25b7..<0x25c0, 0x25c1..<0x25fb:
            true
        default:
            false
        }
    }

    public static func columns(of character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7f ? 1 : 0 }
        let scalars = character.unicodeScalars
        guard let base = scalars.first else { return 0 }
        if base.properties.isEmojiPresentation { return 2 }
        // A text-style emoji base turned into an emoji by VS16 (U+FE0F), as in "❤️" or "1️⃣".
        if base.properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
        if isWide(base) { return 2 }
        switch base.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format, .control:
            return 0
        default:
            return 1
        }
    }

    /// `text` cut to at most `width` columns, ending in "…" when something was cut.
    public static func elide(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard columns(of: text) > width else { return text }
        // Printable ASCII: a column a byte, no grapheme to keep whole.
        if isPrintableASCII(text.utf8) { return String(decoding: text.utf8.prefix(width - 1), as: UTF8.self) + "…" }
        var kept = ""
        var used = 0
        for character in text {
            let size = columns(of: character)
            guard used + size <= width - 1 else { break }
            kept.append(character)
            used += size
        }
        return kept + "…"
    }

    /// `text` elided to `width` columns, then padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, to width: Int, alignment: TextTable.Alignment = .left) -> String {
        let cut = elide(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - columns(of: cut)))
        switch alignment {
        case .left: return cut + padding
        case .right: return padding + cut
        }
    }

    /// `text` safe to print on a terminal: C0 controls become their Unicode control pictures
    /// (a tab reads "␉", an escape "␛"), DEL and C1 controls become "�", and so do the
    /// bidirectional controls (U+202E and the other embeddings, overrides, isolates and marks),
    /// so that text coming from the proxy can never move the cursor, start an escape sequence
    /// or show itself in another order than it is.
    public static func printable(_ text: String) -> String {
        guard !isPrintableASCII(text.utf8), text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00..<0x20:
                scalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case _ where isUnsafe(scalar):
                scalars.append("\u{FFFD}")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Each line of `text` made `printable`, the line breaks kept: for text the console
    /// composed itself (tables, help), made safe a second time on its way to a terminal.
    public static func printableLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { printable(String($0)) }.joined(separator: "\n")
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // C0 and C1 controls, DEL; then Unicode's Bidi_Control characters, all twelve (a
        // stable set: the tests check it against the scalar properties).
        case 0x00..<0x20, 0x7F..<0xA0, 0x61C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// East Asian Width W and F blocks (Unicode's EastAsianWidth.txt, grouped by block; emoji
    /// are handled by their presentation property).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut
        0x1B000...0x1B2FF,  // Kana supplement and extensions, Nüshu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B to F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G and H
    ]

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
