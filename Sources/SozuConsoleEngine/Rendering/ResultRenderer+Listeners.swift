import Foundation
import SozuProto
import SwiftProtobuf

// Listeners: one table per protocol, by address, with the settings an operator checks first.
// Timeouts share one column in seconds, front/back/connect(/request), in the order Sōzu's
// configuration lists them; settings that differ from Sōzu's defaults gather in "options".
extension ResultRenderer {
    static func listenersList(_ listeners: Command_ListenersList, into output: inout LineBuilder) {
        let total = listeners.httpListeners.count + listeners.httpsListeners.count + listeners.tcpListeners.count + listeners.udpListeners.count
        guard total > 0 else {
            output.paragraph("No listeners.")
            return
        }
        if !listeners.httpListeners.isEmpty {
            var table = TextTable(columns: [.text("address"), .text("active"), .text("timeouts f/b/c/r"), optionsColumn])
            for (key, listener) in sortedListeners(listeners.httpListeners, address: \.address) {
                var options = commonOptions(expectProxy: listener.expectProxy, publicAddress: listener.hasPublicAddress ? listener.publicAddress : nil)
                options += httpOptions(stickyName: listener.stickyName, sozuIDHeader: listener.hasSozuIDHeader ? listener.sozuIDHeader : nil,
                                       sendXRealIp: listener.sendXRealIp, elideXRealIp: listener.elideXRealIp,
                                       answers: listener.hasHTTPAnswers ? listener.httpAnswers : nil, answerMap: listener.answers)
                table.append([key, ResponseWords.yesNo(listener.active),
                              timeouts(listener.frontTimeout, listener.backTimeout, listener.connectTimeout, listener.requestTimeout),
                              options.joined(separator: ", ")])
            }
            output.heading("HTTP listeners (\(listeners.httpListeners.count))")
            output.table(table)
        }
        if !listeners.httpsListeners.isEmpty {
            var table = TextTable(columns: [.text("address"), .text("active"), .text("timeouts f/b/c/r"), .text("TLS"), .text("ALPN"), optionsColumn])
            for (key, listener) in sortedListeners(listeners.httpsListeners, address: \.address) {
                var options = commonOptions(expectProxy: listener.expectProxy, publicAddress: listener.hasPublicAddress ? listener.publicAddress : nil)
                options += httpOptions(stickyName: listener.stickyName, sozuIDHeader: listener.hasSozuIDHeader ? listener.sozuIDHeader : nil,
                                       sendXRealIp: listener.sendXRealIp, elideXRealIp: listener.elideXRealIp,
                                       answers: listener.hasHTTPAnswers ? listener.httpAnswers : nil, answerMap: listener.answers)
                if listener.strictSniBinding { options.append("strict SNI") }
                if listener.disableHTTP11 { options.append("no HTTP/1.1") }
                if listener.hasHsts, listener.hsts.enabled { options.append("HSTS") }
                if listener.hasCertificate { options.append("default certificate") }
                // No versions listed means Sōzu's default, TLS 1.2 and 1.3.
                let versions = listener.versions.isEmpty
                    ? "default" : listener.versions.map(ResponseWords.tlsVersion).joined(separator: " ")
                table.append([key, ResponseWords.yesNo(listener.active),
                              timeouts(listener.frontTimeout, listener.backTimeout, listener.connectTimeout, listener.requestTimeout),
                              versions, listener.alpnProtocols.isEmpty ? "default" : listener.alpnProtocols.joined(separator: " "),
                              options.joined(separator: ", ")])
            }
            output.heading("HTTPS listeners (\(listeners.httpsListeners.count))")
            output.table(table)
        }
        for (key, listener) in sortedListeners(listeners.httpListeners, address: \.address) {
            output.subheading("HTTP \(key)")
            output.flow(httpDetails(
                stickyName: listener.stickyName, answers: listener.hasHTTPAnswers ? listener.httpAnswers : nil, answerMap: listener.answers,
                sozuIDHeader: listener.hasSozuIDHeader ? listener.sozuIDHeader : nil, sendXRealIp: listener.sendXRealIp,
                elideXRealIp: listener.elideXRealIp, h2: h2Settings(listener)))
        }
        for (key, listener) in sortedListeners(listeners.httpsListeners, address: \.address) {
            output.subheading("HTTPS \(key)")
            var items = [
                "TLS versions: " + (listener.versions.isEmpty ? "default (TLS 1.2, TLS 1.3)" : listener.versions.map(ResponseWords.tlsVersion).joined(separator: " ")),
                "cipher list: " + listText(listener.cipherList),
                "cipher suites: " + listText(listener.cipherSuites),
                "signature algorithms: " + listText(listener.signatureAlgorithms),
                "groups: " + listText(listener.groupsList),
                "ALPN: " + listText(listener.alpnProtocols),
                "strict SNI: " + ResponseWords.yesNo(listener.strictSniBinding),
                "HTTP/1.1: " + (listener.disableHTTP11 ? "disabled" : "enabled"),
            ]
            if listener.hasHsts { items.append("HSTS: " + (listener.hsts.enabled ? "max-age \(listener.hsts.maxAge)" : "off")) }
            items += httpDetails(
                stickyName: listener.stickyName, answers: listener.hasHTTPAnswers ? listener.httpAnswers : nil, answerMap: listener.answers,
                sozuIDHeader: listener.hasSozuIDHeader ? listener.sozuIDHeader : nil, sendXRealIp: listener.sendXRealIp,
                elideXRealIp: listener.elideXRealIp, h2: h2Settings(listener))
            output.flow(items)
        }
        if !listeners.tcpListeners.isEmpty {
            var table = TextTable(columns: [.text("address"), .text("active"), .text("timeouts f/b/c"), optionsColumn])
            for (key, listener) in sortedListeners(listeners.tcpListeners, address: \.address) {
                let options = commonOptions(expectProxy: listener.expectProxy, publicAddress: listener.hasPublicAddress ? listener.publicAddress : nil)
                table.append([key, ResponseWords.yesNo(listener.active), timeouts(listener.frontTimeout, listener.backTimeout, listener.connectTimeout),
                              options.joined(separator: ", ")])
            }
            output.heading("TCP listeners (\(listeners.tcpListeners.count))")
            output.table(table)
        }
        if !listeners.udpListeners.isEmpty {
            var table = TextTable(columns: [
                .text("address"), .text("active"), .text("timeouts f/b"), .number("max datagram"), .number("max flows"), optionsColumn,
            ])
            for (key, listener) in sortedListeners(listeners.udpListeners, address: \.address) {
                let options = commonOptions(expectProxy: false, publicAddress: listener.hasPublicAddress ? listener.publicAddress : nil)
                table.append([key, ResponseWords.yesNo(listener.active), timeouts(listener.frontTimeout, listener.backTimeout),
                              String(listener.maxRxDatagramSize), listener.maxFlows == 0 ? "unlimited" : String(listener.maxFlows),
                              options.joined(separator: ", ")])
            }
            output.heading("UDP listeners (\(listeners.udpListeners.count))")
            output.table(table)
        }
    }

