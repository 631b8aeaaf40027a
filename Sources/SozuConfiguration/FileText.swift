import Glibc

/// Reads a whole text file, reporting failures as Rust's `std::io::Error` prints them
/// (`No such file or directory (os error 2)`), since Sōzu's messages embed that text.
enum FileText {
    enum Failure: Error {
        case open(String)
        case read(String)
    }

    static func read(_ path: String) throws(Failure) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .open(osError(errno)) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .read(osError(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .read("stream did not contain valid UTF-8")
        }
        return text
    }

    /// Sōzu's `Config::load_file`: any failure is a read failure.
    static func load(_ path: String) throws(ConfigurationError) -> String {
        do throws(Failure) {
            return try read(path)
        } catch {
            switch error {
            case .open(let reason), .read(let reason): throw .fileRead(path: path, reason: reason)
            }
        }
    }

    /// Sōzu's answer-page reads tell opening from reading.
    static func loadAnswer(_ path: String) throws(ConfigurationError) -> String {
        do throws(Failure) {
            return try read(path)
        } catch {
            switch error {
            case .open(let reason): throw .fileOpen(path: path, reason: reason)
            case .read(let reason): throw .fileRead(path: path, reason: reason)
            }
        }
    }

    private static func osError(_ code: Int32) -> String { OSErrorText.describe(code) }
}
