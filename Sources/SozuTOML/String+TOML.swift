extension String {
    func replacingUnderscores() -> String { filter { $0 != "_" } }

    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
