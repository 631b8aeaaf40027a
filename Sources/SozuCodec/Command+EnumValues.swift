public import SozuProto

// Enum fields that a newer Sōzu may fill with numbers this schema lacks, read without losing them.

extension Command_Response {
    public var statusValue: ProtoEnumValue<Command_ResponseStatus> {
        ProtoEnumValue(isSet: hasStatus, value: status, fieldNumber: 1, unknownFields: unknownFields)
    }
}

extension Command_WorkerResponse {
    public var statusValue: ProtoEnumValue<Command_ResponseStatus> {
        ProtoEnumValue(isSet: hasStatus, value: status, fieldNumber: 2, unknownFields: unknownFields)
    }
}

extension Command_Event {
    public var kindValue: ProtoEnumValue<Command_EventKind> {
        ProtoEnumValue(isSet: hasKind, value: kind, fieldNumber: 1, unknownFields: unknownFields)
    }
}

extension Command_WorkerInfo {
    public var runStateValue: ProtoEnumValue<Command_RunState> {
        ProtoEnumValue(isSet: hasRunState, value: runState, fieldNumber: 3, unknownFields: unknownFields)
    }
}
