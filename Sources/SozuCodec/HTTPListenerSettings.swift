public import SozuProto

/// What HTTP and HTTPS listener configurations have in common, so that one piece of code fills,
/// patches or reads both (the console's requests, the configuration loader, the simulator's state).
public protocol HTTPListenerSettings {
    var address: Command_SocketAddress { get set }
    var publicAddress: Command_SocketAddress { get set }
    var expectProxy: Bool { get set }
    var stickyName: String { get set }
    var frontTimeout: UInt32 { get set }
    var backTimeout: UInt32 { get set }
    var connectTimeout: UInt32 { get set }
    var requestTimeout: UInt32 { get set }
    var active: Bool { get set }
    var httpAnswers: Command_CustomHttpAnswers { get set }
    var answers: [String: String] { get set }
    var sozuIDHeader: String { get set }
    var elideXRealIp: Bool { get set }
    var sendXRealIp: Bool { get set }
    var h2MaxRstStreamPerWindow: UInt32 { get set }
    var h2MaxPingPerWindow: UInt32 { get set }
    var h2MaxSettingsPerWindow: UInt32 { get set }
    var h2MaxEmptyDataPerWindow: UInt32 { get set }
    var h2MaxWindowUpdateStream0PerWindow: UInt32 { get set }
    var h2MaxContinuationFrames: UInt32 { get set }
    var h2MaxGlitchCount: UInt32 { get set }
    var h2InitialConnectionWindow: UInt32 { get set }
    var h2MaxConcurrentStreams: UInt32 { get set }
    var h2StreamShrinkRatio: UInt32 { get set }
    var h2MaxHeaderListSize: UInt32 { get set }
    var h2MaxHeaderTableSize: UInt32 { get set }
    var h2MaxHeaderFields: UInt32 { get set }
    var h2StreamIdleTimeoutSeconds: UInt32 { get set }
    var h2GracefulShutdownDeadlineSeconds: UInt32 { get set }
    var h2MaxRstStreamLifetime: UInt64 { get set }
    var h2MaxRstStreamAbusiveLifetime: UInt64 { get set }
    var h2MaxRstStreamEmittedLifetime: UInt64 { get set }
}

extension HTTPListenerSettings {
    /// The 32-bit H2 knobs by their config.toml names.
    public static var knobs32: [(String, WritableKeyPath<Self, UInt32>)] {
        [
            ("h2_max_rst_stream_per_window", \.h2MaxRstStreamPerWindow), ("h2_max_ping_per_window", \.h2MaxPingPerWindow),
            ("h2_max_settings_per_window", \.h2MaxSettingsPerWindow), ("h2_max_empty_data_per_window", \.h2MaxEmptyDataPerWindow),
            ("h2_max_window_update_stream0_per_window", \.h2MaxWindowUpdateStream0PerWindow),
            ("h2_max_continuation_frames", \.h2MaxContinuationFrames), ("h2_max_glitch_count", \.h2MaxGlitchCount),
            ("h2_initial_connection_window", \.h2InitialConnectionWindow), ("h2_max_concurrent_streams", \.h2MaxConcurrentStreams),
            ("h2_stream_shrink_ratio", \.h2StreamShrinkRatio), ("h2_max_header_list_size", \.h2MaxHeaderListSize),
            ("h2_max_header_table_size", \.h2MaxHeaderTableSize), ("h2_max_header_fields", \.h2MaxHeaderFields),
            ("h2_stream_idle_timeout_seconds", \.h2StreamIdleTimeoutSeconds),
            ("h2_graceful_shutdown_deadline_seconds", \.h2GracefulShutdownDeadlineSeconds),
        ]
    }

    /// The 64-bit ones.
    public static var knobs64: [(String, WritableKeyPath<Self, UInt64>)] {
        [
            ("h2_max_rst_stream_lifetime", \.h2MaxRstStreamLifetime),
            ("h2_max_rst_stream_abusive_lifetime", \.h2MaxRstStreamAbusiveLifetime),
            ("h2_max_rst_stream_emitted_lifetime", \.h2MaxRstStreamEmittedLifetime),
        ]
    }
}

extension Command_HttpListenerConfig: HTTPListenerSettings {}
extension Command_HttpsListenerConfig: HTTPListenerSettings {}
