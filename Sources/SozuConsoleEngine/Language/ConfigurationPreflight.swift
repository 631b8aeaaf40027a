import Foundation
import SozuConfiguration

/// A look at the file `reload -f PATH` names before it is sent: Sōzu 2.1's main process panics
/// on a configuration it cannot load, taking the proxy down, so the console loads the file as
/// Sōzu would and holds the request back when that fails.
///
/// Only what can be judged from here is judged: a relative path is opened from Sōzu's working
/// directory, unknown to the console, and so is every relative path inside the file; those are
/// left to Sōzu.
enum ConfigurationPreflight {
    /// Why Sōzu would fail to load `path`, or nil when it would load it or the console cannot tell.
    static func problem(with path: String) -> String? {
        guard path.hasPrefix("/") else { return nil }
        do {
            _ = try SozuConfiguration(contentsOf: path)
            return nil
        } catch {
            switch error {
            case .fileRead(let failing, _) where !failing.hasPrefix("/"), .fileOpen(let failing, _) where !failing.hasPrefix("/"):
                return nil
            default:
                return "Sōzu cannot load \(path) (\(error)); its main process would panic and the proxy stop"
            }
        }
    }
}
