/// What `--version` says: this package's version, and the Sōzu release whose command schema
/// (`Proto/command.proto`) it speaks.
public enum ProductVersion {
    public static let number = "0.9.0"
    public static let sozuSchema = "2.1.0"

    /// `sozu-console 0.9.0 (Sozu command schema 2.1.0)`.
    public static func line(for tool: String) -> String {
        "\(tool) \(number) (Sozu command schema \(sozuSchema))"
    }
}
