"""Measure the moderation: `python -m safety.dev.evaluate [--split dev|heldout|final|third|fourth|both] [--rows N] [--prompts P] [--faces D]`.

Prints JSON:
- on a labelled prompt file (`--prompts`, default the shared development set beside the
  repository): per-category recall, benign false-positive rate and the misses;
- on the sets in safety/data/eval/ (see its README), for the chosen split: recall per harm
  category, the share of near-misses allowed, the false-positive rate per list of ordinary video
  prompts (short, long, descriptive, chinese) and of a dictionary-word sweep;
- image accuracy on the face probes (`--faces`) and latency p50/p95 of prompt checks (ordinary,
  harmful and 1,000-character prompts) and image checks.
The `*_heldout`, `*_final`, `*_third` and `*_fourth` files are for this measurement only; nothing is tuned on
them, so for those splits a miss or a false positive is printed by its language and style (or the
category that refused it), never by its text: reading the rows would make them training data.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

from safety.harms import DATA
from sora_space.bench.safety import latency_ms, to_length
from sora_space.config import REPO_ROOT

REPO = REPO_ROOT
SHARED = REPO.parent / "shared" / "data"
EVAL = DATA / "eval"
MISS_EXAMPLES = 12  # misses listed per category; the rates count them all
WORD_LIST = Path("/usr/share/dict/american-english-large")  # apt-get install wamerican-large
WORD_FRAMES = ("a {} on a wooden table, soft light", "a close-up of {}, cinematic")


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _timed_check(mod, prompt: str, times: list[float]):
    t = time.perf_counter()
    verdict = mod.check_prompt(prompt)
    times.append(time.perf_counter() - t)
    return verdict


def evaluate_prompts(mod, path: Path, repeats: int = 3) -> dict:
    """The shared development set's format: {"prompt", "expect": block|allow, "category"}."""
    rows = _read_jsonl(path)
    per: dict[str, list[int]] = {}
    wrong_cat = 0
    misses: list[dict] = []
    times: list[float] = []
    for r in rows:
        v = None
        for _ in range(repeats):
            v = _timed_check(mod, r["prompt"], times)
        should_block = r["expect"] == "block"
        ok = (not v.allowed) == should_block
        if ok and should_block and v.category != r["category"]:
            wrong_cat += 1
        per.setdefault(r["category"], []).append(int(ok))
        if not ok:
            misses.append({"prompt": r["prompt"], "expected": r["expect"], "got": v.category or "allow"})
    out = {}
    for cat, oks in sorted(per.items()):
        key = "benign_false_positive_rate" if cat == "benign" else f"{cat}_recall"
        rate = sum(oks) / len(oks)
        out[key] = round(1 - rate if cat == "benign" else rate, 3)
        out[f"{cat}_n"] = len(oks)
    out["blocked_under_other_category"] = wrong_cat
    out["misses"] = misses
    out["prompt_latency_ms"] = latency_ms(times)
    return out


def evaluate_harms(mod, rows: list[dict], times: list[float], show_text: bool) -> dict:
    """Recall per category: a harmful prompt counts when it is refused under any category (a
    refusal is what protects), and `wrong_category` says how many were refused under another.
    Misses are listed by text, or by "lang/style" where `show_text` is off."""
    per: dict[str, dict] = {}
    for r in rows:
        v = _timed_check(mod, r["prompt"], times)
        cat = per.setdefault(r["category"], {"n": 0, "blocked": 0, "wrong_category": 0, "missed": []})
        cat["n"] += 1
        if v.allowed:
            if len(cat["missed"]) < MISS_EXAMPLES:
                cat["missed"].append(r["prompt"] if show_text else f"{r.get('lang')}/{r.get('style')}")
        else:
            cat["blocked"] += 1
            cat["wrong_category"] += v.category != r["category"]
    for cat in per.values():
        cat["recall"] = round(cat.pop("blocked") / cat["n"], 3)
    return dict(sorted(per.items()))


def _false_positives(mod, prompts: list[str], times: list[float], show_text: bool) -> dict:
    blocked = []
    for p in prompts:
        v = _timed_check(mod, p, times)
        if not v.allowed:
            how = (v.scores.get("real_person") or v.scores.get("harm_rule")
                   or ("rules" if v.scores.get("political_rules") else "heads"))
            blocked.append(f"{v.category}: {p}" if show_text
                           else f"{v.category} ({how}): {len(p.split())} words")
    return {"n": len(prompts), "blocked_n": len(blocked),
            "false_positive_rate": round(len(blocked) / max(len(prompts), 1), 4),
            "blocked": blocked[:MISS_EXAMPLES]}


def evaluate_benign(mod, rows: list[dict], key: str, times: list[float], show_text: bool) -> dict:
    """False positives per list (`key` names the row field that says which list); each refusal
    listed with its text, or only its category and length where `show_text` is off."""
    lists: dict[str, list[str]] = {}
    for r in rows:
        lists.setdefault(r[key], []).append(r["prompt"])
    return {name: _false_positives(mod, prompts, times, show_text) for name, prompts in sorted(lists.items())}


