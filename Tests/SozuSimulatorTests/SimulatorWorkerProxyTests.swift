import Foundation
import SozuCodec
import SozuProto
import SozuSimulator
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a worker's proxies refuse after its state took the request, in Sōzu's words (lib/src at
/// 2.1.0 and the 2.1.0 captures): the main process answers FAILURE with each worker's message.
@Suite("Simulated Sōzu: what the workers' proxies refuse", .serialized)
struct SimulatorWorkerProxyTests {
    static func address(port: UInt32) -> Command_SocketAddress {
        var address = Command_SocketAddress()
        address.ip.v4 = 0x7f00_0001
        address.port = port
        return address
    }

    /// The final message's per-worker entries, in worker order (Sōzu relays them as they come).
    static func entries(_ answers: [Command_Response]) -> [String] {
        (answers.last?.message ?? "").components(separatedBy: ", ").sorted()
    }

    @Test("a frontend on an address no listener has fails on each worker (real-sozu-2.1.0/075)")
    func frontendWithoutListener() async throws {
        let simulator = try await RealSozuStart.simulator()
        var tcp = Command_RequestTcpFrontend()
        tcp.clusterID = "diff-tcp"
        tcp.address = Self.address(port: 38999)
        let answers = try await simulator.send(request { $0.addTcpFrontend = tcp })
        #expect(answers.map(\.status) == [.processing, .failure])
        #expect(Self.entries(answers) == ["0: found no listener with address 127.0.0.1:38999", "1: found no listener with address 127.0.0.1:38999"])

        var http = Command_RequestHttpFrontend()
        http.clusterID = "app"
        http.address = Self.address(port: 38999)
        http.hostname = "nolistener.example.test"
        let httpAnswers = try await simulator.send(request { $0.addHTTPFrontend = http })
        #expect(Self.entries(httpAnswers) == ["0: found no listener with address 127.0.0.1:38999", "1: found no listener with address 127.0.0.1:38999"])
        // The state took it all the same, on the main process and on the workers.
        let cluster = try await simulator.send(request { $0.queryClusterByID = "app" })
        let workerFrontends = cluster.last?.content.workerResponses.map["0"]?.clusters.vec.first?.httpFrontends.map(\.hostname)
        #expect(workerFrontends?.contains("nolistener.example.test") == true)
        await simulator.stop()
    }

    @Test("an HTTPS listener without a usable cipher suite fails on each worker; frontends on it then fail too")
    func unusableCipherSuites() async throws {
        let simulator = try await RealSozuStart.simulator()
        var listener = Command_HttpsListenerConfig()
        listener.address = Self.address(port: 38447)
        listener.versions = [.tlsV12, .tlsV13]
        listener.cipherList = ["NOT_A_CIPHER"]
        let answers = try await simulator.send(request { $0.addHTTPSListener = listener })
        let refusal = "Could not add HTTPS listener: could not add listener: failed to build rustls context? "
            + "unexpected error: no usable cipher suites configured"
        #expect(answers.map(\.status) == [.processing, .failure])
        #expect(Self.entries(answers) == ["0: " + refusal, "1: " + refusal])
        // A TLS 1.3 suite on a TLS 1.2-only listener is no use either.
        listener.address = Self.address(port: 38448)
        listener.versions = [.tlsV12]
        listener.cipherList = ["TLS13_AES_128_GCM_SHA256"]
        #expect(Self.entries(try await simulator.send(request { $0.addHTTPSListener = listener })) == ["0: " + refusal, "1: " + refusal])

        var frontend = Command_RequestHttpFrontend()
        frontend.clusterID = "app"
        frontend.address = Self.address(port: 38447)
        frontend.hostname = "tls.example.test"
        let front = try await simulator.send(request { $0.addHTTPSFrontend = frontend })
        #expect(Self.entries(front) == ["0: found no listener with address 127.0.0.1:38447", "1: found no listener with address 127.0.0.1:38447"])
        await simulator.stop()
    }

    @Test("activating a listener on an address in use fails on each worker with the OS error")
    func addressInUse() async throws {
        // Something else listens on a port, without SO_REUSEPORT.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var bound = sockaddr_in()
        bound.sin_family = sa_family_t(AF_INET)
        bound.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian
        let bindResult = withUnsafePointer(to: &bound) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(holder, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(bindResult == 0 && listen(holder, 1) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &bound) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(holder, $0, &length) }
        }
        let port = UInt32(UInt16(bigEndian: bound.sin_port))

        let simulator = try await RealSozuStart.simulator()
        var tcp = Command_TcpListenerConfig()
        tcp.address = Self.address(port: port)
        #expect(try await simulator.send(request { $0.addTcpListener = tcp }).last?.status == .ok)
        var activate = Command_ActivateListener()
        activate.address = Self.address(port: port)
        activate.proxy = .tcp
        let answers = try await simulator.send(request { $0.activateListener = activate })
        let refusal = "Could not activate TCP listener: could not bind to socket 127.0.0.1:\(port): "
            + "could not set bind to socket: Address already in use (os error 98)"
        #expect(answers.map(\.status) == [.processing, .failure])
        #expect(Self.entries(answers) == ["0: " + refusal, "1: " + refusal])

        var http = Command_HttpListenerConfig()
        http.address = Self.address(port: port)
        _ = try await simulator.send(request { $0.addHTTPListener = http })
        activate.proxy = .http
        let httpRefusal = "Could not activate HTTP listener: failed to activate listener with address 127.0.0.1:\(port): "
            + "could not activate listener with address 127.0.0.1:\(port): could not set bind to socket: Address already in use (os error 98)"
        #expect(Self.entries(try await simulator.send(request { $0.activateListener = activate })) == ["0: " + httpRefusal, "1: " + httpRefusal])
        await simulator.stop()
    }

    @Test("a block that is no certificate is refused with the parser's words, not Swift's")
    func notACertificate() async throws {
        let simulator = try await RealSozuStart.simulator()
        var add = Command_AddCertificate()
        add.address = Self.address(port: 38443)
        add.certificate.certificate = "-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n"
        let answers = try await simulator.send(request { $0.addCertificate = add })
        #expect(answers.map(\.message) == [
            "could not dispatch request on the main process state: Could not add certificate: "
                + "Could not parse X509 certificate from bytes: Parsing Error: InvalidCertificate",
        ])
        #expect(!(answers.last?.message.contains(".swift") ?? true))
        await simulator.stop()
    }
}
