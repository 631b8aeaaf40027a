import TerminalCore
import Testing

@Suite struct InputDecoderTests {
    /// Feeds `bytes` whole, byte by byte and in chunks of every size; each way must give the
    /// same events once flushed (text arriving in pieces is joined for the comparison).
    func decodeEveryWay(_ bytes: [UInt8]) -> [InputEvent] {
        var whole = InputDecoder()
        let expected = Self.joined(whole.feed(bytes) + whole.flush())
        for chunk in 1...max(1, bytes.count) {
            var decoder = InputDecoder()
            var events: [InputEvent] = []
            var index = 0
            while index < bytes.count {
                events += decoder.feed(bytes[index..<min(bytes.count, index + chunk)])
                index += chunk
            }
            events += decoder.flush()
            #expect(Self.joined(events) == expected, "in chunks of \(chunk)")
        }
        return expected
    }

    /// Consecutive `.text` events as one.
    static func joined(_ events: [InputEvent]) -> [InputEvent] {
        var result: [InputEvent] = []
        for event in events {
            if case .text(let more) = event, case .text(let text)? = result.last {
                result[result.count - 1] = .text(text + more)
            } else {
                result.append(event)
            }
        }
        return result
    }

    @Test func typedTextIsOneEventPerRead() {
        var decoder = InputDecoder()
        #expect(decoder.feed(Array("status".utf8)) == [.text("status")])
        #expect(!decoder.isWaiting)
    }

    @Test func wideAndCombiningCharactersSurviveAnySplit() {
        let text = "クラスタ é 🚀 x"
        #expect(decodeEveryWay(Array(text.utf8)) == [.text(text)])
    }

    @Test func invalidUTF8BecomesOneReplacementPerBadByte() {
        // A stray continuation byte, an overlong encoding, a C1 byte alone, a cut character
        // followed by ASCII, and a byte that never starts UTF-8.
        let bytes: [UInt8] = [0x61, 0x80, 0x62, 0xc0, 0xaf, 0x63, 0x9b, 0x64, 0xe2, 0x82, 0x65, 0xff]
        #expect(decodeEveryWay(bytes) == [.text("a\u{FFFD}b\u{FFFD}\u{FFFD}c\u{FFFD}d\u{FFFD}\u{FFFD}e\u{FFFD}")])
    }

