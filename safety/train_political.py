"""Train the political-deception head: `python -m safety.train_political`.

Embeds safety/data/political_train.jsonl with MiniLM (offline), fits an L2-regularised logistic
regression in numpy on the "train" rows, picks the decision threshold on the "val" rows (the
lowest threshold whose validation false-positive rate is at most 2%, then capped to [0.5, 0.9]),
never below FLOOR, prints validation precision/recall, and saves w, b, threshold to safety/data/political_head.npz.
The shared dev set is never read here.
"""

from __future__ import annotations

import json
import sys

import numpy as np

from safety.political import HEAD_PATH, DATA, Embedder, gloss


FLOOR = 0.75


def _fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 3000, lr: float = 2.0):
    w = np.zeros(x.shape[1], dtype=np.float64)
    b = 0.0
    pos_w = (len(y) - y.sum()) / max(y.sum(), 1)  # balance classes
    sw = np.where(y == 1, pos_w, 1.0)
    sw = sw / sw.mean()
    for _ in range(steps):
        z = x @ w + b
        p = 1 / (1 + np.exp(-z))
        g = (p - y) * sw
        w -= lr * (x.T @ g / len(y) + l2 * w)
        b -= lr * g.mean()
    return w, b


def main(argv: list[str] | None = None) -> int:
    rows = [json.loads(l) for l in open(DATA / "political_train.jsonl", encoding="utf-8")]
    emb = Embedder()
    x = emb.encode([gloss(r["text"]) for r in rows]).astype(np.float64)
    y = np.array([r["label"] for r in rows], dtype=np.float64)
    tr = np.array([r["split"] == "train" for r in rows])
    w, b = _fit(x[tr], y[tr])
    pv = 1 / (1 + np.exp(-(x[~tr] @ w + b)))
    yv = y[~tr]
    best = 0.9
    for t in np.arange(0.5, 0.91, 0.01):
        fp = ((pv >= t) & (yv == 0)).sum() / max((yv == 0).sum(), 1)
        if fp <= 0.02:
            best = float(t)
            break
    # The validation rows come from the same templates as the training rows, so the threshold it
    # picks is optimistic; never go below FLOOR (measured: ordinary civic and "security camera"
    # prompts of our own benign lists reach ~0.56, head-only political paraphrases ~0.77+).
    best = max(best, FLOOR)
    pred = pv >= best
    tp = (pred & (yv == 1)).sum()
    report = {
        "train_rows": int(tr.sum()), "val_rows": int((~tr).sum()), "threshold": round(best, 2),
        "val_recall": round(float(tp / max((yv == 1).sum(), 1)), 3),
        "val_precision": round(float(tp / max(pred.sum(), 1)), 3),
        "val_fp_rate": round(float((pred & (yv == 0)).sum() / max((yv == 0).sum(), 1)), 3),
    }
    np.savez_compressed(HEAD_PATH, w=w.astype(np.float32), b=np.float32(b),
                        threshold=np.float32(best))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
