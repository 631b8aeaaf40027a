import Foundation
import SozuCodec
import SozuProto

enum Answers {
    /// Sōzu's `load_answers`: `file://PATH` reads PATH, anything else is the page itself; an empty
    /// value is skipped.
    static func load(_ answers: [String: String]) throws(ConfigurationError) -> [String: String] {
        var loaded: [String: String] = [:]
        // In key order, as Sōzu walks its sorted map: the first bad file by code is the one reported.
        for code in answers.keys.sorted() {
            guard let source = answers[code], !source.isEmpty else { continue }
            if source.hasPrefix("file://") {
                loaded[code] = try FileText.loadAnswer(String(source.dropFirst("file://".count)))
            } else {
                loaded[code] = source
            }
        }
        return loaded
    }
}