    private static let optionsColumn = TextTable.Column.text("options", shrinksFirst: true, hiddenWhenEmpty: true)
    private static let defaultStickyName = "SOZUBALANCEID"

    private static func commonOptions(expectProxy: Bool, publicAddress: Command_SocketAddress?) -> [String] {
        var options: [String] = []
        if expectProxy { options.append("expect proxy") }
        if let publicAddress { options.append("public \(address(publicAddress))") }
        return options
    }

    private static func httpOptions(
        stickyName: String, sozuIDHeader: String?, sendXRealIp: Bool, elideXRealIp: Bool,
        answers: Command_CustomHttpAnswers?, answerMap: [String: String]
    ) -> [String] {
        var options: [String] = []
        if !stickyName.isEmpty, stickyName != defaultStickyName { options.append("sticky \(stickyName)") }
        if let sozuIDHeader { options.append("id header \(sozuIDHeader)") }
        if sendXRealIp { options.append("sends X-Real-IP") }
        if elideXRealIp { options.append("elides X-Real-IP") }
        let codes = answerCodes(answers: answers, answerMap: answerMap)
        if !codes.isEmpty { options.append("custom answers \(codes.joined(separator: " "))") }
        return options
    }

    /// The status codes a listener answers with bodies of its own, sorted.
    private static func answerCodes(answers: Command_CustomHttpAnswers?, answerMap: [String: String]) -> [String] {
        var codes = Set(answerMap.keys)
        if let answers {
            let set: [(Bool, String)] = [
                (answers.hasAnswer301, "301"), (answers.hasAnswer400, "400"), (answers.hasAnswer401, "401"), (answers.hasAnswer404, "404"),
                (answers.hasAnswer408, "408"), (answers.hasAnswer413, "413"), (answers.hasAnswer421, "421"), (answers.hasAnswer429, "429"),
                (answers.hasAnswer502, "502"), (answers.hasAnswer503, "503"), (answers.hasAnswer504, "504"), (answers.hasAnswer507, "507"),
            ]
            codes.formUnion(set.filter(\.0).map(\.1))
        }
        return codes.sorted()
    }

