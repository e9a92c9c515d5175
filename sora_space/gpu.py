"""The one function that runs on a GPU, decorated for ZeroGPU.

Off ZeroGPU `spaces.GPU` is a no-op. On ZeroGPU the call's arguments are pickled into a forked
worker, so the loaded backend is reached through this module (inherited by the fork) rather than
passed as an argument, and only the small request crosses the process boundary.
"""

from __future__ import annotations

import gradio as gr
import spaces

from sora_space.backends.base import Backend
from sora_space.types import GeneratedClip, GenerationRequest

_backend: Backend | None = None


def use_backend(backend: Backend) -> None:
    """Register the backend loaded at start-up (before the first request)."""
    global _backend
    _backend = backend


def gpu_seconds(request: GenerationRequest, progress: gr.Progress | None = None) -> int:
    """The ZeroGPU reservation for this request, from the backend's calibrated estimate."""
    if _backend is None:
        raise RuntimeError("no backend registered: call sora_space.gpu.use_backend first")
    return _backend.gpu_seconds(request)


@spaces.GPU(duration=gpu_seconds)
def generate(request: GenerationRequest, progress: gr.Progress | None = None) -> GeneratedClip:
    if _backend is None:
        raise RuntimeError("no backend registered: call sora_space.gpu.use_backend first")

    def on_progress(done: int, total: int) -> None:
        if progress is not None:
            progress((done, total), desc="Generating", unit="steps")

    return _backend.generate(request, on_progress)
