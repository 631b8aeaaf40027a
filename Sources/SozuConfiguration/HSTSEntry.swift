import Foundation
import SozuCodec
import SozuProto
import SozuTOML

/// An `[hsts]` block.
struct HSTSEntry {
    var enabled: Bool?
    var maxAge: UInt32?
    var includeSubdomains: Bool?
    var preload: Bool?
    var forceReplaceBackend: Bool?

    init(_ section: TOMLSection) throws(ConfigurationError) {
        try section.rejectUnknownKeys(["enabled", "max_age", "include_subdomains", "preload", "force_replace_backend"])
        enabled = try section.bool("enabled")
        maxAge = try section.uint32("max_age")
        includeSubdomains = try section.bool("include_subdomains")
        preload = try section.bool("preload")
        forceReplaceBackend = try section.bool("force_replace_backend")
    }

    /// Sōzu's HSTS policy: `enabled` must be said; enabled without `max_age` means one year.
    func policy(scope: String) throws(ConfigurationError) -> Command_HstsConfig {
        guard let enabled else { throw .hstsEnabledRequired(scope) }
        var config = Command_HstsConfig()
        config.enabled = enabled
        if let maxAge { config.maxAge = maxAge } else if enabled { config.maxAge = 31_536_000 }
        if let includeSubdomains { config.includeSubdomains = includeSubdomains }
        if let preload { config.preload = preload }
        if let forceReplaceBackend { config.forceReplaceBackend = forceReplaceBackend }
        return config
    }
}
