import Foundation
import SozuConfiguration

/// A look at the file `reload -f PATH` names before it is sent: Sōzu 2.1's main process panics
/// on a configuration it cannot load, taking the proxy down, so the console loads the file as
/// Sōzu would and holds the request back when that fails.
///
/// Only what can be judged from here is judged. A relative path is opened from Sōzu's working
/// directory, unknown to the console, and so is every relative path inside the file; a file the
/// console may not read may be Sōzu's to read; where the saved state is found depends on Sōzu's
/// working directory too. Those are left to Sōzu.
enum ConfigurationPreflight {
    /// Why Sōzu would fail to load `path`, or nil when it would load it or the console cannot tell.
    static func problem(with path: String) -> String? {
        guard path.hasPrefix("/") else { return nil }
        do {
            _ = try SozuConfiguration(contentsOf: path)
            return nil
        } catch {
            switch error {
            case .fileRead(let failing, let reason), .fileOpen(let failing, let reason):
                if !failing.hasPrefix("/") || reason.hasPrefix(String(cString: strerror(EACCES))) { return nil }
            case .savedStatePath:
                return nil
            default:
                break
            }
            return "the console cannot load \(path) as Sōzu would (\(error)); Sōzu's main process panics on a configuration it cannot load"
        }
    }
}
