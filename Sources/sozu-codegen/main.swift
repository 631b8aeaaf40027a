import Foundation
import SozuCodegen
import SwiftProtobuf

/// `sozu-codegen DESCRIPTOR_SET PROTO_FILE PB_SWIFT OUTPUT`: writes the wire codec for PROTO_FILE
/// (as protoc names it, `command.proto`) from protoc's `--descriptor_set_out`, for the types
/// protoc-gen-swift wrote in PB_SWIFT. Run by Proto/regenerate.sh.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: sozu-codegen DESCRIPTOR_SET PROTO_FILE PB_SWIFT OUTPUT\n".utf8))
    exit(2)
}
let descriptorPath = arguments[arguments.startIndex]
let protoFile = arguments[arguments.startIndex + 1]
let typesPath = arguments[arguments.startIndex + 2]
let outputPath = arguments[arguments.startIndex + 3]
do {
    let set = try Google_Protobuf_FileDescriptorSet(serializedBytes: try Data(contentsOf: URL(fileURLWithPath: descriptorPath)))
    let types = try String(contentsOf: URL(fileURLWithPath: typesPath), encoding: .utf8)
    let source = try WireCodeGenerator(fileDescriptorSet: set, protocGenSwiftOutput: types).generate(fileName: protoFile)
    try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath))
} catch {
    FileHandle.standardError.write(Data("sozu-codegen: \(error)\n".utf8))
    exit(1)
}
