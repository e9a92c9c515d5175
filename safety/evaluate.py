"""Measure the moderation: `python -m safety.evaluate [--prompts PATH] [--faces DIR]`.

Prints JSON: per-category recall, benign false-positive rate, the misses, image accuracy
(every probe face refused, every gallery person named, the person not in the gallery refused as
a photorealistic face) and latency p50/p95 of prompt and image checks. Defaults point at the
shared development sets beside the repository (../shared/data/...).
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

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"


def _pct(xs: list[float], q: float) -> float:
    return round(float(np.percentile(np.asarray(xs) * 1000, q)), 1) if xs else 0.0


def evaluate_prompts(mod, path: Path, repeats: int = 3) -> dict:
    rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    per: dict[str, list[int]] = {}
    wrong_cat = 0
    misses: list[dict] = []
    times: list[float] = []
    for r in rows:
        v = None
        for _ in range(repeats):
            t = time.perf_counter()
            v = mod.check_prompt(r["prompt"])
            times.append(time.perf_counter() - t)
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
    out["prompt_latency_ms"] = {"p50": _pct(times, 50), "p95": _pct(times, 95), "n": len(times)}
    return out


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
    # A face-free image and a drawn face must pass.
    extra_ok = []
    blank = Image.fromarray(np.full((480, 640, 3), (90, 160, 220), np.uint8))
    t = time.perf_counter(); v = mod.check_image(blank); times.append(time.perf_counter() - t)
    extra_ok.append(v.allowed)
    n_ok = sum(r["ok"] for r in results)
    return {
        "image_accuracy": round(n_ok / max(len(results), 1), 3),
        "image_n": len(results),
        "face_free_allowed": all(extra_ok),
        "image_results": results,
        "image_latency_ms": {"p50": _pct(times, 50), "p95": _pct(times, 95), "n": len(times)},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--prompts", type=Path, default=SHARED / "moderation" / "dev_prompts.jsonl")
    ap.add_argument("--faces", type=Path, default=SHARED / "faces")
    args = ap.parse_args(argv)
    from safety.moderator import Moderator
    from sora_space.config import Settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(audit_log=Path(tmp) / "audit.jsonl", likeness_dir="")
        t = time.perf_counter()
        mod = Moderator.load(settings)
        report = {"load_seconds": round(time.perf_counter() - t, 2)}
        report.update(evaluate_prompts(mod, args.prompts))
        report.update(evaluate_faces(mod, args.faces))
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
