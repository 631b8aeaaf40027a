import Foundation
import SozuCodec
import SozuProto
import SozuTestSupport
import SwiftProtobuf
import Testing

/// MessageCodec encodes with its own size-caching encoder; it must write exactly the bytes
/// swift-protobuf's reference encoder writes (deterministic ordering on).
@Suite("Size-caching encoder")
struct SizeCachingEncoderTests {
    static func reference(_ message: any SwiftProtobuf.Message) throws -> [UInt8] {
        var options = BinaryEncodingOptions()
        options.useDeterministicOrdering = true
        return try message.serializedBytes(partial: true, options: options)
    }

    @Test("writes swift-protobuf's bytes for every conformance vector",
          .enabled(if: ConformanceVectors.available, Comment(rawValue: ConformanceVectors.skipNotice)))
    func matchesReferenceOnVectors() throws {
        for vector in ConformanceVectors.valid() {
            guard let type = CommandMessageType(name: vector.message) else { continue }
            let payload: [UInt8]
            if let file = vector.payloadFile, let url = ConformanceVectors.file(file) {
                payload = [UInt8](try Data(contentsOf: url))
            } else {
                payload = Hex.bytes(vector.payloadHex ?? "")
            }
            let message = try type.decode(payload: payload)
            #expect(try MessageCodec.encode(message) == Self.reference(message), "\(vector.name)")
        }
    }

    @Test("writes swift-protobuf's bytes for every scalar kind, negative numbers and nested maps")
    func matchesReferenceOnHandMadeMessages() throws {
        var cluster = Command_Cluster()
        cluster.clusterID = "app-é-1"
        cluster.stickySession = false
        cluster.httpsRedirect = true
        cluster.loadBalancing = .maglev
        cluster.answers = ["503": "busy", "404": "", "10": "x", "2": "y"]
        cluster.maxConnectionsPerIp = .max
        cluster.authorizedHashes = ["a", "", "b"]
        var backend = Command_AddBackend()
        backend.clusterID = "app"
        backend.backendID = "b1"
        backend.address.ip.v4 = 167_772_428
        backend.address.port = 8080
        backend.loadBalancingParameters.weight = -5
        var request = Command_Request()
        request.addCluster = cluster
        #expect(try MessageCodec.encode(request) == Self.reference(request))
        request.addBackend = backend
        #expect(try MessageCodec.encode(request) == Self.reference(request))

        var log = Command_ProtobufAccessLog()
        log.requestID.high = .max
        log.requestID.low = 0
        log.protocol = "HTTP"
        log.serviceTime = 1 << 63
        log.bytesIn = 0
        log.bytesOut = 12
        log.tag = "edge"
        log.time.high = 0
        log.time.low = 1
        log.tags = ["b": "2", "a": "1"]
        log.endpoint.http.status = 503
        #expect(try MessageCodec.encode(log) == Self.reference(log))

        var metrics = Command_AggregatedMetrics()
        var gauge = Command_FilteredMetrics()
        gauge.gauge = 3
        var count = Command_FilteredMetrics()
        count.count = -12
        var histogram = Command_FilteredMetrics()
        histogram.histogram.sum = 99
        histogram.histogram.count = 4
        histogram.histogram.buckets = (0..<5).map { index in
            var bucket = Command_Bucket()
            bucket.le = UInt64(1 << index)
            bucket.count = UInt64(index * 3)
            return bucket
        }
        var worker = Command_WorkerMetrics()
        worker.proxy = ["client.connections": gauge, "http.requests": count, "latency": histogram]
        var clusterMetrics = Command_ClusterMetrics()
        clusterMetrics.cluster = ["requests": count]
        var backendMetrics = Command_BackendMetrics()
        backendMetrics.backendID = "b1"
        backendMetrics.metrics = ["connections": gauge]
        clusterMetrics.backends = [backendMetrics, backendMetrics]
        worker.clusters = ["app": clusterMetrics, "api": clusterMetrics]
        metrics.workers = ["0": worker, "1": worker, "10": worker]
        metrics.main = ["a": gauge]
        #expect(try MessageCodec.encode(metrics) == Self.reference(metrics))
    }

    @Test("required scalar fields left unset are written at their default, as prost writes them")
    func requiredDefaultsWritten() throws {
        // Response: status defaults to FAILURE (2), message to "".
        #expect(try MessageCodec.encode(Command_Response()) == [0x08, 0x02, 0x12, 0x00])
        // WorkerInfo: id, pid and run_state, in field order, around what is set.
        var worker = Command_WorkerInfo()
        worker.pid = 7
        #expect(try MessageCodec.encode(worker) == [0x08, 0x00, 0x10, 0x07, 0x18, 0x00])
        // Declared defaults: HttpListenerConfig's timeouts; the required address (a message) is
        // optional in prost and stays absent.
        let listener = try MessageCodec.decode(Command_HttpListenerConfig.self, from: try MessageCodec.encode(Command_HttpListenerConfig()))
        #expect(listener.hasFrontTimeout && listener.frontTimeout == 60)
        #expect(listener.hasConnectTimeout && listener.connectTimeout == 3)
        #expect(listener.hasStickyName && listener.stickyName == "")
        #expect(!listener.hasAddress)
        // ServerConfig's string defaults and an enum with no zero value (Ascii = 1).
        let server = try MessageCodec.decode(Command_ServerConfig.self, from: try MessageCodec.encode(Command_ServerConfig()))
        #expect(server.logLevel == "info" && server.hasLogLevel)
        #expect(server.accessLogFormat == .ascii && server.hasAccessLogFormat)
        #expect(server.maxCommandBufferSize == 2_000_000 && server.hasMaxCommandBufferSize)
        // Nested: an unset required field inside a nested message.
        var request = Command_Request()
        request.addBackend = Command_AddBackend()
        #expect(try MessageCodec.encode(request) == [0xc2, 0x01, 0x04, 0x0a, 0x00, 0x12, 0x00])
    }

    @Test("an unknown number in a required enum is written where it was, with no default beside it")
    func unknownRequiredEnumNotDuplicated() throws {
        // Event { kind: 99 (unknown), cluster_id: "a" }
        let payload: [UInt8] = [0x08, 99, 0x12, 0x01, 0x61]
        let event = try MessageCodec.decode(Command_Event.self, from: payload)
        #expect(event.kindValue == .unknown(rawValue: 99))
        let encoded = try MessageCodec.encode(event)
        #expect(try MessageCodec.decode(Command_Event.self, from: encoded).kindValue == .unknown(rawValue: 99))
        #expect(encoded.count == payload.count)
    }

    @Test("string map keys are ordered by their UTF-8 bytes, as protoc and prost order them")
    func utf8KeyOrder() throws {
        var counts = Command_RequestCounts()
        counts.map = ["Z": 1, "a": 2, "é": 3, "ü": 4, "z": 5, "\u{1F600}": 6]
        let decoded = try MessageCodec.decode(Command_RequestCounts.self, from: try MessageCodec.encode(counts))
        #expect(decoded == counts)
        let encoded = try MessageCodec.encode(counts)
        let keyStarts = ["Z", "a", "z", "é", "ü", "\u{1F600}"].map { key in
            encoded.firstRange(of: Array(key.utf8))?.lowerBound ?? -1
        }
        #expect(keyStarts == keyStarts.sorted())
    }
}
