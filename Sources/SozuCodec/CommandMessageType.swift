public import SwiftProtobuf
import SozuProto

/// The four messages that travel in frames: client ↔ main process and main process ↔ worker.
public enum CommandMessageType: String, CaseIterable, Sendable {
    case request = "Request"
    case response = "Response"
    case workerRequest = "WorkerRequest"
    case workerResponse = "WorkerResponse"

    /// Accepts `Request` as well as the fully qualified `command.Request`.
    public init?(name: String) {
        let bare = name.hasPrefix("command.") ? String(name.dropFirst("command.".count)) : name
        self.init(rawValue: bare)
    }

    public var messageType: any SwiftProtobuf.Message.Type {
        switch self {
        case .request: Command_Request.self
        case .response: Command_Response.self
        case .workerRequest: Command_WorkerRequest.self
        case .workerResponse: Command_WorkerResponse.self
        }
    }

    /// The fully qualified protobuf name, as `protoc --decode` wants it.
    public var protoName: String { "command.\(rawValue)" }

    public func decode(payload: [UInt8]) throws(CodecError) -> any SwiftProtobuf.Message {
        switch self {
        case .request: try MessageCodec.decode(Command_Request.self, from: payload)
        case .response: try MessageCodec.decode(Command_Response.self, from: payload)
        case .workerRequest: try MessageCodec.decode(Command_WorkerRequest.self, from: payload)
        case .workerResponse: try MessageCodec.decode(Command_WorkerResponse.self, from: payload)
        }
    }

    /// Parses protobuf text format (as `protoc --decode` prints it) into a message of this type.
    public func parse(textFormat text: String) throws(CodecError) -> any SwiftProtobuf.Message {
        do {
            return try messageType.init(textFormatString: text)
        } catch {
            throw .invalidTextFormat(messageType: protoName, reason: "\(error)")
        }
    }

    /// Parses the proto3 JSON mapping (proto field names or lowerCamelCase) into a message of this type.
    public func parse(json: String) throws(CodecError) -> any SwiftProtobuf.Message {
        do {
            return try messageType.init(jsonString: json)
        } catch {
            throw .invalidJSON(messageType: protoName, reason: "\(error)")
        }
    }
}
