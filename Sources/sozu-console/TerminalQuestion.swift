import Foundation
import Glibc

/// Asks a yes/no question on the controlling terminal (one-shot mode only; the screen asks in
/// its own prompt line).
enum TerminalQuestion {
    static func confirm(_ question: String) -> Bool {
        guard let terminal = fopen("/dev/tty", "r+") else { return false }
        defer { fclose(terminal) }
        fputs(question, terminal)
        fflush(terminal)
        var buffer = [CChar](repeating: 0, count: 64)
        guard fgets(&buffer, Int32(buffer.count), terminal) != nil else { return false }
        let answer = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return answer.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().hasPrefix("y")
    }
}
