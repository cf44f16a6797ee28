"""The generated Python client against the real amicus-ingest and amicus-query.

Usage: python_client_test.py BIN_DIR EXAMPLES_DIR
Exits 77 (ctest skip) when Debian's python3-grpcio or protoc's Python plugin
is missing.
"""
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import services  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), os.pardir, os.pardir))
CORPUS_SIZE = 40

try:
    import grpc
except ImportError:
    print("SKIP: python3-grpcio is not installed (scripts/install-deps adds it)")
    sys.exit(services.SKIP)


def generate_stubs(out_dir):
    script = os.path.join(ROOT, "clients", "python", "generate_stubs.sh")
    result = subprocess.run([script, out_dir], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"SKIP: cannot generate Python stubs: {result.stderr.strip()}")
        sys.exit(services.SKIP)
    os.environ["AMICUS_PYTHON_STUBS"] = out_dir
    sys.path.insert(0, os.path.join(ROOT, "clients", "python"))


class PythonClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from amicus_client import AmicusClient
        cls.pair = services.ServicePair(BIN_DIR)
        cls.corpus = tempfile.TemporaryDirectory(prefix="amicus-corpus-")
        cls.client = AmicusClient(cls.pair.ingest.address, cls.pair.query.address)
        try:
            files = [os.path.join(EXAMPLES, f) for f in sorted(os.listdir(EXAMPLES))]
            files += services.write_corpus(cls.corpus.name, CORPUS_SIZE)
            cls.results = {path: cls.client.ingest_file(path) for path in files}
            cls.wait_for_documents(len(files))
        except Exception:
            cls.tearDownClass()  # unittest skips it when setUpClass fails
            raise

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.pair.close()
        cls.corpus.cleanup()

    @classmethod
    def wait_for_documents(cls, count):
        # The query side is a RocksDB secondary: it catches up within a second.
        for _ in range(200):
            if len(list(cls.client.documents())) >= count:
                return
            time.sleep(0.05)
        raise AssertionError(f"query service never showed {count} documents")

    def expected(self, counter):
        """Record ids the ingest results promise, e.g. "<doc>/events/1"."""
        ids = set()
        for result in self.results.values():
            kind = {"event_count": "events", "quote_count": "quotes",
                    "signatory_set_count": "signatorySets"}[counter]
            ids.update(f"{result.document_id}/{kind}/{n}"
                       for n in range(1, getattr(result, counter) + 1))
        return ids

    def test_ingest_reports_new_then_existing(self):
        self.assertTrue(all(r.created for r in self.results.values()))
        again = self.client.ingest_file(next(iter(self.results)))
        self.assertFalse(again.created)
        self.assertEqual(again.document_id, next(iter(self.results.values())).document_id)

    def test_ingest_rejects_empty_document(self):
        with self.assertRaises(grpc.RpcError) as caught:
            self.client.ingest_bytes(b"", "empty.txt")
        self.assertEqual(caught.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)

    def test_events_stream_every_ingested_event_as_objects(self):
        events = list(self.client.events())
        self.assertEqual({e.id for e in events}, self.expected("event_count"))
        self.assertGreater(len(events), 16, "corpus must span several batches")
        threat = [e for e in events if "investigator 7." in e.evidence.text]
        self.assertEqual(len(threat), 1)
        self.assertEqual(str(threat[0].date), "2023-08-08")
        self.assertEqual(threat[0].actors[0].name, "Arman Kessler")

    def test_event_filters_reach_the_server(self):
        events = list(self.client.events(start_date=(2023, 8), end_date=(2023, 8)))
        self.assertTrue(events)
        self.assertTrue(all((e.date.year, e.date.month) == (2023, 8) for e in events))

    def test_document_filters_reach_the_server(self):
        seventh = next(r for p, r in self.results.items() if p.endswith("release_007.txt"))
        found = list(self.client.documents(text_contains='"number 7"'))
        self.assertEqual([d.id for d in found], [seventh.document_id])
        letters = list(self.client.documents(kind="joint_letter"))
        self.assertTrue(letters)
        self.assertTrue(all(d.kind == "joint_letter" for d in letters))
        self.assertLess(len(letters), len(list(self.client.documents())))

    def test_read_your_writes_with_the_ingest_log_position(self):
        late = self.client.ingest_bytes(
            "Statement on hearing 901\n\nOn 2 May 2024, police arrested lawyer Tamsin "
            "Veyra in the capital.".encode(), "position.txt")
        self.results["position.txt"] = late  # other tests expect its records too
        self.assertGreater(late.log_position, 0)
        found = list(self.client.events(text_contains="Veyra",
                                        min_log_position=late.log_position))
        self.assertEqual({e.document_id for e in found}, {late.document_id})

    def test_confidence_is_carried_and_filters_on_the_server(self):
        events = list(self.client.events())
        self.assertTrue(all(0 < e.confidence <= 1 for e in events))
        floor = sorted(e.confidence for e in events)[len(events) // 2]
        sure = list(self.client.events(min_confidence=floor))
        self.assertEqual([e.id for e in sure],
                         [e.id for e in events if e.confidence >= floor])
        for st in self.client.signatory_sets(min_confidence=floor):
            self.assertGreaterEqual(st.confidence, floor)
            self.assertTrue(all(s.confidence >= floor for s in st.signatories))

    def test_quotes_carry_speaker_and_organization(self):
        quotes = list(self.client.quotes(speaker="Okonkwo"))
        self.assertGreaterEqual(len(quotes), CORPUS_SIZE)
        self.assertTrue({q.id for q in quotes} <= self.expected("quote_count"))
        self.assertEqual(quotes[0].speaker.name, "Maria Okonkwo")
        self.assertEqual(quotes[0].speaker.organization.name,
                         "Coalition for Independent Justice")

    def test_signatory_sets_of_the_joint_letter(self):
        sets = list(self.client.signatory_sets())
        self.assertEqual({s.id for s in sets}, self.expected("signatory_set_count"))
        countries = {s.country for st in sets for s in st.signatories}
        self.assertIn("Kenya", countries)

    def test_cancelled_stream_resumes_without_gaps_or_repeats(self):
        everything = [e.id for e in self.client.events()]
        for stop_after in (5, 16, 23):  # inside, at the end of, past a batch
            stream = self.client.events()
            first = [next(stream).id for _ in range(stop_after)]
            point = stream.resume_point
            stream.cancel()
            rest = [e.id for e in self.client.events(resume_from=point)]
            self.assertEqual(first + rest, everything, f"stopped after {stop_after}")

    def test_example_script_prints_records(self):
        example = os.path.join(ROOT, "clients", "python", "example.py")
        letter = os.path.join(EXAMPLES, "joint_letter_tribunal.txt")
        run = subprocess.run([sys.executable, example, "--ingest=" + self.pair.ingest.address,
                              "--query=" + self.pair.query.address, letter],
                             capture_output=True, text=True, timeout=60)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("existing " + letter, run.stdout)
        self.assertIn("event ", run.stdout)
        self.assertIn("Association of Lawyers for Human Rights", run.stdout)

    def test_follow_stream_survives_query_service_restart(self):
        stored = len(list(self.client.documents()))
        stream = self.client.documents(follow=True)
        seen = [next(stream).id for _ in range(stored)]
        port = self.pair.query.address
        self.pair.query.stop(signal.SIGKILL)
        self.pair.query = self.pair.start_query(listen=port)
        late = self.client.ingest_bytes(
            "Late statement\n\nOn 1 May 2024, a tribunal opened an investigation.".encode(),
            "late.txt")
        self.results["late.txt"] = late  # other tests expect its records too
        after_restart = next(stream)
        stream.cancel()
        self.assertGreaterEqual(stream.retried, 1)
        self.assertEqual(after_restart.id, late.document_id)
        self.assertNotIn(after_restart.id, seen)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    BIN_DIR, EXAMPLES = sys.argv[1], sys.argv[2]
    work = tempfile.TemporaryDirectory(prefix="amicus-pystubs-")
    generate_stubs(work.name)
    unittest.main(argv=sys.argv[:1], verbosity=2)
