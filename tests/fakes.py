"""Doubles for the request path's components: a backend that draws a moving square and a
moderator that blocks or raises on cue. Passed in as components, so each stage's failure can be
forced while the output stage stays the real one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from safety.verdict import Verdict
from sora_space.config import Settings
from sora_space.service import VideoService
from sora_space.types import GeneratedClip, GenerationRequest


def settings_in(tmp_path: Path) -> Settings:
    """Settings whose state (cache, outputs, audit log, registry) lives in `tmp_path`."""
    return replace(Settings(), cache_dir=tmp_path / "cache", output_dir=tmp_path / "out",
                   audit_log=tmp_path / "audit.jsonl")


class MovingSquareBackend:
    """Draws a white square crossing a dark frame, with a tone; records what it was asked."""

    name = "test-squares"
    has_audio = True
    modes = ("t2v", "i2v", "extend")
    durations = (4, 8, 12)
    aspect_ratios = ("16:9", "9:16", "1:1")
    default_steps = 4
    max_steps = 50
    default_guidance = 3.0

    def __init__(self, fail: Exception | None = None) -> None:
        self.requests: list[GenerationRequest] = []
        self.fail = fail

    def resolution(self, aspect_ratio: str) -> tuple[int, int]:
        return {"16:9": (160, 96), "9:16": (96, 160), "1:1": (128, 128)}[aspect_ratio]

    def fps(self) -> float:
        return 8.0

    def gpu_seconds(self, request: GenerationRequest) -> int:
        return 10

    def prompt_hint(self, prompt: str) -> str | None:
        return None if "square" in prompt else "This test model only draws squares."

    def generate(self, request, on_progress=None) -> GeneratedClip:
        self.requests.append(request)
        if self.fail:
            raise self.fail
        width, height = self.resolution(request.aspect_ratio)
        n = int(request.duration * self.fps())
        frames = np.full((n, height, width, 3), 30, np.uint8)
        for t in range(n):
            x = int(t / n * (width - 16))
            frames[t, 40:56, x:x + 16] = 255
            if on_progress:
                on_progress(t + 1, n)
        sr = 16000
        audio = (0.1 * np.sin(np.arange(request.duration * sr) * 0.05)).astype(np.float32)[None]
        return GeneratedClip(frames=frames, fps=self.fps(), audio=audio, sample_rate=sr,
                             model=self.name)


class ScriptedModerator:
    """Blocks what it is told to; raises when told to."""

    def __init__(self, prompt=None, image=None, frames=None, raises: str | None = None):
        self.verdicts = {"prompt": prompt, "image": image, "frames": frames}
        self.raises = raises
        self.calls: list[str] = []

    def _check(self, kind: str) -> Verdict:
        self.calls.append(kind)
        if self.raises == kind:
            raise RuntimeError(f"{kind} model failed to load")
        return self.verdicts[kind] or Verdict(allowed=True, reason="ok")

    def check_prompt(self, text):
        return self._check("prompt")

    def check_image(self, image):
        return self._check("image")

    def check_frames(self, frames):
        return self._check("frames")


POLITICAL = Verdict(allowed=False, category="political", reason="It depicts faked election fraud.")
PERSON = Verdict(allowed=False, category="real_person", reason="The face matches a real person.")


def make(settings, backend=None, moderator=None) -> tuple[VideoService, MovingSquareBackend, ScriptedModerator]:
    backend = backend or MovingSquareBackend()
    moderator = moderator or ScriptedModerator()
    return VideoService(settings, backend, moderator), backend, moderator


def videos_in(settings: Settings) -> list[Path]:
    return sorted(settings.output_dir.glob("*")) if settings.output_dir.exists() else []
