/// Certificates for tests.
public enum TestCertificate {
    /// A self-signed certificate for example.com and www.example.com, valid 2026-11-25 to 2036-11-22.
    public static let pem = """
        -----BEGIN CERTIFICATE-----
        MIIBqjCCAVCgAwIBAgIUAS6C7fIMt0FF1sdB8snWz5JJLlYwCgYIKoZIzj0EAwIw
        FjEUMBIGA1UEAwwLZXhhbXBsZS5jb20wHhcNMjYxMTI1MTYxMDI2WhcNMzYxMTIy
        MTYxMDI2WjAWMRQwEgYDVQQDDAtleGFtcGxlLmNvbTBZMBMGByqGSM49AgEGCCqG
        SM49AwEHA0IABK81ERv2qg/FwjX/7pwXuHiMC6wotZhnRRMgpWRzJIAQibNv8qLm
        8FIpBi9BEG4Rhu0qkM7tEU3MPEzZioty652jfDB6MB0GA1UdDgQWBBSyD88rip5x
        m+0hLa9B/0Yjfpt6QTAfBgNVHSMEGDAWgBSyD88rip5xm+0hLa9B/0Yjfpt6QTAP
        BgNVHRMBAf8EBTADAQH/MCcGA1UdEQQgMB6CC2V4YW1wbGUuY29tgg93d3cuZXhh
        bXBsZS5jb20wCgYIKoZIzj0EAwIDSAAwRQIgMyVyc+2ulBpRROat5lXDMvkoqHhS
        InLECZueqOO7rOQCIQCHLo2YejjO7+IIN2BkN+eg/cnpU+q8ICxwzyPQ17dzNQ==
        -----END CERTIFICATE-----

        """
}