    @Test func aCharacterCutByAReadWaitsForItsRest() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0xe2, 0x82]).isEmpty)
        #expect(decoder.isWaiting)
        #expect(decoder.feed([0xac]) == [.text("€")])
    }

    @Test func namedKeys() {
        let cases: [(String, Key)] = [
            ("\u{1b}[A", .up), ("\u{1b}OA", .up), ("\u{1b}[B", .down), ("\u{1b}[C", .right), ("\u{1b}[D", .left),
            ("\u{1b}[H", .home), ("\u{1b}[1~", .home), ("\u{1b}[F", .end), ("\u{1b}[4~", .end),
            ("\u{1b}[5~", .pageUp), ("\u{1b}[6~", .pageDown), ("\u{1b}[3~", .delete), ("\u{1b}[2~", .insert),
            ("\u{1b}OP", .function(1)), ("\u{1b}[11~", .function(1)), ("\u{1b}[[A", .function(1)),
            ("\u{1b}OQ", .function(2)), ("\u{1b}[12~", .function(2)), ("\u{1b}[[B", .function(2)),
            ("\u{1b}OR", .function(3)), ("\u{1b}[13~", .function(3)), ("\u{1b}[15~", .function(5)),
            ("\u{1b}[17~", .function(6)), ("\u{1b}[21~", .function(10)), ("\u{1b}[24~", .function(12)),
        ]
        for (sequence, key) in cases {
            let bytes = Array(sequence.utf8)
            #expect(decodeEveryWay(bytes) == [.key(key, raw: bytes)], "\(sequence.debugDescription)")
        }
    }

    @Test func modifiedAndUnknownSequencesAreLeftToTheLineEditor() {
        let ctrlRight = Array("\u{1b}[1;5C".utf8)
        #expect(decodeEveryWay(ctrlRight) == [.sequence(ctrlRight)])
        let altB = Array("\u{1b}b".utf8)
        #expect(decodeEveryWay(altB) == [.sequence(altB)])
        let mouse = Array("\u{1b}[<0;10;5M".utf8)
        #expect(decodeEveryWay(mouse) == [.sequence(mouse)])
    }

    @Test func aSplitEscapeSequenceWaitsForItsRest() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x1b]).isEmpty)
        #expect(decoder.feed(Array("[5".utf8)).isEmpty)
        #expect(decoder.feed(Array("~x".utf8)) == [.key(.pageUp, raw: Array("\u{1b}[5~".utf8)), .text("x")])
    }

    @Test func aLoneEscIsEscOnceTheInputIsQuiet() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x1b]).isEmpty)
        #expect(decoder.flush() == [.key(.escape, raw: [0x1b])])
        #expect(!decoder.isWaiting)
        // Esc twice, then an arrow.
        #expect(decodeEveryWay(Array("\u{1b}\u{1b}\u{1b}[A".utf8)) == [
            .key(.escape, raw: [0x1b]), .key(.escape, raw: [0x1b]), .key(.up, raw: Array("\u{1b}[A".utf8)),
        ])
    }

    @Test func controlCharactersAreTheirOwnEvents() {
        #expect(decodeEveryWay(Array("ab\tc\r\u{0f}\u{7f}".utf8)) == [
            .text("ab"), .control(0x09), .text("c"), .control(0x0d), .control(0x0f), .control(0x7f),
        ])
    }

    @Test func aBracketedPasteArrivesWholeWithItsLineBreaksAndEscapes() {
        let pasted = "cluster add -i api\nstatus\u{1b}[A\tüñ"
        let bytes = Array(("x\u{1b}[200~" + pasted + "\u{1b}[201~y").utf8)
        #expect(decodeEveryWay(bytes) == [.text("x"), .paste(pasted), .text("y")])
    }

    @Test func aPasteSpanningReadsStaysOpenUntilItsEnd() {
        var decoder = InputDecoder()
        #expect(decoder.feed(Array("\u{1b}[200~abc".utf8)).isEmpty)
        #expect(decoder.isWaiting)
        // A quiet moment inside a paste does not end it.
        #expect(decoder.flush().isEmpty)
        #expect(decoder.feed(Array("def\u{1b}[20".utf8)).isEmpty)
        #expect(decoder.feed(Array("1~".utf8)) == [.paste("abcdef")])
        #expect(!decoder.isWaiting)
    }

    @Test func aHugePasteIsCutAtTheLimitAndStillEnds() {
        var decoder = InputDecoder(maximumPasteBytes: 1_000)
        var events = decoder.feed(Array("\u{1b}[200~".utf8))
        for _ in 0..<100 { events += decoder.feed([UInt8](repeating: UInt8(ascii: "a"), count: 1_000)) }
        events += decoder.feed(Array("\u{1b}[201~ok".utf8))
        #expect(events == [.paste(String(repeating: "a", count: 1_000)), .text("ok")])
    }

    @Test func a100KBPasteDecodesInLinearTime() {
        let body = String(repeating: "cluster list -i api; ", count: 5_000)  // 105 KB
        var decoder = InputDecoder()
        var events: [InputEvent] = []
        let bytes = Array(("\u{1b}[200~" + body + "\u{1b}[201~").utf8)
        var index = 0
        while index < bytes.count {  // as reads of 4 KB deliver it
            events += decoder.feed(bytes[index..<min(bytes.count, index + 4_096)])
            index += 4_096
        }
        #expect(events == [.paste(body)])
    }
}
