"""Rebuild safety/data/pantheon_names.tsv.gz from the Pantheon 1.0 list.

    python -m safety.build_gazetteer [--pantheon ../shared/data/pantheon/pantheon.tsv]

Keeps only what matching needs (name, birth year, occupation, popularity index); the source and
its attribution are in safety/data/README.md.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SRC = REPO.parent / "shared" / "data" / "pantheon" / "pantheon.tsv"
OUT = Path(__file__).resolve().parent / "data" / "pantheon_names.tsv.gz"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pantheon", type=Path, default=DEFAULT_SRC)
    args = ap.parse_args(argv)
    rows = []
    with open(args.pantheon, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows.append((r["name"].strip(), r["birthyear"].strip(), r["occupation"].strip(),
                         f"{float(r['HPI'] or 0):.2f}"))
    rows.sort(key=lambda r: -float(r[3]))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("name\tbirthyear\toccupation\thpi\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} people to {OUT} ({OUT.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
