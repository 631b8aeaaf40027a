/// A command line the console cannot run: what is wrong, where, what would have been accepted
/// and, when one is close, the word the operator probably meant.
public struct CommandLineError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    /// Character offsets of the offending word in the line (empty at the end of a line when
    /// a word is missing).
    public var range: Range<Int>
    public var expected: [String]
    public var suggestion: String?

    public init(_ message: String, at range: Range<Int>, expected: [String] = [], suggestion: String? = nil) {
        self.message = message
        self.range = range
        self.expected = expected
        self.suggestion = suggestion
    }

    public var description: String {
        var text = message
        if !expected.isEmpty {
            let shown = expected.count > 12 ? expected.prefix(12).joined(separator: ", ") + ", …" : expected.joined(separator: ", ")
            text += "; expected \(shown)"
        }
        if let suggestion {
            text += "; did you mean '\(suggestion)'?"
        }
        return text
    }

    /// The line, a caret line under the offending word, and the message: what the prompt and
    /// the one-shot mode print.
    public func pointing(into line: String) -> String {
        let start = min(range.lowerBound, line.count)
        let width = max(1, min(range.count, line.count - start))
        let prefix = String(line.prefix(start).map { $0 == "\t" ? "\t" : " " })
        return "\(line)\n\(prefix)\(String(repeating: "^", count: width)) \(description)"
    }
}

/// Picks the candidate nearest to a mistyped word, if one is near enough to be a typo.
enum Suggestion {
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        if let prefixed = candidates.filter({ $0.hasPrefix(lowered) }).min(by: { $0.count < $1.count }), !lowered.isEmpty {
            return prefixed
        }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let tolerance = max(1, min(3, best.candidate.count / 3))
        return best.distance <= tolerance ? best.candidate : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
