import SozuConsoleEngine
import Testing

@Suite("Display width: the quick count")
struct DisplayWidthQuickCountTests {
    /// Every scalar in the blocks the quick count covers, alone and between neighbours.
    static let coveredBlocks: [ClosedRange<UInt32>] = [0x20...0x7e, 0xa0...0x2ff, 0x2010...0x2027, 0x2190...0x21ff, 0x2500...0x25ff]

    @Test("the quick count of plain text agrees with the count per grapheme for every scalar it may take")
    func quickCountAgrees() {
        var checked = 0
        for block in Self.coveredBlocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let character = Character(scalar)
                let alone = String(character)
                #expect(DisplayWidth.columns(of: alone) == DisplayWidth.columns(of: character), "U+\(String(value, radix: 16))")
                // Between neighbours of the drawn kinds, and followed by VS16 (an emoji then).
                for text in ["a\(alone)▇", "…\(alone)·", "\(alone)\u{FE0F}", "\(alone)\u{301}"] {
                    #expect(DisplayWidth.columns(of: text) == text.reduce(0) { $0 + DisplayWidth.columns(of: $1) }, "U+\(String(value, radix: 16)) in \(text)")
                }
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    @Test("sparklines, arrows and dashes are a column each; emoji and wide characters two")
    func drawnCharacters() {
        #expect(DisplayWidth.columns(of: "▁▂▃▅▇█ ↑↓ — … · ×") == 17)
        #expect(DisplayWidth.columns(of: "▶\u{FE0F}") == 2)
        #expect(DisplayWidth.columns(of: "▁日本") == 5)
        #expect(DisplayWidth.columns(of: "e\u{301}▁") == 2)
    }
}

@Suite("Display width: what printable replaces")
struct PrintableScalarTests {
    @Test("controls and exactly Unicode's bidirectional controls are replaced, every other scalar kept")
    func unsafeScalars() {
        var replaced = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let control = value < 0x20 || (0x7F..<0xA0).contains(value)
            let unsafe = control || scalar.properties.isBidiControl
            let text = String(Character(scalar))
            #expect((DisplayWidth.printable(text) != text) == unsafe, "U+\(String(value, radix: 16))")
            if unsafe { replaced += 1 }
        }
        // 32 C0, DEL and 32 C1 controls, and the twelve bidirectional controls.
        #expect(replaced == 77)
    }

    @Test("printable ASCII comes back as it was")
    func plainText() {
        let text = String(decoding: (0x20..<0x7F).map { UInt8($0) }, as: UTF8.self)
        #expect(DisplayWidth.printable(text) == text)
        #expect(DisplayWidth.printable("a\u{1b}[2Jb") == "a␛[2Jb")
    }
}
