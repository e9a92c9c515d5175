"""Turns raw UI/API arguments into a GenerationRequest, or a clear gr.Error.

Everything a visitor or a script can send passes through here first, so that later stages only
ever see well-formed values.
"""

from __future__ import annotations

import unicodedata
import warnings
from pathlib import Path
from typing import Any

import gradio as gr
from PIL import Image, ImageOps

from sora_space.backends.base import Backend
from sora_space.types import GenerationRequest, Mode

MAX_PROMPT_CHARS = 2000
MAX_IMAGE_SIDE = 4096
MAX_SEED = 2**32 - 1
MAX_GUIDANCE = 20.0
# Extending continues a video chunk by chunk; this bounds the whole result.
MAX_VIDEO_SECONDS = 60
# PIL refuses to decode more pixels than this; a 4096x4096 image is the largest we accept anyway.
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_SIDE * MAX_IMAGE_SIDE


def check_text(value: Any, name: str, *, required: bool) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise gr.Error(f"The {name} must be text, not {type(value).__name__}.")
    text = value.strip()
    if required and not text:
        raise gr.Error(f"The {name} is empty: describe the video you want, e.g. 'a red ball bouncing'.")
    if len(text) > MAX_PROMPT_CHARS:
        raise gr.Error(f"The {name} is {len(text)} characters long; the limit is {MAX_PROMPT_CHARS}.")
    # Newlines and tabs are ordinary typing; other control characters only come from scripts
    # and can hide text from moderation.
    bad = [c for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t\r"]
    if bad:
        raise gr.Error(f"The {name} contains control characters (e.g. {bad[0]!r}); remove them.")
    return text


def _check_int(value: Any, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise gr.Error(f"The {name} must be a whole number from {low} to {high}.")
    if isinstance(value, float) and not value.is_integer():
        raise gr.Error(f"The {name} must be a whole number, not {value}.")
    if not low <= value <= high:
        raise gr.Error(f"The {name} must be from {low} to {high}; got {value:g}.")
    return int(value)


def check_choice(value: Any, name: str, choices: tuple) -> Any:
    if value not in choices:
        shown = ", ".join(str(c) for c in choices)
        raise gr.Error(f"The {name} must be one of {shown}; got {value!r}.")
    return value


def load_image(path: Any) -> Image.Image:
    """Open an uploaded first frame safely: one still RGB picture of a sane size."""
    if path is None:
        raise gr.Error("Upload an image to use as the first frame.")
    if not isinstance(path, (str, Path)) or not Path(path).is_file():
        raise gr.Error("The image must be an uploaded image file.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
            width, height = image.size
            if max(width, height) > MAX_IMAGE_SIDE:
                raise gr.Error(
                    f"The image is {width}x{height} px; the limit is {MAX_IMAGE_SIDE} px a side."
                )
            if getattr(image, "n_frames", 1) > 1:
                raise gr.Error("Animated images are not supported: upload a single still frame.")
            if image.mode == "CMYK":
                raise gr.Error("CMYK images are not supported: save the image as RGB (PNG or JPEG).")
            image.load()
    except gr.Error:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise gr.Error("The image has too many pixels to decode safely.") from None
    except Exception:
        raise gr.Error("The upload is not a readable image (PNG, JPEG or WebP).") from None
    if min(width, height) < 16:
        raise gr.Error(f"The image is {width}x{height} px; it must be at least 16 px a side.")
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        alpha = image.convert("RGBA").getchannel("A")
        if alpha.getextrema()[0] < 255:
            raise gr.Error(
                "The image has transparent areas; a video frame can't. Upload an opaque image."
            )
    return image.convert("RGB")


def probe_video(path: Any) -> tuple[float, int, int]:
    """(seconds, width, height) of an uploaded video, or a clear error if it isn't one."""
    if not isinstance(path, (str, Path)) or not Path(path).is_file():
        raise gr.Error("Upload a video made by this Space to extend.")
    try:
        import av

        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            seconds = float(stream.duration * stream.time_base) if stream.duration else float(
                container.duration or 0) / 1e6
            return seconds, stream.codec_context.width, stream.codec_context.height
    except Exception:
        raise gr.Error("The upload is not a readable video (MP4).") from None


def aspect_ratio_of(backend: Backend, width: int, height: int) -> str:
    """The backend's aspect ratio whose frames have this shape (a video it made before)."""
    for aspect in backend.aspect_ratios:
        w, h = backend.resolution(aspect)
        if abs(w / h - width / height) < 0.02:
            return aspect
    raise gr.Error(f"A {width}x{height} video can't be extended by {backend.name}.")


def build_request(
    backend: Backend,
    mode: Mode,
    prompt: Any,
    negative_prompt: Any = "",
    duration: Any = 4,
    aspect_ratio: Any = "16:9",
    seed: Any = 0,
    steps: Any = None,
    guidance_scale: Any = None,
    image: Any = None,
    source_video: str | None = None,
) -> GenerationRequest:
    """Validate every argument against the loaded backend's limits."""
    if steps is None:
        steps = backend.default_steps
    if guidance_scale is None:
        guidance_scale = backend.default_guidance
    if isinstance(guidance_scale, bool) or not isinstance(guidance_scale, (int, float)):
        raise gr.Error(f"The guidance scale must be a number from 0 to {MAX_GUIDANCE:g}.")
    if not 0.0 <= guidance_scale <= MAX_GUIDANCE:
        raise gr.Error(f"The guidance scale must be from 0 to {MAX_GUIDANCE:g}; got {guidance_scale:g}.")
    return GenerationRequest(
        mode=mode,
        prompt=check_text(prompt, "prompt", required=True),
        negative_prompt=check_text(negative_prompt, "negative prompt", required=False),
        image=load_image(image) if mode == "i2v" else None,
        duration=check_choice(
            _check_int(duration, "duration", 1, max(backend.durations)), "duration", backend.durations
        ),
        aspect_ratio=check_choice(aspect_ratio, "aspect ratio", backend.aspect_ratios),
        seed=_check_int(seed, "seed", 0, MAX_SEED),
        steps=_check_int(steps, "number of steps", 1, backend.max_steps),
        guidance_scale=float(guidance_scale),
        source_video=source_video,
    )
