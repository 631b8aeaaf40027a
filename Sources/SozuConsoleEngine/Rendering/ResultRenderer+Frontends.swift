import SozuProto

// Frontends: one table per protocol, in a stable order (Sōzu lists them in hash-map order).
extension ResultRenderer {
    static func frontendList(_ frontends: Command_ListedFrontends, into output: inout LineBuilder) {
        let total = frontends.httpFrontends.count + frontends.httpsFrontends.count + frontends.tcpFrontends.count + frontends.udpFrontends.count
        guard total > 0 else {
            output.paragraph("No frontends.")
            return
        }
        for (title, list) in [("HTTP", frontends.httpFrontends), ("HTTPS", frontends.httpsFrontends)] where !list.isEmpty {
            output.heading("\(title) frontends (\(list.count))")
            output.table(httpFrontendTable(list))
        }
        for (title, list) in [("TCP", frontends.tcpFrontends.map(StreamFrontend.init)), ("UDP", frontends.udpFrontends.map(StreamFrontend.init))]
        where !list.isEmpty {
            output.heading("\(title) frontends (\(list.count))")
            var table = TextTable(columns: [.text("address"), .text("cluster"), tagsColumn])
            for frontend in list.sorted(by: StreamFrontend.order) {
                table.append([address(frontend.address, isSet: frontend.hasAddress), frontend.clusterID, tags(frontend.tags)])
            }
            output.table(table)
        }
    }

    /// Tags matter less than routing, so they give up their width first.
    static let tagsColumn = TextTable.Column.text("tags", shrinksFirst: true, hiddenWhenEmpty: true)

    /// address, hostname, path, method, where the request goes, tags; position only for rules
    /// that are not in the hostname tree (the usual place).
    static func httpFrontendTable(_ frontends: [Command_RequestHttpFrontend]) -> TextTable {
        var table = TextTable(columns: [
            .text("address"), .text("hostname"), .text("path"), .text("method"), .text("cluster"),
            .text("position", hiddenWhenEmpty: true), tagsColumn,
        ])
        for frontend in frontends.sorted(by: httpFrontendOrder) {
            table.append([
                address(frontend.address, isSet: frontend.hasAddress), frontend.hostname, ResponseWords.pathRule(frontend.path),
                frontend.hasMethod ? frontend.method : "any", route(frontend),
                frontend.position == .tree ? "" : ResponseWords.rulePosition(frontend.position), tags(frontend.tags),
            ])
        }
        return table
    }

    /// Where a matching request goes: the cluster, `deny` (Sōzu answers 401 when a frontend has
    /// no cluster), or a redirect with its status.
    static func route(_ frontend: Command_RequestHttpFrontend) -> String {
        let target = frontend.hasClusterID ? frontend.clusterID : "deny"
        guard frontend.hasRedirect else { return target }
        let scheme = frontend.hasRedirectScheme && frontend.redirectScheme != .useSame
            ? " to \(ResponseWords.redirectScheme(frontend.redirectScheme))" : ""
        switch frontend.redirect {
        case .forward: return target
        case .permanent: return "redirect 301\(scheme)"
        case .found: return "redirect 302\(scheme)"
        case .permanentRedirect: return "redirect 308\(scheme)"
        case .unauthorized: return "deny"
        }
    }

    static func httpFrontendOrder(_ left: Command_RequestHttpFrontend, _ right: Command_RequestHttpFrontend) -> Bool {
        if left.address != right.address { return addressOrder(left.address, right.address) }
        if left.hostname != right.hostname { return left.hostname < right.hostname }
        if left.path.value != right.path.value { return left.path.value < right.path.value }
        if left.path.kind != right.path.kind { return left.path.kind.rawValue < right.path.kind.rawValue }
        return left.method < right.method
    }
}
