import Foundation
import SozuCodec
import SozuProto
import SozuTestSupport
import SwiftProtobuf
import Testing

@Suite("Sōzu's JSON form")
struct SozuJSONTests {
    @Test("a state-file record saved by Sōzu 1.1.1 loads (fields it lacked take their defaults)")
    func loadsSozuRecord() throws {
        let record = #"{"id":"PROXY-MANAGER-1","content":{"request_type":{"ADD_CLUSTER":{"cluster_id":"app-1","sticky_session":false,"https_redirect":false,"proxy_protocol":null,"load_balancing":0,"answer_503":null,"load_metric":0}}}}"#
        let request = try SozuJSON.decode(Command_WorkerRequest.self, from: record)
        #expect(request.id == "PROXY-MANAGER-1")
        guard case .addCluster(let cluster) = request.content.requestType else {
            Issue.record("got \(String(describing: request.content.requestType))")
            return
        }
        #expect(cluster.clusterID == "app-1")
        #expect(cluster.hasStickySession && !cluster.stickySession)
        #expect(cluster.loadBalancing == .roundRobin)
        #expect(cluster.hasLoadMetric && cluster.loadMetric == .connections)
        #expect(!cluster.hasProxyProtocol && !cluster.hasAnswer503)
    }

    @Test("records are written with proto names in declaration order, nulls, integer enums and upper-case variants")
    func writesSozuShape() throws {
        var cluster = Command_Cluster()
        cluster.clusterID = "app-1"
        cluster.stickySession = false
        cluster.httpsRedirect = false
        cluster.loadBalancing = .roundRobin
        var request = Command_WorkerRequest()
        request.id = "SAVE-0"
        request.content.addCluster = cluster
        #expect(try SozuJSON.encode(request) == #"{"id":"SAVE-0","content":{"request_type":{"ADD_CLUSTER":{"cluster_id":"app-1","sticky_session":false,"https_redirect":false,"proxy_protocol":null,"load_balancing":0,"answer_503":null,"load_metric":null,"http2":null,"answers":{},"https_redirect_port":null,"authorized_hashes":[],"www_authenticate":null,"max_connections_per_ip":null,"retry_after":null,"health_check":null,"udp":null}}}}"#)
    }

    @Test("addresses: V4 as the 32-bit number, V6 as its halves, 64-bit numbers exact")
    func addresses() throws {
        var address = Command_SocketAddress()
        address.ip.v4 = 167_772_428
        address.port = 8080
        #expect(try SozuJSON.encode(address) == #"{"ip":{"inner":{"V4":167772428}},"port":8080}"#)
        address.ip.v6.high = 0xfe80_0000_0000_0000
        address.ip.v6.low = .max
        let json = try SozuJSON.encode(address)
        #expect(json == #"{"ip":{"inner":{"V6":{"low":18446744073709551615,"high":18338657682652659712}}},"port":8080}"#)
        #expect(try SozuJSON.decode(Command_SocketAddress.self, from: json) == address)
    }

    @Test("maps are objects with sorted keys; bytes are arrays; strings are escaped")
    func mapsBytesStrings() throws {
        var counts = Command_RequestCounts()
        counts.map = ["b": 2, "a": 1, "é\"\n": 3]
        #expect(try SozuJSON.encode(counts) == #"{"map":{"a":1,"b":2,"é\"\n":3}}"#)
        var health = Command_UdpHealthConfig()
        health.udpProbePayload = Data([0, 255, 7])
        #expect(try SozuJSON.encode(health).contains(#""udp_probe_payload":[0,255,7]"#))
        #expect(try SozuJSON.decode(Command_UdpHealthConfig.self, from: try SozuJSON.encode(health)) == health)
    }

    @Test("a missing required scalar, a wrong type or an unknown variant is refused with its path")
    func refusals() {
        #expect(throws: CodecError.invalidJSON(messageType: "command.SocketAddress", reason: "command.SocketAddress.port: missing required field")) {
            try SozuJSON.decode(Command_SocketAddress.self, from: #"{"ip":{"inner":{"V4":1}}}"#)
        }
        #expect(throws: CodecError.self) { try SozuJSON.decode(Command_SocketAddress.self, from: #"{"ip":null,"port":"80"}"#) }
        #expect(throws: CodecError.self) { try SozuJSON.decode(Command_Request.self, from: #"{"request_type":{"MAKE_COFFEE":{}}}"#) }
        #expect(throws: CodecError.self) { try SozuJSON.decode(Command_Request.self, from: #"{"request_type":"#) }
    }

    @Test("every conformance message survives JSON and back",
          .enabled(if: ConformanceVectors.available, Comment(rawValue: ConformanceVectors.skipNotice)))
    func vectorsRoundTrip() throws {
        for vector in ConformanceVectors.valid() where vector.textEncodable == true {
            guard let type = CommandMessageType(name: vector.message) else { continue }
            let payload: [UInt8]
            if let file = vector.payloadFile, let url = ConformanceVectors.file(file) {
                payload = [UInt8](try Data(contentsOf: url))
            } else {
                payload = Hex.bytes(vector.payloadHex ?? "")
            }
            let message = try type.decode(payload: payload)
            let bytes = try MessageCodec.encode(message)
            let json: String
            let back: any SwiftProtobuf.Message
            switch type {
            case .request:
                json = try SozuJSON.encode(try MessageCodec.decode(Command_Request.self, from: bytes))
                back = try SozuJSON.decode(Command_Request.self, from: json)
            case .response:
                json = try SozuJSON.encode(try MessageCodec.decode(Command_Response.self, from: bytes))
                back = try SozuJSON.decode(Command_Response.self, from: json)
            case .workerRequest:
                json = try SozuJSON.encode(try MessageCodec.decode(Command_WorkerRequest.self, from: bytes))
                back = try SozuJSON.decode(Command_WorkerRequest.self, from: json)
            case .workerResponse:
                json = try SozuJSON.encode(try MessageCodec.decode(Command_WorkerResponse.self, from: bytes))
                back = try SozuJSON.decode(Command_WorkerResponse.self, from: json)
            }
            #expect(try MessageCodec.encode(back) == bytes, "\(vector.name): \(json.prefix(300))")
        }
    }

    @Test("strings: C0, C1 and bidirectional controls escaped, so JSON on a terminal cannot drive it")
    func quotedEscapesControls() {
        #expect(SozuJSON.quoted("a\u{1b}[2J\u{9b}\u{202E}b\u{7f}é") == #""a\u001b[2J\u009b\u202eb\u007fé""#)
    }
}
