import Foundation
import SozuCertificates
import SozuProto

// Certificates. Private keys are never shown, only their size: a console's output ends up in
// scrollback, logs and screenshots.
extension ResultRenderer {
    /// One table, grouped by listener address (written once per group), by domain within it.
    static func certificatesByAddress(_ list: Command_ListOfCertificatesByAddress, into output: inout LineBuilder) {
        guard !list.certificates.isEmpty else {
            output.paragraph("No HTTPS listeners.")
            return
        }
        var table = TextTable(columns: [.text("address"), .text("domain"), .text("fingerprint")])
        var count = 0
        for entry in list.certificates.sorted(by: { addressOrder($0.address, $1.address) }) {
            let shownAddress = address(entry.address, isSet: entry.hasAddress)
            let summaries = entry.certificateSummaries.sorted { ($0.domain, $0.fingerprint) < ($1.domain, $1.fingerprint) }
            guard !summaries.isEmpty else {
                table.append([shownAddress, "(no certificate)", ""])
                continue
            }
            for (index, summary) in summaries.enumerated() {
                table.append([index == 0 ? shownAddress : "", summary.domain, summary.fingerprint])
            }
            count += summaries.count
        }
        output.paragraph("\(plural(count, "certificate")) on \(plural(list.certificates.count, "listener")).")
        output.table(table)
    }

    /// One short section per certificate, its fingerprint in the title: there are more fields
    /// than a table row holds, and the fingerprint is what `certificate remove` takes.
    static func certificatesWithFingerprints(_ certificates: Command_CertificatesWithFingerprints, into output: inout LineBuilder) {
        guard !certificates.certs.isEmpty else {
            output.paragraph("No certificates match.")
            return
        }
        let ordered = certificates.certs.sorted { left, right in
            let (leftName, rightName) = (left.value.names.first ?? "", right.value.names.first ?? "")
            return leftName != rightName ? leftName < rightName : left.key < right.key
        }
        for (fingerprint, certificate) in ordered {
            output.subheading(fingerprint)
            var items = ["names: \(certificate.names.isEmpty ? "(none)" : certificate.names.joined(separator: ", "))"]
            if let validity = (try? PEMCertificate(pem: certificate.certificate))?.validity {
                items.append("valid: \(day(validity.notBefore)) to \(day(validity.notAfter))")
            } else {
                items.append("certificate: \(plural(certificate.certificate.utf8.count, "byte")), unreadable")
            }
            items.append("TLS: \(certificate.versions.isEmpty ? "default" : certificate.versions.map(ResponseWords.tlsVersion).joined(separator: " "))")
            items.append("chain: \(plural(certificate.certificateChain.count, "certificate"))")
            items.append("private key: " + (certificate.key.isEmpty ? "none" : "<redacted: \(plural(certificate.key.utf8.count, "byte"))>"))
            output.flow(items)
        }
    }

    /// `YYYY-MM-DD`, in UTC.
    static func day(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash))
    }
}
