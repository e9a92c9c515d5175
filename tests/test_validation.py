"""Every kind of bad input gets a clear gr.Error before anything runs."""

from __future__ import annotations

from pathlib import Path

import gradio as gr
import numpy as np
import pytest
from PIL import Image

from sora_space.bench.load import write_bomb_png
from sora_space.validation import MAX_IMAGE_SIDE, build_request, load_image


class Limits:
    """Only the limits validation reads from a backend."""

    durations = (4, 8, 12)
    aspect_ratios = ("16:9", "9:16", "1:1")
    default_steps = 8
    max_steps = 50
    default_guidance = 4.0


def request(**overrides):
    args = dict(prompt="a red ball bouncing", negative_prompt="", duration=4,
                aspect_ratio="16:9", seed=0)
    args.update(overrides)
    return build_request(Limits(), "t2v", **args)


def test_a_good_request_keeps_its_values_and_fills_backend_defaults():
    req = request(prompt="  a red ball bouncing \n", duration=8, aspect_ratio="9:16", seed=7)
    assert req.prompt == "a red ball bouncing"
    assert (req.duration, req.aspect_ratio, req.seed) == (8, "9:16", 7)
    assert req.steps == Limits.default_steps and req.guidance_scale == Limits.default_guidance


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"prompt": ""}, "prompt is empty"),
        ({"prompt": " \t\n "}, "prompt is empty"),
        ({"prompt": "x" * 2001}, "limit is 2000"),
        ({"prompt": "a ball\x00 bouncing"}, "control characters"),
        ({"prompt": "a ball\x1b[31m"}, "control characters"),
        ({"prompt": 42}, "must be text"),
        ({"negative_prompt": "y" * 2001}, "limit is 2000"),
        ({"duration": 5}, "duration must be one of 4, 8, 12"),
        ({"duration": 4.5}, "whole number"),
        ({"duration": "4"}, "duration must be a whole number"),
        ({"duration": 1000}, "duration must be from"),
        ({"aspect_ratio": "4:3"}, "aspect ratio must be one of"),
        ({"aspect_ratio": None}, "aspect ratio must be one of"),
        ({"seed": -1}, "seed must be from 0"),
        ({"seed": 2**40}, "seed must be from 0"),
        ({"seed": "abc"}, "seed must be a whole number"),
        ({"seed": True}, "seed must be a whole number"),
        ({"steps": 0}, "number of steps must be from 1"),
        ({"steps": 51}, "number of steps must be from 1 to 50"),
        ({"guidance_scale": -1.0}, "guidance scale must be from 0"),
        ({"guidance_scale": "high"}, "guidance scale must be a number"),
    ],
)
def test_bad_arguments_get_a_clear_error(overrides, message):
    with pytest.raises(gr.Error, match=message):
        request(**overrides)


def save(image: Image.Image, tmp_path: Path, name: str, **kwargs) -> str:
    path = tmp_path / name
    image.save(path, **kwargs)
    return str(path)


def test_a_plain_rgb_image_loads(tmp_path):
    path = save(Image.new("RGB", (320, 200), (10, 200, 30)), tmp_path, "ok.png")
    image = load_image(path)
    assert image.mode == "RGB" and image.size == (320, 200)


def test_opaque_alpha_and_palette_images_are_converted(tmp_path):
    rgba = Image.new("RGBA", (64, 64), (1, 2, 3, 255))
    assert load_image(save(rgba, tmp_path, "opaque.png")).mode == "RGB"
    palette = Image.new("P", (64, 64), 3)
    assert load_image(save(palette, tmp_path, "p.png")).mode == "RGB"


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: (d / "notes.txt").write_text("not an image") and str(d / "notes.txt"),
         "not a readable image"),
        (lambda d: (d / "trunc.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
         and str(d / "trunc.png"), "not a readable image"),
        (lambda d: save(Image.new("RGB", (MAX_IMAGE_SIDE + 1, 20)), d, "wide.png"), "limit is 4096"),
        (lambda d: save(Image.new("CMYK", (64, 64)), d, "cmyk.jpg"), "CMYK"),
        (lambda d: save(Image.new("RGBA", (64, 64), (0, 0, 0, 0)), d, "clear.png"), "transparent"),
        (lambda d: save(Image.new("RGB", (8, 8)), d, "tiny.png"), "at least 16 px"),
        (lambda d: save(Image.new("RGB", (64, 64)), d, "anim.gif", save_all=True,
                        append_images=[Image.new("RGB", (64, 64), (255, 0, 0))]), "Animated"),
    ],
)
def test_bad_images_get_a_clear_error(tmp_path, make, message):
    with pytest.raises(gr.Error, match=message):
        load_image(make(tmp_path))


def test_a_decompression_bomb_is_refused_without_decoding(tmp_path):
    # A 20000x20000 PNG of one colour compresses to a few hundred KB but would need 1.2 GB
    # decoded; the header alone must be enough to refuse it.
    path = tmp_path / "bomb.png"
    write_bomb_png(path, 20000, 20000)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(gr.Error, match="limit is 4096|too many pixels"):
        load_image(str(path))


def test_missing_or_wrongly_typed_images_are_refused(tmp_path):
    for value in (None, 3, str(tmp_path / "absent.png"), {"path": "x"}):
        with pytest.raises(gr.Error):
            load_image(value)


def test_bomb_helper_writes_a_valid_small_png(tmp_path):
    path = tmp_path / "small.png"
    write_bomb_png(path, 40, 30)
    assert np.asarray(Image.open(path)).shape == (30, 40)
