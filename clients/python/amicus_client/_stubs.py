"""Finds the generated amicus.v1 modules (see generate_stubs.sh).

Generated code is not committed, so it lives wherever the stubs were
generated: AMICUS_PYTHON_STUBS names that directory, else ../gen is tried.
"""
import os
import sys

try:
    from amicus.v1 import ingest_service_pb2  # noqa: F401
except ImportError:
    _default = os.path.join(os.path.dirname(__file__), os.pardir, "gen")
    sys.path.insert(0, os.path.abspath(os.environ.get("AMICUS_PYTHON_STUBS", _default)))

from amicus.v1 import ingest_service_pb2, ingest_service_pb2_grpc  # noqa: E402
from amicus.v1 import query_service_pb2, query_service_pb2_grpc  # noqa: E402
from amicus.v1 import records_pb2  # noqa: E402

__all__ = [
    "ingest_service_pb2", "ingest_service_pb2_grpc",
    "query_service_pb2", "query_service_pb2_grpc", "records_pb2",
]
