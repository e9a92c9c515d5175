"""What the invisible watermark is measured against: camera-like footage and the usual attacks.

Used by `python -m sora_space.bench watermark` and the tests. The footage is procedural (no data
to download): 1/f-noise textures, like natural images, filmed by a panning, zooming camera
with sensor noise and changing light. The attacks are what happens to a video on its way
around the web: re-encoding, resizing, cropping, grading, cutting and frame-rate conversion.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image

from sora_space.output.encode import encode_mp4

Video = tuple[np.ndarray, float]  # (uint8 T x H x W x 3 frames, fps)


def camera_footage(seed: int, width: int = 320, height: int = 180, fps: float = 24.0,
                   seconds: float = 2.0) -> np.ndarray:
    """A camera-like clip: a colour 1/f texture, panned and zoomed, with noise and light drift."""
    rng = np.random.default_rng(seed)
    size = 2 * max(width, height)
    fy = np.fft.fftfreq(size)[:, None]
    fx = np.fft.rfftfreq(size)[None, :]
    falloff = 1.0 / np.maximum(np.hypot(fx, fy), 1.0 / size) ** rng.uniform(1.6, 2.2)
    planes = []
    for _ in range(3):
        spectrum = falloff * np.exp(2j * np.pi * rng.random(falloff.shape))
        plane = np.fft.irfft2(spectrum, s=(size, size))
        planes.append((plane - plane.mean()) / plane.std())
    mix = rng.normal(0, 1, (3, 3)) * 0.35 + np.eye(3)
    scene = np.einsum("cij,dc->ijd", np.stack(planes), mix)
    scene = np.clip(128 + 38 * scene + rng.uniform(-40, 40, 3), 0, 255).astype(np.float32)
    n = max(1, round(seconds * fps))
    pan = rng.uniform(-1, 1, 2) * width * 0.3 / n
    zoom = rng.uniform(-0.15, 0.15) / n
    frames = np.empty((n, height, width, 3), np.uint8)
    for t in range(n):
        scale = 1.0 + zoom * t
        w, h = round(width * scale), round(height * scale)
        x0 = round(size / 2 - w / 2 + pan[0] * t)
        y0 = round(size / 2 - h / 2 + pan[1] * t)
        view = Image.fromarray(scene[y0:y0 + h, x0:x0 + w].astype(np.uint8))
        frame = np.asarray(view.resize((width, height), Image.BILINEAR), np.float32)
        frame = frame * (1.0 + 0.1 * np.sin(t / fps)) + rng.normal(0, 2.0, frame.shape)
        frames[t] = np.clip(frame, 0, 255)
    return frames


def read_video(path: Path | str) -> Video:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        fps = float(stream.average_rate or 24)
        frames = [frame.to_ndarray(format="rgb24") for frame in container.decode(stream)]
    return np.stack(frames), fps


def _even(value: float) -> int:
    return max(2, int(round(value / 2)) * 2)


def _resize(frames: np.ndarray, width: int, height: int) -> np.ndarray:
    return np.stack([np.asarray(Image.fromarray(f).resize((width, height), Image.BICUBIC))
                     for f in frames])


def half_size(video: Video) -> Video:
    frames, fps = video
    return _resize(frames, _even(frames.shape[2] / 2), _even(frames.shape[1] / 2)), fps


def crop_10(video: Video) -> Video:
    """10% off each side."""
    frames, fps = video
    h, w = frames.shape[1:3]
    top, left = round(h * 0.1), round(w * 0.1)
    return frames[:, top:top + _even(h * 0.8), left:left + _even(w * 0.8)], fps


def grade(brightness: float, contrast: float) -> Callable[[Video], Video]:
    def apply(video: Video) -> Video:
        frames, fps = video
        out = (frames.astype(np.float32) - 128.0) * contrast + 128.0 * brightness
        return np.clip(out, 0, 255).astype(np.uint8), fps
    return apply


def excerpt_2s(video: Video) -> Video:
    """2 s from the middle."""
    frames, fps = video
    n = round(2 * fps)
    start = max(0, (len(frames) - n) // 2)
    return frames[start:start + n], fps


def to_30fps(video: Video) -> Video:
    frames, fps = video
    n = round(len(frames) * 30 / fps)
    return frames[np.minimum(len(frames) - 1, (np.arange(n) * fps / 30).astype(int))], 30.0


def crop_and_half(video: Video) -> Video:
    """Cropped 10% on each side, then halved: a screenshot-sized repost."""
    return half_size(crop_10(video))


ATTACKS: dict[str, tuple[Callable[[Video], Video], int]] = {
    # name: (transform of the decoded frames, CRF of the re-encode that follows)
    "original": (lambda video: video, 0),
    "crf23": (lambda video: video, 23),
    "crf35": (lambda video: video, 35),
    "half_size": (half_size, 23),
    "crop_10pct": (crop_10, 23),
    "brighter_20": (grade(1.2, 1.0), 23),
    "darker_20": (grade(0.8, 1.0), 23),
    "contrast_+20": (grade(1.0, 1.2), 23),
    "contrast_-20": (grade(1.0, 0.8), 23),
    "excerpt_2s": (excerpt_2s, 23),
    "fps_30": (to_30fps, 23),
    "crop_and_half": (crop_and_half, 23),
}
# Harder than what the mark promises to survive: measured by the benchmark, not required.
STRESS: dict[str, tuple[Callable[[Video], Video], int]] = {
    "crop_and_half_crf30": (crop_and_half, 30),
    "crop_and_half_crf35": (crop_and_half, 35),
}


def attack(source: Path, name: str, dest: Path) -> Path:
    """Write `source` after attack `name` to `dest` (no metadata survives a re-encode);
    "original" returns `source` itself."""
    transform, crf = {**ATTACKS, **STRESS}[name]
    if not crf:
        return source
    frames, fps = transform(read_video(source))
    encode_mp4(frames, float(Fraction(fps).limit_denominator(1001)), None, 16000, dest, crf=crf)
    return dest
