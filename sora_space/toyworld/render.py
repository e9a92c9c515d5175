"""Draw a Scene into frames with numpy: signed distance fields with a one-pixel soft edge."""

from __future__ import annotations

import numpy as np

from sora_space.toyworld.scene import BACKGROUNDS, COLOURS, Scene, SceneObject

_SQRT3 = np.sqrt(3.0)


def _circle_sdf(px: np.ndarray, py: np.ndarray, size: np.ndarray) -> np.ndarray:
    return np.hypot(px, py) - size


def _square_sdf(px: np.ndarray, py: np.ndarray, size: np.ndarray) -> np.ndarray:
    half = size * 0.8  # a square as wide as a circle of `size` looks bigger; keep areas close
    dx, dy = np.abs(px) - half, np.abs(py) - half
    outside = np.hypot(np.maximum(dx, 0), np.maximum(dy, 0))
    return outside + np.minimum(np.maximum(dx, dy), 0)


def _triangle_sdf(px: np.ndarray, py: np.ndarray, size: np.ndarray) -> np.ndarray:
    """Equilateral triangle pointing up with circumradius 1.15 * size (Inigo Quilez's exact SDF)."""
    r = size * 1.15 * _SQRT3 / 2  # half the side length
    qx = np.abs(px) - r
    qy = -py + r / _SQRT3  # image y points down; the formula wants y up
    fold = qx + _SQRT3 * qy > 0
    qx, qy = np.where(fold, (qx - _SQRT3 * qy) / 2, qx), np.where(fold, (-_SQRT3 * qx - qy) / 2, qy)
    qx = qx - np.clip(qx, -2 * r, 0)
    return -np.hypot(qx, qy) * np.sign(qy)


_SDF = {"circle": _circle_sdf, "square": _square_sdf, "triangle": _triangle_sdf}


def _background(scene: Scene, xs: np.ndarray, camera: np.ndarray, height: int) -> np.ndarray:
    """(T, 1|H, W, 3) float background; gradients scroll with the camera, period two widths."""
    first = np.array(BACKGROUNDS[scene.background], dtype=np.float32) / 255
    if scene.gradient_to is None:
        return first[None, None, None, :]
    second = np.array(BACKGROUNDS[scene.gradient_to], dtype=np.float32) / 255
    phase = (xs[None, :] + camera[:, None]) / (2 * scene.aspect)  # (T, W)
    mix = (0.5 - 0.5 * np.cos(2 * np.pi * phase)).astype(np.float32)
    return (first + (second - first) * mix[..., None])[:, None, :, :]


def _wrap(x: np.ndarray, size: np.ndarray, extent: float) -> np.ndarray:
    """Objects leaving one side come back on the other, so long clips never run empty."""
    span = extent + 2 * size
    return np.mod(x + size, span) - size


def _object_alpha(obj: SceneObject, scene: Scene, times: np.ndarray, camera: np.ndarray,
                  xs: np.ndarray, ys: np.ndarray, pixel: float) -> np.ndarray:
    x, y, size, angle = obj.state(times, scene.aspect)
    x = _wrap(x - camera, size, scene.aspect)
    y = _wrap(y, size, 1.0)
    px = xs[None, None, :] - x[:, None, None]
    py = ys[None, :, None] - y[:, None, None]
    cos, sin = np.cos(angle)[:, None, None], np.sin(angle)[:, None, None]
    px, py = cos * px + sin * py, -sin * px + cos * py
    sdf = _SDF[obj.shape](px, py, size[:, None, None])
    return np.clip(0.5 - sdf / pixel, 0.0, 1.0).astype(np.float32)


def render_video(scene: Scene, width: int, height: int, fps: float, seconds: float,
                 start: float = 0.0) -> np.ndarray:
    """Frames at `start + i / fps`, as float32 (T, H, W, 3) in [0, 1]."""
    n_frames = max(1, round(seconds * fps))
    times = start + np.arange(n_frames) / fps
    pixel = 1.0 / height
    xs = (np.arange(width) + 0.5) * scene.aspect / width
    ys = (np.arange(height) + 0.5) / height
    camera = scene.pan * times
    frames = np.broadcast_to(_background(scene, xs, camera, height), (n_frames, height, width, 3)).copy()
    for obj in scene.objects:
        alpha = _object_alpha(obj, scene, times, camera, xs, ys, pixel)[..., None]
        colour = np.array(COLOURS[obj.colour], dtype=np.float32) / 255
        frames += alpha * (colour - frames)
    return frames


def to_uint8(frames: np.ndarray) -> np.ndarray:
    return (np.clip(frames, 0, 1) * 255 + 0.5).astype(np.uint8)
