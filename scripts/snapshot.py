"""Write tests/fixtures/chain_snapshot.json: what the item chain and the list reader make of every saved page with
the code as it is now (tests/snapshot.py). Usage: python -m scripts.snapshot [--check].

Regenerate after a change that is meant to change output, and read the diff of the JSON file before committing it;
--check prints the differences from the stored snapshot instead of writing it.
"""

from __future__ import annotations

import argparse
import json
import sys

from tests.snapshot import SNAPSHOT, current, differences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print the differences, write nothing")
    args = parser.parse_args()
    now = current()
    if args.check:
        stored = json.loads(SNAPSHOT.read_text("utf-8"))
        changed = {
            name: found
            for name in sorted(set(stored) | set(now))
            if (found := differences(stored.get(name), now.get(name)))
        }
        for name, found in changed.items():
            print(f"== {name}\n" + "\n".join(found))
        print(f"{len(changed)} of {len(now)} pages differ")
        return 1 if changed else 0
    SNAPSHOT.write_text(json.dumps(now, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"{len(now)} pages written to {SNAPSHOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
