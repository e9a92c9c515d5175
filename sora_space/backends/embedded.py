"""The project's own toy-world MM-DiT as a Backend: runs on CPU, makes video with sound."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import torch

from sora_space.backends.base import ProgressCallback
from sora_space.config import ASSETS, Settings
from sora_space.models.grids import MODEL_FPS, OUTPUT_FPS, OUTPUT_SIZES, SAMPLE_RATE
from sora_space.models.pipeline import CHUNK_FRAMES, EXTEND_CONTEXT, ToyVideoPipeline
from sora_space.toyworld import captions
from sora_space.types import GeneratedClip, GenerationRequest

DEFAULT_WEIGHTS = ASSETS / "mmdit"
# Measured on a 2-core CPU at 12 steps with guidance: about 0.04 s per chunk-step plus fixed costs.
SECONDS_PER_CHUNK_STEP = 0.05
FIXED_SECONDS = 1.0


class EmbeddedBackend:
    name = "sora-space-mmdit-toy-v0"
    has_audio = True
    modes = ("t2v", "i2v", "extend")
    durations = (4, 8, 12)
    aspect_ratios = ("16:9", "9:16", "1:1")
    default_steps = 12
    max_steps = 40
    default_guidance = 3.0  # higher follows prompts a little better but weakens the invisible mark (MODEL_CARD.md)
    # The sound pass: each chunk's sound made again from its finished picture, so clicks land on
    # the wall contacts the picture shows, not the ones the joint sound planned (MODEL_CARD.md).
    sound_steps = 8

    def __init__(self, pipeline: ToyVideoPipeline):
        self.pipeline = pipeline

    @classmethod
    def load(cls, settings: Settings) -> "EmbeddedBackend":
        """Weights from settings.model_path, else assets/mmdit (fp16 on disk, fp32 on CPU)."""
        torch.set_num_threads(settings.cpu_threads or max(1, min(4, os.cpu_count() or 1)))
        path = Path(settings.model_path).expanduser() if settings.model_path else DEFAULT_WEIGHTS
        return cls(ToyVideoPipeline.from_pretrained(path))

    def resolution(self, aspect_ratio: str) -> tuple[int, int]:
        return OUTPUT_SIZES[aspect_ratio]

    def fps(self) -> float:
        return OUTPUT_FPS

    def gpu_seconds(self, request: GenerationRequest) -> int:
        """Runs on CPU; the estimate of wall seconds still bounds the job. Grows with steps and length."""
        steps = request.steps or self.default_steps
        new_frames = request.duration * MODEL_FPS
        chunks = 1 + max(0, int(np.ceil((new_frames - CHUNK_FRAMES) / (CHUNK_FRAMES - EXTEND_CONTEXT))))
        return int(np.ceil(FIXED_SECONDS + chunks * (steps + self.sound_steps) * SECONDS_PER_CHUNK_STEP * 2))

    def prompt_hint(self, prompt: str) -> str | None:
        return captions.prompt_hint(prompt)

    def generate(self, request: GenerationRequest, on_progress: ProgressCallback | None = None) -> GeneratedClip:
        generator = torch.Generator().manual_seed(request.seed)
        common = {
            "negative_prompt": request.negative_prompt,
            "duration": float(request.duration),
            "aspect_ratio": request.aspect_ratio,
            "num_inference_steps": min(request.steps or self.default_steps, self.max_steps),
            "guidance_scale": request.guidance_scale if request.guidance_scale is not None else self.default_guidance,
            "sound_steps": self.sound_steps,
            "generator": generator,
            "callback": on_progress,
        }
        if request.mode == "extend":
            source, source_audio = _read_video(request.source_video)
            out = self.pipeline.extend(source, request.prompt, **common)
            frames = np.concatenate([_fit(source, out.frames.shape[1:3]), out.frames])
            audio = np.concatenate([_fit_audio(source_audio, round(len(source) / OUTPUT_FPS * SAMPLE_RATE)), out.audio], axis=1)
        else:
            image = request.image if request.mode == "i2v" else None
            out = self.pipeline(request.prompt, image=image, **common)
            frames, audio = out.frames, out.audio
        return GeneratedClip(frames=frames, fps=out.fps, audio=audio, sample_rate=out.sample_rate, model=self.name,
                             extra={"model_fps": MODEL_FPS, "upsampled": True})


def _read_video(path: str | None) -> tuple[np.ndarray, np.ndarray | None]:
    """A video file's frames as (T, H, W, 3) uint8 resampled to 24 fps by nearest frame, and its
    sound as (1, samples) float32 at 16 kHz mono (None when it has none)."""
    if not path:
        raise ValueError("extend needs source_video")
    import av

    with av.open(path) as container:
        stream = container.streams.video[0]
        rate = float(stream.average_rate or OUTPUT_FPS)
        frames = np.stack([f.to_ndarray(format="rgb24") for f in container.decode(stream)])
    keep = np.round(np.arange(0, len(frames) / rate, 1 / OUTPUT_FPS) * rate).astype(int)
    frames = frames[np.clip(keep, 0, len(frames) - 1)]
    with av.open(path) as container:
        if not container.streams.audio:
            return frames, None
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        parts = [f.to_ndarray().reshape(-1) for frame in container.decode(audio=0) for f in resampler.resample(frame)]
        parts += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
    return frames, (np.concatenate(parts)[None].astype(np.float32) if parts else None)


def _fit_audio(audio: np.ndarray | None, samples: int) -> np.ndarray:
    """The source's sound cut or padded with silence to the source's length."""
    fitted = np.zeros((1, samples), np.float32)
    if audio is not None:
        n = min(samples, audio.shape[1])
        fitted[:, :n] = audio[:1, :n]
    return fitted


def _fit(frames: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Resize frames to (H, W) so a source clip and its continuation share one frame size."""
    if frames.shape[1:3] == tuple(size):
        return frames
    from PIL import Image

    return np.stack([np.asarray(Image.fromarray(f).resize((size[1], size[0]), Image.BICUBIC)) for f in frames])
