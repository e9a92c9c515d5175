"""Data that crosses module borders: what a request asks for and what a backend returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

import numpy as np
from PIL import Image

Mode = Literal["t2v", "i2v", "extend"]


@dataclass(frozen=True)
class GenerationRequest:
    """A validated request. Every field has already passed `sora_space.validation`."""

    mode: Mode
    prompt: str
    negative_prompt: str = ""
    image: Image.Image | None = None  # RGB, the first frame for i2v
    duration: int = 4  # seconds
    aspect_ratio: str = "16:9"
    seed: int = 0
    steps: int | None = None  # None: the backend's default
    guidance_scale: float | None = None
    source_video: str | None = None  # path, for extend


@dataclass
class GeneratedClip:
    """Raw backend output, before any marking. Never returned to a visitor as is."""

    frames: np.ndarray  # uint8, T x H x W x 3
    fps: float
    audio: np.ndarray | None  # float32 in [-1, 1], channels x samples; None: no sound
    sample_rate: int
    model: str
    extra: dict = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return self.frames.shape[0] / self.fps


class GenerationResult(NamedTuple):
    """What every generation endpoint returns; the page shows the three, MCP clients get them by
    these names."""

    video: str  # path of the finished MP4 (a URL once served)
    seed: int
    info: dict
