#!/usr/bin/env python3
"""Ingests files, then prints the events, quotes and signatory sets amicus
extracted from them.

  clients/python/generate_stubs.sh            # once, after each proto change
  /usr/bin/python3 clients/python/example.py --ingest=127.0.0.1:50051 \\
      --query=127.0.0.1:50052 examples/*.txt
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from amicus_client import AmicusClient  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ingest", default="127.0.0.1:50051")
    parser.add_argument("--query", default="127.0.0.1:50052")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    with AmicusClient(args.ingest, args.query) as client:
        for path in args.files:
            result = client.ingest_file(path)
            print(f"{result.document_id[:12]} {'new' if result.created else 'existing'} {path}")
        time.sleep(0.5)  # the query side catches up with the writer within a second
        for event in client.events():
            actors = ", ".join(a.name for a in event.actors) or "(no actor)"
            print(f"event  {event.date}  {event.type:<18} {actors}: {event.summary}")
        for quote in client.quotes():
            print(f"quote  {quote.date}  {quote.speaker.name}: \u201c{quote.text}\u201d")
        for signatory_set in client.signatory_sets():
            names = "; ".join(s.name for s in signatory_set.signatories)
            print(f"signed {signatory_set.date}  {len(signatory_set.signatories)}: {names}")


if __name__ == "__main__":
    main()
