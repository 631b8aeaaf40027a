import SozuProto

typealias SozuProtoResponse = Command_Response
