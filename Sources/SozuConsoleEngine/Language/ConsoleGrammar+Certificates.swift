import SozuCertificates
import Foundation
import SozuProto

extension ConsoleGrammar {
    static let certificateVersionsOption = OptionSpec(
        "tls-versions", .choice(tlsVersionWords), valueName: "VERSION", repeatable: true,
        help: "a TLS version this certificate is for (repeatable): tlsv1, tls_v11, tls_v12, tls_v13")

    /// Certificate, chain and key read from PEM files, as Sōzu's CLI sends them: the
    /// certificate and key whole, the chain cut into one PEM block per certificate.
    static func certificateAndKey(_ arguments: ParsedArguments, certificate: String, chain: String, key: String) throws(CommandLineError) -> Command_CertificateAndKey {
        var bundle = Command_CertificateAndKey()
        guard let certificateText = try arguments.fileContents(certificate) else { throw arguments.missing("--\(certificate)") }
        guard let chainText = try arguments.fileContents(chain) else { throw arguments.missing("--\(chain)") }
        guard let keyText = try arguments.fileContents(key) else { throw arguments.missing("--\(key)") }
        guard certificateText.contains("-----BEGIN CERTIFICATE-----") else {
            throw arguments.error("--\(certificate): \(arguments.string(certificate) ?? "") holds no PEM certificate", at: certificate)
        }
        guard keyText.contains("PRIVATE KEY-----") else {
            throw arguments.error("--\(key): \(arguments.string(key) ?? "") holds no PEM private key", at: key)
        }
        bundle.certificate = certificateText
        bundle.certificateChain = splitChain(chainText)
        bundle.key = keyText
        bundle.versions = arguments.strings("tls-versions").map(tlsVersion)
        return bundle
    }

    /// One PEM block per certificate, from its BEGIN line to its END line: text around the
    /// blocks (comments, `subject=` lines that openssl writes) is dropped.
    static func splitChain(_ text: String) -> [String] {
        PEMCertificate.certificateBlocks(in: text)
    }

    /// Lower-case hex SHA-256 of the DER of the first certificate in a PEM file.
    static func fingerprint(ofPEM text: String) -> String? {
        guard let block = PEMCertificate.certificateBlocks(in: text).first else { return nil }
        return (try? PEMCertificate(pem: block, parse: false))?.fingerprintHex
    }

    /// The fingerprint given by `-f` (hex, any case) or computed from a certificate file.
    static func fingerprint(_ arguments: ParsedArguments, file: String, hex: String) throws(CommandLineError) -> String {
        switch (arguments.token(file), arguments.token(hex)) {
        case (_?, _?):
            throw arguments.error("give --\(file) or --\(hex), not both", at: hex)
        case (let fileToken?, nil):
            let text = try ParsedArguments.readFile(fileToken, what: "--\(file)")
            guard let fingerprint = fingerprint(ofPEM: text) else {
                throw CommandLineError("--\(file): \(fileToken.text) holds no readable PEM certificate", at: fileToken.range)
            }
            return fingerprint
        case (nil, let hexToken?):
            let digits = hexToken.text
            guard !digits.isEmpty, digits.count % 2 == 0, digits.allSatisfy(\.isHexDigit) else {
                throw CommandLineError("--\(hex) takes a hexadecimal fingerprint, not '\(digits)'", at: hexToken.range)
            }
            return digits.lowercased()
        case (nil, nil):
            throw arguments.missing("--\(file) <FILE> or --\(hex) <FINGERPRINT>")
        }
    }

    static let httpsAddressOption = OptionSpec("address", short: "a", .address, required: true, live: .httpsListenerAddress, help: "the HTTPS listener's address")

    static let certificateCommand = CommandSpec("certificate", summary: "TLS certificates: list, add, remove, replace", subcommands: [
        CommandSpec(
            "list", summary: "certificates in the proxy's state, or as each worker holds them (-w)",
            options: [
                OptionSpec("fingerprint", short: "f", .text, live: .certificateFingerprint, help: "only this certificate"),
                OptionSpec("domain", short: "d", .text, live: .hostname, help: "only certificates for this domain"),
                .flag("workers", short: "w", help: "ask the workers instead of the main process's state"),
            ]
        ) { arguments in
            var filters = Command_QueryCertificatesFilters()
            if let fingerprint = arguments.string("fingerprint") { filters.fingerprint = fingerprint }
            if let domain = arguments.string("domain") { filters.domain = domain }
            return send(arguments, arguments.flag("workers") ? .queryCertificatesFromWorkers(filters) : .queryCertificatesFromTheState(filters), effect: .query)
        },
        CommandSpec(
            "add", summary: "add a certificate to an HTTPS listener",
            options: [
                httpsAddressOption,
                OptionSpec("certificate", .path, valueName: "FILE", required: true, help: "the certificate (PEM)"),
                OptionSpec("certificate-chain", aliases: ["chain"], .path, valueName: "FILE", required: true, help: "the chain (PEM)"),
                OptionSpec("key", .path, valueName: "FILE", required: true, help: "the private key (PEM); never written to the journal"),
                certificateVersionsOption,
            ]
        ) { arguments throws(CommandLineError) in
            var add = Command_AddCertificate()
            add.address = try arguments.requiredAddress("address")
            add.certificate = try certificateAndKey(arguments, certificate: "certificate", chain: "certificate-chain", key: "key")
            return send(arguments, .addCertificate(add), effect: .change)
        },
        CommandSpec(
            "remove", summary: "remove a certificate from an HTTPS listener, by file or fingerprint",
            options: [
                httpsAddressOption,
                OptionSpec("certificate", aliases: ["cert"], .path, valueName: "FILE", help: "the certificate (PEM) to remove"),
                OptionSpec("fingerprint", short: "f", .text, live: .certificateFingerprint, help: "its SHA-256 fingerprint (hex)"),
            ]
        ) { arguments throws(CommandLineError) in
            var remove = Command_RemoveCertificate()
            remove.address = try arguments.requiredAddress("address")
            remove.fingerprint = try fingerprint(arguments, file: "certificate", hex: "fingerprint")
            return send(arguments, .removeCertificate(remove), effect: .destructive)
        },
        CommandSpec(
            "replace", summary: "replace a certificate of an HTTPS listener",
            options: [
                httpsAddressOption,
                OptionSpec("new-certificate", .path, valueName: "FILE", required: true, help: "the new certificate (PEM)"),
                OptionSpec("new-certificate-chain", aliases: ["new-chain"], .path, valueName: "FILE", required: true, help: "the new chain (PEM)"),
                OptionSpec("new-key", .path, valueName: "FILE", required: true, help: "the new private key (PEM)"),
                OptionSpec("old-certificate", aliases: ["old-cert"], .path, valueName: "FILE", help: "the certificate being replaced (PEM)"),
                OptionSpec("fingerprint", short: "f", .text, live: .certificateFingerprint, help: "or its SHA-256 fingerprint (hex)"),
                certificateVersionsOption,
            ]
        ) { arguments throws(CommandLineError) in
            var replace = Command_ReplaceCertificate()
            replace.address = try arguments.requiredAddress("address")
            replace.newCertificate = try certificateAndKey(arguments, certificate: "new-certificate", chain: "new-certificate-chain", key: "new-key")
            replace.oldFingerprint = try fingerprint(arguments, file: "old-certificate", hex: "fingerprint")
            return send(arguments, .replaceCertificate(replace), effect: .change)
        },
    ])
}
