import Foundation
import SozuCodec
import SozuProto
import SwiftProtobuf

/// Listener updates: the settings each kind takes, HTTP/2 flood knobs checked and copied in
/// Sōzu's order, custom answers merged, the id header checked last.
extension ProxyState {
    mutating func updateHTTPListener(_ patch: Command_UpdateHttpListenerConfig) throws(StateError) {
        try Self.validateH2Knobs(of: patch)
        let key = SocketAddressParser.format(patch.address)
        guard var listener = httpListeners[key] else { throw .notFound(.httpListener, id: key) }
        Self.apply(patch, to: &listener)
        if patch.hasHTTPAnswers { listener.httpAnswers = Self.merged(listener.httpAnswers, patch.httpAnswers) }
        // The knobs and the id header come last; a bad header leaves the rest applied.
        let failure = Self.applyKnobs(of: patch, to: &listener)
        httpListeners[key] = listener
        if let failure { throw failure }
    }

    mutating func updateHTTPSListener(_ patch: Command_UpdateHttpsListenerConfig) throws(StateError) {
        try Self.validateH2Knobs(of: patch)
        let key = SocketAddressParser.format(patch.address)
        guard var listener = httpsListeners[key] else { throw .notFound(.httpsListener, id: key) }
        Self.apply(patch, to: &listener)
        if patch.hasHTTPAnswers { listener.httpAnswers = Self.merged(listener.httpAnswers, patch.httpAnswers) }
        if patch.hasAlpnProtocols {
            let values = patch.alpnProtocols.values
            guard values.allSatisfy({ $0 == "h2" || $0 == "http/1.1" }) else {
                httpsListeners[key] = listener
                throw .invalidValue(field: "alpn_protocols", reason: "each value must be \"h2\" or \"http/1.1\"")
            }
            // An empty list puts the default back.
            listener.alpnProtocols = values.isEmpty ? ["h2", "http/1.1"] : values
        }
        if patch.hasStrictSniBinding { listener.strictSniBinding = patch.strictSniBinding }
        if patch.hasDisableHTTP11 { listener.disableHTTP11 = patch.disableHTTP11 }
        let failure = Self.applyKnobs(of: patch, to: &listener)
        httpsListeners[key] = listener
        if let failure { throw failure }
    }

    mutating func updateTcpListener(_ patch: Command_UpdateTcpListenerConfig) throws(StateError) {
        let key = SocketAddressParser.format(patch.address)
        guard var listener = tcpListeners[key] else { throw .notFound(.tcpListener, id: key) }
        if patch.hasPublicAddress { listener.publicAddress = patch.publicAddress }
        if patch.hasExpectProxy { listener.expectProxy = patch.expectProxy }
        if patch.hasFrontTimeout { listener.frontTimeout = patch.frontTimeout }
        if patch.hasBackTimeout { listener.backTimeout = patch.backTimeout }
        if patch.hasConnectTimeout { listener.connectTimeout = patch.connectTimeout }
        tcpListeners[key] = listener
    }

    mutating func updateUdpListener(_ patch: Command_UpdateUdpListenerConfig) throws(StateError) {
        let key = SocketAddressParser.format(patch.address)
        guard var listener = udpListeners[key] else { throw .notFound(.udpListener, id: key) }
        if patch.hasPublicAddress { listener.publicAddress = patch.publicAddress }
        if patch.hasFrontTimeout { listener.frontTimeout = patch.frontTimeout }
        if patch.hasBackTimeout { listener.backTimeout = patch.backTimeout }
        if patch.hasMaxRxDatagramSize { listener.maxRxDatagramSize = patch.maxRxDatagramSize }
        if patch.hasMaxFlows { listener.maxFlows = patch.maxFlows }
        udpListeners[key] = listener
    }

    /// HTTP/2 flood knobs in the order Sōzu checks them: these must be at least 1…
    static let h2KnobsAtLeastOne = [
        "h2_max_rst_stream_per_window", "h2_max_ping_per_window", "h2_max_settings_per_window",
        "h2_max_empty_data_per_window", "h2_max_continuation_frames", "h2_max_glitch_count",
        "h2_max_window_update_stream0_per_window", "h2_max_concurrent_streams",
    ]
    /// …then the shrink ratio at least 2, then these at least 1.
    static let h2KnobsAtLeastOneAfterRatio = [
        "h2_max_rst_stream_lifetime", "h2_max_rst_stream_abusive_lifetime", "h2_max_rst_stream_emitted_lifetime",
        "h2_max_header_list_size", "h2_max_header_table_size", "h2_max_header_fields",
    ]
    /// Every knob an update copies onto the listener, by the name both messages give it.
    static let h2Knobs = h2KnobsAtLeastOne + ["h2_stream_shrink_ratio"] + h2KnobsAtLeastOneAfterRatio
        + ["h2_initial_connection_window", "h2_stream_idle_timeout_seconds", "h2_graceful_shutdown_deadline_seconds"]

