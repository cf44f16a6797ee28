#!/usr/bin/env bash
# Generates the Python message and gRPC stubs for amicus.v1 into OUT_DIR
# (default: ./gen), as packages amicus.v1.*_pb2 / *_pb2_grpc. Generated code
# is never committed: run this after every change to proto/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
proto_dir="$here/../../proto"
out=${1:-"$here/gen"}
plugin=${GRPC_PYTHON_PLUGIN:-$(command -v grpc_python_plugin || true)}
if [ -z "$plugin" ]; then
  echo "generate_stubs: grpc_python_plugin not found (Debian: protobuf-compiler-grpc)" >&2
  exit 1
fi
mkdir -p "$out/amicus/v1"
protoc -I "$proto_dir" \
  --python_out="$out" --grpc_python_out="$out" \
  --plugin=protoc-gen-grpc_python="$plugin" \
  "$proto_dir"/amicus/v1/*.proto
# protoc writes modules, not packages; Python 3 namespace packages would do,
# but explicit ones keep "amicus" from merging with an unrelated package.
touch "$out/amicus/__init__.py" "$out/amicus/v1/__init__.py"
