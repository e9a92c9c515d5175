"""Rebuild safety/data/pantheon_names.tsv.gz from the Pantheon 1.0 list, and
safety/data/ordinary_words.txt.gz from two public English dictionaries.

    python -m safety.dev.build_gazetteer [--pantheon ../shared/data/pantheon/pantheon.tsv]
    python -m safety.dev.build_gazetteer --ordinary     # needs `pip install english-words==2.0.2`

The first keeps only what matching needs (name, birth year, occupation, popularity index); the
source and its attribution are in safety/data/README.md.

The second writes the ordinary English words (the lower-case entries of Webster's Second
International, "web2", from the `english-words` package, MIT), with their regular inflections, that lie
near some name of the gazetteer: equal to a name word, within two edits of one, or with the same
consonant skeleton (safety.phonetic.strict_key). Only those can ever be confused with a name, so
the shipped list stays small. Rebuild it after adding people to people_extra.tsv.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
from pathlib import Path

from safety.gazetteer import DATA
from sora_space.config import REPO_ROOT

REPO = REPO_ROOT
DEFAULT_SRC = REPO.parent / "shared" / "data" / "pantheon" / "pantheon.tsv"
OUT = DATA / "pantheon_names.tsv.gz"


ORDINARY_OUT = DATA / "ordinary_words.txt.gz"
_VOWELS = set("aeiou")


def inflections(base: str) -> set[str]:
    """Regular English inflections of a dictionary word (plural, past, -ing, comparative,
    -ly, -ness); over-generation is harmless here, these only mark words as ordinary."""
    b = base
    out = {b, b + "s", b + "ed", b + "ing", b + "er", b + "ers", b + "est", b + "ly", b + "ness"}
    if b.endswith(("s", "x", "z", "ch", "sh", "o")):
        out.add(b + "es")
    if b.endswith("e"):
        out |= {b + "d", b + "r", b + "rs", b + "st", b[:-1] + "ing", b[:-1] + "ings"}
    if b.endswith("y") and len(b) > 2 and b[-2] not in _VOWELS:
        out |= {b[:-1] + x for x in ("ies", "ied", "ier", "iers", "iest", "ily", "iness")}
    if (len(b) >= 3 and b[-1] not in _VOWELS | {"w", "x", "y"} and b[-2] in _VOWELS
            and b[-3] not in _VOWELS):
        out |= {b + b[-1] + x for x in ("ed", "ing", "er", "ers", "est", "y")}
    if b.endswith("f"):
        out.add(b[:-1] + "ves")
    if b.endswith("fe"):
        out.add(b[:-2] + "ves")
    return out


def build_ordinary(out: Path = ORDINARY_OUT) -> int:
    try:
        from english_words import get_english_words_set
    except ImportError:
        print("needs the english-words package: pip install english-words==2.0.2", file=sys.stderr)
        return 2
    from safety import gazetteer as gz
    from safety.normalize import normalize
    from safety.phonetic import strict_key

    web2 = get_english_words_set(["web2"], alpha=True)
    # web2 writes proper nouns with a capital: only its lower-case entries. (GCIDE, the other
    # list of the package, capitalises every headword, so its proper nouns cannot be told apart.)
    base = {w for w in web2 if w.islower() and w.isascii() and len(w) >= 3}
    # The name words of every person the gazetteer knows.
    names: set[str] = set()
    rows = [r[0] for r in gz._read_tsv(gz.DATA / "pantheon_names.tsv.gz")]
    rows += [r[0] for r in gz._read_tsv(gz.DATA / "people_extra.tsv")]
    rows += [r[0] for r in gz._read_tsv(gz.DATA / "aliases.tsv")]
    for name in rows:
        toks = normalize(name).tokens
        names.update(t for t in toks if len(t) >= 3)
        if len(toks) >= 2:
            names.add("".join(toks))
    near: set[str] = set()
    for t in names:
        near.add(t)
        if len(t) >= 5:  # the misspelling pass looks at words of 5+ letters
            near.update(t[:i] + t[i + 1:] for i in range(len(t)))
    skeletons = {k for k in (strict_key(t) for t in names) if len(k) >= 5}
    kept = set()
    for b in base:
        for f in inflections(b):
            if (f in near or (len(f) >= 5 and any(f[:i] + f[i + 1:] in near for i in range(len(f))))
                    or strict_key(f) in skeletons):
                kept.add(f)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# ordinary English words near a name of the gazetteer; built by "
                "`python -m safety.dev.build_gazetteer --ordinary` from english-words 2.0.2 "
                "(web2, MIT)\n")
        f.write("\n".join(sorted(kept)) + "\n")
    print(f"wrote {len(kept)} words (of {len(base)} dictionary words) to {out} "
          f"({out.stat().st_size} bytes)", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pantheon", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--ordinary", action="store_true",
                    help="rebuild ordinary_words.txt.gz instead (needs english-words)")
    args = ap.parse_args(argv)
    if args.ordinary:
        return build_ordinary()
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
