import SozuProto

// Listeners: one table per protocol, by address, with the settings an operator checks first.
// Timeouts share one column in seconds, front/back/connect(/request), in the order Sōzu's
// configuration lists them.
extension ResultRenderer {
    static func listenersList(_ listeners: Command_ListenersList, into output: inout LineBuilder) {
        let total = listeners.httpListeners.count + listeners.httpsListeners.count + listeners.tcpListeners.count + listeners.udpListeners.count
        guard total > 0 else {
            output.paragraph("No listeners.")
            return
        }
        if !listeners.httpListeners.isEmpty {
            let entries = sortedListeners(listeners.httpListeners, address: \.address)
            let showsPublic = entries.contains { $0.value.hasPublicAddress }
            var columns: [TextTable.Column] = [.text("address"), .text("active"), .text("timeouts f/b/c/r"), .text("sticky name"), .text("expect proxy")]
            if showsPublic { columns.append(.text("public address")) }
            var table = TextTable(columns: columns)
            for (key, listener) in entries {
                var row = [key, ResponseWords.yesNo(listener.active),
                           timeouts(listener.frontTimeout, listener.backTimeout, listener.connectTimeout, listener.requestTimeout),
                           listener.stickyName, ResponseWords.yesNo(listener.expectProxy)]
                if showsPublic { row.append(listener.hasPublicAddress ? address(listener.publicAddress) : "") }
                table.append(row)
            }
            output.heading("HTTP listeners (\(entries.count))")
            output.table(table)
        }
        if !listeners.httpsListeners.isEmpty {
            let entries = sortedListeners(listeners.httpsListeners, address: \.address)
            let showsPublic = entries.contains { $0.value.hasPublicAddress }
            var columns: [TextTable.Column] = [
                .text("address"), .text("active"), .text("timeouts f/b/c/r"), .text("TLS"), .text("ALPN"), .text("sticky name"), .text("expect proxy"),
            ]
            if showsPublic { columns.append(.text("public address")) }
            var table = TextTable(columns: columns)
            for (key, listener) in entries {
                // No versions listed means Sōzu's default, TLS 1.2 and 1.3.
                let versions = listener.versions.isEmpty ? "default" : listener.versions.map(ResponseWords.tlsVersion).joined(separator: " ")
                var row = [key, ResponseWords.yesNo(listener.active),
                           timeouts(listener.frontTimeout, listener.backTimeout, listener.connectTimeout, listener.requestTimeout),
                           versions, listener.alpnProtocols.isEmpty ? "default" : listener.alpnProtocols.joined(separator: " "),
                           listener.stickyName, ResponseWords.yesNo(listener.expectProxy)]
                if showsPublic { row.append(listener.hasPublicAddress ? address(listener.publicAddress) : "") }
                table.append(row)
            }
            output.heading("HTTPS listeners (\(entries.count))")
            output.table(table)
        }
        if !listeners.tcpListeners.isEmpty {
            let entries = sortedListeners(listeners.tcpListeners, address: \.address)
            let showsPublic = entries.contains { $0.value.hasPublicAddress }
            var columns: [TextTable.Column] = [.text("address"), .text("active"), .text("timeouts f/b/c"), .text("expect proxy")]
            if showsPublic { columns.append(.text("public address")) }
            var table = TextTable(columns: columns)
            for (key, listener) in entries {
                var row = [key, ResponseWords.yesNo(listener.active), timeouts(listener.frontTimeout, listener.backTimeout, listener.connectTimeout),
                           ResponseWords.yesNo(listener.expectProxy)]
                if showsPublic { row.append(listener.hasPublicAddress ? address(listener.publicAddress) : "") }
                table.append(row)
            }
            output.heading("TCP listeners (\(entries.count))")
            output.table(table)
        }
        if !listeners.udpListeners.isEmpty {
            let entries = sortedListeners(listeners.udpListeners, address: \.address)
            let showsPublic = entries.contains { $0.value.hasPublicAddress }
            var columns: [TextTable.Column] = [.text("address"), .text("active"), .text("timeouts f/b"), .number("max datagram"), .number("max flows")]
            if showsPublic { columns.append(.text("public address")) }
            var table = TextTable(columns: columns)
            for (key, listener) in entries {
                var row = [key, ResponseWords.yesNo(listener.active), timeouts(listener.frontTimeout, listener.backTimeout),
                           String(listener.maxRxDatagramSize), listener.maxFlows == 0 ? "unlimited" : String(listener.maxFlows)]
                if showsPublic { row.append(listener.hasPublicAddress ? address(listener.publicAddress) : "") }
                table.append(row)
            }
            output.heading("UDP listeners (\(entries.count))")
            output.table(table)
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
