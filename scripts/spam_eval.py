"""Print precision and recall of the spam stage per kind on the labelled corpora (tests/spam_scoring.py). Usage:
python -m scripts.spam_eval [--part tune|held_out|held_out2…held_out8] [--show-errors]."""

from __future__ import annotations

import argparse
import sys

from tests.spam_scoring import evaluate, genuine_kept, load_real, load_written


def print_scores(heading: str, cases: list[dict], show_errors: bool) -> None:
    scores, errors = evaluate(cases)
    negatives = sum(1 for case in cases if not case.get("expect"))
    print(f"\n{heading}: {len(cases)} cases ({len(cases) - negatives} with spam, {negatives} without)")
    print(f"{'kind':18} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    for kind, s in scores.items():
        print(f"{kind:18} {s['tp']:4} {s['fp']:4} {s['fn']:4} {s['precision']:10.3f} {s['recall']:8.3f}")
    tp, fp, fn = (sum(s[key] for s in scores.values()) for key in ("tp", "fp", "fn"))
    precision, recall = tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0
    print(f"{'all':18} {tp:4} {fp:4} {fn:4} {precision:10.3f} {recall:8.3f}")
    if show_errors:
        print("\n".join(errors))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parts = ("tune", "held_out", *(f"held_out{number}" for number in range(2, 9)))
    parser.add_argument("--part", choices=parts, help="only this part of the real corpus")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    if not args.part:
        print_scores("written corpora (tests/spam/corpus.toml, template_cases.toml)", load_written(), args.show_errors)
    real = [case for case in load_real() if args.part in (None, case["part"])]
    part = args.part or "all parts"
    mirrors_and_genuine = [case for case in real if case["group"] in ("mirror", "genuine")]
    print_scores(f"real corpus, {part}: mirrors and genuine pages", mirrors_and_genuine, args.show_errors)
    if whole_spam := [case for case in real if case["group"] == "whole_spam"]:
        print_scores(f"real corpus, {part}: whole spam articles", whole_spam, args.show_errors)
    kept = genuine_kept([case for case in real if case["group"] == "genuine"])
    print(
        f"\ngenuine pages, {part}: {kept['unchanged']}/{kept['cases']} unchanged "
        f"(precision {kept['case_precision']:.3f}), characters kept {kept['char_precision']:.4f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
