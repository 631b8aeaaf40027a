import Glibc

/// An OS error as Rust's `std::io::Error` prints it, `No such file or directory (os error 2)`:
/// Sōzu's messages embed that text, for files and for sockets alike.
public enum OSErrorText {
    public static func describe(_ code: Int32) -> String {
        "\(String(cString: strerror(code))) (os error \(code))"
    }
}
