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

/// A throwaway self-signed certificate made by openssl, with its fingerprint as openssl computes it.
private struct TestCertificate {
    var pem: String
    var key: String
    var fingerprint: String

    static func make(in directory: TemporaryDirectory, names: [String]) throws -> TestCertificate {
        let openssl = try #require(ExternalProcess.which("openssl"))
        let key = directory.file("key-\(names[0]).pem")
        let certificate = directory.file("cert-\(names[0]).pem")
        let made = try ExternalProcess.run(openssl, [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
            "-subj", "/CN=\(names[0])", "-addext", "subjectAltName=" + names.map { "DNS:\($0)" }.joined(separator: ","),
            "-keyout", key, "-out", certificate,
        ])
        try #require(made.status == 0, "openssl: \(made.standardError)")
        let der = try ExternalProcess.run(openssl, ["x509", "-in", certificate, "-outform", "DER"])
        let digest = try ExternalProcess.run(try #require(ExternalProcess.which("sha256sum")), [], input: der.standardOutput)
        return TestCertificate(
            pem: try String(contentsOfFile: certificate, encoding: .utf8),
            key: try String(contentsOfFile: key, encoding: .utf8),
            fingerprint: String(digest.outputText.prefix(64)))
    }
}

@Suite("Simulated Sōzu certificates", .serialized, .enabled(if: ExternalProcess.which("openssl") != nil, "openssl is needed to make test certificates"))
struct SimulatorCertificateTests {
    private func httpsAddress() -> Command_SocketAddress {
        var address = Command_SocketAddress()
        address.ip.v4 = 0
        address.port = 8443
        return address
    }

    /// Adds an HTTPS listener and `certificate` on it; returns the certificate's answers.
    private func addListener(with certificate: TestCertificate, to simulator: RunningSimulator) async throws -> [Command_Response] {
        var listener = Command_HttpsListenerConfig()
        listener.address = httpsAddress()
        // Without TLS versions, rustls finds no usable cipher suite and the workers refuse the
        // listener (server.rs notify_add_https_listener at 2.1.0); real clients send Sōzu's two.
        listener.versions = [.tlsV12, .tlsV13]
        _ = try await simulator.send(request { $0.addHTTPSListener = listener })
        var add = Command_AddCertificate()
        add.address = httpsAddress()
        add.certificate.certificate = certificate.pem
        add.certificate.key = certificate.key
        return try await simulator.send(request { $0.addCertificate = add })
    }

    @Test("added certificates get their SHA-256 fingerprint and names; the state and the workers list them")
    func addAndQuery() async throws {
        let simulator = try await RunningSimulator.start()
        let certificate = try TestCertificate.make(in: simulator.directory, names: ["example.com", "www.example.com"])
        let added = try await addListener(with: certificate, to: simulator)
        #expect(added.last?.message == "Successfully applied request to all workers")

        let fromState = try await simulator.send(request { $0.queryCertificatesFromTheState = Command_QueryCertificatesFilters() })
        #expect(fromState.last?.message == "Successfully queried certificates from the state of main process")
        let certs = try #require(fromState.last?.content.certificatesWithFingerprints.certs)
        #expect(certs.keys.sorted() == [certificate.fingerprint])
        #expect(certs[certificate.fingerprint]?.names == ["example.com", "www.example.com"])

        var byDomain = Command_QueryCertificatesFilters()
        byDomain.domain = "www.example.com"
        let domain = try await simulator.send(request { $0.queryCertificatesFromTheState = byDomain })
        #expect(domain.last?.content.certificatesWithFingerprints.certs.count == 1)

        let fromWorkers = try await simulator.send(request { $0.queryCertificatesFromWorkers = Command_QueryCertificatesFilters() })
        let map = try #require(fromWorkers.last?.content.workerResponses.map)
        #expect(map.keys.sorted() == ["0", "1"])
        let summary = map["0"]?.certificatesByAddress.certificates.first?.certificateSummaries.first
        #expect(summary?.fingerprint == certificate.fingerprint && summary?.domain == "example.com")

        var remove = Command_RemoveCertificate()
        remove.address = httpsAddress()
        remove.fingerprint = certificate.fingerprint.uppercased()
        _ = try await simulator.send(request { $0.removeCertificate = remove })
        let afterRemoval = try await simulator.send(request { $0.queryCertificatesFromTheState = Command_QueryCertificatesFilters() })
        #expect(afterRemoval.last?.content.certificatesWithFingerprints.certs.isEmpty == true)
        await simulator.stop()
    }

