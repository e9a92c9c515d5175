"""Train the harm-category head: `python -m safety.train_harms`.

Embeds safety/data/harm_train.jsonl (written by `python -m safety.make_harm_data`) with MiniLM
(offline, the political module's `Embedder.encode`, as the classifier does), on exactly the text the classifier embeds at run
time (`HarmClassifier.head_text`: the cue-bearing sentences of the de-obfuscated prompt plus the
English gloss). Fits one L2-regularised, class-balanced logistic regression per category in numpy
on the "train" rows and picks each category's threshold on the "val" rows: the lowest threshold
in [FLOOR, 0.99] at which at most MAX_VAL_FP of the harmless validation rows that reach the head
(they carry a cue word) score above it. Prints validation precision/recall per category, for the
head alone and for rules + head, and saves w (384 x 6), b, thresholds and the category names to
safety/data/harm_head.npz (float32). The shared dev and held-out evaluation sets are never read.
"""

from __future__ import annotations

import json
import sys

import numpy as np

from safety.harms import CATEGORIES, DATA, HEAD_PATH, HarmClassifier, _texts, gloss_terms, rule_check
from safety.normalize import normalize
from safety.political import Embedder
from safety.train_political import fit_logistic

FLOOR = 0.75  # the val rows share templates with the train rows: thresholds chosen there are optimistic
MAX_VAL_FP = 0.0  # of the harmless validation rows that reach the head (they carry a cue word)


def head_inputs(rows: list[dict]) -> tuple[list[str], np.ndarray, list]:
    """(text to embed, whether the head would run at all, rule verdict) per row."""
    texts, gated, rule = [], [], []
    for r in rows:
        norm = normalize(r["text"])
        extra = gloss_terms(r["text"])
        ht = HarmClassifier.head_text(norm, extra)
        gated.append(ht is not None)
        texts.append(ht if ht is not None else " ".join(norm.tokens + extra))
        hit = rule_check(_texts(norm, extra))
        rule.append(hit.category if hit else None)
    return texts, np.array(gated), rule


def _embed(texts: list[str], argv: list[str]) -> np.ndarray:
    """MiniLM embeddings; `--cache FILE` keeps them between runs (keyed by text)."""
    cache: dict[str, np.ndarray] = {}
    path = argv[argv.index("--cache") + 1] if "--cache" in argv else None
    if path:
        try:
            with np.load(path, allow_pickle=False) as z:
                cache = dict(zip(z["texts"].tolist(), z["x"]))
        except OSError:
            pass
    todo = [t for t in dict.fromkeys(texts) if t not in cache]
    if todo:
        emb = Embedder()
        for t, e in zip(todo, emb.encode(todo)):
            cache[t] = e
        if path:
            np.savez(path, texts=np.array(list(cache)), x=np.stack(list(cache.values())))
    return np.stack([cache[t] for t in texts]).astype(np.float64)


def main(argv: list[str] | None = None) -> int:
    rows = [json.loads(l) for l in open(DATA / "harm_train.jsonl", encoding="utf-8")]
    texts, gated, rule = head_inputs(rows)
    x = _embed(texts, argv or [])
    y = np.array([[c in r["labels"] for c in CATEGORIES] for r in rows], dtype=np.float64)
    tr = np.array([r["split"] == "train" for r in rows])
    va = ~tr
    benign_va = va & (y.sum(1) == 0)
    W = np.zeros((x.shape[1], len(CATEGORIES)))
    B = np.zeros(len(CATEGORIES))
    T = np.zeros(len(CATEGORIES))
    report: dict = {"train_rows": int(tr.sum()), "val_rows": int(va.sum()),
                    "val_benign_reaching_head": int((benign_va & gated).sum())}
    for j, c in enumerate(CATEGORIES):
        w, b = fit_logistic(x[tr], y[tr, j], steps=2500)
        p = 1 / (1 + np.exp(-(x @ w + b)))
        p_run = np.where(gated, p, 0.0)
        neg = p[benign_va & gated]  # the harmless rows the head sees
        t_best = 0.99
        for t in np.arange(FLOOR, 0.991, 0.01):
            if (neg >= t).mean() <= MAX_VAL_FP:
                t_best = float(t)
                break
        W[:, j], B[j], T[j] = w, b, t_best
        pos = va & (y[:, j] == 1)
        pred = p_run >= t_best
        report[c] = {"threshold": round(t_best, 2),
                     "head_val_recall": round(float(pred[pos].mean()), 3),
                     "head_val_benign_fp": round(float(pred[benign_va].mean()), 4)}
    # rules + head, as the classifier decides
    P = 1 / (1 + np.exp(-(x @ W + B)))
    head_any = gated[:, None] & (P >= T)
    blocked = np.array([rule[i] is not None or head_any[i].any() for i in range(len(rows))])
    for j, c in enumerate(CATEGORIES):
        pos = va & (y[:, j] == 1)
        report[c]["rules_val_recall"] = round(float(np.mean([rule[i] is not None for i in np.where(pos)[0]])), 3)
        report[c]["rules_plus_head_val_recall"] = round(float(blocked[pos].mean()), 3)
    report["rules_plus_head_val_benign_fp"] = round(float(blocked[benign_va].mean()), 4)
    report["rules_val_benign_fp"] = round(float(np.mean([rule[i] is not None for i in np.where(benign_va)[0]])), 4)
    np.savez_compressed(HEAD_PATH, w=W.astype(np.float32), b=B.astype(np.float32),
                        thresholds=T.astype(np.float32), categories=np.array(CATEGORIES))
    print(json.dumps(report, indent=1))
    if "-v" in (argv or []):
        for i in np.where(blocked & benign_va)[0]:
            print("val benign blocked:", rule[i], np.round(P[i], 2).tolist(), rows[i]["text"][:160])
        for i in np.where(~blocked & va & (y.sum(1) > 0))[0]:
            print("val missed:", rows[i]["labels"], np.round(P[i], 2).tolist(), rows[i]["text"][:160])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
