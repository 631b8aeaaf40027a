import Foundation
public import SwiftProtobuf

/// Sōzu's own JSON form of its messages: what `sozu --json` prints and what state files hold.
///
/// Keys are proto field names in declaration order; absent optional fields are `null`; enums are
/// integers; 64-bit numbers are plain numbers; bytes are arrays of numbers; maps are objects with
/// sorted keys; a oneof is an object with one key, the member's name in upper case
/// (`{"request_type":{"ADD_CLUSTER":{…}}}`, `{"ip":{"inner":{"V4":167772428}}}`), or `null`.
/// Built from the schema's descriptor, so it covers every message.
public enum SozuJSON {
    public static func encode(_ message: some SwiftProtobuf.Message) throws(CodecError) -> String {
        let name = type(of: message).protoMessageName
        guard let descriptor = SchemaDescriptor.messages[name] else {
            throw .encodingFailed(messageType: name, reason: "not in Sōzu's schema")
        }
        var output = ""
        render(try MessageCodec.encode(message)[...], as: descriptor, into: &output)
        return output
    }

    public static func decode<M: SwiftProtobuf.Message>(_ type: M.Type, from json: String) throws(CodecError) -> M {
        let name = M.protoMessageName
        guard let descriptor = SchemaDescriptor.messages[name] else {
            throw .invalidJSON(messageType: name, reason: "not in Sōzu's schema")
        }
        var parser = JSONParser(text: Array(json.utf8))
        let value: JSONValue
        do {
            value = try parser.parseDocument()
        } catch {
            throw .invalidJSON(messageType: name, reason: error.description)
        }
        var bytes: [UInt8] = []
        do {
            try encodeObject(value, as: descriptor, into: &bytes, path: name)
        } catch {
            throw .invalidJSON(messageType: name, reason: error.description)
        }
        return try MessageCodec.decode(M.self, from: bytes)
    }

    // MARK: Binary → JSON

    private enum WireValue {
        case varint(UInt64)
        case fixed64(UInt64)
        case fixed32(UInt32)
        case bytes(ArraySlice<UInt8>)
    }

    private static func fields(of bytes: ArraySlice<UInt8>) -> [Int: [WireValue]] {
        var result: [Int: [WireValue]] = [:]
        var reader = WireReader(bytes)
        while !reader.isAtEnd {
            guard let tag = reader.readVarint() else { break }
            let number = Int(truncatingIfNeeded: tag >> 3)
            let value: WireValue
            switch tag & 7 {
            case 0:
                guard let varint = reader.readVarint() else { return result }
                value = .varint(varint)
            case 1:
                guard let fixed = reader.readLittleEndian(width: 8) else { return result }
                value = .fixed64(fixed)
            case 2:
                guard let length = reader.readVarint(), length <= UInt64(Int.max), let run = reader.read(Int(length)) else {
                    return result
                }
                value = .bytes(run)
            case 5:
                guard let fixed = reader.readLittleEndian(width: 4) else { return result }
                value = .fixed32(UInt32(truncatingIfNeeded: fixed))
            default:
                return result  // groups and malformed input: not part of Sōzu's schema
            }
            result[number, default: []].append(value)
        }
        return result
    }

    private static func render(_ bytes: ArraySlice<UInt8>, as message: SchemaDescriptor.Message, into output: inout String) {
        let values = fields(of: bytes)
        output += "{"
        var first = true
        func key(_ name: String) {
            if !first { output += "," }
            first = false
            appendString(name, to: &output)
            output += ":"
        }
        for field in message.fields where field.oneofIndex == nil {
            key(field.name)
            let occurrences = values[field.number] ?? []
            if field.isMap {
                renderMap(occurrences, field: field, into: &output)
            } else if field.label == .repeated {
                output += "["
                var firstElement = true
                for element in expandPacked(occurrences, field: field) {
                    if !firstElement { output += "," }
                    firstElement = false
                    renderValue(element, field: field, into: &output)
                }
                output += "]"
            } else if let last = occurrences.last {
                renderValue(last, field: field, into: &output)
            } else {
                output += "null"
            }
        }
        for (index, oneofName) in message.oneofNames.enumerated() {
            key(oneofName)
            let members = message.fields.filter { $0.oneofIndex == index }
            // Our encoder writes at most one member of a oneof.
            let chosen = members.lazy.compactMap { member in values[member.number]?.last.map { (member, $0) } }.first
            if let (member, value) = chosen {
                output += "{"
                appendString(member.name.uppercased(), to: &output)
                output += ":"
                renderValue(value, field: member, into: &output)
                output += "}"
            } else {
                output += "null"
            }
        }
        output += "}"
    }

