import Foundation
import SozuCodec
import Synchronization

/// What it costs on this machine to wake an async caller from another thread, beside a blocking
/// caller doing the same exchange: the part of a round trip that a client whose callers await
/// pays and a C client, blocked in `read` on its own thread, does not.
///
/// A peer thread echoes each byte it reads from one pipe onto another (the proxy's part, reduced
/// to nothing). The blocking caller writes and reads on a thread of its own; the async caller
/// writes from Swift's task pool and is resumed by a thread blocked in `read`, as
/// `DirectConnection`'s reader resumes the console's client.
enum HandOverProbe {
    struct Measurement {
        var blocking: [Double] = []
        var handedOver: [Double] = []
    }

    /// Each exchange's time in microseconds, `rounds` of each, with `pause` between exchanges so
    /// that threads go idle between them as they do between requests.
    static func measure(rounds: Int, pause: Duration = .microseconds(200)) async -> Measurement {
        var measurement = Measurement()
        guard let echo = PipePair() else { return measurement }
        guard let answers = PipePair() else {
            echo.closeWriteEnd()
            close(echo.readEnd)
            return measurement
        }
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while read(echo.readEnd, &byte, 1) == 1, write(answers.writeEnd, &byte, 1) == 1 {}
            close(echo.readEnd)
        }
        let pauseMicroseconds = useconds_t(pause.timeInterval * 1e6)
        measurement.blocking = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var times: [Double] = []
                var byte: UInt8 = 1
                for _ in 0..<rounds {
                    let started = ContinuousClock.now
                    guard write(echo.writeEnd, &byte, 1) == 1, read(answers.readEnd, &byte, 1) == 1 else { break }
                    times.append((ContinuousClock.now - started).timeInterval * 1e6)
                    usleep(pauseMicroseconds)
                }
                continuation.resume(returning: times)
            }
        }
        let waiting = Mutex<CheckedContinuation<Void, Never>?>(nil)
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while read(answers.readEnd, &byte, 1) == 1 {
                // The caller put its continuation here before writing: it is there already.
                waiting.withLock { $0.take() }?.resume()
            }
            waiting.withLock { $0.take() }?.resume()
            close(answers.readEnd)
        }
        for _ in 0..<rounds {
            let started = ContinuousClock.now
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                waiting.withLock { $0 = continuation }
                var byte: UInt8 = 1
                if write(echo.writeEnd, &byte, 1) != 1 { waiting.withLock { $0.take() }?.resume() }
            }
            measurement.handedOver.append((ContinuousClock.now - started).timeInterval * 1e6)
            try? await Task.sleep(for: pause)
        }
        // Closing the writing ends ends both threads' reads.
        echo.closeWriteEnd()
        answers.closeWriteEnd()
        return measurement
    }

    /// A pipe; its reading end is closed by the thread that reads it last.
    private struct PipePair: Sendable {
        let readEnd: Int32
        let writeEnd: Int32

        init?() {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { return nil }
            readEnd = ends[0]
            writeEnd = ends[1]
        }

        func closeWriteEnd() { close(writeEnd) }
    }
}
