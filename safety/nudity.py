"""Nudity in uploaded images and generated frames: NudeNet's detector, run by onnxruntime.

The `nudenet` package ships its detector (`320n.onnx`, a YOLOv8n trained by NudeNet's authors
on 18 body-part classes, input 320 x 320). Only the weights file is used: pre- and
post-processing are done here (one resize of an RGB array we already hold, vectorised decoding)
so an image costs one small ONNX run on one thread.

Decision: a class counts when it wins an anchor (NudeNet's own argmax rule) and its score is at
least its threshold in BLOCK. Only *exposed* genitalia, anus, female breasts and buttocks block;
covered parts, bellies, armpits, feet, male chests and faces never do (swimwear, a shirtless man
at the beach and a bare-foot walk pass). Thresholds: NudeNet keeps boxes from 0.2 and publishes no
operating point, and no real nude or swimwear photos are available offline, so these are set from
what was measured here: spurious hits on clothed photos stay under 0.3 (a hand holding a
microphone: MALE_GENITALIA_EXPOSED 0.21-0.29; a lion: 0.24); drawn bare-breasted figures score
FEMALE_BREAST_EXPOSED 0.79-0.81, a drawn flat bare chest (a shirtless man) 0.21-0.54, so breasts
and buttocks (swimwear) block from 0.6 and genitalia and anus from 0.45. Check them on real
frames when any are at hand.

NudeNet also finds faces (FACE_FEMALE / FACE_MALE) in any pose; `Nudity.check` returns their boxes
and scores so the likeness check can use them: where dlib's frontal detector finds nothing
(`faces`, from FACE_MIN), and in place of it when a sure box (`sure_faces`) is a photograph.

Model card: the ONNX file's metadata names Ultralytics' AGPL-3.0 licence (the nudenet package
itself is MIT).
"""

from __future__ import annotations

import ast
import os
import threading
from dataclasses import dataclass, field

import numpy as np

INPUT = 320
# label -> minimum score that blocks
BLOCK = {
    "FEMALE_GENITALIA_EXPOSED": 0.45,
    "MALE_GENITALIA_EXPOSED": 0.45,
    "ANUS_EXPOSED": 0.45,
    "FEMALE_BREAST_EXPOSED": 0.6,
    "BUTTOCKS_EXPOSED": 0.6,
}
FACE_LABELS = ("FACE_FEMALE", "FACE_MALE")
FACE_MIN = 0.2  # face boxes handed to the likeness check (NudeNet's own floor: recall matters there)
FACE_SURE = 0.5  # boxes sure enough to stand in for dlib's detector (see NudityResult.sure_faces)
REPORT_MIN = 0.2  # labels below this are left out of scores (NudeNet's own floor)
LABELS = (
    "FEMALE_GENITALIA_COVERED", "FACE_FEMALE", "BUTTOCKS_EXPOSED", "FEMALE_BREAST_EXPOSED",
    "FEMALE_GENITALIA_EXPOSED", "MALE_BREAST_EXPOSED", "ANUS_EXPOSED", "FEET_EXPOSED",
    "BELLY_COVERED", "FEET_COVERED", "ARMPITS_COVERED", "ARMPITS_EXPOSED", "FACE_MALE",
    "BELLY_EXPOSED", "MALE_GENITALIA_EXPOSED", "ANUS_COVERED", "FEMALE_BREAST_COVERED",
    "BUTTOCKS_COVERED",
)


def model_path() -> str:
    import importlib.util

    spec = importlib.util.find_spec("nudenet")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("nudenet is not installed")
    path = os.path.join(list(spec.submodule_search_locations)[0], "320n.onnx")
    if not os.path.exists(path):
        raise FileNotFoundError(f"missing NudeNet model {path}")
    return path


@dataclass
class NudityResult:
    blocked: bool
    detail: str  # "" or e.g. "FEMALE_BREAST_EXPOSED 0.81"
    scores: dict[str, float]  # best score per label seen (>= REPORT_MIN), rounded
    faces: list[tuple[int, int, int, int]] = field(default_factory=list)  # (l, t, r, b), best first
    face_scores: list[float] = field(default_factory=list)

    @property
    def finding(self) -> str:
        """The strongest blocking label as a visitor reads it: "exposed female breast"."""
        if not self.detail:
            return ""
        words = self.detail.split()[0].lower().split("_")
        return " ".join([words[-1]] + words[:-1]) if words[-1] == "exposed" else " ".join(words)

    @property
    def sure_faces(self) -> list[tuple[int, int, int, int]]:
        return [b for b, s in zip(self.faces, self.face_scores) if s >= FACE_SURE]


def decide(scores: dict[str, float], block: dict[str, float] = BLOCK) -> tuple[bool, str]:
    """The decision on per-label scores: blocked, and the labels over their threshold."""
    hits = sorted(((s, k) for k, s in scores.items() if k in block and s >= block[k]), reverse=True)
    return bool(hits), ", ".join(f"{k} {s:.2f}" for s, k in hits)


