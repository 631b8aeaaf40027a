#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Unbuffered byte-level access to the process's standard streams.
enum StandardStreams {
    /// The next bytes available on stdin; empty at end of input.
    static func readChunk(maximumCount: Int = 65_536) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: maximumCount)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, maximumCount) }
            if count >= 0 {
                chunk.removeSubrange(count...)
                return chunk
            }
            if errno != EINTR { return [] }
        }
    }

    static func readAll() -> [UInt8] {
        var all: [UInt8] = []
        while true {
            let chunk = readChunk()
            if chunk.isEmpty { return all }
            all.append(contentsOf: chunk)
        }
    }

    /// A line of standard input that is not UTF-8: it is not run, and nothing after it.
    struct InvalidLine: Error, CustomStringConvertible {
        let lineNumber: Int
        let byteOffset: Int

        var description: String {
            "line \(lineNumber) of standard input is not valid UTF-8 (at byte \(byteOffset + 1)); nothing from it on was run"
        }
    }

    /// Standard input's lines as they arrive (read on a thread of its own); a line that is not
    /// UTF-8 ends the stream with `InvalidLine` instead of reaching the proxy mended.
    static func lines() -> AsyncThrowingStream<String, any Error> {
        AsyncThrowingStream { continuation in
            let thread = Thread {
                var pending: [UInt8] = []
                var lineNumber = 0
                func yield(_ bytes: ArraySlice<UInt8>) -> Bool {
                    lineNumber += 1
                    guard let line = String(validating: bytes, as: UTF8.self) else {
                        let valid = Self.validPrefixLength(bytes)
                        continuation.finish(throwing: InvalidLine(lineNumber: lineNumber, byteOffset: valid))
                        return false
                    }
                    continuation.yield(line)
                    return true
                }
                while true {
                    let chunk = readChunk()
                    if chunk.isEmpty { break }
                    pending.append(contentsOf: chunk)
                    while let newline = pending.firstIndex(of: 10) {
                        guard yield(pending[..<newline]) else { return }
                        pending.removeSubrange(...newline)
                    }
                }
                if !pending.isEmpty, !yield(pending[...]) { return }
                continuation.finish()
            }
            thread.start()
        }
    }

    /// How many bytes at the start of `bytes` are valid UTF-8.
    static func validPrefixLength(_ bytes: ArraySlice<UInt8>) -> Int {
        var length = bytes.count
        while length > 0, String(validating: bytes.prefix(length), as: UTF8.self) == nil { length -= 1 }
        return length
    }

    /// The process's arguments that are not valid UTF-8 (Swift's own mends them into U+FFFD),
    /// as their 1-based positions.
    static func argumentsNotUTF8() -> [Int] {
        (1..<Int(CommandLine.argc)).filter { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return false }
            return String(validatingCString: argument) == nil
        }
    }

    static func writeOut(_ bytes: [UInt8]) {
        write(to: STDOUT_FILENO, bytes)
    }

    static func writeOut(_ text: String) {
        write(to: STDOUT_FILENO, Array(text.utf8))
    }

    static func writeError(_ text: String) {
        write(to: STDERR_FILENO, Array(text.utf8))
    }

    private static func write(to descriptor: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                #if canImport(Glibc)
                Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset)
                #else
                Darwin.write(descriptor, $0.baseAddress! + offset, bytes.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
