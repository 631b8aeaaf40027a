public import Foundation
public import SozuProto
import SozuCodec

/// How one event is written: a line for people, an object for scripts.
public enum EventText {
    public static func line(_ event: FeedEvent, timeZone: TimeZone = .current) -> String {
        var parts = [timeOfDay(event.receivedAt, timeZone: timeZone), kindName(event.event.kind), "from \(event.origin)"]
        if event.event.hasClusterID { parts.append("cluster \(event.event.clusterID)") }
        if event.event.hasBackendID { parts.append("backend \(event.event.backendID)") }
        if event.event.hasAddress { parts.append(SocketAddressParser.format(event.event.address)) }
        if event.event.hasMetricDetail {
            // A worker's level change: from, to, why, and whose lease.
            let transition = event.event.metricDetail
            var words = "\(ResponseWords.metricDetail(transition.previousEffective)) → \(ResponseWords.metricDetail(transition.effective)) \(transition.transitionKind)"
            if transition.hasClientID { words += " \(transition.clientID)" }
            parts.append(DisplayWidth.printable(words))
        }
        return parts.joined(separator: "  ")
    }

    /// `{"origin":"0","event":{…Sōzu's JSON of the Event…}}`.
    public static func json(_ event: FeedEvent) -> String {
        var content = Command_ResponseContent()
        content.event = event.event
        let inner = ResponseJSON.content(content)
        return "{\"origin\":\(SozuJSON.quoted(event.origin)),\"event\":\(inner)}"
    }

    /// `BACKEND_DOWN`, as Sōzu names the kind.
    public static func kindName(_ kind: Command_EventKind) -> String {
        String(ConsoleGrammar.optionWord(for: kind).uppercased().map { $0 == "-" ? "_" : $0 })
    }

    /// `14:03:27.120` in the given time zone.
    static func timeOfDay(_ date: Date, timeZone: TimeZone) -> String {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        let day = (Int(seconds.rounded(.down)) % 86_400 + 86_400) % 86_400
        let milliseconds = min(999, max(0, Int((seconds - seconds.rounded(.down)) * 1000)))
        // `HH:MM:SS.mmm` digit by digit: the events pane writes one a line at every frame.
        var text: [UInt8] = []
        text.reserveCapacity(12)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                text.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        digits(day / 3600, 2)
        text.append(UInt8(ascii: ":"))
        digits(day / 60 % 60, 2)
        text.append(UInt8(ascii: ":"))
        digits(day % 60, 2)
        text.append(UInt8(ascii: "."))
        digits(milliseconds, 3)
        return String(decoding: text, as: UTF8.self)
    }
}
