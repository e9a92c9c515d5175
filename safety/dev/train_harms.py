"""Train the harm heads: `python -m safety.dev.train_harms [--cache FILE] [-v]`.

Data: safety/data/harm_train.jsonl (templated, `python -m safety.dev.make_harm_data`),
safety/data/harm_handwritten.jsonl (written by hand by nine authors who never saw the rules, the
training data or the evaluation sets; `set: round2` is the fourth, with paraphrases, fiction,
long buried-harm prompts and Korean, Turkish, Italian and Indonesian rows; `set: round3` the
fifth: 260 weapons and 260 hate requests, mostly euphemism and coded language, and 320 harmless
look-alikes; `set: round4` the sixth: 450 harmless instructions and crime/war/heist film-style
prompts, for the memory's vote; `set: round5` the seventh and eighth: 420 hate requests in 17
languages and 300 look-alikes, 160 children's scenes; `set: round6` the ninth: self_harm,
violence, weapons and sexual requests in video-prompt style and euphemism, 360 look-alikes),
safety/data/minors_probes.jsonl (three rounds of
euphemistic, fictional and translated minors requests plus harmless children's scenes, written to
probe the zero-tolerance check; the helpers who wrote harm_handwritten declined to write minors
rows), the political head's prompts as harmless rows (news
footage, arrests, fake media: the political check's call), each with its own "train"/"val"
split, and the `*_dev`
evaluation sets (30 % kept for validation by a fixed hash). The held-out and final evaluation
sets are never read.

1. The n-gram scorer (`safety.harm_ngrams`): one class-balanced logistic regression per category
   on the hashed n-grams of the rules' view of each prompt (`harms._texts`). Its `gate` is the
   highest score at which the head still runs (cue word, or n-gram score over the gate) on at
   least GATE_RECALL of the harmful validation rows; `gate_long`, for prompts over
   LONG_PROMPT_WORDS words, the lowest at which it runs on at most MAX_LONG_RUNS of the long
   ordinary prompts.
2. The MiniLM head: one L2-regularised, class-balanced logistic regression per category in numpy
   on the MiniLM embedding of exactly what the classifier embeds (`HarmClassifier.head_text`).
   The classifier averages its probability with the n-gram one (each view catches what the
   other misses: obfuscated and foreign words, paraphrases). Each threshold, on that average, is
   the lowest in [FLOOR, 0.99] at which at most MAX_ORDINARY_FP of the ordinary
   validation prompts and MAX_HARD_FP of the hand-written hard negatives and dev near-misses
   (children at play, boxing, a pride parade, a chemistry class...) score above it.
3. Minors: `HarmClassifier.sexual_without_minors` (the sexual probability with every minor word
   read as "person") on every row with a minor term; its threshold `minor_sexual` is the lowest
   in [FLOOR, 0.99] at which at most MAX_MINOR_FP of the harmless ones score above it.
4. The memory (`HarmMemory.votes`): every training row's embedding (int8) and labels. Per
   category the vote share that also refuses is the lowest in VOTE_SHARES at which the whole
   classifier refuses at most MAX_VOTE_ORDINARY_GAIN more of the ordinary validation prompts
   and of the dictionary sweep's dev half (short prompts of odd words, where ten neighbours are
   a noisy vote) and MAX_VOTE_HARD_GAIN more of the hard negatives than without the vote, and
   off where no share refuses a harmful validation row the classifier let through.
Prints validation recall per category (rules, rules + heads) and false positives; saves
safety/data/harm_ngrams.npz, safety/data/harm_head.npz and safety/data/harm_memory.npz.
"""

from __future__ import annotations

import json
import sys
import zlib

import numpy as np

from safety.harm_ngrams import BUCKETS, NGRAMS_PATH, NgramScorer, feature_matrix
from safety.dev.evaluate import EVAL, WORD_FRAMES, dictionary_words
from safety.harms import (CATEGORIES, DATA, HEAD_PATH, LONG_PROMPT_WORDS, _MINOR, HarmClassifier, HarmHead,
                          HarmMemory, _minor_age, _texts, gloss_terms, rule_check)
from safety.normalize import normalize
from safety.political import Embedder
from safety.dev.train_political import fit_logistic

FLOOR = 0.4
MAX_ORDINARY_FP = 0.001
MAX_HARD_FP = 0.05
MAX_MINOR_FP = 0.002  # of the harmless rows with a minor in them, read as sexual about an adult
GATE_RECALL = 0.985
MAX_LONG_RUNS = 0.01  # of long ordinary prompts that the head may run on (its embedding is the cost)
VOTE_SHARES = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
MAX_VOTE_ORDINARY_GAIN = 0.001
MAX_VOTE_HARD_GAIN = 0.005
VOTE_OFF = 2.0
SWEEP_WORDS = 8000  # of the dictionary's dev half, evenly spaced
NGRAM_C = 8.0