    /// The fields an update sets, by proto field name (numbers as text), read through the JSON
    /// mapping: HTTP and HTTPS updates and listeners share these names, not their numbers.
    static func setFields(of message: some SwiftProtobuf.Message) -> [String: String] {
        var options = JSONEncodingOptions()
        options.preserveProtoFieldNames = true
        guard let json = try? message.jsonUTF8Data(options: options),
              let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else { return [:] }
        return object.compactMapValues { value in
            switch value {
            case let text as String: text
            case let number as NSNumber: number.stringValue
            default: nil
            }
        }
    }

    /// Sōzu refuses an update with a knob out of range before it looks the listener up.
    static func validateH2Knobs(of patch: some SwiftProtobuf.Message) throws(StateError) {
        let fields = setFields(of: patch)
        func check(_ names: [String], minimum: UInt64) throws(StateError) {
            for name in names {
                guard let text = fields[name], let value = UInt64(text), value < minimum else { continue }
                throw .invalidValue(field: name, reason: "must be >= \(minimum)")
            }
        }
        try check(h2KnobsAtLeastOne, minimum: 1)
        try check(["h2_stream_shrink_ratio"], minimum: 2)
        try check(h2KnobsAtLeastOneAfterRatio, minimum: 1)
    }

    /// Copies the update's h2 knobs, then its id header, onto the listener; a bad header is
    /// reported after the knobs were applied, as Sōzu does.
    static func applyKnobs<Listener: SwiftProtobuf.Message>(of patch: some SwiftProtobuf.Message, to listener: inout Listener) -> StateError? {
        let fields = setFields(of: patch)
        var json = h2Knobs.compactMap { name in fields[name].map { "\"\(name)\":\"\($0)\"" } }
        var failure: StateError?
        if let header = fields["sozu_id_header"] {
            if let reason = headerNameProblem(header) {
                failure = .invalidValue(field: "sozu_id_header", reason: reason)
            } else {
                json.append("\"sozu_id_header\":\(SozuJSON.quoted(header))")
            }
        }
        guard !json.isEmpty, let knobs = try? Listener(jsonString: "{" + json.joined(separator: ",") + "}"),
              let bytes: [UInt8] = try? knobs.serializedBytes(partial: true) else { return failure }
        try? listener.merge(serializedBytes: bytes, partial: true)
        return failure
    }

    /// Why `name` is not an HTTP header name (RFC 9110 token), in Sōzu's words; nil if it is one.
    static func headerNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "must not be empty" }
        let token = Set("!#$%&'*+-.^_`|~".unicodeScalars)
        let valid = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || token.contains($0)) }
        return valid ? nil : "must be a valid HTTP header name (RFC 9110 §5.1 token: alphanumeric or one of !#$%&'*+-.^_`|~)"
    }

    /// Custom answers merged field by field: each answer the update sets replaces the old one.
    static func merged(_ current: Command_CustomHttpAnswers, _ update: Command_CustomHttpAnswers) -> Command_CustomHttpAnswers {
        var answers = current
        if let bytes: [UInt8] = try? update.serializedBytes(partial: true) { try? answers.merge(serializedBytes: bytes, partial: true) }
        return answers
    }

    /// The settings an HTTP or HTTPS listener update may change, on either kind of listener.
    static func apply(_ patch: some HTTPListenerPatch, to listener: inout some HTTPListenerSettings) {
        if patch.hasPublicAddress { listener.publicAddress = patch.publicAddress }
        if patch.hasExpectProxy { listener.expectProxy = patch.expectProxy }
        if patch.hasStickyName { listener.stickyName = patch.stickyName }
        if patch.hasFrontTimeout { listener.frontTimeout = patch.frontTimeout }
        if patch.hasBackTimeout { listener.backTimeout = patch.backTimeout }
        if patch.hasConnectTimeout { listener.connectTimeout = patch.connectTimeout }
        if patch.hasRequestTimeout { listener.requestTimeout = patch.requestTimeout }
    }
}
