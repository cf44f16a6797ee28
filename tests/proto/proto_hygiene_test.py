"""Proto hygiene of proto/amicus/v1: every .proto compiles for C++ and
Python (with gRPC stubs), every element has a leading comment, and names
and file options follow the usual conventions (those of buf lint's
DEFAULT rules), so other languages can generate clients too.

Usage: proto_hygiene_test.py PROTO_DIR GRPC_CPP_PLUGIN GRPC_PYTHON_PLUGIN
"""
import glob
import os
import re
import subprocess
import sys
import tempfile
import unittest

try:
    from google.protobuf import descriptor_pb2
except ImportError:
    print("SKIP: python3-protobuf is not installed (scripts/install-deps adds it)")
    sys.exit(77)

# Field numbers of descriptor.proto, for SourceCodeInfo paths.
FILE_MESSAGE, FILE_ENUM, FILE_SERVICE = 4, 5, 6
MESSAGE_FIELD, MESSAGE_NESTED, MESSAGE_ENUM, MESSAGE_ONEOF = 2, 3, 4, 8
ENUM_VALUE, SERVICE_METHOD = 2, 2

PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
LOWER_SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
UPPER_SNAKE = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")


def upper_snake(pascal):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", pascal).upper()


def protoc(*args):
    return subprocess.run(["protoc", "-I", PROTO_DIR] + list(args) + PROTOS,
                          capture_output=True, text=True)


def load_descriptors():
    with tempfile.TemporaryDirectory() as out:
        path = os.path.join(out, "set.pb")
        result = protoc("--include_source_info", "--descriptor_set_out=" + path)
        if result.returncode != 0:
            raise AssertionError(result.stderr)
        with open(path, "rb") as f:
            return descriptor_pb2.FileDescriptorSet.FromString(f.read()).file


def elements(file):
    """Yields (kind, full name, source path, descriptor) for every element
    that needs a comment."""
    def enum(e, prefix, path):
        yield "enum", prefix + e.name, path, e
        for i, v in enumerate(e.value):
            yield "enum value", f"{prefix}{e.name}.{v.name}", path + (ENUM_VALUE, i), v

    def message(m, prefix, path):
        name = prefix + m.name
        yield "message", name, path, m
        for i, f in enumerate(m.field):
            yield "field", f"{name}.{f.name}", path + (MESSAGE_FIELD, i), f
        for i, o in enumerate(m.oneof_decl):
            yield "oneof", f"{name}.{o.name}", path + (MESSAGE_ONEOF, i), o
        for i, n in enumerate(m.nested_type):
            yield from message(n, name + ".", path + (MESSAGE_NESTED, i))
        for i, e in enumerate(m.enum_type):
            yield from enum(e, name + ".", path + (MESSAGE_ENUM, i))

    for i, m in enumerate(file.message_type):
        yield from message(m, "", (FILE_MESSAGE, i))
    for i, e in enumerate(file.enum_type):
        yield from enum(e, "", (FILE_ENUM, i))
    for i, s in enumerate(file.service):
        yield "service", s.name, (FILE_SERVICE, i), s
        for j, r in enumerate(s.method):
            yield "rpc", f"{s.name}.{r.name}", (FILE_SERVICE, i, SERVICE_METHOD, j), r


class ProtoHygieneTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.files = [f for f in load_descriptors() if f.name.startswith("amicus/")]

    def test_every_proto_was_checked(self):
        self.assertEqual(sorted(f.name for f in self.files),
                         sorted(os.path.relpath(p, PROTO_DIR) for p in PROTOS))

    def test_compiles_for_cpp_with_grpc_stubs(self):
        with tempfile.TemporaryDirectory() as out:
            result = protoc("--cpp_out=" + out, "--grpc_out=" + out,
                            "--plugin=protoc-gen-grpc=" + GRPC_CPP_PLUGIN)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertTrue(glob.glob(os.path.join(out, "amicus/v1/*.grpc.pb.h")))

    def test_compiles_for_python_with_grpc_stubs(self):
        with tempfile.TemporaryDirectory() as out:
            result = protoc("--python_out=" + out, "--grpc_python_out=" + out,
                            "--plugin=protoc-gen-grpc_python=" + GRPC_PYTHON_PLUGIN)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertTrue(glob.glob(os.path.join(out, "amicus/v1/*_pb2_grpc.py")))

    def test_every_element_has_a_leading_comment(self):
        missing = []
        for file in self.files:
            comments = {tuple(loc.path): loc.leading_comments.strip()
                        for loc in file.source_code_info.location}
            for kind, name, path, _ in elements(file):
                if not comments.get(path):
                    missing.append(f"{file.name}: {kind} {name}")
        self.assertEqual(missing, [], "elements without a leading comment")

    def test_package_and_directory_match_amicus_v1(self):
        for file in self.files:
            self.assertEqual(file.package, "amicus.v1", file.name)
            self.assertEqual(os.path.dirname(file.name), "amicus/v1", file.name)
            self.assertEqual(file.syntax, "proto3", file.name)

    def test_language_options_are_set_and_consistent(self):
        for file in self.files:
            o = file.options
            self.assertEqual(o.java_package, "org.amicus.v1", file.name)
            self.assertTrue(o.java_multiple_files, file.name)
            self.assertTrue(o.go_package.endswith("/amicus/v1;amicusv1"), file.name)
            self.assertEqual(o.csharp_namespace, "Amicus.V1", file.name)

    def test_names_follow_style(self):
        bad = []
        for file in self.files:
            for kind, name, _, d in elements(file):
                short = d.name
                ok = {
                    "message": PASCAL.match(short), "enum": PASCAL.match(short),
                    "service": PASCAL.match(short) and short.endswith("Service"),
                    "rpc": PASCAL.match(short),
                    "field": LOWER_SNAKE.match(short), "oneof": LOWER_SNAKE.match(short),
                    "enum value": UPPER_SNAKE.match(short),
                }[kind]
                if not ok:
                    bad.append(f"{kind} {name}")
        self.assertEqual(bad, [])

    def test_enum_values_are_prefixed_and_zero_is_unspecified(self):
        for file in self.files:
            for kind, name, _, d in elements(file):
                if kind != "enum":
                    continue
                prefix = upper_snake(d.name) + "_"
                self.assertTrue(all(v.name.startswith(prefix) for v in d.value), name)
                self.assertEqual(d.value[0].number, 0, name)
                self.assertEqual(d.value[0].name, prefix + "UNSPECIFIED", name)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    PROTO_DIR, GRPC_CPP_PLUGIN, GRPC_PYTHON_PLUGIN = sys.argv[1:]
    PROTOS = sorted(glob.glob(os.path.join(PROTO_DIR, "amicus", "v1", "*.proto")))
    unittest.main(argv=sys.argv[:1], verbosity=2)