def dictionary_words(split: str) -> list[str]:
    """Lower-case alphabetic words of Debian's `wamerican-large` list, halved by a fixed hash:
    `dev` and `heldout` never share a word."""
    import zlib

    text = WORD_LIST.read_text(encoding="utf-8", errors="ignore")
    words = sorted({w for w in text.split() if w.isascii() and w.isalpha() and w.islower()})
    half = {"dev": 0, "heldout": 1}
    return [w for w in words if split == "both" or zlib.crc32(w.encode()) % 2 == half[split]]


def evaluate_dictionary(mod, split: str, limit: int, times: list[float]) -> dict:
    words = dictionary_words(split)
    if limit and len(words) > limit:
        step = len(words) / limit
        words = [words[int(i * step)] for i in range(limit)]
    out = {"words": len(words)}
    for frame in WORD_FRAMES:
        out[frame] = _false_positives(mod, [frame.format(w) for w in words], times, split == "dev")
    return out


def evaluate_sets(mod, split: str, words: int, rows: int = 0) -> dict:
    """Harms, near-misses, ordinary prompts and the word sweep for `split` (dev, heldout, final,
    third, fourth or both: dev and heldout); the sweep has halves for dev and heldout only. Row text is
    printed for dev alone."""
    splits = ("dev", "heldout") if split == "both" else (split,)
    times: dict[str, list[float]] = {"harmful": [], "ordinary": []}
    report: dict = {}
    for s in splits:
        harmful, near, benign = (_read_jsonl(EVAL / f"{kind}_{s}.jsonl")[:rows or None]
                                 for kind in ("harmful", "nearmiss", "benign"))
        show = s == "dev"
        near_fp = evaluate_benign(mod, near, "near", times["ordinary"], show)
        n_near = sum(v["n"] for v in near_fp.values())
        allowed = n_near - sum(v["blocked_n"] for v in near_fp.values())
        report[s] = {
            "harm_recall": evaluate_harms(mod, harmful, times["harmful"], show),
            "near_miss_allowed": round(allowed / max(n_near, 1), 4),
            "near_miss": near_fp,
            "ordinary_prompts": evaluate_benign(mod, benign, "list", times["ordinary"], show),
        }
        if words and WORD_LIST.exists() and s in ("dev", "heldout"):
            report[s]["dictionary"] = evaluate_dictionary(mod, s, words, times["ordinary"])
    long_times: list[float] = []
    for r in benign[:60]:
        _timed_check(mod, to_length(r["prompt"]), long_times)
    report["prompt_latency_ms"] = {
        name: latency_ms(t)
        for name, t in (*times.items(), ("1000_chars", long_times))}
    return report


def evaluate_faces(mod, faces: Path, repeats: int = 2) -> dict:
    results = []
    times: list[float] = []
    for path in sorted((faces / "probes").iterdir()):
        if path.suffix.lower() not in {".jpg", ".jpeg", ".png", ".webp"}:
            continue
        stem = path.stem
        person = stem.split("__")[0]
        in_gallery = person != "not_in_gallery"
        v = None
        for _ in range(repeats):
            with Image.open(path) as im:
                im.load()
                t = time.perf_counter()
                v = mod.check_image(im)
                times.append(time.perf_counter() - t)
        expected_name = " ".join(p.capitalize() for p in person.split("_")) if in_gallery else None
        ok = (not v.allowed) and v.category == "real_person"
        named = expected_name in v.reason if expected_name else None
        results.append({"probe": path.name, "refused": not v.allowed, "named": named,
                        "ok": bool(ok and (named is not False)), "reason": v.reason})
    # A face-free image must pass.
    blank = Image.fromarray(np.full((480, 640, 3), (90, 160, 220), np.uint8))
    t = time.perf_counter(); v = mod.check_image(blank); times.append(time.perf_counter() - t)
    n_ok = sum(r["ok"] for r in results)
    return {
        "image_accuracy": round(n_ok / max(len(results), 1), 3),
        "image_n": len(results),
        "face_free_allowed": v.allowed,
        "image_results": results,
        "image_latency_ms": latency_ms(times),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--prompts", type=Path, default=SHARED / "moderation" / "dev_prompts.jsonl")
    ap.add_argument("--faces", type=Path, default=SHARED / "faces")
    ap.add_argument("--split", choices=("dev", "heldout", "final", "third", "fourth", "both", "none"), default="heldout",
                    help="which part of safety/data/eval to measure ('none': skip those sets)")
    ap.add_argument("--rows", type=int, default=0,
                    help="only the first ROWS of each file, for a quick run (0: all)")
    ap.add_argument("--words", type=int, default=20000,
                    help="dictionary words per split for the sweep (0: skip it)")
    args = ap.parse_args(argv)
    from safety.moderator import Moderator
    from sora_space.config import Settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(audit_log=Path(tmp) / "audit.jsonl", likeness_dir="")
        t = time.perf_counter()
        mod = Moderator.load(settings)
        report = {"load_seconds": round(time.perf_counter() - t, 2)}
        if args.prompts.exists():
            report.update(evaluate_prompts(mod, args.prompts))
        if args.split != "none":
            report["eval_sets"] = evaluate_sets(mod, args.split, args.words, args.rows)
        if args.faces.exists():
            report.update(evaluate_faces(mod, args.faces))
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
