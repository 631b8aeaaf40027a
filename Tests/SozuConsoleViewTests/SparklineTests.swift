import Testing

@testable import SozuConsoleView

@Suite("Sparklines")
struct SparklineTests {
    @Test("the highest value is a full block, zero the lowest, the rest in proportion; the newest values fill the width")
    func levels() {
        #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7], width: 8) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.render([0, 0, 0], width: 8) == "▁▁▁")
        #expect(Sparkline.render([9, 1, 2], width: 2) == "▅█")
        #expect(Sparkline.render([1, 2], width: 0) == "")
        #expect(Sparkline.render([], width: 4) == "")
    }

    @Test("values that are not numbers draw as the lowest block instead of stopping the console")
    func notNumbers() {
        #expect(Sparkline.render([.nan, 1], width: 2) == "▁█")
        #expect(Sparkline.render([.infinity, 1], width: 2) == "▁█")
    }
}
