"""What the LTX-2 and Wan backend tests share: a tokenizer built in memory, an allow-all
moderator, the full request path, a look inside the resulting MP4 and the estimate checks.

Nothing here downloads anything: the tiny models are built from configs in each test file.
"""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
from PIL import Image
from tokenizers import Tokenizer, decoders, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast

from safety.verdict import Verdict
from sora_space import output
from sora_space.backends.diffusers_common import MAX_GPU_SECONDS, MIN_GPU_SECONDS
from sora_space.service import VideoService
from sora_space.types import GenerationRequest
from tests.fakes import ScriptedModerator, settings_in, videos_in

# Big enough for the visible watermark (53x24 px); multiples of 32 suit both tiny VAEs.
TINY_SIZES = {"16:9": (64, 32), "1:1": (64, 64)}
TINY_FPS = 8.0
TINY_DURATIONS = (1, 2)


def byte_tokenizer() -> PreTrainedTokenizerFast:
    """A byte-level tokenizer with no merges: every UTF-8 byte is one token."""
    vocab = {"<pad>": 0, "<eos>": 1, "<bos>": 2}
    for symbol in pre_tokenizers.ByteLevel.alphabet():
        vocab.setdefault(symbol, len(vocab))
    tokenizer = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, pad_token="<pad>", eos_token="<eos>", bos_token="<bos>"
    )


class AllowAll:
    """A moderator double that lets everything through, so these tests see only the backend."""

    def check_prompt(self, text: str) -> Verdict:
        return Verdict(allowed=True)

    def check_image(self, image: Image.Image) -> Verdict:
        return Verdict(allowed=True)

    def check_frames(self, frames: np.ndarray) -> Verdict:
        return Verdict(allowed=True)


def first_frame(tmp_path: Path) -> str:
    """A landscape picture of another aspect than the video's, to exercise crop-then-resize."""
    image = Image.new("RGB", (90, 60), (200, 40, 40))
    image.paste((40, 40, 200), (45, 0, 90, 60))
    path = tmp_path / "first.png"
    image.save(path)
    return str(path)


def generate_through_service(backend, tmp_path: Path, mode: str, **options) -> tuple[Path, dict]:
    """Run validate -> moderate -> gpu.generate -> frames check -> mark/encode/sign."""
    settings = settings_in(tmp_path)
    service = VideoService(settings, backend, AllowAll())
    arguments = dict(duration=1, aspect_ratio="16:9", seed=7, randomize_seed=False, steps=1)
    arguments.update(options)
    if mode == "i2v":
        path, _, info = service.image_to_video(first_frame(tmp_path), "a boat on a lake", **arguments)
    else:
        path, _, info = service.text_to_video("a boat on a lake", **arguments)
    assert output.verify_video(Path(path), settings)["c2pa"]["state"] == "Trusted"
    return Path(path), info


def check_frame_moderation_stops_the_video(backend, tmp_path: Path, duration: int = 1) -> None:
    """The output-frame check runs on what this backend drew: a block, or a check that raises,
    refuses the request after generation and leaves no video behind."""
    import gradio as gr
    import pytest

    nudity = Verdict(allowed=False, category="sexual", reason="A generated frame shows nudity.")
    arguments = dict(duration=duration, aspect_ratio="16:9", seed=7, randomize_seed=False, steps=1)
    for moderator, message in ((ScriptedModerator(frames=nudity), "Blocked: sexual."),
                               (ScriptedModerator(raises="frames"), "Moderation is unavailable")):
        settings = settings_in(tmp_path / message.split()[0].strip(":."))
        service = VideoService(settings, backend, moderator)
        with pytest.raises(gr.Error) as caught:
            service.text_to_video("a boat on a lake", **arguments)
        assert caught.value.message.startswith(message)
        assert moderator.calls == ["prompt", "frames"] and videos_in(settings) == []


def streams(path: Path) -> dict:
    """What a player sees in the MP4, read back with PyAV: picture and sound, with durations."""
    with av.open(str(path)) as container:
        rate = float(container.streams.video[0].average_rate)
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    with av.open(str(path)) as container:
        sample_rate = container.streams.audio[0].rate
        sound = np.concatenate([f.to_ndarray() for f in container.decode(audio=0)], axis=-1)
    return {
        "frames": len(frames),
        "size": (frames[0].shape[1], frames[0].shape[0]),
        "video_seconds": len(frames) / rate,
        "audio_seconds": sound.shape[-1] / sample_rate,
        "channels": sound.shape[0],
        "sample_rate": sample_rate,
        "loudest": float(np.abs(sound).max()),
    }


def check_estimates(backend) -> None:
    """The ZeroGPU reservation grows with steps and with frames, within ZeroGPU's bounds."""

    def seconds(duration: int, steps: int, aspect: str = "16:9", guidance: float | None = None) -> int:
        return backend.gpu_seconds(GenerationRequest(
            mode="t2v", prompt="x", duration=duration, aspect_ratio=aspect, steps=steps,
            guidance_scale=guidance,
        ))

    shortest = min(backend.durations)
    by_steps = [seconds(shortest, steps) for steps in range(1, backend.max_steps + 1)]
    assert by_steps == sorted(by_steps) and by_steps[0] < by_steps[-1]
    by_duration = [seconds(d, backend.default_steps) for d in sorted(backend.durations)]
    assert by_duration == sorted(by_duration) and len(set(by_duration)) == len(by_duration)
    assert seconds(shortest, 10, guidance=1.0) < seconds(shortest, 10)  # no unconditional pass
    everything = by_steps + by_duration
    assert all(MIN_GPU_SECONDS <= s <= MAX_GPU_SECONDS for s in everything)
    # At the defaults every offered duration fits without hitting the cap.
    assert all(s < MAX_GPU_SECONDS for s in by_duration)
