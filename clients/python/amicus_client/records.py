"""Plain Python objects for the records amicus streams, built from protos.

Callers get dataclasses with str enums and datetime-free dates, so they need
neither protobuf nor the generated modules to use the results.
"""
from dataclasses import dataclass, field
from typing import List, Optional

from ._stubs import records_pb2


@dataclass(frozen=True)
class Date:
    """A possibly partial date: month or day 0 means unknown."""
    year: int = 0
    month: int = 0
    day: int = 0

    def __str__(self) -> str:
        if not self.year:
            return "undated"
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True)
class Organization:
    name: str
    acronym: str = ""
    country: str = ""


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""
    organization: Optional[Organization] = None


@dataclass(frozen=True)
class TextSpan:
    start_offset: int
    end_offset: int
    text: str


@dataclass(frozen=True)
class Event:
    id: str
    document_id: str
    date: Date
    date_precision: str  # "day", "month", "year" or "unspecified"
    type: str  # "threat", "sanction", ... (EventType without its prefix)
    summary: str
    evidence: TextSpan
    actors: List[Person] = field(default_factory=list)
    confidence: float = 0.0  # 0 to 1: how sure the extractor is


@dataclass(frozen=True)
class Quote:
    id: str
    document_id: str
    text: str
    speaker: Person
    cue: str
    evidence: TextSpan
    date: Date
    confidence: float = 0.0


@dataclass(frozen=True)
class Signatory:
    name: str
    acronym: str = ""
    country: str = ""
    confidence: float = 0.0


@dataclass(frozen=True)
class SignatorySet:
    id: str
    document_id: str
    addressee: str
    date: Date
    evidence: TextSpan
    signatories: List[Signatory] = field(default_factory=list)
    confidence: float = 0.0


@dataclass(frozen=True)
class Document:
    id: str
    source_uri: str
    title: str
    kind: str  # "press_release", "joint_letter", "statement", "other"
    date: Date
    media_type: str
    event_count: int
    quote_count: int
    signatory_set_count: int


@dataclass(frozen=True)
class IngestResult:
    document_id: str
    created: bool  # False when the same text was already stored
    event_count: int
    quote_count: int
    signatory_set_count: int
    warnings: List[str] = field(default_factory=list)
    # Pass as min_log_position to a read to see this document in it.
    log_position: int = 0


def enum_name(enum_type, value: int, prefix: str) -> str:
    """EVENT_TYPE_THREAT -> "threat"; values from a newer server keep a number."""
    try:
        name = enum_type.Name(value)
    except ValueError:
        return str(value)
    return name[len(prefix):].lower() if name.startswith(prefix) else name.lower()


def date_of(message) -> Date:
    return Date(message.year, message.month, message.day)


def span_of(message) -> TextSpan:
    return TextSpan(message.start_offset, message.end_offset, message.text)


def organization_of(message) -> Organization:
    return Organization(message.name, message.acronym, message.country)


def person_of(message) -> Person:
    organization = (organization_of(message.organization)
                    if message.HasField("organization") else None)
    return Person(message.name, message.role, organization)


def event_of(message) -> Event:
    return Event(
        id=message.id, document_id=message.document_id, date=date_of(message.date),
        date_precision=enum_name(records_pb2.DatePrecision, message.date_precision,
                                 "DATE_PRECISION_"),
        type=enum_name(records_pb2.EventType, message.type, "EVENT_TYPE_"),
        summary=message.summary, evidence=span_of(message.evidence),
        actors=[person_of(actor) for actor in message.actors],
        confidence=message.confidence)


def quote_of(message) -> Quote:
    return Quote(
        id=message.id, document_id=message.document_id, text=message.text,
        speaker=person_of(message.speaker), cue=message.cue,
        evidence=span_of(message.evidence), date=date_of(message.date),
        confidence=message.confidence)


def signatory_set_of(message) -> SignatorySet:
    return SignatorySet(
        id=message.id, document_id=message.document_id, addressee=message.addressee,
        date=date_of(message.date), evidence=span_of(message.evidence),
        signatories=[Signatory(s.name, s.acronym, s.country, s.confidence)
                     for s in message.signatories],
        confidence=message.confidence)


def document_of(message) -> Document:
    return Document(
        id=message.id, source_uri=message.source_uri, title=message.title,
        kind=enum_name(records_pb2.DocumentKind, message.kind, "DOCUMENT_KIND_"),
        date=date_of(message.date), media_type=message.media_type,
        event_count=message.event_count, quote_count=message.quote_count,
        signatory_set_count=message.signatory_set_count)


def ingest_result_of(message) -> IngestResult:
    return IngestResult(
        document_id=message.document_id, created=message.created,
        event_count=message.event_count, quote_count=message.quote_count,
        signatory_set_count=message.signatory_set_count, warnings=list(message.warnings),
        log_position=message.log_position)
