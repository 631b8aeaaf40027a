import Foundation
import SozuCodec
import SozuProto
import SozuTOML

/// One `[[listeners]]` entry (Sōzu's `ListenerBuilder`).
struct ListenerEntry {
    /// The legacy per-status answer files, in the order Sōzu merges them.
    static let legacyAnswerCodes = ["301", "400", "401", "404", "408", "413", "421", "502", "503", "504", "507", "429"]
    static let h2Knobs32 = Command_HttpListenerConfig.knobs32.map(\.0)
    static let h2Knobs64 = Command_HttpListenerConfig.knobs64.map(\.0)
    static let knownKeys: Set<String> = Set([
        "address", "protocol", "public_address", "tls_versions", "cipher_list", "cipher_suites", "groups_list",
        "expect_proxy", "sticky_name", "certificate", "certificate_chain", "key", "front_timeout", "back_timeout",
        "connect_timeout", "request_timeout", "send_tls13_tickets", "alpn_protocols", "sozu_id_header",
        "strict_sni_binding", "disable_http11", "elide_x_real_ip", "send_x_real_ip", "answers", "hsts",
        "max_rx_datagram_size", "max_flows",
    ] + legacyAnswerCodes.map { "answer_\($0)" } + h2Knobs32 + h2Knobs64)

    var address: Command_SocketAddress
    var addressText: String
    var proto: ListenerProtocol?
    var publicAddress: Command_SocketAddress?
    /// Legacy `answer_NNN` file paths by status code.
    var legacyAnswers: [String: String] = [:]
    var tlsVersions: [Command_TlsVersion]?
    var cipherList: [String]?
    var cipherSuites: [String]?
    var groupsList: [String]?
    var expectProxy: Bool?
    var stickyName: String
    var certificate: String?
    var certificateChain: String?
    var key: String?
    var frontTimeout: UInt32?
    var backTimeout: UInt32?
    var connectTimeout: UInt32?
    var requestTimeout: UInt32?
    var sendTLS13Tickets: UInt64?
    var alpnProtocols: [String]?
    var h2Knobs32: [String: UInt32] = [:]
    var h2Knobs64: [String: UInt64] = [:]
    var sozuIDHeader: String?
    var strictSNIBinding: Bool?
    var disableHTTP11: Bool?
    var elideXRealIP: Bool?
    var sendXRealIP: Bool?
    var answers: [String: String]?
    var hsts: HSTSEntry?
    var maxRxDatagramSize: UInt32?
    var maxFlows: UInt32?

    init(_ section: TOMLSection) throws(ConfigurationError) {
        try section.rejectUnknownKeys(Self.knownKeys)
        address = try section.requiredSocketAddress("address")
        addressText = SocketAddressParser.format(address)
        proto = try section.choice("protocol", among: ["http": .http, "https": .https, "tcp": .tcp, "udp": .udp])
        publicAddress = try section.socketAddress("public_address")
        for code in Self.legacyAnswerCodes {
            legacyAnswers[code] = try section.string("answer_\(code)")
        }
        tlsVersions = try section.choices("tls_versions", among: EnumNames.tlsVersions)
        cipherList = try section.strings("cipher_list")
        cipherSuites = try section.strings("cipher_suites")
        groupsList = try section.strings("groups_list")
        expectProxy = try section.bool("expect_proxy")
        stickyName = try section.string("sticky_name") ?? "SOZUBALANCEID"
        certificate = try section.string("certificate")
        certificateChain = try section.string("certificate_chain")
        key = try section.string("key")
        frontTimeout = try section.uint32("front_timeout")
        backTimeout = try section.uint32("back_timeout")
        connectTimeout = try section.uint32("connect_timeout")
        requestTimeout = try section.uint32("request_timeout")
        sendTLS13Tickets = try section.uint64("send_tls13_tickets")
        alpnProtocols = try section.strings("alpn_protocols")
        for knob in Self.h2Knobs32 { h2Knobs32[knob] = try section.uint32(knob) }
        for knob in Self.h2Knobs64 { h2Knobs64[knob] = try section.uint64(knob) }
        sozuIDHeader = try section.string("sozu_id_header")
        strictSNIBinding = try section.bool("strict_sni_binding")
        disableHTTP11 = try section.bool("disable_http11")
        elideXRealIP = try section.bool("elide_x_real_ip")
        sendXRealIP = try section.bool("send_x_real_ip")
        answers = try section.stringMap("answers")
        hsts = try section.section("hsts").map { (section) throws(ConfigurationError) in try HSTSEntry(section) }
        maxRxDatagramSize = try section.uint32("max_rx_datagram_size")
        maxFlows = try section.uint32("max_flows")
    }

    /// A listener Sōzu creates for a frontend whose address no listener declares.
    init(implicitAt address: Command_SocketAddress, proto: ListenerProtocol) {
        self.address = address
        addressText = SocketAddressParser.format(address)
        self.proto = proto
        stickyName = "SOZUBALANCEID"
    }
}
