import Foundation
@testable import SozuConsoleEngine
import SozuProto
import Testing

@Suite("Event kinds' words")
struct EventKindWordsTests {
    @Test("each kind's name is Sōzu's (the Swift case's words, upper case, joined by _), for every kind")
    func namesFollowTheSchema() {
        for kind in Command_EventKind.allCases {
            var expected = ""
            for character in "\(kind)" {
                if character.isUppercase, !expected.isEmpty { expected.append("_") }
                expected.append(character.uppercased())
            }
            #expect(EventText.kindName(kind) == expected)
        }
        #expect(EventText.kindName(.removedBackendHasNoConnections) == "REMOVED_BACKEND_HAS_NO_CONNECTIONS")
    }
}

@Suite("Fixed decimals without Foundation's formatter")
struct DecimalTextTests {
    @Test("as String(format:) writes them, over a sweep of values")
    func sameAsFormat() {
        var values: [Double] = [0, 0.004, 0.005, 0.015, 0.125, 1.005, 9.995, 12.5, 99.999, 123.456, 1_234.5, -0.004, -1.25, -3.14159, 0.25, 0.75, 0.625, 2.675, 1e9 + 0.125, -0.0]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { values.append(Double.random(in: 0..<1_000, using: &generator)) }
        // Near the halves, where rounding the product instead of the exact value goes wrong.
        for _ in 0..<2_000 { values.append(Double(Int.random(in: 0..<1_000_000, using: &generator)) / 1_000) }
        for value in values {
            #expect(DecimalText.fixed(value, decimals: 2, width: 6) == String(format: "%6.2f", value), "\(value)")
            #expect(DecimalText.fixed(value, decimals: 1) == String(format: "%.1f", value), "\(value)")
        }
    }
}

@Suite("Content types' names in the journal")
struct ContentTypeNameTests {
    @Test("each case's spelled-out name is its Swift name, as reflection gives it")
    func namesMatchTheCases() {
        let samples: [Command_ResponseContent.OneOf_ContentType] = [
            .workers(.init()), .metrics(.init()), .workerResponses(.init()), .event(.init()), .frontendList(.init()), .listenersList(.init()),
            .workerMetrics(.init()), .availableMetrics(.init()), .clusters(.init()), .clusterHashes(.init()), .certificatesByAddress(.init()),
            .certificatesWithFingerprints(.init()), .requestCounts(.init()), .maxConnectionsPerIpLimit(.init()), .healthChecksList(.init()),
            .metricDetailStatus(.init()), .workerMetricDetailStatus(.init()),
        ]
        for sample in samples {
            #expect(sample.caseName == "\(sample)".prefix { $0 != "(" }.description)
        }
    }
}
