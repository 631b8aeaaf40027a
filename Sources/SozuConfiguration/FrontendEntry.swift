import Foundation
import SozuCodec
import SozuProto
import SozuTOML

/// One `[[clusters.ID.frontends]]` entry.
struct FrontendEntry {
    var address: Command_SocketAddress
    var hostname: String?
    var path: String?
    var pathKind: Command_PathRuleKind?
    var method: String?
    var certificate: String?
    var key: String?
    var certificateChain: String?
    var tlsVersions: [Command_TlsVersion]
    var position: Command_RulePosition
    var tags: [String: String]?
    var redirect: String?
    var redirectScheme: String?
    var redirectTemplate: String?
    var rewriteHost: String?
    var rewritePath: String?
    var rewritePort: UInt32?
    var requiredAuth: Bool?
    var headers: [(position: String, key: String, value: String)]?
    var hsts: HSTSEntry?

    init(_ section: TOMLSection) throws(ConfigurationError) {
        try section.rejectUnknownKeys([
            "address", "hostname", "path", "path_type", "method", "certificate", "key", "certificate_chain",
            "tls_versions", "position", "tags", "redirect", "redirect_scheme", "redirect_template", "rewrite_host",
            "rewrite_path", "rewrite_port", "required_auth", "headers", "hsts",
        ])
        address = try section.requiredSocketAddress("address")
        hostname = try section.string("hostname")
        path = try section.string("path")
        pathKind = try section.choice("path_type", among: EnumNames.pathKinds)
        method = try section.string("method")
        certificate = try section.string("certificate")
        key = try section.string("key")
        certificateChain = try section.string("certificate_chain")
        tlsVersions = try section.choices("tls_versions", among: EnumNames.tlsVersions) ?? []
        // Sōzu's serde default for the position is the enumeration's first variant.
        position = try section.choice("position", among: EnumNames.rulePositions) ?? .pre
        tags = try section.stringMap("tags")
        redirect = try section.string("redirect")
        redirectScheme = try section.string("redirect_scheme")
        redirectTemplate = try section.string("redirect_template")
        rewriteHost = try section.string("rewrite_host")
        rewritePath = try section.string("rewrite_path")
        rewritePort = try section.uint32("rewrite_port")
        requiredAuth = try section.bool("required_auth")
        if let entries = try section.sections("headers") {
            var headers: [(position: String, key: String, value: String)] = []
            for entry in entries {
                try entry.rejectUnknownKeys(["position", "key", "value"])
                headers.append((try entry.requiredString("position"), try entry.requiredString("key"), try entry.requiredString("value")))
            }
            self.headers = headers
        }
        hsts = try section.section("hsts").map { (section) throws(ConfigurationError) in try HSTSEntry(section) }
    }
}

struct BackendEntry {
    var address: Command_SocketAddress
    var addressText: String
    var weight: UInt64?
    var stickyID: String?
    var backup: Bool?
    var backendID: String?

    init(_ section: TOMLSection) throws(ConfigurationError) {
        try section.rejectUnknownKeys(["address", "weight", "sticky_id", "backup", "backend_id"])
        address = try section.requiredSocketAddress("address")
        addressText = SocketAddressParser.format(address)
        weight = try section.unsigned("weight", upTo: UInt64(UInt8.max), type: "u8")
        stickyID = try section.string("sticky_id")
        backup = try section.bool("backup")
        backendID = try section.string("backend_id")
    }
}
