"""The one object the app talks to: `Moderator.load(settings)` once, then the three checks.

    check_prompt(text)    -> Verdict   harms (minors first, then sexual, violence, self_harm, hate,
                                       weapons), then real_person (gazetteer, roles), then political
    check_image(image)    -> Verdict   nudity (NudeNet), OpenCLIP when configured, then any
                                       photorealistic face refused; gallery matches named
    check_frames(frames)  -> Verdict   a few sampled frames: nudity, OpenCLIP, gallery matches

Everything is loaded in `load` and any failure raises, so the app fails closed at start-up;
an exception inside a check propagates (the service turns it into a refusal). Checks are
thread-safe: the face models run under a lock, the rest is read-only after loading.
Blocks are appended to a size-bounded JSONL audit log (time, check, category, a SHA-256 of the
prompt) that never holds the prompt text or any image.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from pathlib import Path

import numpy as np
from PIL import Image

from safety import clip_check
from safety import gazetteer as gazetteer_mod
from safety import harms as harms_mod
from safety import likeness as likeness_mod
from safety import nudity as nudity_mod
from safety import political as political_mod
from safety.normalize import normalize
from safety.policy import REASONS
from safety.roles import find_role
from safety.verdict import Verdict

log = logging.getLogger("safety")

AUDIT_MAX_BYTES = 5 * 1024 * 1024
FRAME_SAMPLES = 4
MAX_PROMPT_CHARS = 4000


def prompt_sha256(prompt: str) -> str:
    """How prompts are kept anywhere on disk: never the text, only this hash."""
    return hashlib.sha256(prompt.encode("utf-8", "surrogatepass")).hexdigest()


class AuditLog:
    """Append-only JSONL of blocks; past max_bytes the file is rotated to <name>.1 (one kept)."""

    def __init__(self, path: Path | str | None, max_bytes: int = AUDIT_MAX_BYTES) -> None:
        self.path = Path(path).expanduser() if path else None
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)

    def record(self, check: str, category: str | None, prompt: str | None = None) -> None:
        if self.path is None:
            return
        entry = {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "check": check,
                 "category": category}
        if prompt is not None:
            entry["prompt_sha256"] = prompt_sha256(prompt)
        line = json.dumps(entry) + "\n"
        with self._lock:
            try:
                if self.path.exists() and self.path.stat().st_size + len(line) > self.max_bytes:
                    os.replace(self.path, self.path.with_name(self.path.name + ".1"))
                with open(self.path, "a", encoding="utf-8") as f:
                    f.write(line)
            except OSError:
                # The audit trail must not turn a correct block into an outage.
                log.exception("could not write the moderation audit log")


def _reason(category: str, detail: str = "") -> str:
    return REASONS[category].format(detail=detail)


class Moderator:
    def __init__(self, harms, gazetteer, political, likeness, nudity, audit: AuditLog,
                 clip=None) -> None:
        self.harms = harms
        self.gazetteer = gazetteer
        self.political = political
        self.likeness = likeness
        self.nudity = nudity
        self.audit = audit
        self.clip = clip  # None: OpenCLIP off

    @classmethod
    def load(cls, settings) -> "Moderator":
        """Load every model and list once; raises if anything is missing or broken."""
        # The one check with hub weights loads before the offline switch (on a GPU Space only).
        clip = clip_check.load(getattr(settings, "clip_model", ""))
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        gaz = gazetteer_mod.load()
        embedder = political_mod.Embedder()
        pol = political_mod.load(embedder)
        harms = harms_mod.load(embedder)
        like = likeness_mod.Likeness(likeness_mod.gallery_dirs(settings))
        if len(like.gallery) == 0:
            raise RuntimeError("the likeness gallery is empty")
        nude = nudity_mod.load()
        audit = AuditLog(getattr(settings, "audit_log", None))
        log.info("moderation: prompt checks: %s, real_person, political; image checks: %s; %s; %s",
                 ", ".join(harms_mod.CATEGORIES), nude.describe(), like.describe(),
                 clip.describe() if clip else "OpenCLIP off (SORA_SPACE_CLIP_MODEL empty)")
        return cls(harms, gaz, pol, like, nude, audit, clip)

    # -- prompts ----------------------------------------------------------------------------
    def check_prompt(self, text: str) -> Verdict:
        start = time.perf_counter()
        if not isinstance(text, str):
            raise TypeError("prompt must be a string")
        norm = normalize(text[:MAX_PROMPT_CHARS])
        harm = self.harms.check(norm)
        # A rule hit, or minors from any source, is final. Otherwise the heads' harm call waits
        # behind the person and political checks, whose named matches are more specific ("a
        # senator taking bribes, hidden camera" is political deception, not violence).
        if harm is not None and ("harm_rule" in harm.scores or harm.category == "minors"):
            return self._block("prompt", harm.category, _reason(harm.category), harm.scores,
                               start, text)
        matches = self.gazetteer.find(norm)
        if matches:
            m = matches[0]
            return self._block("prompt", "real_person",
                               _reason("real_person", f" ({m.person})"),
                               {"real_person": m.how, "matched": m.matched}, start, text)
        role = find_role(norm)
        if role:
            return self._block("prompt", "real_person",
                               _reason("real_person", f" (\"{role}\" names one real office holder)"),
                               {"real_person": "role", "matched": role}, start, text)
        blocked, scores = self.political.check(norm)
        if blocked:
            return self._block("prompt", "political", _reason("political"), scores, start, text)
        if harm is not None:
            return self._block("prompt", harm.category, _reason(harm.category), harm.scores,
                               start, text)
        return Verdict(True, None, "", scores, round(time.perf_counter() - start, 4))

    # -- images -----------------------------------------------------------------------------
    def check_image(self, image: Image.Image) -> Verdict:
        start = time.perf_counter()
        if not isinstance(image, Image.Image):
            raise TypeError("image must be a PIL image")
        rgb = likeness_mod.to_rgb_array(image)
        nude = self.nudity.check(rgb)
        if nude.blocked:
            return self._block("image", "sexual", _reason("sexual", f" (the image shows {nude.finding})"),
                               {"nudity": nude.scores}, start)
        if self.clip is not None:
            seen = self.clip.check(rgb)
            if seen.blocked:
                return self._block("image", seen.category,
                                   _reason(seen.category, f" (the image looks like {seen.detail})"),
                                   {"clip": seen.scores}, start)
        # NudeNet's face boxes stand in where dlib's frontal detector finds no face (turned faces).
        faces = self.likeness.faces(rgb, identify=True, first=nude.sure_faces, fallback=nude.faces)
        scores = {"faces": len(faces),
                  "photo": [round(f.photo, 3) for f in faces],
                  "distance": [None if f.distance is None else round(f.distance, 3) for f in faces],
                  "nudity": nude.scores}
        named = sorted({f.match for f in faces if f.match})
        if named:
            return self._block("image", "real_person",
                               _reason("real_person", f": the face matches {', '.join(named)}"),
                               scores, start)
        photos = [f for f in faces if f.photo >= likeness_mod.PHOTO_THRESHOLD]
        if photos:
            return self._block("image", "real_person",
                               "The image contains a photorealistic human face; image-to-video "
                               "only accepts drawings, animals, objects and scenes without real people.",
                               scores, start)
        return Verdict(True, None, "", scores, round(time.perf_counter() - start, 4))

    # -- generated frames -------------------------------------------------------------------
    def check_frames(self, frames: np.ndarray) -> Verdict:
        start = time.perf_counter()
        frames = np.asarray(frames)
        if frames.ndim != 4 or frames.shape[-1] != 3:
            raise ValueError(f"frames must be T x H x W x 3, got {frames.shape}")
        if frames.dtype != np.uint8:
            frames = np.clip(frames, 0, 255).astype(np.uint8)
        t = frames.shape[0]
        idx = sorted(set(np.linspace(0, t - 1, num=min(FRAME_SAMPLES, t)).round().astype(int).tolist())) if t else []
        rgbs = [likeness_mod.to_rgb_array(Image.fromarray(frames[i])) for i in idx]
        checked = {"frames_checked": len(idx)}
        nudes = self.nudity.check_batch(rgbs)
        for i, nude in zip(idx, nudes):
            if nude.blocked:
                return self._block("frames", "sexual",
                                   _reason("sexual", f": a generated frame shows {nude.finding}"),
                                   {**checked, "frame": i, "nudity": nude.scores}, start)
        if self.clip is not None:
            for i, seen in zip(idx, self.clip.check_batch(rgbs)):
                if seen.blocked:
                    return self._block("frames", seen.category,
                                       _reason(seen.category, f": a generated frame looks like {seen.detail}"),
                                       {**checked, "frame": i, "clip": seen.scores}, start)
        seen = 0
        for i, rgb, nude in zip(idx, rgbs, nudes):
            faces = self.likeness.faces(rgb, identify=True, first=nude.sure_faces, fallback=nude.faces)
            seen += len(faces)
            named = sorted({f.match for f in faces if f.match})
            if named:
                return self._block("frames", "real_person",
                                   _reason("real_person", f": a generated frame resembles {', '.join(named)}"),
                                   {**checked, "faces": seen, "frame": i}, start)
        return Verdict(True, None, "", {**checked, "faces": seen},
                       round(time.perf_counter() - start, 4))

    # -- helpers ----------------------------------------------------------------------------
    def _block(self, check: str, category: str, reason: str, scores: dict, start: float,
               prompt: str | None = None) -> Verdict:
        self.audit.record(check, category, prompt)
        return Verdict(False, category, reason, scores, round(time.perf_counter() - start, 4))
