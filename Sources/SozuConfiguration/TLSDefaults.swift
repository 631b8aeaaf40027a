/// What Sōzu 2.1 puts in an HTTPS listener nobody configured otherwise (its config.rs
/// defaults, which its CLI uses too).
public enum TLSDefaults {
    /// Cipher suites, TLS 1.3 first, in rustls's names; also the default `cipher_suites`.
    public static let cipherList = [
        "TLS13_AES_256_GCM_SHA384", "TLS13_AES_128_GCM_SHA256", "TLS13_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    ]
    public static let signatureAlgorithms = [
        "ECDSA+SHA256", "ECDSA+SHA384", "ECDSA+SHA512", "RSA+SHA256", "RSA+SHA384", "RSA+SHA512",
        "RSA-PSS+SHA256", "RSA-PSS+SHA384", "RSA-PSS+SHA512",
    ]
    public static let groups = ["X25519MLKEM768", "x25519", "P-256", "P-384"]
    public static let alpnProtocols = ["h2", "http/1.1"]
}
