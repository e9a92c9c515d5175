"""The interface every generator implements. The request path knows nothing else about models."""

from __future__ import annotations

from typing import Callable, Protocol

from sora_space.types import GeneratedClip, GenerationRequest, Mode

# Called as on_progress(done, total) while a backend denoises, so the UI can show a bar.
ProgressCallback = Callable[[int, int], None]


class Backend(Protocol):
    name: str  # shown to visitors and written into the C2PA manifest
    has_audio: bool
    modes: tuple[Mode, ...]  # which of t2v, i2v, extend it can do
    durations: tuple[int, ...]  # seconds a visitor may ask for
    aspect_ratios: tuple[str, ...]
    default_steps: int
    max_steps: int
    default_guidance: float

    def resolution(self, aspect_ratio: str) -> tuple[int, int]:
        """(width, height) of the frames this backend returns for an aspect ratio."""

    def fps(self) -> float: ...

    def gpu_seconds(self, request: GenerationRequest) -> int:
        """Estimated seconds of GPU time for @spaces.GPU(duration=...)."""

    def prompt_hint(self, prompt: str) -> str | None:
        """A note for the visitor when the prompt asks for what this model cannot draw."""

    def generate(
        self, request: GenerationRequest, on_progress: ProgressCallback | None = None
    ) -> GeneratedClip: ...
