"""Python client of amicus-ingest and amicus-query."""
from .client import AmicusClient
from .records import (Date, Document, Event, IngestResult, Organization, Person, Quote,
                      Signatory, SignatorySet, TextSpan)
from .streams import RecordStream, ResumePoint

__all__ = [
    "AmicusClient", "Date", "Document", "Event", "IngestResult", "Organization", "Person",
    "Quote", "RecordStream", "ResumePoint", "Signatory", "SignatorySet", "TextSpan",
]