    @Test("bad certificates and fingerprints are refused with Sōzu's texts")
    func refusals() async throws {
        let simulator = try await RunningSimulator.start()
        var add = Command_AddCertificate()
        add.address = httpsAddress()
        add.certificate.certificate = "not a certificate"
        add.certificate.key = ""
        let bad = try await simulator.send(request { $0.addCertificate = add })
        #expect(bad.map(\.message) == ["could not dispatch request on the main process state: Could not add certificate: Could not parse PEM certificate from bytes: Parsing Error: MissingHeader"])

        var remove = Command_RemoveCertificate()
        remove.address = httpsAddress()
        remove.fingerprint = "abc"
        let odd = try await simulator.send(request { $0.removeCertificate = remove })
        #expect(odd.map(\.message) == ["could not dispatch request on the main process state: Could not remove certificate: Odd number of digits"])
        remove.fingerprint = "abcz"
        let invalid = try await simulator.send(request { $0.removeCertificate = remove })
        #expect(invalid.map(\.message) == ["could not dispatch request on the main process state: Could not remove certificate: Invalid character 'z' at position 3"])

        var replace = Command_ReplaceCertificate()
        var elsewhere = httpsAddress()
        elsewhere.port = 9443
        replace.address = elsewhere
        replace.oldFingerprint = "00"
        replace.newCertificate.certificate = "x"
        replace.newCertificate.key = ""
        let missing = try await simulator.send(request { $0.replaceCertificate = replace })
        #expect(missing.map(\.message) == ["could not dispatch request on the main process state: Did not find Certificate with address or id '0.0.0.0:9443'"])
        await simulator.stop()
    }

    @Test("certificates are saved to and loaded from state files")
    func savedAndLoaded() async throws {
        let source = try await RunningSimulator.start()
        let certificate = try TestCertificate.make(in: source.directory, names: ["saved.example"])
        var add = Command_AddCertificate()
        add.address = httpsAddress()
        add.certificate.certificate = certificate.pem
        add.certificate.key = certificate.key
        _ = try await source.send(request { $0.addCertificate = add })
        let path = source.directory.file("certs.state")
        _ = try await source.send(request { $0.saveState = path })
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(#""ADD_CERTIFICATE""#))
        let target = try await RunningSimulator.start()
        _ = try await target.send(request { $0.loadState = path })
        let loaded = try await target.send(request { $0.queryCertificatesFromTheState = Command_QueryCertificatesFilters() })
        #expect(loaded.last?.content.certificatesWithFingerprints.certs.keys.sorted() == [certificate.fingerprint])
        await target.stop()
        await source.stop()
    }

    @Test("after replace_certificate the workers serve the new certificate's names; the state keeps it as sent, without names")
    func replacedNames() async throws {
        let simulator = try await RunningSimulator.start()
        let old = try TestCertificate.make(in: simulator.directory, names: ["old.example"])
        let new = try TestCertificate.make(in: simulator.directory, names: ["new.example", "www.new.example"])
        _ = try await addListener(with: old, to: simulator)
        var replace = Command_ReplaceCertificate()
        replace.address = httpsAddress()
        replace.oldFingerprint = old.fingerprint
        replace.newCertificate.certificate = new.pem
        replace.newCertificate.key = new.key
        let replaced = try await simulator.send(request { $0.replaceCertificate = replace })
        #expect(replaced.last?.message == "Successfully applied request to all workers")

        let fromWorkers = try await simulator.send(request { $0.queryCertificatesFromWorkers = Command_QueryCertificatesFilters() })
        for worker in ["0", "1"] {
            let summaries = fromWorkers.last?.content.workerResponses.map[worker]?.certificatesByAddress.certificates.first?.certificateSummaries
            #expect(summaries?.map(\.domain) == ["new.example", "www.new.example"], "worker \(worker)")
            #expect(summaries?.allSatisfy { $0.fingerprint == new.fingerprint } == true, "worker \(worker)")
        }
        var byDomain = Command_QueryCertificatesFilters()
        byDomain.domain = "www.new.example"
        let workerDomain = try await simulator.send(request { $0.queryCertificatesFromWorkers = byDomain })
        let found = workerDomain.last?.content.workerResponses.map["0"]?.certificatesByAddress.certificates.first?.certificateSummaries
        #expect(found?.map(\.domain) == ["www.new.example"])
        // Sōzu's state stores the new certificate as sent (command/src/state.rs replace_certificate),
        // so a query of the state by domain finds nothing (real-sozu-2.1.0/061).
        let stateDomain = try await simulator.send(request { $0.queryCertificatesFromTheState = byDomain })
        #expect(stateDomain.last?.content.certificatesWithFingerprints.certs.isEmpty == true)
        await simulator.stop()
    }
}
