/// Shares one copy of each message among the many requests that got the same answer.
struct MessageInterner: Sendable {
    private var known: [String: String] = [:]

    mutating func intern(_ text: String) -> String {
        if let existing = known[text] { return existing }
        if known.count < 4_096 { known[text] = text }
        return text
    }
}
