"""Hashed word and character n-gram scores per harm category: the cheap first look at a prompt.

Features of a text: its words, word pairs, and the 3- to 5-character pieces of each word (with
word boundaries), hashed into BUCKETS slots, present or not, L2-normalised. Character pieces
carry misspellings, glued words and scripts the gloss does not cover. One logistic output per
category (`safety.harms.CATEGORIES`), trained by `python -m safety.dev.train_harms`; weights in
safety/data/harm_ngrams.npz.

It is not a verdict. `safety.harms` uses it to decide whether the MiniLM head runs on a prompt
with no cue word (a score over the saved `gate`), and which stretch of a long prompt the head
reads. A few microseconds per prompt where the embedding costs 10-40 ms.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import numpy as np

NGRAMS_PATH = Path(__file__).resolve().parent / "data" / "harm_ngrams.npz"
BUCKETS = 2**16
_WORD = re.compile(r"\w+")


def features(text: str) -> np.ndarray:
    """Sorted, unique bucket ids of `text`'s words, word pairs and 3-5-character word pieces."""
    words = _WORD.findall(text.lower())
    keys = {"w:" + w for w in words}
    keys.update(f"b:{a} {b}" for a, b in zip(words, words[1:]))
    for w in set(words):
        padded = f"<{w}>"
        for n in (3, 4, 5):
            keys.update("c:" + padded[i:i + n] for i in range(len(padded) - n + 1))
    return np.array(sorted({zlib.crc32(k.encode()) % BUCKETS for k in keys}), dtype=np.int64)


class NgramScorer:
    def __init__(self, w: np.ndarray, b: np.ndarray, gate: float = 1.0, gate_long: float = 1.0) -> None:
        self.w = np.asarray(w, np.float32)  # BUCKETS x categories
        self.b = np.asarray(b, np.float32)
        self.gate = float(gate)
        self.gate_long = float(gate_long)
        if self.w.shape[0] != BUCKETS:
            raise ValueError(f"n-gram weights have {self.w.shape[0]} buckets, expected {BUCKETS}")

    @classmethod
    def load(cls, path: Path = NGRAMS_PATH) -> "NgramScorer":
        with np.load(path) as z:
            return cls(z["w"], z["b"], float(z["gate"]), float(z["gate_long"]))

    def save(self, path: Path = NGRAMS_PATH) -> None:
        np.savez_compressed(path, w=self.w.astype(np.float16), b=self.b, gate=np.float32(self.gate),
                            gate_long=np.float32(self.gate_long))

    def probabilities(self, text: str) -> np.ndarray:
        """P(category) per harm category for `text`."""
        idx = features(text)
        if not len(idx):
            return 1.0 / (1.0 + np.exp(-self.b))
        z = self.w[idx].sum(0) / np.sqrt(len(idx)) + self.b
        return 1.0 / (1.0 + np.exp(-z))


def feature_matrix(texts: list[str]):
    """The training design matrix (scipy CSR, rows L2-normalised), as `probabilities` sees it."""
    import scipy.sparse as sp

    ids = [features(t) for t in texts]
    rows = np.repeat(np.arange(len(ids)), [len(i) for i in ids])
    x = sp.csr_matrix((np.ones(len(rows)), (rows, np.concatenate(ids))), shape=(len(ids), BUCKETS))
    norms = np.sqrt(np.maximum(np.asarray(x.sum(1)).ravel(), 1))
    return sp.diags(1 / norms) @ x
