import Foundation
import Testing

@testable import SozuConsoleEngine

@Suite("The journal's timestamps")
struct JournalTimestampTests {
    @Test("written as Foundation's ISO 8601 style writes them, to the millisecond, in UTC")
    func sameAsFoundation() {
        var generator = SystemRandomNumberGenerator()
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_800_000_000.999_9), Date(timeIntervalSince1970: 951_782_400.5)]
        for _ in 0..<5_000 { dates.append(Date(timeIntervalSince1970: Double.random(in: 0..<4_102_444_800, using: &generator))) }
        for date in dates {
            let foundation = date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
            #expect(Journal.timestamp(date) == foundation, "\(date.timeIntervalSince1970)")
        }
    }
}
