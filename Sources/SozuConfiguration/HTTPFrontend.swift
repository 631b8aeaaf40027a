import Foundation
import SozuCodec
import SozuProto

/// An HTTP cluster's frontend once its files are read (Sōzu's `HttpFrontendConfig`).
struct HTTPFrontend {
    var request = Command_RequestHttpFrontend()
    var certificate: String?
    var key: String?
    var certificateChain: [String]?
    var tlsVersions: [Command_TlsVersion]

    init(_ entry: FrontendEntry, cluster id: String) throws(ConfigurationError) {
        guard let hostname = entry.hostname else { throw .missing("Field(\"hostname\")") }
        key = try entry.key.map { (path) throws(ConfigurationError) in try FileText.load(path) }
        certificate = try entry.certificate.map { (path) throws(ConfigurationError) in try FileText.load(path) }
        certificateChain = try entry.certificateChain.map { (path) throws(ConfigurationError) in CertificateChain.split(try FileText.load(path)) }
        tlsVersions = entry.tlsVersions
        request.clusterID = id
        request.address = entry.address
        request.hostname = hostname
        var path = Command_PathRule()
        path.kind = entry.path == nil ? .prefix : (entry.pathKind ?? .prefix)
        path.value = entry.path ?? ""
        request.path = path
        if let method = entry.method { request.method = method }
        request.position = entry.position
        request.tags = entry.tags ?? [:]
        if let redirect = entry.redirect {
            switch redirect.lowercased() {
            case "forward": request.redirect = .forward
            case "permanent": request.redirect = .permanent
            case "unauthorized": request.redirect = .unauthorized
            default: throw .invalidRedirectPolicy(redirect)
            }
        }
        if let scheme = entry.redirectScheme {
            switch scheme.lowercased() {
            case "use-same", "use_same": request.redirectScheme = .useSame
            case "use-http", "use_http": request.redirectScheme = .useHTTP
            case "use-https", "use_https": request.redirectScheme = .useHTTPS
            default: throw .invalidRedirectScheme(scheme)
            }
        }
        if let template = entry.redirectTemplate { request.redirectTemplate = template }
        if let host = entry.rewriteHost { request.rewriteHost = host }
        if let path = entry.rewritePath { request.rewritePath = path }
        if let port = entry.rewritePort { request.rewritePort = port }
        if let required = entry.requiredAuth { request.requiredAuth = required }
        for (index, header) in (entry.headers ?? []).enumerated() {
            var edit = Command_Header()
            switch header.position.lowercased() {
            case "request": edit.position = .request
            case "response": edit.position = .response
            case "both": edit.position = .both
            default: throw .invalidHeaderPosition(index: index, position: header.position)
            }
            guard HeaderText.isToken(header.key) else { throw .invalidHeaderBytes(index: index, field: "key") }
            guard !HeaderText.hasForbiddenControls(header.value) else { throw .invalidHeaderBytes(index: index, field: "value") }
            edit.key = header.key
            edit.val = header.value
            request.headers.append(edit)
        }
        if let hsts = entry.hsts {
            // Only a frontend with its own certificate and key becomes an HTTPS frontend.
            let scope = "frontend \(id)/\(hostname)"
            guard key != nil, certificate != nil else { throw .hstsOnPlainHTTP(scope) }
            request.hsts = try hsts.policy(scope: scope)
        }
    }

    /// With a key and a certificate: the certificate, then the HTTPS frontend; otherwise an HTTP
    /// frontend.
    var requests: [Command_Request] {
        guard let key, let certificate else { return [ConfigurationBuilder.request(.addHTTPFrontend(request))] }
        var pair = Command_CertificateAndKey()
        pair.certificate = certificate
        pair.key = key
        pair.certificateChain = certificateChain ?? []
        pair.versions = tlsVersions
        // Sōzu leaves the names empty so that a wildcard certificate serves every name it covers.
        pair.names = []
        var add = Command_AddCertificate()
        add.address = request.address
        add.certificate = pair
        return [ConfigurationBuilder.request(.addCertificate(add)), ConfigurationBuilder.request(.addHTTPSFrontend(request))]
    }
}
