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
