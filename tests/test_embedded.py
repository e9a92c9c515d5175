"""EmbeddedBackend: the Backend protocol on a tiny random model saved like the shipped weights."""

from __future__ import annotations

import av
import numpy as np
import pytest
import torch
from PIL import Image

from sora_space.backends.embedded import DEFAULT_WEIGHTS, EmbeddedBackend
from sora_space.config import Settings
from sora_space.models.mmdit import MMDiTModel
from sora_space.models.pipeline import ToyVideoPipeline
from sora_space.output import invisible
from sora_space.toyworld.analyzer import analyze
from sora_space.types import GenerationRequest


@pytest.fixture(scope="module")
def backend(tmp_path_factory) -> EmbeddedBackend:
    folder = tmp_path_factory.mktemp("mmdit")
    torch.manual_seed(0)
    ToyVideoPipeline.from_transformer(MMDiTModel(width=32, depth=1, num_heads=2).half()).save_pretrained(folder)
    return EmbeddedBackend.load(Settings(model_path=str(folder)))


def test_output_frame_check_stops_the_video(backend, tmp_path):
    from ltx_wan_harness import check_frame_moderation_stops_the_video

    check_frame_moderation_stops_the_video(backend, tmp_path, duration=4)


def test_protocol_fields(backend):
    assert backend.has_audio and backend.fps() == 24.0
    assert set(backend.aspect_ratios) == {"16:9", "9:16", "1:1"}
    for aspect in backend.aspect_ratios:
        w, h = backend.resolution(aspect)
        assert w % 2 == 0 and h % 2 == 0 and min(w, h) >= 256


def test_gpu_seconds_grow_with_steps_and_length(backend):
    short = GenerationRequest(mode="t2v", prompt="x", duration=4, steps=8)
    assert backend.gpu_seconds(short) < backend.gpu_seconds(GenerationRequest(mode="t2v", prompt="x", duration=12, steps=8))
    assert backend.gpu_seconds(short) < backend.gpu_seconds(GenerationRequest(mode="t2v", prompt="x", duration=4, steps=30))


def test_t2v_and_i2v(backend):
    progress = []
    clip = backend.generate(GenerationRequest(mode="t2v", prompt="a red ball", duration=4, aspect_ratio="9:16", steps=2),
                            lambda d, t: progress.append(d))
    assert clip.frames.shape == (96, 456, 256, 3) and clip.seconds == 4.0
    assert clip.audio.shape == (1, 64000) and clip.model == backend.name
    assert progress and progress == sorted(progress)
    image = Image.new("RGB", (300, 300), (200, 40, 40))
    clip = backend.generate(GenerationRequest(mode="i2v", prompt="it moves", image=image, aspect_ratio="1:1", steps=2))
    assert np.abs(clip.frames[0].astype(int) - (200, 40, 40)).max() <= 2


def test_the_space_makes_its_sound_with_the_sound_pass(backend):
    """Visitors' clips get the sound made again from the finished picture, not the joint one."""
    torch.manual_seed(0)
    model = MMDiTModel(width=32, depth=1, num_heads=2)
    for param in model.parameters():  # no zero output layers: the sound depends on the pass
        torch.nn.init.normal_(param, std=0.02)
    backend = EmbeddedBackend(ToyVideoPipeline.from_transformer(model, backend.pipeline.text_encoder))
    assert backend.sound_steps > 0
    request = GenerationRequest(mode="t2v", prompt="a red ball", duration=4, aspect_ratio="1:1", steps=2, seed=3)
    clip = backend.generate(request)
    pipe_args = {"duration": 4.0, "aspect_ratio": "1:1", "num_inference_steps": 2, "guidance_scale": 3.0}
    with_pass = backend.pipeline("a red ball", sound_steps=backend.sound_steps,
                                 generator=torch.Generator().manual_seed(3), **pipe_args)
    joint = backend.pipeline("a red ball", generator=torch.Generator().manual_seed(3), **pipe_args)
    np.testing.assert_array_equal(clip.audio, with_pass.audio)
    assert np.abs(clip.audio - joint.audio).max() > 1e-3


def test_extend_appends_to_the_source(backend, tmp_path):
    path = tmp_path / "source.mp4"
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=24)
        stream.width, stream.height, stream.pix_fmt = 456, 256, "yuv420p"
        for i in range(48):
            frame = np.full((256, 456, 3), 40, np.uint8)
            frame[100:150, 5 * i : 5 * i + 50] = (240, 220, 40)
            container.mux(stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")))
        container.mux(stream.encode())
    clip = backend.generate(GenerationRequest(mode="extend", prompt="more", source_video=str(path), duration=4, steps=2))
    assert clip.frames.shape == (48 + 96, 256, 456, 3)
    assert clip.audio.shape == (1, 6 * 16000)


def test_shipped_weights_load_and_stay_small():
    weights = DEFAULT_WEIGHTS / "transformer" / "diffusion_pytorch_model.safetensors"
    if not weights.exists():
        pytest.skip("no exported weights in assets/mmdit")
    assert weights.stat().st_size < 150 * 2**20
    backend = EmbeddedBackend.load(Settings(model_path=""))
    assert backend.pipeline.transformer.dtype == torch.float32  # fp16 on disk, fp32 on CPU


def test_shipped_weights_draw_what_a_simple_prompt_asks():
    """The shipped model, as visitors get it: the analyzer reads the asked colour, and its raw
    (unmarked) output is not mistaken for a marked video by the invisible-mark detector."""
    backend = EmbeddedBackend.load(Settings(model_path=""))
    clip = backend.generate(GenerationRequest(
        mode="t2v", prompt="a red ball moving to the right on a black background", duration=4,
        aspect_ratio="16:9", seed=0))
    assert analyze(clip.frames, clip.fps).colour == "red"
    assert not invisible.detect_frames(clip.frames, Settings().watermark_key).found
