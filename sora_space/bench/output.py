"""`python -m sora_space.bench output`: the whole output stage against a bare encode of the same clip.

Both run in one process on the same frames, alternating, so machine load hits them alike.
The target: finalize (watermark + encode + sign + self-check) within 1.15x of the bare encode.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from sora_space.config import load_settings
from sora_space.output import finalize, marked_frames
from sora_space.output.c2pa_sign import sign_mp4
from sora_space.output.encode import encode_mp4
from sora_space.types import GeneratedClip

TARGET = 1.15


def synthetic_clip(width: int, height: int, seconds: float, fps: int, sample_rate: int) -> GeneratedClip:
    """Deterministic moving colour gradients with a little noise, and a stereo chord.

    The noise keeps x264 from finding the frames trivially cheap, as real footage is not.
    """
    n = round(seconds * fps)
    x = np.linspace(0.0, 1.0, width, dtype=np.float32)[None, :]
    y = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    noise = np.random.default_rng(0).integers(0, 12, (height, width, 3), dtype=np.uint8)
    frames = np.empty((n, height, width, 3), dtype=np.uint8)
    for i in range(n):
        t = i / fps
        frames[i, ..., 0] = 127.5 + 127.5 * np.sin(6.0 * x + 2.0 * t)
        frames[i, ..., 1] = 127.5 + 127.5 * np.sin(5.0 * y - 1.5 * t)
        frames[i, ..., 2] = 127.5 + 127.5 * np.sin(4.0 * (x + y) + t)
        frames[i] += noise
    s = np.arange(round(seconds * sample_rate), dtype=np.float32) / sample_rate
    chord = [np.sin(2 * np.pi * 220.0 * s), np.sin(2 * np.pi * 277.2 * s)]
    audio = (0.2 * np.stack(chord)).astype(np.float32)
    return GeneratedClip(frames, float(fps), audio, sample_rate, "bench-synthetic")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m sora_space.bench output")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=720)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--fps", type=int, default=24)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    clip = synthetic_clip(args.width, args.height, args.seconds, args.fps, 48_000)
    print(f"clip: {args.width}x{args.height}, {clip.frames.shape[0]} frames at {args.fps} fps, "
          f"stereo 48 kHz; {args.repeats} runs each, alternating")
    with tempfile.TemporaryDirectory(prefix="sora-bench-") as tmp:
        root = Path(tmp)
        # A throwaway cache, so the one-off dev CA creation is not charged to either side.
        settings = replace(load_settings(), cache_dir=root / "cache", output_dir=root / "out")
        bare_path = root / "bare.mp4"
        finalize(clip, f"{0:016x}", settings)
        bare, full = [], []
        for i in range(args.repeats):
            start = time.perf_counter()
            encode_mp4(clip.frames, clip.fps, clip.audio, clip.sample_rate, bare_path)
            bare.append(time.perf_counter() - start)
            start = time.perf_counter()
            finalize(clip, f"{i + 1:016x}", settings)
            full.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _ in marked_frames(clip, f"{args.repeats + 1:016x}", settings):
            pass
        marking = time.perf_counter() - start
        start = time.perf_counter()
        sign_mp4(bare_path, root / "signed.mp4", "signonly", clip.model, settings)
        signing = time.perf_counter() - start

    n = clip.frames.shape[0]
    for label, times in [("bare libx264+aac encode ", bare), ("finalize (mark+enc+sign)", full)]:
        runs = ", ".join(f"{t:.3f}" for t in times)
        print(f"{label}: median {statistics.median(times):.3f} s  min {min(times):.3f} s  ({runs})")
    print(f"  of which both marks   : {marking:.3f} s ({1000 * marking / n:.2f} ms/frame with its copy)")
    print(f"  of which C2PA signing : {signing:.3f} s")
    ratio_median = statistics.median(full) / statistics.median(bare)
    ratio_min = min(full) / min(bare)
    print(f"ratio finalize/bare: median {ratio_median:.3f}, min {ratio_min:.3f}  (target <= {TARGET})")
    return 0 if ratio_median <= TARGET else 1
