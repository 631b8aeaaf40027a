// DO NOT EDIT.
// Written by Proto/regenerate.sh together with command.pb.swift.

/// The SHA-256 of the Proto/command.proto that the generated code in this module was made from.
public enum CommandProtoFingerprint {
    public static let sha256 = "67d71e6f3533af5f2523276f0e1854ad9b134c6953ce57f36f166624af86c956"
}
