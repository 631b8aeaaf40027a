import Foundation
import SozuChannel
import SozuCodec
import SozuConfiguration
import SozuProto
import SozuSimulator
import SozuTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Simulated Sōzu: listener updates", .serialized)
struct SimulatorListenerUpdateTests {
    @Test("an HTTPS update applies its knobs, answers, ALPN and header as Sōzu's state does, and refuses bad ones")
    func httpsUpdate() async throws {
        let simulator = try await RunningSimulator.start()
        var listener = Command_HttpsListenerConfig()
        listener.address.ip.v4 = 0
        listener.address.port = 8443
        listener.alpnProtocols = ["h2", "http/1.1"]
        _ = try await simulator.send(request { $0.addHTTPSListener = listener })

        var update = Command_UpdateHttpsListenerConfig()
        update.address = listener.address
        update.frontTimeout = 90
        update.h2MaxConcurrentStreams = 200
        update.h2MaxRstStreamLifetime = 9_000_000_000
        update.httpAnswers.answer503 = "busy"
        update.alpnProtocols.values = ["h2"]
        update.strictSniBinding = true
        update.sozuIDHeader = "X-Request-Id"
        let applied = try await simulator.send(request { $0.updateHTTPSListener = update })
        #expect(applied.last?.status == .ok)
        let listed = try await simulator.send(request { $0.listListeners = Command_ListListeners() })
        let stored = try #require(listed.last?.content.listenersList.httpsListeners["0.0.0.0:8443"])
        #expect(stored.frontTimeout == 90)
        #expect(stored.h2MaxConcurrentStreams == 200)
        #expect(stored.h2MaxRstStreamLifetime == 9_000_000_000)
        #expect(stored.httpAnswers.answer503 == "busy")
        #expect(stored.alpnProtocols == ["h2"])
        #expect(stored.strictSniBinding)
        #expect(stored.sozuIDHeader == "X-Request-Id")

        // A knob out of range is refused before anything changes.
        var zero = Command_UpdateHttpsListenerConfig()
        zero.address = listener.address
        zero.frontTimeout = 5
        zero.h2StreamShrinkRatio = 1
        let refused = try await simulator.send(request { $0.updateHTTPSListener = zero })
        #expect(refused.last?.message == "could not dispatch request on the main process state: Invalid value for field 'h2_stream_shrink_ratio': must be >= 2")
        // A bad header is reported after the fields before it were applied.
        var header = Command_UpdateHttpsListenerConfig()
        header.address = listener.address
        header.backTimeout = 45
        header.sozuIDHeader = "bad header"
        let partial = try await simulator.send(request { $0.updateHTTPSListener = header })
        #expect(partial.last?.message.hasSuffix("Invalid value for field 'sozu_id_header': must be a valid HTTP header name (RFC 9110 §5.1 token: alphanumeric or one of !#$%&'*+-.^_`|~)") == true)
        let after = try await simulator.send(request { $0.listListeners = Command_ListListeners() })
        let kept = try #require(after.last?.content.listenersList.httpsListeners["0.0.0.0:8443"])
        #expect(kept.frontTimeout == 90 && kept.backTimeout == 45 && kept.sozuIDHeader == "X-Request-Id")
        await simulator.stop()
    }
}
