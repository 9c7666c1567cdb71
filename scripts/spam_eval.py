"""Print precision and recall of the spam stage per kind on the labelled corpus (tests/spam_scoring.py). Usage:
python -m scripts.spam_eval [--show-errors]."""

from __future__ import annotations

import argparse
import sys

from tests.spam_scoring import evaluate, load_cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    cases = load_cases()
    scores, errors = evaluate(cases)
    negatives = sum(1 for case in cases if not case.get("expect"))
    print(f"{len(cases)} cases ({len(cases) - negatives} with spam, {negatives} without)")
    print(f"{'kind':16} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    for kind, s in scores.items():
        print(f"{kind:16} {s['tp']:4} {s['fp']:4} {s['fn']:4} {s['precision']:10.3f} {s['recall']:8.3f}")
    total = {key: sum(s[key] for s in scores.values()) for key in ("tp", "fp", "fn")}
    print(
        f"{'all':16} {total['tp']:4} {total['fp']:4} {total['fn']:4} "
        f"{total['tp'] / (total['tp'] + total['fp']):10.3f} {total['tp'] / (total['tp'] + total['fn']):8.3f}"
    )
    if args.show_errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
