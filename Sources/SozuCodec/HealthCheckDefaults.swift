public import SozuProto

extension Command_HealthCheckConfig {
    /// What Sōzu takes for the settings a health check leaves out (the CLI and config.toml
    /// alike): seconds between checks, seconds per check, successes and failures before the
    /// verdict changes, and the status counted as healthy (0: any 2xx).
    public enum SozuDefault {
        public static let interval: UInt32 = 10
        public static let timeout: UInt32 = 5
        public static let healthyThreshold: UInt32 = 3
        public static let unhealthyThreshold: UInt32 = 3
        public static let expectedStatus: UInt32 = 0
    }

    /// A health check of `uri`, each setting given or Sōzu's default.
    public static func withSozuDefaults(
        uri: String, interval: UInt32?, timeout: UInt32?, healthyThreshold: UInt32?, unhealthyThreshold: UInt32?, expectedStatus: UInt32?
    ) -> Command_HealthCheckConfig {
        var config = Command_HealthCheckConfig()
        config.uri = uri
        config.interval = interval ?? SozuDefault.interval
        config.timeout = timeout ?? SozuDefault.timeout
        config.healthyThreshold = healthyThreshold ?? SozuDefault.healthyThreshold
        config.unhealthyThreshold = unhealthyThreshold ?? SozuDefault.unhealthyThreshold
        config.expectedStatus = expectedStatus ?? SozuDefault.expectedStatus
        return config
    }
}
