"""What the amicus CLI prints against the real services: tables with a
header by default, JSON lines that jq (or any JSON parser) reads with --json,
and a progress line on stderr only when asked (or on a terminal).

Usage: cli_output_test.py BIN_DIR EXAMPLES_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import services  # noqa: E402


def amicus(*args):
    return subprocess.run([os.path.join(BIN_DIR, "amicus")] + list(args),
                          capture_output=True, text=True, timeout=120)


class CliOutputTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pair = services.ServicePair(BIN_DIR)
        cls.ingest = "--target=" + cls.pair.ingest.address
        cls.query = "--target=" + cls.pair.query.address
        cls.first_ingest = amicus("ingest", cls.ingest, "--progress", EXAMPLES)
        count = len(os.listdir(EXAMPLES))
        for _ in range(200):  # the query side catches up within a second
            if len(amicus("documents", cls.query, "--json").stdout.splitlines()) >= count:
                return
            time.sleep(0.05)

    @classmethod
    def tearDownClass(cls):
        cls.pair.close()

    def test_progress_goes_to_stderr_with_rate_and_errors(self):
        self.assertEqual(self.first_ingest.returncode, 0, self.first_ingest.stderr)
        final = self.first_ingest.stderr.rstrip("\n").split("\r")[-1]
        count = len(os.listdir(EXAMPLES))
        self.assertIn(f"{count}/{count} documents", final)
        self.assertIn("documents/s", final)
        self.assertIn("0 errors", final)
        self.assertNotIn("documents/s", self.first_ingest.stdout)
        self.assertEqual(len(self.first_ingest.stdout.splitlines()), count)

    def test_no_progress_on_a_pipe_unless_asked(self):
        again = amicus("ingest", self.ingest, EXAMPLES)
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertNotIn("documents/s", again.stderr)
        self.assertTrue(all(" existing " in line for line in again.stdout.splitlines()))

    def test_ingest_json_lines_report_each_document(self):
        with tempfile.TemporaryDirectory() as d:
            empty = os.path.join(d, "empty.txt")
            open(empty, "w").close()
            run = amicus("ingest", self.ingest, "--json", EXAMPLES, empty)
        self.assertEqual(run.returncode, 1)
        lines = [json.loads(line) for line in run.stdout.splitlines()]
        self.assertEqual(len(lines), len(os.listdir(EXAMPLES)) + 1)
        self.assertTrue(all(line["result"]["created"] is False for line in lines[:-1]))
        self.assertEqual(lines[-1]["error"]["code"], 3)  # INVALID_ARGUMENT
        self.assertEqual(lines[-1]["sourceUri"], empty)

    def test_tables_have_a_header_and_aligned_columns(self):
        run = amicus("events", self.query)
        self.assertEqual(run.returncode, 0, run.stderr)
        header, *rows = run.stdout.splitlines()
        self.assertTrue(header.startswith("DATE"))
        self.assertGreater(len(rows), 1)
        for column in ("TYPE", "ACTORS", "EVIDENCE"):
            start = header.index(column)
            for row in rows:
                self.assertEqual(row[start - 2:start], "  ", f"{column} misaligned in {row!r}")
                self.assertNotEqual(row[start], " ", f"{column} empty in {row!r}")

    def test_signatory_table_names_countries(self):
        run = amicus("signatories", self.query)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("SIGNATORIES", run.stdout.splitlines()[0])
        self.assertIn("Association of Lawyers for Human Rights (Kenya)", run.stdout)

    def test_json_lines_feed_jq(self):
        run = amicus("quotes", self.query, "--json")
        self.assertEqual(run.returncode, 0, run.stderr)
        quotes = [json.loads(line) for line in run.stdout.splitlines()]
        self.assertTrue(quotes and all(q["text"] for q in quotes))
        if not shutil.which("jq"):
            self.skipTest("jq not installed; JSON checked with Python only")
        jq = subprocess.run(["jq", "-r", ".speaker.name"], input=run.stdout,
                            capture_output=True, text=True)
        self.assertEqual(jq.returncode, 0, jq.stderr)
        self.assertEqual(jq.stdout.splitlines(), [q["speaker"]["name"] for q in quotes])

    def test_min_confidence_keeps_only_sure_records(self):
        every = [json.loads(line) for line in
                 amicus("events", self.query, "--json").stdout.splitlines()]
        self.assertTrue(every and all(0 < e["confidence"] <= 1 for e in every))
        floor = sorted(e["confidence"] for e in every)[len(every) // 2]
        run = amicus("events", self.query, "--json", f"--min_confidence={floor}")
        self.assertEqual(run.returncode, 0, run.stderr)
        sure = [json.loads(line) for line in run.stdout.splitlines()]
        self.assertEqual([e["id"] for e in sure],
                         [e["id"] for e in every if e["confidence"] >= floor])
        for bad in ("high", "1.5"):
            run = amicus("quotes", self.query, f"--min_confidence={bad}")
            self.assertNotEqual(run.returncode, 0)
            self.assertIn("min_confidence", run.stderr)
        run = amicus("documents", self.query, "--min_confidence=0.5")
        self.assertEqual(run.returncode, 2)
        self.assertIn("does not apply", run.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    BIN_DIR, EXAMPLES = sys.argv[1:]
    unittest.main(argv=sys.argv[:1], verbosity=2)
