#!/usr/bin/env python3
"""The project's scorer: predicted mentions or facts against the gold of
this folder (see README.md here for the rules, and the full annotation
guide it points to).

Usage:
  score.py mentions --pred PRED.jsonl [--manifest dev.json] [--min-f1 X] [--min-norm X] [--misses] [--json]
  score.py facts    --pred PRED.jsonl [--manifest dev.json] [--min FIELD=X ...] [--misses] [--json]

PRED.jsonl holds one JSON object per line, as the loader's views
corpus.mention_flat and corpus.fact_flat give them (start_date and end_date
stand for start and end); '-' reads standard input.

Pairing: each gold item, in the order of the gold files, takes the first
prediction not yet taken of the same kind on the same line whose words
overlap its own (one contains the other once white space is folded and case
ignored).  Mentions are scored per kind (precision, recall, F1, and the
share of found mentions whose every normalised field is right); facts per
field over all gold facts, an unpaired one wrong in every field.

Exit status 0; 1 when a threshold given is not met; 2 on bad input.
Needs nothing beyond Debian's python3.
"""
import argparse
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

KINDS = ("amount", "period", "percent", "ratio")
# the fields a mention must have right to count as normalised
NORMALISED = {
    "amount": ("currency", "value", "high", "qualifier"),
    "period": ("start", "end", "grain", "mod"),
    "percent": ("value", "high", "qualifier", "points"),
    "ratio": ("value", "high", "qualifier"),
}
FACT_FIELDS = ("indicator", "places", "period", "change")
# graded only once every gold fact carries status (the guide's second round)
FACT_EXTRA = ("status", "direction")


def fail(message):
    print(f"score.py: {message}", file=sys.stderr)
    sys.exit(2)


def read_jsonl(path):
    items = []
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with stream:
        for number, raw in enumerate(stream, 1):
            raw = raw.strip()
            if not raw:
                continue
            try:
                item = json.loads(raw)
            except json.JSONDecodeError as e:
                fail(f"{path}:{number}: not JSON: {e}")
            if not isinstance(item, dict) or not isinstance(item.get("line"), int):
                fail(f"{path}:{number}: an object with an integer 'line' is needed")
            for alias, field in (("start_date", "start"), ("end_date", "end")):
                if alias in item and field not in item:
                    item[field] = item.pop(alias)
            items.append(item)
    return items


def words(text):
    return " ".join((text or "").split()).lower()


def overlap(a, b):
    a, b = words(a), words(b)
    return bool(a and b) and (a in b or b in a)


def pair(gold, pred):
    """[(gold item, its prediction or None)] and the indexes of predictions taken."""
    taken = set()
    by_line = {}
    for i, p in enumerate(pred):
        by_line.setdefault((p.get("kind"), p["line"]), []).append(i)
    pairs = []
    for g in gold:
        match = next((i for i in by_line.get((g.get("kind"), g["line"]), [])
                      if i not in taken and overlap(g.get("text"), pred[i].get("text"))), None)
        if match is not None:
            taken.add(match)
        pairs.append((g, pred[match] if match is not None else None))
    return pairs, taken


def absent(v):
    return v is None or v is False or v == ""


def same_mention_field(field, a, b):
    if absent(a) and absent(b):
        return True
    if field in ("value", "high"):
        try:
            return Decimal(str(a)) == Decimal(str(b))
        except (InvalidOperation, TypeError, ValueError):
            return False
    if isinstance(a, str) and isinstance(b, str):
        return a.strip().upper() == b.strip().upper()
    return a == b


def normalised(g, p):
    return all(same_mention_field(f, g.get(f), p.get(f)) for f in NORMALISED[g["kind"]])


def codes(v):
    return sorted({c.upper() for c in (v or [])})


def fact_value(item, field):
    if field == "period":
        return (item.get("start") or None, item.get("end") or None)
    if field == "places":
        return codes(item.get("places"))
    if field == "status":
        return (item.get("status") or "actual").lower()
    if field == "direction":
        return (codes(item.get("origin")), codes(item.get("destination")))
    v = item.get(field)
    return v.lower() if isinstance(v, str) and v else None


def load_manifest(path):
    try:
        with open(path, encoding="utf-8") as fh:
            manifest = json.load(fh)
    except (OSError, json.JSONDecodeError) as e:
        fail(f"{path}: {e}")
    return manifest, os.path.dirname(os.path.abspath(path))