    private static func expandPacked(_ occurrences: [WireValue], field: SchemaDescriptor.Field) -> [WireValue] {
        let scalarVarint: Set<Google_Protobuf_FieldDescriptorProto.TypeEnum> = [.int32, .int64, .uint32, .uint64, .sint32, .sint64, .bool, .enum]
        guard scalarVarint.contains(field.type) else { return occurrences }
        var expanded: [WireValue] = []
        for occurrence in occurrences {
            if case .bytes(let packed) = occurrence {
                var reader = WireReader(packed)
                while let value = reader.readVarint() {
                    expanded.append(.varint(value))
                }
            } else {
                expanded.append(occurrence)
            }
        }
        return expanded
    }

    private static func renderMap(_ occurrences: [WireValue], field: SchemaDescriptor.Field, into output: inout String) {
        guard let entry = SchemaDescriptor.messages[field.typeName], let keyField = entry.field(number: 1),
            let valueField = entry.field(number: 2)
        else {
            output += "{}"
            return
        }
        var entries: [(key: String, value: String)] = []
        for occurrence in occurrences {
            guard case .bytes(let bytes) = occurrence else { continue }
            let parts = fields(of: bytes)
            var keyText = ""
            if let keyValue = parts[1]?.last {
                renderValue(keyValue, field: keyField, into: &keyText)
            } else {
                keyText = keyField.type == .string ? "\"\"" : "0"
            }
            // JSON keys are strings: numbers and booleans are quoted as serde quotes them.
            if !keyText.hasPrefix("\"") { keyText = "\"\(keyText)\"" }
            var valueText = ""
            if let value = parts[2]?.last {
                renderValue(value, field: valueField, into: &valueText)
            } else {
                renderDefault(valueField, into: &valueText)
            }
            entries.removeAll { $0.key == keyText }
            entries.append((keyText, valueText))
        }
        entries.sort { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
        output += "{" + entries.map { "\($0.key):\($0.value)" }.joined(separator: ",") + "}"
    }

    private static func renderDefault(_ field: SchemaDescriptor.Field, into output: inout String) {
        switch field.type {
        case .message:
            if let message = SchemaDescriptor.messages[field.typeName] { render([][...], as: message, into: &output) } else { output += "{}" }
        case .string: output += "\"\""
        case .bytes: output += "[]"
        case .bool: output += "false"
        default: output += "0"
        }
    }

    private static func renderValue(_ value: WireValue, field: SchemaDescriptor.Field, into output: inout String) {
        switch (field.type, value) {
        case (.message, .bytes(let bytes)):
            if let message = SchemaDescriptor.messages[field.typeName] { render(bytes, as: message, into: &output) } else { output += "null" }
        case (.string, .bytes(let bytes)):
            appendString(String(decoding: bytes, as: UTF8.self), to: &output)
        case (.bytes, .bytes(let bytes)):
            output += "[" + bytes.map(String.init).joined(separator: ",") + "]"
        case (.bool, .varint(let raw)):
            output += raw != 0 ? "true" : "false"
        case (.int32, .varint(let raw)), (.enum, .varint(let raw)):
            output += String(Int32(truncatingIfNeeded: raw))
        case (.int64, .varint(let raw)):
            output += String(Int64(bitPattern: raw))
        case (.uint32, .varint(let raw)):
            output += String(UInt32(truncatingIfNeeded: raw))
        case (.uint64, .varint(let raw)):
            output += String(raw)
        case (.sint32, .varint(let raw)), (.sint64, .varint(let raw)):
            output += String(Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
        case (.fixed32, .fixed32(let raw)):
            output += String(raw)
        case (.sfixed32, .fixed32(let raw)):
            output += String(Int32(bitPattern: raw))
        case (.float, .fixed32(let raw)):
            output += "\(Float(bitPattern: raw))"
        case (.fixed64, .fixed64(let raw)):
            output += String(raw)
        case (.sfixed64, .fixed64(let raw)):
            output += String(Int64(bitPattern: raw))
        case (.double, .fixed64(let raw)):
            output += "\(Double(bitPattern: raw))"
        default:
            output += "null"  // a wire type that does not fit the field: not representable
        }
    }

    /// `text` as a JSON string literal, quotes included (for JSON written by hand elsewhere).
    public static func quoted(_ text: String) -> String {
        var output = ""
        appendString(text, to: &output)
        return output
    }

    private static func appendString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            // C0 as JSON requires; C1 and bidirectional controls too, so that JSON printed on a
            // terminal cannot drive it (the same string, escaped).
            case _ where scalar.value < 0x20 || MessageRenderingFormat.isTerminalControl(scalar):
                output += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    // MARK: JSON → binary

    private static func encodeObject(_ value: JSONValue, as message: SchemaDescriptor.Message, into bytes: inout [UInt8], path: String) throws(JSONShapeError) {
        guard case .object(let members) = value else { throw JSONShapeError("\(path): expected an object") }
        let present = Dictionary(members, uniquingKeysWith: { _, last in last })
        for field in message.fields where field.oneofIndex == nil {
            let fieldPath = "\(path).\(field.name)"
            guard let fieldValue = present[field.name], fieldValue != .null else {
                if field.label == .required, field.type != .message {
                    throw JSONShapeError("\(fieldPath): missing required field")
                }
                continue
            }
            if field.isMap {
                guard case .object(let entries) = fieldValue else { throw JSONShapeError("\(fieldPath): expected an object") }
                guard let entry = SchemaDescriptor.messages[field.typeName], let keyField = entry.field(number: 1),
                    let valueField = entry.field(number: 2)
                else { continue }
                for (key, entryValue) in entries {
                    var entryBytes: [UInt8] = []
                    let keyValue: JSONValue = keyField.type == .string ? .string(key) : .number(key)
                    try encodeValue(keyValue, field: keyField, into: &entryBytes, path: fieldPath)
                    try encodeValue(entryValue, field: valueField, into: &entryBytes, path: "\(fieldPath)[\(key)]")
                    appendTag(field.number, 2, to: &bytes)
                    WireWriter.appendVarint(UInt64(entryBytes.count), to: &bytes)
                    bytes += entryBytes
                }
            } else if field.label == .repeated {
                guard case .array(let elements) = fieldValue else { throw JSONShapeError("\(fieldPath): expected an array") }
                for (index, element) in elements.enumerated() {
                    try encodeValue(element, field: field, into: &bytes, path: "\(fieldPath)[\(index)]")
                }
            } else {
                try encodeValue(fieldValue, field: field, into: &bytes, path: fieldPath)
            }
        }
        for (index, oneofName) in message.oneofNames.enumerated() {
            guard let oneofValue = present[oneofName], oneofValue != .null else { continue }
            guard case .object(let chosen) = oneofValue, chosen.count == 1, let (variant, variantValue) = chosen.first else {
                throw JSONShapeError("\(path).\(oneofName): expected an object with one variant")
            }
            guard let member = message.fields.first(where: { $0.oneofIndex == index && $0.name.uppercased() == variant }) else {
                throw JSONShapeError("\(path).\(oneofName): unknown variant \(variant)")
            }
            try encodeValue(variantValue, field: member, into: &bytes, path: "\(path).\(oneofName).\(variant)")
        }
    }

    private static func encodeValue(_ value: JSONValue, field: SchemaDescriptor.Field, into bytes: inout [UInt8], path: String) throws(JSONShapeError) {
        func integer<T: FixedWidthInteger>(_ type: T.Type) throws(JSONShapeError) -> T {
            guard case .number(let text) = value, let number = T(text) else { throw JSONShapeError("\(path): expected an integer (\(T.self))") }
            return number
        }
        switch field.type {
        case .message:
            guard let message = SchemaDescriptor.messages[field.typeName] else { return }
            var inner: [UInt8] = []
            try encodeObject(value, as: message, into: &inner, path: path)
            appendTag(field.number, 2, to: &bytes)
            WireWriter.appendVarint(UInt64(inner.count), to: &bytes)
            bytes += inner
        case .string:
            guard case .string(let text) = value else { throw JSONShapeError("\(path): expected a string") }
            appendTag(field.number, 2, to: &bytes)
            WireWriter.appendVarint(UInt64(text.utf8.count), to: &bytes)
            bytes += Array(text.utf8)
        case .bytes:
            guard case .array(let elements) = value else { throw JSONShapeError("\(path): expected an array of bytes") }
            var raw: [UInt8] = []
            for element in elements {
                guard case .number(let text) = element, let byte = UInt8(text) else { throw JSONShapeError("\(path): expected bytes 0-255") }
                raw.append(byte)
            }
            appendTag(field.number, 2, to: &bytes)
            WireWriter.appendVarint(UInt64(raw.count), to: &bytes)
            bytes += raw
        case .bool:
            guard case .bool(let flag) = value else { throw JSONShapeError("\(path): expected true or false") }
            appendTag(field.number, 0, to: &bytes)
            bytes.append(flag ? 1 : 0)
        case .int32, .enum:
            appendTag(field.number, 0, to: &bytes)
            WireWriter.appendVarint(UInt64(bitPattern: Int64(try integer(Int32.self))), to: &bytes)
        case .int64:
            appendTag(field.number, 0, to: &bytes)
            WireWriter.appendVarint(UInt64(bitPattern: try integer(Int64.self)), to: &bytes)
        case .uint32:
            appendTag(field.number, 0, to: &bytes)
            WireWriter.appendVarint(UInt64(try integer(UInt32.self)), to: &bytes)
        case .uint64:
            appendTag(field.number, 0, to: &bytes)
            WireWriter.appendVarint(try integer(UInt64.self), to: &bytes)
        case .sint32, .sint64:
            let number = field.type == .sint32 ? Int64(try integer(Int32.self)) : try integer(Int64.self)
            appendTag(field.number, 0, to: &bytes)
            WireWriter.appendVarint(UInt64(bitPattern: (number << 1) ^ (number >> 63)), to: &bytes)
        case .fixed32, .sfixed32:
            let bits = field.type == .fixed32 ? try integer(UInt32.self) : UInt32(bitPattern: try integer(Int32.self))
            appendTag(field.number, 5, to: &bytes)
            withUnsafeBytes(of: bits.littleEndian) { bytes += $0 }
        case .fixed64, .sfixed64:
            let bits = field.type == .fixed64 ? try integer(UInt64.self) : UInt64(bitPattern: try integer(Int64.self))
            appendTag(field.number, 1, to: &bytes)
            withUnsafeBytes(of: bits.littleEndian) { bytes += $0 }
        case .float, .double:
            guard case .number(let text) = value, let number = Double(text) else { throw JSONShapeError("\(path): expected a number") }
            if field.type == .float {
                appendTag(field.number, 5, to: &bytes)
                withUnsafeBytes(of: Float(number).bitPattern.littleEndian) { bytes += $0 }
            } else {
                appendTag(field.number, 1, to: &bytes)
                withUnsafeBytes(of: number.bitPattern.littleEndian) { bytes += $0 }
            }
        default:
            throw JSONShapeError("\(path): field type not in Sōzu's schema")
        }
    }

    private static func appendTag(_ number: Int, _ wireType: UInt64, to bytes: inout [UInt8]) {
        WireWriter.appendVarint(UInt64(number) << 3 | wireType, to: &bytes)
    }
}

struct JSONShapeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
