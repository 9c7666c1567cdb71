"""Print per-field accuracy of the item chain against the gold files (tests/gold.py). Usage:
python -m scripts.gold_eval [--show-errors]."""

from __future__ import annotations

import argparse
import sys

from tests.gold import evaluate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    right, total, errors = evaluate()
    print(f"{len(errors)} gold reports")
    for field in total:
        print(f"{field:20} {right[field]:5}/{total[field]:<5} {right[field] / total[field]:7.3f}")
    if args.show_errors:
        for name, problems in errors.items():
            for problem in problems:
                print(f"{name}: {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
