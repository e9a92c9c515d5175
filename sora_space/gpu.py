"""The one function that runs on a GPU, decorated for ZeroGPU.

Off ZeroGPU `spaces.GPU` is a no-op. On ZeroGPU the call's arguments are pickled into a forked
worker, so the loaded backend is reached through this module (inherited by the fork) rather than
passed as an argument, and only the small request crosses the process boundary.
"""

from __future__ import annotations

import re
import time

import gradio as gr
import spaces

from sora_space.backends.base import Backend
from sora_space.types import GeneratedClip, GenerationRequest

_backend: Backend | None = None


def use_backend(backend: Backend) -> None:
    """Register the backend loaded at start-up (before the first request)."""
    global _backend
    _backend = backend


def gpu_seconds(request: GenerationRequest, progress: gr.Progress | None = None,
                timeout_s: float | None = None) -> int:
    """The ZeroGPU reservation for this request, from the backend's calibrated estimate."""
    if _backend is None:
        raise RuntimeError("no backend registered: call sora_space.gpu.use_backend first")
    return _backend.gpu_seconds(request)


def generate(request: GenerationRequest, progress: gr.Progress | None = None,
             timeout_s: float | None = None) -> GeneratedClip:
    """Run the backend on a GPU; ZeroGPU's refusals become messages that say when to retry.
    Raises TimeoutError at the first denoising step after `timeout_s` seconds."""
    try:
        return _generate_on_gpu(request, progress, timeout_s)
    except gr.Error as error:
        raise explain_zerogpu_error(error, request) from None


def explain_zerogpu_error(error: gr.Error, request: GenerationRequest) -> Exception:
    """The error to show for one raised around a ZeroGPU task; others' errors pass unchanged.

    `spaces` raises gr.Error with these titles (spaces/zero/client.py and wrappers.py): its
    messages are written for Space authors and API users, not for this page's visitors.
    """
    title = getattr(error, "title", "")
    message = str(getattr(error, "message", error))
    if title == "ZeroGPU quota exceeded" and "No GPU was available" in message:
        return gr.Error("No GPU is free right now. Try again in a minute.", title="GPUs busy")
    if title == "ZeroGPU quota exceeded" and "Space app has reached its GPU limit" in message:
        return gr.Error(
            "This Space has used up its GPU time for now. Try again in an hour.",
            title="Space GPU limit reached",
        )
    if title == "ZeroGPU quota exceeded":
        wait = re.search(r"Try again in (\d+):(\d+):(\d+)", message)
        when = f"in {_wait_text(*map(int, wait.groups()))}" if wait else "later"
        return gr.Error(
            f"Your free GPU time is used up for now. Try again {when}; shorter or lower-step "
            "videos need less. Logging in to Hugging Face gives more GPU time.",
            title="GPU quota reached",
        )
    if title == "ZeroGPU pending credits exceeded":
        return gr.Error(
            "You have other videos generating. Try again when they have finished.",
            title="Too many generations at once",
        )
    if title == "ZeroGPU illegal duration":
        return gr.Error(
            f"This video needs about {gpu_seconds(request)} s of GPU time, more than you may use "
            "in one go. Choose a shorter duration or fewer steps.",
            title="Request too long",
        )
    if title in ("ZeroGPU queue timeout", "ZeroGPU client error"):
        return gr.Error("No GPU is free right now. Try again in a minute.", title="GPUs busy")
    if title == "ZeroGPU worker error" and message == "GPU task aborted":
        # The worker is killed when the task outlives its reservation (or the GPU fails).
        return gr.Error(
            f"Generation was stopped when it ran past its {gpu_seconds(request)} s of GPU time. "
            "Try again now with fewer steps or a shorter duration.",
            title="GPU time ran out",
        )
    if title == "ZeroGPU worker error":
        # `message` is the class name of an exception raised inside the GPU task.
        if message == "TimeoutError":
            return TimeoutError("generation passed its time limit in the GPU task")
        if message == "OutOfMemoryError":
            return gr.Error(
                "The GPU ran out of memory. Try again now with a shorter duration.",
                title="GPU out of memory",
            )
        return RuntimeError(f"{message} raised in the GPU task")
    return error


def _wait_text(hours: int, minutes: int, seconds: int) -> str:
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min {seconds} s"
    return f"{seconds} s"


@spaces.GPU(duration=gpu_seconds)
def _generate_on_gpu(request: GenerationRequest, progress: gr.Progress | None = None,
                     timeout_s: float | None = None) -> GeneratedClip:
    if _backend is None:
        raise RuntimeError("no backend registered: call sora_space.gpu.use_backend first")
    # The clock starts here, inside the (ZeroGPU) worker, so the deadline is the worker's own.
    deadline = time.monotonic() + timeout_s if timeout_s else None

    def on_progress(done: int, total: int) -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError(f"generation passed its {timeout_s:g} s limit")
        if progress is not None:
            progress((done, total), desc="Generating", unit="steps")

    return _backend.generate(request, on_progress)
