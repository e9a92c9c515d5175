"""The visible watermark: the project logo and the words "AI-generated", moving over every frame.

The stamp wanders along a Lissajous path that crosses the centre, so cropping one edge, or
blurring one fixed spot, never removes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

LABEL = "AI-generated"
# Stamp height as a share of the frame's short side: big enough to read on a phone, small
# enough to leave the picture watchable.
HEIGHT_SHARE = 0.18
MIN_HEIGHT = 24  # below this the words turn to mush
OPACITY = 0.55
# Lissajous periods in seconds. The 3:2 ratio closes the curve every 11 s and takes the stamp
# through the centre and all four quadrants within the first 4 s (the default clip length).
# The x and y turnarounds are never closer than 0.45 s, so the stamp never stands still.
PERIOD_X = 5.5
PERIOD_Y = 11.0 / 3.0
MARGIN_SHARE = 0.02  # keep the stamp slightly off the frame border, where players draw controls

# (alpha-premultiplied RGB scaled to 0..255, 1 - alpha), both float32 H x W x channels.
Stamp = tuple[np.ndarray, np.ndarray]


def _layout(short_side: int) -> tuple[int, int, int]:
    """(stamp height, logo side, font size) for a frame whose short side is `short_side`."""
    height = max(MIN_HEIGHT, round(short_side * HEIGHT_SHARE))
    logo = round(height * 0.62)
    font_size = max(8, round(height * 0.26))
    return height, logo, font_size


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def stamp_size(width: int, height: int) -> tuple[int, int]:
    """(w, h) in pixels of the stamp drawn on a width x height frame."""
    stamp_h, logo, font_size = _layout(min(width, height))
    left, _, right, _ = _font(font_size).getbbox(LABEL, stroke_width=_stroke(font_size))
    return max(logo, right - left) + 2, stamp_h


def _stroke(font_size: int) -> int:
    return max(1, font_size // 8)


@lru_cache(maxsize=8)
def _stamp(logo_path: Path, width: int, height: int) -> Stamp:
    """Pre-render the stamp once per frame size: (alpha-premultiplied RGB, 1 - alpha), float32.

    Keeping these two arrays means the per-frame blend is one multiply and one add.
    """
    sw, sh = stamp_size(width, height)
    _, logo_side, font_size = _layout(min(width, height))
    canvas = Image.new("RGBA", (sw, sh), (0, 0, 0, 0))
    logo = Image.open(logo_path).convert("RGBA").resize((logo_side, logo_side), Image.LANCZOS)
    canvas.alpha_composite(logo, ((sw - logo_side) // 2, 0))
    draw = ImageDraw.Draw(canvas)
    font = _font(font_size)
    stroke = _stroke(font_size)
    left, top, right, bottom = font.getbbox(LABEL, stroke_width=stroke)
    text_x = (sw - (right - left)) // 2 - left
    text_y = logo_side + (sh - logo_side - (bottom - top)) // 2 - top
    # A dark outline keeps the white words readable on bright and dark footage alike.
    draw.text((text_x, text_y), LABEL, font=font, fill=(255, 255, 255, 255),
              stroke_width=stroke, stroke_fill=(16, 16, 24, 255))
    rgba = np.asarray(canvas, dtype=np.float32) / 255.0
    alpha = rgba[..., 3:4] * OPACITY
    return rgba[..., :3] * alpha * 255.0, 1.0 - alpha


def watermark_positions(n_frames: int, fps: float, width: int, height: int) -> np.ndarray:
    """Top-left corner (x, y) of the stamp in each frame, int array of shape n_frames x 2."""
    sw, sh = stamp_size(width, height)
    margin = round(min(width, height) * MARGIN_SHARE)
    span_x = max(0, width - sw - 2 * margin)
    span_y = max(0, height - sh - 2 * margin)
    t = np.arange(n_frames, dtype=np.float64) / fps
    # Both sines start at the centre, so even the first frame (the thumbnail) is marked there.
    x = margin + span_x * 0.5 * (1.0 + np.sin(2 * np.pi * t / PERIOD_X))
    y = margin + span_y * 0.5 * (1.0 + np.sin(2 * np.pi * t / PERIOD_Y))
    return np.stack([np.rint(x), np.rint(y)], axis=1).astype(np.int64)


def apply_visible_watermark(frames: np.ndarray, fps: float, logo_path: Path) -> np.ndarray:
    """A marked copy of `frames` (uint8, T x H x W x 3); the input is left untouched."""
    stamp, positions = _prepare(frames, fps, logo_path)
    out = frames.copy()
    for frame, (x, y) in zip(out, positions):
        _blend(frame, x, y, stamp)
    return out


def mark_frames(frames: np.ndarray, fps: float, logo_path: Path) -> Iterator[np.ndarray]:
    """The same marked frames one at a time, each valid only until the next is drawn.

    The encoder copies each frame as it takes it, so this avoids a second full copy of the clip:
    for 8 s of 720p that copy costs more time than all the blending, and half a gigabyte.
    """
    stamp, positions = _prepare(frames, fps, logo_path)
    buffer = np.empty_like(frames[0])
    for frame, (x, y) in zip(frames, positions):
        buffer[...] = frame
        _blend(buffer, x, y, stamp)
        yield buffer


def _prepare(frames: np.ndarray, fps: float, logo_path: Path) -> tuple[Stamp, np.ndarray]:
    if frames.ndim != 4 or frames.shape[-1] != 3 or frames.dtype != np.uint8:
        raise ValueError(f"frames must be uint8 T x H x W x 3, got {frames.dtype} {frames.shape}")
    n, height, width, _ = frames.shape
    stamp = _stamp(Path(logo_path), width, height)
    sh, sw = stamp[1].shape[:2]
    if sw > width or sh > height:
        raise ValueError(f"frame {width}x{height} is too small for the {sw}x{sh} watermark")
    return stamp, watermark_positions(n, fps, width, height)


def _blend(frame: np.ndarray, x: int, y: int, stamp: Stamp) -> None:
    premultiplied, keep = stamp
    region = frame[y:y + keep.shape[0], x:x + keep.shape[1]]
    # +0.5 rounds instead of truncating, so fully transparent pixels come back unchanged.
    region[...] = (region * keep + premultiplied + 0.5).astype(np.uint8)
