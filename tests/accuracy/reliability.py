#!/usr/bin/env python3
"""Reliability of the extractor's confidences: for each confidence bucket,
how many records `amicus extract` gave and what share of them the gold
confirms (matched by the shared scorer's own rules, with the right speaker,
actor or country).

usage: reliability.py AMICUS_BINARY SHARED_DIR [--docs=DIR --gold=DIR]
                      [--check=FLOOR:SHARE:MIN_RECORDS]

Defaults to the shared real-document corpus. With --check, fails unless
the records at confidence >= FLOOR are right at least SHARE of the time and
there are at least MIN_RECORDS of them (a floor no record reaches proves
nothing). Exits 77 (ctest SKIP_RETURN_CODE) when SHARED_DIR is absent.
"""
import glob
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

SKIP = 77
BUCKETS = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]


def load_scorer(shared):
    path = os.path.join(shared, "eval", "score.py")
    spec = importlib.util.spec_from_file_location("amicus_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judged_quotes(sc, gold, pred):
    gq, pq = gold.get("quotes", []), pred.get("quotes") or []

    def score(g, p):
        f = sc.token_f1(g["text"], sc.get(p, "text"))
        return f if f >= 0.8 else 0
    matched = dict((pi, gi) for gi, pi in sc.greedy_match(gq, pq, score))
    for pi, p in enumerate(pq):
        ok = pi in matched and sc.person_match(
            sc.name_of(sc.get(p, "speaker")), gq[matched[pi]]["speaker"])
        yield "quote", p.get("confidence", 0.0), ok


def judged_events(sc, gold, pred):
    ge, pe = gold.get("events", []), pred.get("events") or []

    def score(g, p):
        if not sc.date_match(sc.get(p, "date"), g["date"]):
            return 0
        return sc.evidence_score(g["evidence"], sc.name_of(sc.get(p, "evidence")) or "")
    matched = dict((pi, gi) for gi, pi in sc.greedy_match(ge, pe, score))
    for pi, p in enumerate(pe):
        ok = False
        if pi in matched:
            actor = ge[matched[pi]]["actor"]
            names = [sc.name_of(a) for a in p.get("actors") or []]
            ok = any(sc.person_match(n, actor) or sc.org_match(n, actor) or
                     sc.norm_name(actor) in sc.norm_name(n or "") for n in names)
        yield "event", p.get("confidence", 0.0), ok


def judged_signatories(sc, gold, pred):
    gnames = {}
    for s in (s for ss in gold.get("signatory_sets", []) for s in ss["signatories"]):
        gnames.setdefault(sc.norm_name(s["name"]), s)
    seen = set()
    for ss in pred.get("signatorySets") or []:
        for s in ss.get("signatories") or []:
            key = sc.norm_name(s.get("name"))
            if key in seen:  # the scorer counts a name once per document
                continue
            seen.add(key)
            g = gnames.get(key)
            ok = g is not None and (sc.norm_name(g.get("country") or "") ==
                                    sc.norm_name(s.get("country") or ""))
            yield "signatory", s.get("confidence", 0.0), ok


def option(name, default=None):
    for a in sys.argv[1:]:
        if a.startswith("--" + name + "="):
            return a.split("=", 1)[1]
    return default


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    amicus, shared = args
    docs_dir = option("docs", os.path.join(shared, "corpus", "real", "docs"))
    gold_dir = option("gold", os.path.join(shared, "corpus", "real", "gold"))
    docs = sorted(glob.glob(os.path.join(docs_dir, "*.*")))
    if not docs or not os.path.isfile(os.path.join(shared, "eval", "score.py")):
        print("no shared corpus at %s: skipped" % shared)
        return SKIP
    sc = load_scorer(shared)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        subprocess.run([amicus, "extract", *docs], stdout=out, check=True)
        out.seek(0)
        preds = {sc.pred_key(json.loads(line)): json.loads(line)
                 for line in out if line.strip()}

    judged = []
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        key = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        pred = preds.get(key, {})
        for judge in (judged_quotes, judged_events, judged_signatories):
            judged.extend(judge(sc, gold, pred))

    print("%-10s %-11s %8s %14s" % ("kind", "confidence", "records", "share correct"))
    for kind in ("quote", "event", "signatory", "all"):
        for lo, hi in BUCKETS:
            rows = [ok for k, c, ok in judged
                    if (kind == "all" or k == kind) and lo <= c < hi]
            if rows:
                print("%-10s %4.1f-%-6.1f %8d %14.3f" %
                      (kind, lo, min(hi, 1.0), len(rows), sum(rows) / len(rows)))

    check = option("check")
    if not check:
        return 0
    floor, share, least = check.split(":")
    sure = [ok for _, c, ok in judged if c >= float(floor)]
    right = sum(sure) / len(sure) if sure else 0.0
    print("records at >= %s: %d, right %.3f (need >= %s of at least %s)" %
          (floor, len(sure), right, share, least))
    return 0 if len(sure) >= int(least) and right >= float(share) else 1


if __name__ == "__main__":
    sys.exit(main())
