import Foundation

/// Checks a logging filter (`info`, `debug,sozu_lib::http=trace`) as Sōzu's main process does
/// before it changes any level: the same rules, the same error texts.
enum LoggingFilter {
    static let levelNames = ["off", "error", "warn", "info", "debug", "trace"]

    /// Sōzu's complaints about `spec`, in its order; empty when the filter is good.
    static func errors(in spec: String) -> [String] {
        var errors: [String] = []
        // Only what comes before a first '/' names levels; a second '/' is an error.
        let slashParts = spec.split(separator: "/", omittingEmptySubsequences: false)
        if slashParts.count > 2 { errors.append("Too many '/'s: \(spec)") }
        let modules = slashParts.first.map(String.init) ?? ""
        for directive in modules.split(separator: ",", omittingEmptySubsequences: false) where !directive.isEmpty {
            let parts = directive.split(separator: "=", omittingEmptySubsequences: false)
            switch parts.count {
            case 1:
                if !isLevel(String(parts[0])) { errors.append("Invalid log level: \(directive)") }
            case 2:
                let level = parts[1].trimmingCharacters(in: .whitespaces)
                if !level.isEmpty, !isLevel(level) { errors.append("Invalid log level: \(directive)") }
            default:
                errors.append("Too many '='s: \(directive)")
            }
        }
        return errors
    }

    private static func isLevel(_ word: String) -> Bool {
        levelNames.contains(word.lowercased())
    }
}
