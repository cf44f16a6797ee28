#!/usr/bin/env python3
"""Scores `amicus extract` on the shared seeds and fails when any figure
drops below the ratchet kept in the repository.

usage: check_accuracy.py AMICUS_BINARY SHARED_DIR RATCHET_JSON [--raise]
                         [--docs=DIR --gold=DIR] [--max_half_gap=X]

Exits 77 (ctest SKIP_RETURN_CODE) when SHARED_DIR has no seeds or scorer.
With --docs and --gold (the repository's development set), only the
scorer is taken from SHARED_DIR.
With --raise, figures above the ratchet are written back into it, so an
improvement becomes the new floor.
With --max_half_gap, the documents are also scored in two halves (even and
odd positions of the sorted list), and an overall F1 gap between them larger
than X fails: rules that hold on one half only fit what was looked at.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

SKIP = 77
# The scorer prints three decimals; a figure within this of its floor holds.
EPSILON = 0.0005

PART_LINE = re.compile(
    r"^(quotes|events|signatories)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+).*\s(\w+)=([\d.]+|nan)$")
DOC_LINE = re.compile(r"^documents\s+\d+\s+kind accuracy=([\d.]+)\s+date accuracy=([\d.]+)")
F1_LINE = re.compile(r"^(loose|overall) F1 = ([\d.]+)")


def parse(report):
    figures = {}
    for line in report.splitlines():
        if m := DOC_LINE.match(line):
            figures["kind_accuracy"] = float(m.group(1))
            figures["date_accuracy"] = float(m.group(2))
        elif m := PART_LINE.match(line):
            part = m.group(1)
            figures[part + "_precision"] = float(m.group(2))
            figures[part + "_recall"] = float(m.group(3))
            figures[part + "_f1"] = float(m.group(4))
            if m.group(6) != "nan":
                figures[part + "_" + m.group(5) + "_accuracy"] = float(m.group(6))
        elif m := F1_LINE.match(line):
            figures[m.group(1) + "_f1"] = float(m.group(2))
    return figures


def run_extract(amicus, seeds, out_path):
    with open(out_path, "w", encoding="utf-8") as out:
        result = subprocess.run([amicus, "extract", *seeds], stdout=out,
                                stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit("amicus extract failed (%d): %s" % (result.returncode, result.stderr))


def score(amicus, scorer, gold, docs, verbose=True):
    """The scorer's report on `docs`, against the gold files they name."""
    with tempfile.TemporaryDirectory() as tmp:
        predictions = os.path.join(tmp, "predictions.jsonl")
        run_extract(amicus, docs, predictions)
        gold_subset = os.path.join(tmp, "gold")
        os.mkdir(gold_subset)
        for doc in docs:
            name = os.path.splitext(os.path.basename(doc))[0] + ".json"
            if os.path.isfile(os.path.join(gold, name)):
                os.symlink(os.path.abspath(os.path.join(gold, name)),
                           os.path.join(gold_subset, name))
        return subprocess.run([sys.executable, scorer, gold_subset, predictions]
                              + (["--verbose"] if verbose else []),
                              capture_output=True, text=True, check=True).stdout


def half_gap_failures(amicus, scorer, gold, docs, max_gap):
    overall = []
    for half in (docs[0::2], docs[1::2]):
        figures = parse(score(amicus, scorer, gold, half, verbose=False))
        overall.append(figures.get("overall_f1", 0.0))
        print("half of %d documents: overall F1 %.3f" % (len(half), overall[-1]))
    gap = abs(overall[0] - overall[1])
    if gap > max_gap + EPSILON:
        return ["halves: overall F1 %.3f vs %.3f, gap %.3f > %.3f" %
                (overall[0], overall[1], gap, max_gap)]
    return []


def option(name):
    for a in sys.argv[1:]:
        if a.startswith("--" + name + "="):
            return a.split("=", 1)[1]
    return None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 3:
        sys.exit(__doc__)
    amicus, shared, ratchet_path = args
    docs = option("docs") or os.path.join(shared, "corpus", "seeds")
    seeds = sorted(glob.glob(os.path.join(docs, "*.*")))
    scorer = os.path.join(shared, "eval", "score.py")
    gold = option("gold") or os.path.join(shared, "corpus", "gold")
    if not seeds or not os.path.isfile(scorer) or not os.path.isdir(gold):
        print("no shared corpus at %s: skipped" % shared)
        return SKIP
    report = score(amicus, scorer, gold, seeds)
    print(report)
    figures = parse(report)
    with open(ratchet_path, encoding="utf-8") as f:
        ratchet = json.load(f)
    failures = []
    for name, floor in sorted(ratchet.items()):
        value = figures.get(name)
        if value is None:
            failures.append("%s: missing from the scorer's report" % name)
        elif value < floor - EPSILON:
            failures.append("%s: %.3f < ratchet %.3f" % (name, value, floor))
    if option("max_half_gap") is not None:
        failures += half_gap_failures(amicus, scorer, gold, seeds,
                                      float(option("max_half_gap")))
    for name, value in sorted(figures.items()):
        print("%-34s %.3f (ratchet %s)" % (name, value, ratchet.get(name, "none")))
    if "--raise" in sys.argv and not failures:
        raised = {k: max(v, ratchet.get(k, 0.0)) for k, v in figures.items()}
        with open(ratchet_path, "w", encoding="utf-8") as f:
            json.dump(raised, f, indent=2, sort_keys=True)
            f.write("\n")
    for failure in failures:
        print("BELOW RATCHET: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
