public import SwiftProtobuf

/// An enum field as it arrived: a value this schema knows, a number it does not know (sent by a
/// newer Sōzu), or nothing at all.
///
/// Sōzu's enums are closed proto2 enums: a number outside the schema is not stored in the field,
/// which then reads as its default. Reading through this type keeps such a number visible instead
/// of silently showing the default.
public enum ProtoEnumValue<Known: SwiftProtobuf.Enum & Sendable>: Equatable, Hashable, Sendable {
    case known(Known)
    case unknown(rawValue: Int)
    case absent

    /// Reads field `fieldNumber` of a message: `isSet`/`value` come from the generated accessors,
    /// `unknownFields` from the message.
    public init(isSet: Bool, value: Known, fieldNumber: Int, unknownFields: UnknownStorage) {
        if isSet {
            self = .known(value)
        } else if let raw = UnknownFieldScanner.lastVarint(fieldNumber: fieldNumber, in: unknownFields.data) {
            self = .unknown(rawValue: Int(truncatingIfNeeded: Int32(truncatingIfNeeded: raw)))
        } else {
            self = .absent
        }
    }

    /// The known value, if any.
    public var knownValue: Known? {
        if case .known(let value) = self { value } else { nil }
    }
}
