/// What the keyboard sent, decoded: typed text, a paste, a named key, a control character,
/// or an escape sequence without a name here (left to the line editor's key maps).
public enum InputEvent: Equatable, Sendable {
    /// Printable characters typed (one, or many when they arrived together).
    case text(String)
    /// A bracketed paste's text, exactly as pasted (line breaks included).
    case paste(String)
    /// A key with a name, and the bytes that said it.
    case key(Key, raw: [UInt8])
    /// A C0 control character or DEL: Ctrl-A…Ctrl-Z, Enter (0x0d), Tab (0x09), Backspace (0x7f).
    case control(UInt8)
    /// An escape sequence that is not one of `Key` (Alt-x, Ctrl-arrows, mouse reports…).
    case sequence([UInt8])
}

/// The keys the console gives a meaning to.
public enum Key: Equatable, Sendable {
    case up, down, left, right, home, end, insert, delete, pageUp, pageDown
    case function(Int)
    /// Esc pressed alone.
    case escape
}
