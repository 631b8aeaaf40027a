import Foundation
import Testing

@testable import SozuConsoleEngine

@Suite("Events: the time of day they arrived")
struct EventTimeOfDayTests {
    @Test("written as printf's %02d:%02d:%02d.%03d would, in any zone, milliseconds truncated")
    func matchesPrintf() throws {
        let zones = try ["UTC", "Europe/Paris", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham"].map {
            try #require(TimeZone(identifier: $0))
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for index in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Dates from 1970 to 2100, and some exactly on a second or a day.
            var seconds = Double(state >> 11) / Double(1 << 53) * 4_102_444_800
            if index % 10 == 0 { seconds.round(.down) }
            if index % 50 == 0 { seconds = (seconds / 86_400).rounded(.down) * 86_400 }
            let date = Date(timeIntervalSince1970: seconds)
            let zone = zones[index % zones.count]
            let local = date.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: date))
            let day = (Int(local.rounded(.down)) % 86_400 + 86_400) % 86_400
            let expected = String(
                format: "%02d:%02d:%02d.%03d", day / 3600, day / 60 % 60, day % 60, Int((local - local.rounded(.down)) * 1000))
            #expect(EventText.timeOfDay(date, timeZone: zone) == expected, "\(seconds) in \(zone.identifier)")
        }
    }

}

@Suite("Display width: plain text elided")
struct PlainElisionTests {
    @Test("plain text is cut a column a character, ending in an ellipsis, and kept whole when it fits")
    func asciiElision() {
        let text = String(decoding: (0x20..<0x7F).map { UInt8($0) }, as: UTF8.self)
        for width in 1...100 {
            #expect(DisplayWidth.elide(text, to: width) == (width < text.count ? String(text.prefix(width - 1)) + "…" : text))
        }
    }
}
