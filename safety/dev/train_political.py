"""Train the political-deception head: `python -m safety.dev.train_political`.

Embeds safety/data/political_train.jsonl with MiniLM (offline), each prompt read through
`political.head_text` exactly as at run time (for a long prompt, the stretch around its civic cue),
fits an L2-regularised logistic regression in numpy on the "train" rows, picks the decision threshold on the "val" rows (the
lowest threshold whose validation false-positive rate is at most 2%, then capped to [0.5, 0.9]),
never below FLOOR, prints validation precision/recall, and saves w, b, threshold to safety/data/political_head.npz.
The shared dev set is never read here.
"""

from __future__ import annotations

import json
import sys

import numpy as np

from safety.political import HEAD_PATH, DATA, Embedder, head_text


FLOOR = 0.75


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 3000,
                 lr: float = 2.0) -> tuple[np.ndarray, float]:
    """Class-balanced, L2-regularised logistic regression by full-batch gradient descent."""
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
    x = emb.encode([head_text(r["text"]) for r in rows]).astype(np.float64)
    y = np.array([r["label"] for r in rows], dtype=np.float64)
    tr = np.array([r["split"] == "train" for r in rows])
    w, b = fit_logistic(x[tr], y[tr])
    pv = 1 / (1 + np.exp(-(x[~tr] @ w + b)))
    yv = y[~tr]
    best = 0.9
    for t in np.arange(0.5, 0.91, 0.01):
        fp = ((pv >= t) & (yv == 0)).sum() / max((yv == 0).sum(), 1)
        if fp <= 0.02:
            best = float(t)
            break
    # The validation rows come from the same templates as the training rows, so the threshold it
    # picks is optimistic; never go below FLOOR. Measured 2026-12-07 with the long descriptive rows:
    # validation negatives reach 0.69, the ordinary prompts of our own sets that pass the gate
    # (civic words or a newscast in long paragraphs, Chinese "news anchor") up to 0.60, while the
    # 10th percentile of validation positives is 0.74 and head-only political paraphrases 0.75+.
    best = max(best, FLOOR)
    pred = pv >= best
    tp = (pred & (yv == 1)).sum()
    report = {
        "train_rows": int(tr.sum()), "val_rows": int((~tr).sum()), "threshold": round(best, 2),
        "val_recall": round(float(tp / max((yv == 1).sum(), 1)), 3),
        "val_precision": round(float(tp / max(pred.sum(), 1)), 3),
        "val_fp_rate": round(float((pred & (yv == 0)).sum() / max((yv == 0).sum(), 1)), 3),
        "val_negative_max_p": round(float(pv[yv == 0].max()), 3),
        "val_positive_p10": round(float(np.quantile(pv[yv == 1], 0.1)), 3),
    }
    np.savez_compressed(HEAD_PATH, w=w.astype(np.float32), b=np.float32(b),
                        threshold=np.float32(best))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
