#!/usr/bin/env bash
# Regenerates Sources/SozuProto from Proto/command.proto, from scratch.
#
# protoc-gen-swift must be the version of the SwiftProtobuf runtime in Package.swift; it is built
# once from that release into .build-protoc-gen-swift/ (about a minute), or taken from
# $PROTOC_GEN_SWIFT when set.
set -euo pipefail
cd "$(dirname "$0")/.."

swift_protobuf_version=1.39.0
output=Sources/SozuProto

plugin=${PROTOC_GEN_SWIFT:-}
if [ -z "$plugin" ]; then
  checkout=.build-protoc-gen-swift/swift-protobuf
  if [ ! -d "$checkout" ]; then
    git clone --quiet --depth 1 --branch "$swift_protobuf_version" \
      https://github.com/apple/swift-protobuf "$checkout"
  fi
  swift build --package-path "$checkout" -c release --product protoc-gen-swift >&2
  plugin=$checkout/.build/release/protoc-gen-swift
fi

found_version=$("$plugin" --version | awk '{print $NF}')
if [ "$found_version" != "$swift_protobuf_version" ]; then
  echo "regenerate: $plugin is version $found_version, the runtime is $swift_protobuf_version" >&2
  exit 1
fi

rm -f "$output"/*.pb.swift "$output"/*.wire.swift "$output"/CommandProtoFingerprint.swift "$output"/CommandDescriptor.swift
protoc --plugin=protoc-gen-swift="$plugin" \
  --swift_opt=Visibility=Public --swift_opt=FileNaming=DropPath \
  --swift_out="$output" -I Proto Proto/command.proto

# The tests compare this fingerprint with Proto/command.proto, so that an edited schema that was
# not regenerated fails the build's tests instead of going unnoticed.
digest=$(sha256sum Proto/command.proto | awk '{print $1}')
cat > "$output/CommandProtoFingerprint.swift" <<SWIFT
// DO NOT EDIT.
// Written by Proto/regenerate.sh together with command.pb.swift.

/// The SHA-256 of the Proto/command.proto that the generated code in this module was made from.
public enum CommandProtoFingerprint {
    public static let sha256 = "$digest"
}
SWIFT
# The schema's descriptor, for what the generated code does not carry: which fields are required
# and their declared defaults (the codec writes them as Sōzu does), and declaration order.
descriptor=$(mktemp)
trap 'rm -f "$descriptor"' EXIT
protoc --descriptor_set_out="$descriptor" -I Proto Proto/command.proto
{
  echo '// DO NOT EDIT.'
  echo '// Written by Proto/regenerate.sh: protoc --descriptor_set_out of Proto/command.proto, base64.'
  echo ''
  echo '/// The FileDescriptorSet of Proto/command.proto (no source info), base64-encoded.'
  echo 'public enum CommandDescriptor {'
  echo '    public static let fileDescriptorSetBase64 = """'
  base64 -w 100 "$descriptor" | sed 's/^/        /'
  echo '        """'
  echo '}'
} > "$output/CommandDescriptor.swift"

# The wire codec decodes straight into the messages' stored properties: a fresh heap storage for a
# new message instead of a copy of the shared empty one, and no accessor per field. protoc-gen-swift
# declares those fileprivate; they become internal to SozuProto (never public). Each pattern must
# match, so that a protoc-gen-swift that names them otherwise stops this script.
types="$output/command.pb.swift"
open_to_module() {
  if ! grep -Eq "$1" "$types"; then
    echo "regenerate: no line of $types matches $1" >&2
    exit 1
  fi
  sed -i -E "s/$1/$2/" "$types"
}
open_to_module '^  fileprivate class _StorageClass \{$' '  class _StorageClass {'
open_to_module '^    private init\(\) \{\}$' '    init() {}'
open_to_module '^  fileprivate var _storage = ' '  var _storage = '
open_to_module '^  fileprivate mutating func _uniqueStorage\(\)' '  mutating func _uniqueStorage()'
open_to_module '^  fileprivate var (_[A-Za-z0-9]+: )' '  var \1'

# The wire codec: a decoder and an encoder per message, written by sozu-codegen (this package)
# from the same descriptor, for the types above.
swift build --product sozu-codegen >&2
"$(swift build --show-bin-path)/sozu-codegen" "$descriptor" command.proto "$types" "$output/command.wire.swift"

echo "regenerated $output from Proto/command.proto ($digest)" >&2
