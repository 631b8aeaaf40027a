import SozuConsoleEngine

/// The engine's display width, under a name that does not clash with curses.
enum DisplayWidthBridge {
    static func columns(_ text: String) -> Int { DisplayWidth.columns(of: text) }
}