def _dev_rows() -> list[dict]:
    """The dev halves of the evaluation sets (never the held-out or final ones), 30 % of each
    kept for validation by a fixed hash."""
    rows = []
    for name, kind in (("harmful_dev", "hand"), ("nearmiss_dev", "hand"), ("benign_dev", "ordinary")):
        for line in open(EVAL / f"{name}.jsonl", encoding="utf-8"):
            r = json.loads(line)
            category = r.get("category")
            labels = [category, "sexual"] if category == "minors" else [category] if category else []
            split = "val" if zlib.crc32(r["prompt"].encode()) % 10 < 3 else "train"
            rows.append({"text": r["prompt"], "labels": labels, "split": split, "source": "dev", "kind": kind})
    return rows


def load_rows() -> list[dict]:
    rows = [{**json.loads(line), "source": "templated", "kind": "ordinary"}
            for line in open(DATA / "harm_train.jsonl", encoding="utf-8")]
    rows += [{**json.loads(line), "source": "handwritten", "kind": "hand"}
             for line in open(DATA / "harm_handwritten.jsonl", encoding="utf-8")]
    rows += [{**json.loads(line), "source": "probes", "kind": "hand"}
             for line in open(DATA / "minors_probes.jsonl", encoding="utf-8")]
    # The political head's prompts (news footage, arrests, rallies, fake media) are harmless here:
    # deception is the political check's call, not a harm category's.
    rows += [{"text": r["text"], "labels": [], "split": r["split"], "source": "political", "kind": "ordinary"}
             for r in map(json.loads, open(DATA / "political_train.jsonl", encoding="utf-8"))]
    return rows + _dev_rows()


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


