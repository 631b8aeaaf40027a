/// The encoders: each message written back to front (`WireWriter`), unknown fields first, then
/// the fields from the highest number down.
extension WireCodeGenerator {
    /// The writer goes back to front: unknown fields first (they come last), then the fields from
    /// the highest number down, repeated values and map entries from the last.
    func generateWriter(fields: [Field], heapStorage: Bool, into out: inout SourceText) {
        out.line("public func wireWrite(_ writer: inout WireWriter) {")
        out.indent { out in
            if heapStorage { out.line("let storage = _storage") }
            if fields.contains(where: \.isRequiredScalar) {
                out.line("let unknownFields = self.unknownFields")
                out.line("writer.unknown(unknownFields)")
                out.line("let unknownNumbers = WireUnknownNumbers(unknownFields)")
            } else {
                out.line("writer.unknown(self.unknownFields)")
            }
            forEachFieldInReverse(fields, heapStorage: heapStorage, into: &out) { field, value, out in
                writeField(field, value: value, into: &out)
            }
        }
        out.line("}")
    }

    /// Visits fields from the highest number down; a oneof's members that follow each other
    /// share one `switch`. `body` gets the expression of the field's value where it is present.
    func forEachFieldInReverse(
        _ fields: [Field],
        heapStorage: Bool,
        into out: inout SourceText,
        _ body: (Field, String, inout SourceText) -> Void
    ) {
        let fields = Array(fields.reversed())
        var index = 0
        while index < fields.count {
            let field = fields[index]
            if let oneof = field.oneof {
                var group = [field]
                while index + 1 < fields.count, fields[index + 1].oneof?.propertyName == oneof.propertyName {
                    index += 1
                    group.append(fields[index])
                }
                out.line("switch self.\(oneof.propertyName) {")
                for member in group {
                    out.line("case \(member.caseName)(let value)?:")
                    out.indent { body(member, "value", &$0) }
                }
                out.line(group.count == oneof.memberCount ? "case nil:" : "default:")
                out.indent { $0.line("break") }
                out.line("}")
            } else {
                switch field.shape {
                case .singular where field.isRequiredScalar:
                    out.line("if self.\(field.hasName) || !unknownNumbers.contains(\(field.number)) {")
                    out.indent { body(field, "self." + field.propertyName, &$0) }
                    out.line("}")
                case .singular:
                    out.line("if let value = \(field.stored(in: "self", heapStorage: heapStorage)) {")
                    out.indent { body(field, "value", &$0) }
                    out.line("}")
                case .repeated, .map:
                    body(field, field.stored(in: "self", heapStorage: heapStorage), &out)
                }
            }
            index += 1
        }
    }

    func writeField(_ field: Field, value: String, into out: inout SourceText) {
        let tag = field.encodedTag(field.wireType)
        switch field.shape {
        case .singular:
            writeValue(field, value, into: &out)
            out.line("writer.tag(\(tag))")
        case .repeated:
            out.line("for item in \(value).reversed() {")
            out.indent { out in
                writeValue(field, "item", into: &out)
                out.line("writer.tag(\(tag))")
            }
            out.line("}")
        case .map(let key, let mapValue):
            out.line("WireMapOrder.forEachReversed(\(value)) { key, item in")
            out.indent { out in
                out.line("let entryEnd = writer.written")
                writeValue(mapValue, "item", into: &out)
                out.line("writer.tag(\(mapValue.encodedTag(mapValue.wireType)))")
                writeValue(key, "key", into: &out)
                out.line("writer.tag(\(key.encodedTag(key.wireType)))")
                out.line("writer.varint(UInt64(writer.written - entryEnd))")
                out.line("writer.tag(\(tag))")
            }
            out.line("}")
        }
    }

    /// Writes one value without its tag; a message is followed (before it, in the buffer) by its length.
    func writeValue(_ field: Field, _ value: String, into out: inout SourceText) {
        if field.messageType != nil {
            out.line("do {")
            out.indent { out in
                out.line("let messageEnd = writer.written")
                out.line("\(value).wireWrite(&writer)")
                out.line("writer.varint(UInt64(writer.written - messageEnd))")
            }
            out.line("}")
        } else {
            out.line(field.writeStatement(value))
        }
    }
}
