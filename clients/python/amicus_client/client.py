"""AmicusClient: ingest files and stream records as Python objects."""
import os
from typing import Optional

import grpc

from . import records
from ._stubs import (ingest_service_pb2, ingest_service_pb2_grpc, query_service_pb2,
                     query_service_pb2_grpc, records_pb2)
from .streams import RecordStream, ResumePoint


def _date(value) -> Optional[records_pb2.Date]:
    """Accepts a records.Date, a (year, month, day) tuple or None."""
    if value is None:
        return None
    if isinstance(value, records.Date):
        return records_pb2.Date(year=value.year, month=value.month, day=value.day)
    return records_pb2.Date(**dict(zip(("year", "month", "day"), value)))


def _event_type(name: str) -> int:
    return records_pb2.EventType.Value("EVENT_TYPE_" + name.upper()) if name else 0


def _document_kind(name: str) -> int:
    return records_pb2.DocumentKind.Value("DOCUMENT_KIND_" + name.upper()) if name else 0


class AmicusClient:
    """Talks to amicus-ingest (writes) and amicus-query (reads).

    Either target may be None when only one side is needed. gRPC errors are
    raised as grpc.RpcError with the server's status code.
    """

    def __init__(self, ingest_target: Optional[str] = None,
                 query_target: Optional[str] = None):
        self._channels = []
        if ingest_target:
            self._ingest = ingest_service_pb2_grpc.IngestServiceStub(self._channel(ingest_target))
        if query_target:
            self._query_channel = self._channel(query_target)
            self._query = query_service_pb2_grpc.QueryServiceStub(self._query_channel)

    def _channel(self, target: str) -> grpc.Channel:
        channel = grpc.insecure_channel(target)
        self._channels.append(channel)
        return channel

    def close(self) -> None:
        for channel in self._channels:
            channel.close()

    def __enter__(self) -> "AmicusClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def ingest_file(self, path: str, media_type: str = "") -> records.IngestResult:
        """Ingests one file; media type is sniffed from content and name if empty."""
        with open(path, "rb") as f:
            content = f.read()
        return self.ingest_bytes(content, os.path.abspath(path), media_type)

    def ingest_bytes(self, content: bytes, source_uri: str,
                     media_type: str = "") -> records.IngestResult:
        request = ingest_service_pb2.IngestRequest(
            source_uri=source_uri, content=content, media_type=media_type)
        return records.ingest_result_of(self._ingest.Ingest(request))

    def events(self, *, start_date=None, end_date=None, actor: str = "",
               type: str = "", document_id: str = "", text_contains: str = "",
               min_confidence: float = 0.0, follow: bool = False,
               min_log_position: int = 0,
               resume_from: Optional[ResumePoint] = None) -> RecordStream[records.Event]:
        request = query_service_pb2.StreamEventsRequest(
            start_date=_date(start_date), end_date=_date(end_date), actor=actor,
            type=_event_type(type), document_id=document_id,
            text_contains=text_contains, min_confidence=min_confidence,
            follow=follow, min_log_position=min_log_position)
        return self._stream(self._query.StreamEvents, request, "events",
                            records.event_of, resume_from)

    def quotes(self, *, speaker: str = "", organization: str = "",
               text_contains: str = "", start_date=None, end_date=None,
               document_id: str = "", min_confidence: float = 0.0,
               follow: bool = False, min_log_position: int = 0,
               resume_from: Optional[ResumePoint] = None) -> RecordStream[records.Quote]:
        request = query_service_pb2.StreamQuotesRequest(
            speaker=speaker, organization=organization, text_contains=text_contains,
            start_date=_date(start_date), end_date=_date(end_date),
            document_id=document_id, min_confidence=min_confidence, follow=follow,
            min_log_position=min_log_position)
        return self._stream(self._query.StreamQuotes, request, "quotes",
                            records.quote_of, resume_from)

    def signatory_sets(self, *, organization: str = "", document_id: str = "",
                       min_confidence: float = 0.0, follow: bool = False,
                       min_log_position: int = 0,
                       resume_from: Optional[ResumePoint] = None
                       ) -> RecordStream[records.SignatorySet]:
        request = query_service_pb2.StreamSignatorySetsRequest(
            organization=organization, document_id=document_id,
            min_confidence=min_confidence, follow=follow,
            min_log_position=min_log_position)
        return self._stream(self._query.StreamSignatorySets, request, "signatory_sets",
                            records.signatory_set_of, resume_from)

    def documents(self, *, kind: str = "", text_contains: str = "",
                  follow: bool = False, min_log_position: int = 0,
                  resume_from: Optional[ResumePoint] = None
                  ) -> RecordStream[records.Document]:
        """Documents in ingest order, without their text. kind: "press_release",
        "joint_letter", "statement" or "other"; text_contains: whole words of
        the title or text, all of them (a quoted phrase: in that order)."""
        request = query_service_pb2.ListDocumentsRequest(
            kind=_document_kind(kind), text_contains=text_contains, follow=follow,
            omit_text=True, min_log_position=min_log_position)
        return self._stream(self._query.ListDocuments, request, "documents",
                            records.document_of, resume_from)

    def _stream(self, call, request, field, convert, resume_from):
        return RecordStream(self._query_channel, call, request, field, convert, resume_from)