def score_mentions(args):
    manifest, base = load_manifest(args.manifest)
    gold, ranges = [], []
    for part in manifest["gold"]:
        gold += read_jsonl(os.path.join(base, part["file"]))
        ranges += [tuple(r) for r in part["lines"]]
    pred = [p for p in read_jsonl(args.pred)
            if p.get("kind") in KINDS and any(a <= p["line"] <= b for a, b in ranges)]
    pairs, taken = pair(gold, pred)

    figures, ok = {}, True
    for kind in KINDS:
        gold_k = [(g, p) for g, p in pairs if g["kind"] == kind]
        pred_k = sum(1 for p in pred if p["kind"] == kind)
        found = [(g, p) for g, p in gold_k if p is not None]
        right = sum(1 for g, p in found if normalised(g, p))
        precision = len(found) / pred_k if pred_k else (0.0 if gold_k else 1.0)
        recall = len(found) / len(gold_k) if gold_k else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        norm = right / len(found) if found else (0.0 if gold_k else 1.0)
        figures[kind] = {"gold": len(gold_k), "predicted": pred_k, "found": len(found),
                         "precision": round(precision, 4), "recall": round(recall, 4),
                         "f1": round(f1, 4), "normalised": round(norm, 4)}
        if gold_k and args.min_f1 is not None and f1 < args.min_f1:
            ok = False
        if gold_k and args.min_norm is not None and norm < args.min_norm:
            ok = False

    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{'kind':8} {'gold':>5} {'pred':>5} {'found':>5} {'prec':>6} {'recall':>6} {'F1':>6} {'norm':>6}")
        for kind, f in figures.items():
            print(f"{kind:8} {f['gold']:5} {f['predicted']:5} {f['found']:5} {f['precision']:6.3f} "
                  f"{f['recall']:6.3f} {f['f1']:6.3f} {f['normalised']:6.3f}")
    if args.misses:
        for g, p in pairs:
            if p is None:
                print("MISSED  ", json.dumps(g, ensure_ascii=False))
            elif not normalised(g, p):
                print("WRONG   ", json.dumps(g, ensure_ascii=False))
                print("   got  ", json.dumps(p, ensure_ascii=False))
        for i, p in enumerate(pred):
            if i not in taken:
                print("SPURIOUS", json.dumps(p, ensure_ascii=False))
    return ok


def score_facts(args):
    manifest, base = load_manifest(args.manifest)
    gold = []
    for name in manifest["facts"]:
        gold += read_jsonl(os.path.join(base, name))
    pred = read_jsonl(args.pred)
    pairs, taken = pair(gold, pred)

    fields = FACT_FIELDS + (FACT_EXTRA if gold and all("status" in g for g in gold) else ())
    right = dict.fromkeys(FACT_FIELDS + ("all",) + fields[4:] + (("all7",) if len(fields) > 4 else ()), 0)
    wrong = []
    for g, p in pairs:
        if p is None:
            wrong.append(("MISSED", g, None))
            continue
        good = {f: fact_value(g, f) == fact_value(p, f) for f in fields}
        for f, ok in good.items():
            right[f] += ok
        right["all"] += all(good[f] for f in FACT_FIELDS)
        if "all7" in right:
            right["all7"] += all(good.values())
        if not all(good.values()):
            wrong.append(("WRONG " + ",".join(f for f in fields if not good[f]), g, p))

    n = len(gold) or 1
    figures = {f: round(right[f] / n, 4) for f in right}
    figures["gold"], figures["paired"] = len(gold), len(taken)
    ok = True
    for spec in args.min or []:
        field, _, bound = spec.partition("=")
        if field not in right:
            fail(f"--min {spec}: no field '{field}' (fields: {', '.join(right)})")
        if figures[field] < float(bound):
            print(f"facts: {field} {figures[field]:.3f} is below {float(bound):.2f}", file=sys.stderr)
            ok = False
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"facts {len(gold)}, paired {len(taken)}")
        for f in right:
            print(f"{f:10} {figures[f]:.3f}")
    if args.misses:
        for what, g, p in wrong:
            print(what, json.dumps(g, ensure_ascii=False))
            if p is not None:
                print("   got", json.dumps(p, ensure_ascii=False))
    return ok


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("mentions", "facts"))
    ap.add_argument("--pred", required=True)
    ap.add_argument("--manifest", default=os.path.join(here, "dev.json"))
    ap.add_argument("--min-f1", type=float, help="mentions: the lowest F1 of any kind")
    ap.add_argument("--min-norm", type=float, help="mentions: the lowest normalised share of any kind")
    ap.add_argument("--min", action="append", metavar="FIELD=X", help="facts: the lowest share of FIELD")
    ap.add_argument("--misses", action="store_true", help="also print what is missed, wrong or spurious")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args()
    ok = score_mentions(args) if args.what == "mentions" else score_facts(args)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
