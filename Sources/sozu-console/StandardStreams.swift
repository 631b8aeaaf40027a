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

    /// Standard input's lines as they arrive (read on a thread of its own).
    static func lines() -> AsyncStream<String> {
        AsyncStream { continuation in
            let thread = Thread {
                var pending: [UInt8] = []
                while true {
                    let chunk = readChunk()
                    if chunk.isEmpty { break }
                    pending.append(contentsOf: chunk)
                    while let newline = pending.firstIndex(of: 10) {
                        continuation.yield(String(decoding: pending[..<newline], as: UTF8.self))
                        pending.removeSubrange(...newline)
                    }
                }
                if !pending.isEmpty { continuation.yield(String(decoding: pending, as: UTF8.self)) }
                continuation.finish()
            }
            thread.start()
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
