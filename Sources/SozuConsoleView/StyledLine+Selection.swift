
extension StyledLine {
    /// Marks a selected row without reverse video (when the requests panel is not focused).
    func markedSelected() -> StyledLine {
        guard var first = segments.first else { return self }
        first.text = "▶" + first.text.dropFirst()
        var copy = self
        copy.segments[0] = first
        return copy
    }

    func recolouredPadding(_ role: Role) -> StyledLine {
        var copy = self
        if let last = copy.segments.indices.last, copy.segments[last].text.allSatisfy({ $0 == " " }) {
            copy.segments[last].role = role
        }
        return copy
    }
}
