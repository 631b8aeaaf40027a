public import SwiftProtobuf

/// How a decoded message is written out for people and scripts.
public enum MessageRenderingFormat: String, CaseIterable, Sendable {
    /// Protobuf text format, as `protoc --decode` prints it (non-ASCII kept as UTF-8).
    case text
    /// The proto3 JSON mapping with proto field names, on one line.
    case json
}

extension MessageRenderingFormat {
    public func render(_ message: any SwiftProtobuf.Message) throws(CodecError) -> String {
        switch self {
        case .text:
            return Self.escapingTerminalControls(message.textFormatString()) { scalar in
                // Octal escapes of its UTF-8 bytes: text format reads them back as the same string.
                String(scalar).utf8.map { "\\" + String($0, radix: 8) }.joined()
            }
        case .json:
            var options = JSONEncodingOptions()
            options.preserveProtoFieldNames = true
            do {
                return Self.escapingTerminalControls(try message.jsonString(options: options)) { scalar in
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                }
            } catch {
                throw .encodingFailed(messageType: type(of: message).protoMessageName, reason: "\(error)")
            }
        }
    }

    /// Whether a terminal could act on `scalar` rather than show it: a C1 control (such as
    /// U+009B, a CSI) or a bidirectional control (such as U+202E), which the encoders leave raw.
    public static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x7f...0x9f).contains(scalar.value) || (scalar.value >= 0x61c && scalar.properties.isBidiControl)
    }

    /// `rendered` with each terminal control written as `escape` writes it: inside a string of
    /// either format, so the message read back is the same.
    static func escapingTerminalControls(_ rendered: String, _ escape: (Unicode.Scalar) -> String) -> String {
        guard rendered.unicodeScalars.contains(where: isTerminalControl) else { return rendered }
        var result = ""
        for scalar in rendered.unicodeScalars {
            if isTerminalControl(scalar) { result += escape(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