    /// What `sozu listener list` prints of an HTTP(S) listener beyond the tables: the sticky
    /// name, the custom answers, the id header, X-Real-IP, and every HTTP/2 setting given.
    private static func httpDetails(
        stickyName: String, answers: Command_CustomHttpAnswers?, answerMap: [String: String], sozuIDHeader: String?,
        sendXRealIp: Bool, elideXRealIp: Bool, h2: [String]
    ) -> [String] {
        var items = ["sticky name: \(stickyName.isEmpty ? defaultStickyName : stickyName)"]
        let codes = answerCodes(answers: answers, answerMap: answerMap)
        items.append("custom answers: " + (codes.isEmpty ? "none" : codes.joined(separator: " ")))
        items.append("id header: \(sozuIDHeader ?? "default")")
        items.append("X-Real-IP: " + (sendXRealIp ? "sent" : "not sent") + (elideXRealIp ? ", client's elided" : ""))
        items.append("HTTP/2: " + (h2.isEmpty ? "defaults" : h2.joined(separator: ", ")))
        return items
    }

    private static func listText(_ values: [String]) -> String {
        values.isEmpty ? "default" : values.joined(separator: " ")
    }

    /// The HTTP/2 settings a listener has set, `max concurrent streams 200`, from its fields
    /// named `h2_…` (protobuf text format lists the set ones).
    static func h2Settings(_ listener: some SwiftProtobuf.Message) -> [String] {
        listener.textFormatString().split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("h2_"), let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[line.index(line.startIndex, offsetBy: 3)..<colon].replacingOccurrences(of: "_", with: " ")
            return "\(name) \(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))"
        }
    }

    /// Entries by their configured address (as numbers, so `:80` sorts before `:443`), the
    /// map's `ip:port` key as the shown address.
    private static func sortedListeners<Listener>(
        _ listeners: [String: Listener], address: (Listener) -> Command_SocketAddress
    ) -> [(key: String, value: Listener)] {
        listeners.sorted { left, right in
            let (leftAddress, rightAddress) = (address(left.value), address(right.value))
            if leftAddress != rightAddress { return addressOrder(leftAddress, rightAddress) }
            return left.key < right.key
        }
    }

    /// `60/30/3/10`.
    private static func timeouts(_ seconds: UInt32...) -> String {
        seconds.map(String.init).joined(separator: "/")
    }
}
