import Foundation
import SozuClient
import SozuConsoleEngine
import SozuProto
import SozuTestSupport
import Testing

/// A throwaway self-signed certificate, its key, a chain file, and openssl's fingerprint.
struct CertificateFiles {
    let certificate: String
    let key: String
    let chain: String
    let fingerprint: String

    static func make(in directory: TemporaryDirectory, name: String) throws -> CertificateFiles {
        let openssl = try #require(ExternalProcess.which("openssl"))
        let key = directory.file("\(name).key"), certificate = directory.file("\(name).pem"), chain = directory.file("\(name)-chain.pem")
        let made = try ExternalProcess.run(openssl, [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
            "-subj", "/CN=\(name)", "-addext", "subjectAltName=DNS:\(name)", "-keyout", key, "-out", certificate,
        ])
        try #require(made.status == 0, "openssl: \(made.standardError)")
        // A two-certificate chain with text around the blocks, as chain files often have.
        let pem = try String(contentsOfFile: certificate, encoding: .utf8)
        try ("subject: \(name)\n" + pem + "\nbetween\n" + pem + "trailing text\n").write(toFile: chain, atomically: true, encoding: .utf8)
        let der = try ExternalProcess.run(openssl, ["x509", "-in", certificate, "-outform", "DER"])
        let digest = try ExternalProcess.run(try #require(ExternalProcess.which("sha256sum")), [], input: der.standardOutput)
        return CertificateFiles(certificate: certificate, key: key, chain: chain, fingerprint: String(digest.outputText.prefix(64)))
    }
}

@Suite("Journal and certificates", .serialized, .enabled(if: ExternalProcess.which("openssl") != nil, "openssl makes the test certificates"))
struct JournalAndCertificateTests {
    @Test("certificate add reads PEM files; remove and replace compute the fingerprint from a file")
    func certificateCommands() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let files = try CertificateFiles.make(in: directory, name: "example.com")
        let add = try planned("certificate add -a 0.0.0.0:443 --certificate \(files.certificate) --certificate-chain \(files.chain) --key \(files.key) --tls-versions tls_v12")
        let bundle = add.request.addCertificate.certificate
        #expect(bundle.certificate == (try String(contentsOfFile: files.certificate, encoding: .utf8)))
        #expect(bundle.key == (try String(contentsOfFile: files.key, encoding: .utf8)))
        #expect(bundle.certificateChain.count == 2)
        #expect(bundle.certificateChain.allSatisfy { $0.hasPrefix("-----BEGIN CERTIFICATE-----") && $0.hasSuffix("-----END CERTIFICATE-----") })
        #expect(bundle.versions == [.tlsV12])
        #expect(add.effect == .change)
        let remove = try planned("certificate remove -a 0.0.0.0:443 --cert \(files.certificate)")
        #expect(remove.request.removeCertificate.fingerprint == files.fingerprint)
        #expect(remove.effect == .destructive)
        let replace = try planned("certificate replace -a 0.0.0.0:443 --new-certificate \(files.certificate) --new-certificate-chain \(files.chain) --new-key \(files.key) --old-cert \(files.certificate)")
        #expect(replace.request.replaceCertificate.oldFingerprint == files.fingerprint)
        #expect(replace.request.replaceCertificate.newCertificate.key == bundle.key)
        // A missing file is an error pointing at its path.
        let error = parseError("certificate add -a 0.0.0.0:443 --certificate /nope.pem --certificate-chain \(files.chain) --key \(files.key)")
        #expect(error?.message.hasPrefix("--certificate: cannot read /nope.pem") == true)
        #expect(error?.range == 45..<54)
        // A key file that is not a key.
        let notKey = parseError("certificate add -a 0.0.0.0:443 --certificate \(files.certificate) --certificate-chain \(files.chain) --key \(files.chain)")
        #expect(notKey?.message.contains("holds no PEM private key") == true)
    }

    @Test("the journal records requests and states, 0600, and never a private key")
    func journal() async throws {
        let directory = try TemporaryDirectory()
        let files = try CertificateFiles.make(in: directory, name: "example.com")
        let journalPath = directory.file("state/sozu-console/journal.jsonl")
        let harness = try await Harness.start { configuration in
            configuration.journal = try? Journal(path: journalPath)
        }
        _ = try await harness.finished("listener https add -a 0.0.0.0:8443")
        _ = try await harness.finished("cluster add -i api --load-balancing-policy random")
        let added = try await harness.finished("certificate add -a 0.0.0.0:8443 --certificate \(files.certificate) --certificate-chain \(files.chain) --key \(files.key)")
        #expect(added.state.label == "OK")
        let text = try String(contentsOfFile: journalPath, encoding: .utf8)
        let key = try String(contentsOfFile: files.key, encoding: .utf8)
        #expect(!text.contains("PRIVATE KEY"))
        #expect(!text.contains(key.split(separator: "\n")[1]))
        #expect(text.contains("<redacted: \(key.utf8.count) bytes>"))
        let entries = try text.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let requests = entries.filter { $0["type"] as? String == "request" }
        #expect(requests.map { $0["variant"] as? String } == ["ADD_HTTPS_LISTENER", "ADD_CLUSTER", "ADD_CERTIFICATE"])
        #expect(requests.map { $0["id"] as? Int } == [1, 2, 3])
        #expect(requests[1]["command"] as? String == "cluster add -i api --load-balancing-policy random")
        #expect(((requests[1]["request"] as? [String: Any])?["request_type"] as? [String: Any])?["ADD_CLUSTER"] != nil)
        let statuses = entries.filter { $0["type"] as? String == "status" && $0["id"] as? Int == 2 }
        #expect(statuses.map { $0["status"] as? String } == ["PROCESSING", "OK"])
        #expect(statuses.last?["message"] as? String == "Successfully applied request to all workers")
        #expect(entries.allSatisfy { ($0["time"] as? String)?.hasSuffix("Z") == true })
        func mode(_ path: String) -> Int? {
            (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int).flatMap { $0 }
        }
        #expect(mode(journalPath) == 0o600)
        #expect(mode(directory.file("state/sozu-console")) == 0o700)
        await harness.stop()
        directory.remove()
    }

    @Test("the journal rotates by size and keeps every line whole")
    func rotation() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("journal.jsonl")
        let journal = try Journal(path: path, maximumSize: 4096, keptRotations: 2)
        for index in 0..<200 { journal.recordNotice("notice number \(index) with some padding to fill the file") }
        let current = try String(contentsOfFile: path, encoding: .utf8)
        let previous = try String(contentsOfFile: path + ".1", encoding: .utf8)
        #expect(FileManager.default.fileExists(atPath: path + ".2"))
        #expect(!FileManager.default.fileExists(atPath: path + ".3"))
        #expect(current.utf8.count <= 4096 && previous.utf8.count <= 4096)
        for line in (current + previous).split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
        #expect(current.contains("notice number 199 "))
    }
}