def fit_ngrams(views: list[str], y: np.ndarray, tr: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    x = feature_matrix(views)
    w = np.zeros((BUCKETS, len(CATEGORIES)))
    b = np.zeros(len(CATEGORIES))
    for j in range(len(CATEGORIES)):
        model = LogisticRegression(C=NGRAM_C, class_weight="balanced", max_iter=5000)
        model.fit(x[tr], y[tr, j])
        w[:, j], b[j] = model.coef_[0], model.intercept_[0]
    return w, b


def main(argv: list[str] | None = None) -> int:
    argv = argv or []
    rows = load_rows()
    norms = [normalize(r["text"]) for r in rows]
    extras = [gloss_terms(r["text"]) for r in rows]
    views = [_texts(n, e) for n, e in zip(norms, extras)]
    rule = [hit.category if (hit := rule_check(v)) else None for v in views]
    y = np.array([[c in r["labels"] for c in CATEGORIES] for r in rows], dtype=np.float64)
    tr = np.array([r["split"] == "train" for r in rows])
    va = ~tr
    harmful_va = va & (y.sum(1) > 0)
    hand = np.array([r["kind"] == "hand" for r in rows])
    ordinary_va = va & (y.sum(1) == 0) & ~hand
    hard_va = va & (y.sum(1) == 0) & hand

    # 1. n-grams, and the gate
    w_ng, b_ng = fit_ngrams(views, y, tr)
    clf = HarmClassifier(ngrams=NgramScorer(w_ng.astype(np.float16), b_ng))  # fp16, as saved and used
    ngram = np.array([clf.ngrams.probabilities(v) for v in views])
    score = ngram.max(1)
    cue = np.array([clf.wants_head(n, e, None) for n, e in zip(norms, extras)])
    gate = 0.5
    for g in np.arange(0.5, 0.019, -0.01):
        if (cue | (score >= g))[harmful_va].mean() >= GATE_RECALL:
            gate = float(g)
            break
    long = np.array([len(n.tokens) > LONG_PROMPT_WORDS for n in norms])
    ordinary_long = long & (y.sum(1) == 0) & ~hand
    gate_long = next((float(g) for g in np.arange(gate, 1.0, 0.01)
                      if (cue | (score >= g))[ordinary_long].mean() <= MAX_LONG_RUNS), 1.0)
    clf.ngrams.gate, clf.ngrams.gate_long = gate, gate_long
    clf.ngrams.save(NGRAMS_PATH)
    runs = cue | (score >= np.where(long, gate_long, gate))

    # 2. the MiniLM head
    x = _embed([clf.head_text(n, e) for n, e in zip(norms, extras)], argv)
    W = np.zeros((x.shape[1], len(CATEGORIES)))
    B = np.zeros(len(CATEGORIES))
    T = np.zeros(len(CATEGORIES))
    report: dict = {"train_rows": int(tr.sum()), "val_rows": int(va.sum()), "ngram_gate": round(gate, 2),
                    "ngram_gate_long": round(gate_long, 2),
                    "head_runs_on": {"harmful_val": round(float(runs[harmful_va].mean()), 3),
                                     "ordinary_val": round(float(runs[ordinary_va].mean()), 3),
                                     "hard_negative_val": round(float(runs[hard_va].mean()), 3)}}
    for j, c in enumerate(CATEGORIES):
        w, b = fit_logistic(x[tr], y[tr, j], steps=2500)
        p = np.where(runs, (1 / (1 + np.exp(-(x @ w + b))) + ngram[:, j]) / 2, 0.0)
        t_best = 0.99
        for t in np.arange(FLOOR, 0.991, 0.01):
            if (p[ordinary_va] >= t).mean() <= MAX_ORDINARY_FP and (p[hard_va] >= t).mean() <= MAX_HARD_FP:
                t_best = float(t)
                break
        W[:, j], B[j], T[j] = w, b, t_best
        report[c] = {"threshold": round(t_best, 2)}

    # 3. minors: the sexual probability with the minor words read as "person", on every row with
    # a minor term; the threshold keeps MAX_MINOR_FP of the harmless ones (children at play).
    head = HarmHead(W, B, T, minor_sexual=1.0)  # float32, as saved
    memory = HarmMemory(np.round(x[tr] * 127).clip(-127, 127), y[tr] > 0,
                        np.full(len(CATEGORIES), VOTE_OFF))  # int8, as saved
    decide = HarmClassifier(Embedder(), head, clf.ngrams, memory)
    with_minor = [i for i, v in enumerate(views) if _MINOR.search(v) or _minor_age(v)]
    adult = {i: decide.sexual_without_minors(norms[i], extras[i]) for i in with_minor}
    harmless = np.array([adult[i] for i in with_minor if y[i].sum() == 0])
    minor_sexual = next((float(t) for t in np.arange(FLOOR, 0.991, 0.01)
                         if (harmless >= t).mean() <= MAX_MINOR_FP), 0.99)
    head.minor_sexual = minor_sexual
    head.save(HEAD_PATH)
    report["minors"]["sexual_if_adult_threshold"] = round(minor_sexual, 2)
    report["minors"]["harmless_rows_with_a_minor"] = len(harmless)

    # 4. the memory's vote shares, each category on its own against the classifier without votes
    def verdicts(idx) -> dict[int, str]:
        return {i: getattr(decide.check(norms[i]), "category", "") for i in idx}

    val = np.where(va)[0]
    base = verdicts(val)
    votes = {i: memory.votes(x[i]) for i in val if runs[i]}
    was = np.array([bool(base.get(i)) for i in range(len(rows))])
    words = dictionary_words("dev")
    words = words[::max(1, len(words) // SWEEP_WORDS)]
    sweep = [normalize(frame.format(w)) for frame in WORD_FRAMES for w in words]
    sweep_votes = {}
    for k, n in enumerate(sweep):
        e = gloss_terms(n.original)
        if decide.wants_head(n, e, clf.ngrams.probabilities(_texts(n, e))):
            sweep_votes[k] = memory.votes(decide.embedder.encode([decide.head_text(n, e)])[0])
    sweep_base = {k: getattr(decide.check(sweep[k]), "category", "") for k in sweep_votes}
    for j, c in enumerate(CATEGORIES):
        for share in VOTE_SHARES:
            memory.thresholds[j] = share
            changed = verdicts([i for i, v in votes.items() if v[j] >= share and base[i] != c])
            now = {**base, **changed}
            refused = np.array([bool(now.get(i)) for i in range(len(rows))])
            gained = [i for i, cat in changed.items() if cat == c and y[i, j]]
            sweep_gain = sum(not sweep_base[k] and decide.check(sweep[k]) is not None
                             for k, v in sweep_votes.items() if v[j] >= share) / len(sweep)
            if (gained and refused[ordinary_va].mean() - was[ordinary_va].mean() <= MAX_VOTE_ORDINARY_GAIN
                    and sweep_gain <= MAX_VOTE_ORDINARY_GAIN
                    and refused[hard_va].mean() - was[hard_va].mean() <= MAX_VOTE_HARD_GAIN):
                break
        else:
            memory.thresholds[j] = VOTE_OFF
        report[c]["vote_share"] = round(float(memory.thresholds[j]), 2)
    memory.save()
    # Validation through the classifier itself, with every filter it applies after the head.
    P = np.where(runs[:, None], (1 / (1 + np.exp(-(x @ W + B))) + ngram) / 2, 0.0)
    ruled = np.array([r is not None for r in rule])
    blocked = np.array([va[i] and decide.check(norms[i]) is not None for i in range(len(rows))])
    for j, c in enumerate(CATEGORIES):
        for source in ("templated", "handwritten", "probes", "dev"):
            pos = harmful_va & (y[:, j] == 1) & (np.array([r["source"] for r in rows]) == source)
            if c == "sexual":
                pos &= y[:, 0] == 0  # minors rows carry sexual too
            if pos.any():
                report[c][source] = {"n": int(pos.sum()), "rules": round(float(ruled[pos].mean()), 3),
                                     "rules_and_heads": round(float(blocked[pos].mean()), 3)}
    report["false_positives"] = {"ordinary_val": round(float(blocked[ordinary_va].mean()), 4),
                                 "hard_negative_val": round(float(blocked[hard_va].mean()), 4)}
    print(json.dumps(report, indent=1))
    if "-v" in argv:
        for i in np.where(blocked & va & (y.sum(1) == 0))[0]:
            print("val harmless blocked:", rule[i], np.round(P[i], 2).tolist(), rows[i]["text"][:160])
        for i in np.where(~blocked & harmful_va)[0]:
            print("val missed:", rows[i]["labels"], np.round(P[i], 2).tolist(), rows[i]["text"][:160])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