def _nms(boxes: np.ndarray, scores: np.ndarray, iou: float = 0.45) -> list[int]:
    order = np.argsort(-scores)
    keep: list[int] = []
    while order.size:
        i = int(order[0])
        keep.append(i)
        if order.size == 1:
            break
        rest = order[1:]
        l = np.maximum(boxes[i, 0], boxes[rest, 0]); t = np.maximum(boxes[i, 1], boxes[rest, 1])
        r = np.minimum(boxes[i, 2], boxes[rest, 2]); b = np.minimum(boxes[i, 3], boxes[rest, 3])
        inter = np.clip(r - l, 0, None) * np.clip(b - t, 0, None)
        area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
        union = area[i] + area[rest] - inter
        order = rest[inter / np.maximum(union, 1e-6) <= iou]
    return keep


class Nudity:
    """Load once (`load()`); `check(rgb)` and `check_batch(frames)` are thread-safe."""

    def __init__(self, path: str | None = None, threads: int = 1) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self.path = path or model_path()
        self.session = ort.InferenceSession(self.path, opts, providers=["CPUExecutionProvider"])
        self.input_name = self.session.get_inputs()[0].name
        names = self.session.get_modelmeta().custom_metadata_map.get("names")
        if names:
            table = ast.literal_eval(names)
            labels = tuple(table[i] for i in range(len(table)))
            if labels != LABELS:
                raise ValueError(f"unexpected NudeNet labels {labels}")
        self.labels = LABELS
        self._block_ids = {self.labels.index(k): k for k in BLOCK}
        self._face_ids = [self.labels.index(k) for k in FACE_LABELS]
        self._lock = threading.Lock()  # one run at a time keeps the one-thread latency honest

    def describe(self) -> str:
        return (f"NudeNet 320n (onnxruntime CPU, {self.session.get_session_options().intra_op_num_threads} "
                f"thread): blocks {', '.join(f'{k}>={v}' for k, v in BLOCK.items())}")

    # -- model I/O ------------------------------------------------------------------------------
    @staticmethod
    def _prepare(rgb: np.ndarray) -> tuple[np.ndarray, float]:
        """NudeNet's input: the image padded right/bottom to a square, scaled to 320, RGB / 255.

        RGB as Ultralytics trains. (nudenet's own reader swaps channels twice for 3-channel input
        and so feeds BGR; scores here differ from its `detect` by up to ~0.1 on the probes.)
        """
        import cv2

        rgb = np.asarray(rgb)
        if rgb.ndim != 3 or rgb.shape[2] != 3:
            raise ValueError(f"expected H x W x 3 RGB, got {rgb.shape}")
        if rgb.dtype != np.uint8:
            rgb = np.clip(rgb, 0, 255).astype(np.uint8)
        h, w = rgb.shape[:2]
        side = max(h, w)
        scale = INPUT / side
        nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
        small = cv2.resize(np.ascontiguousarray(rgb), (nw, nh), interpolation=cv2.INTER_LINEAR)
        canvas = np.zeros((INPUT, INPUT, 3), np.float32)
        canvas[:nh, :nw] = small
        return (canvas * (1 / 255.0)).transpose(2, 0, 1), side / INPUT

    def _decode(self, out: np.ndarray, back: float) -> NudityResult:
        """out: 22 x anchors (cx, cy, w, h, 18 class scores) for one image."""
        cls = out[4:]  # 18 x A
        best = cls.argmax(0)
        best_score = cls[best, np.arange(cls.shape[1])]
        scores: dict[str, float] = {}
        keep = best_score >= REPORT_MIN
        for k in np.unique(best[keep]):
            scores[self.labels[int(k)]] = round(float(best_score[keep & (best == k)].max()), 3)
        blocked, detail = decide(scores)
        faces: list[tuple[int, int, int, int]] = []
        face_scores: list[float] = []
        fmask = np.isin(best, self._face_ids) & (best_score >= FACE_MIN)
        if fmask.any():
            cx, cy, bw, bh = (out[i, fmask] * back for i in range(4))
            boxes = np.stack([cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2], 1)
            fs = best_score[fmask]
            keep = _nms(boxes, fs)
            faces = [tuple(int(round(v)) for v in boxes[i]) for i in keep]
            face_scores = [round(float(fs[i]), 3) for i in keep]
        return NudityResult(blocked, detail, scores, faces, face_scores)

    # -- checks ---------------------------------------------------------------------------------
    def check(self, rgb: np.ndarray) -> NudityResult:
        blob, back = self._prepare(rgb)
        with self._lock:
            out = self.session.run(None, {self.input_name: blob[None]})[0]
        return self._decode(out[0], back)

    def check_batch(self, images: list[np.ndarray]) -> list[NudityResult]:
        if not len(images):
            return []
        prepared = [self._prepare(im) for im in images]
        blob = np.stack([p[0] for p in prepared])
        with self._lock:
            out = self.session.run(None, {self.input_name: blob})[0]
        return [self._decode(out[i], prepared[i][1]) for i in range(len(prepared))]


_shared: Nudity | None = None
_shared_lock = threading.Lock()


def load(threads: int = 1) -> Nudity:
    """The process-wide detector (loaded on first call); raises if nudenet or its model is missing."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Nudity(threads=threads)
        return _shared
