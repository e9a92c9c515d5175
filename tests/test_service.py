"""The request path: order of stages, blocks, fail-closed moderation, nothing unmarked leaves.

The backend and moderator here are small doubles passed in as components, so each stage's
failure can be forced; the output stage is the real one.
"""

from __future__ import annotations

from pathlib import Path

import gradio as gr
import numpy as np
import pytest
from PIL import Image

from sora_space import output
from tests.fakes import PERSON, POLITICAL, MovingSquareBackend, ScriptedModerator, make, videos_in


@pytest.fixture
def first_frame(tmp_path) -> str:
    path = tmp_path / "first.png"
    Image.new("RGB", (128, 96), (200, 40, 40)).save(path)
    return str(path)


def test_text_to_video_returns_a_signed_marked_video_with_its_info(settings):
    service, backend, moderator = make(settings)
    path, seed, info = service.text_to_video("a white square", duration=4, aspect_ratio="1:1",
                                             seed=1234, randomize_seed=False)
    assert Path(path).is_file() and Path(path).suffix == ".mp4"
    assert seed == 1234 and backend.requests[0].seed == 1234
    assert moderator.calls == ["prompt", "frames"]
    assert set(info) >= {"generation_id", "seed", "model", "duration", "resolution", "fps",
                         "moderation", "timings", "c2pa"}
    assert info["resolution"] == "128x128" and info["duration"] == 4.0 and info["model"] == "test-squares"
    assert set(info["timings"]) >= {"moderation", "generate", "output"}
    assert info["moderation"]["prompt"]["allowed"] and info["moderation"]["frames"]["allowed"]
    report = output.verify_video(Path(path), settings)
    assert report["c2pa"]["state"] == "Trusted"
    assert info["c2pa"]["state"] == "Trusted"


def test_a_prompt_the_model_cannot_draw_gets_a_hint_and_a_video(settings):
    service, _, _ = make(settings)
    path, _, info = service.text_to_video("a cat playing piano", randomize_seed=True)
    assert info["hint"] == "This test model only draws squares." and Path(path).is_file()
    _, _, info = service.text_to_video("a white square", randomize_seed=True)
    assert "hint" not in info


def test_randomized_seeds_differ_and_are_reported(settings):
    service, backend, _ = make(settings)
    seeds = {service.text_to_video("a white square", seed=5, randomize_seed=True)[1] for _ in range(2)}
    assert len(seeds) == 2 and {r.seed for r in backend.requests} == seeds


def test_image_to_video_passes_the_image_as_first_frame(settings, first_frame):
    service, backend, moderator = make(settings)
    service.image_to_video(first_frame, "the square slides right", randomize_seed=False)
    assert moderator.calls == ["prompt", "image", "frames"]
    assert backend.requests[0].mode == "i2v"
    assert backend.requests[0].image.getpixel((0, 0)) == (200, 40, 40)


def test_a_blocked_prompt_names_its_category_and_generates_nothing(settings):
    service, backend, _ = make(settings, moderator=ScriptedModerator(prompt=POLITICAL))
    with pytest.raises(gr.Error) as caught:
        service.text_to_video("ballot stuffing caught on camera")
    message = str(caught.value.message)
    assert message.startswith("Blocked: political.")
    assert "faked election fraud" in message and "instead" in message.lower()
    assert backend.requests == [] and videos_in(settings) == []


def test_a_blocked_image_generates_nothing(settings, first_frame):
    service, backend, _ = make(settings, moderator=ScriptedModerator(image=PERSON))
    with pytest.raises(gr.Error) as caught:
        service.image_to_video(first_frame, "she waves")
    assert caught.value.message.startswith("Blocked: real_person.")
    assert backend.requests == []


def test_blocked_output_frames_are_never_returned(settings):
    service, backend, _ = make(settings, moderator=ScriptedModerator(frames=PERSON))
    with pytest.raises(gr.Error) as caught:
        service.text_to_video("a white square")
    assert caught.value.message.startswith("Blocked: real_person.")
    assert len(backend.requests) == 1 and videos_in(settings) == []


@pytest.mark.parametrize("stage", ["prompt", "image", "frames"])
def test_moderation_failure_refuses_the_request(settings, first_frame, stage):
    service, backend, _ = make(settings, moderator=ScriptedModerator(raises=stage))
    with pytest.raises(gr.Error, match="Moderation is unavailable"):
        service.image_to_video(first_frame, "the square slides right")
    assert videos_in(settings) == []
    assert len(backend.requests) == (1 if stage == "frames" else 0)


def test_a_moderator_that_returns_garbage_is_a_failure_not_a_pass(settings):
    moderator = ScriptedModerator()
    moderator.check_prompt = lambda text: {"allowed": True}
    service, backend, _ = make(settings, moderator=moderator)
    with pytest.raises(gr.Error, match="Moderation is unavailable"):
        service.text_to_video("a white square")
    assert backend.requests == []


def test_signing_failure_returns_no_video(settings, monkeypatch):
    service, _, _ = make(settings)

    def broken_finalize(clip, generation_id, settings, record=None):
        raise RuntimeError("signer unavailable")

    monkeypatch.setattr(output, "finalize", broken_finalize)
    with pytest.raises(gr.Error, match="could not be watermarked and signed"):
        service.text_to_video("a white square")
    assert videos_in(settings) == []


def test_a_backend_error_becomes_a_clear_message(settings):
    service, _, _ = make(settings, backend=MovingSquareBackend(fail=RuntimeError("CUDA error")))
    with pytest.raises(gr.Error, match="video model failed"):
        service.text_to_video("a white square")


def test_bad_input_is_refused_before_moderation(settings):
    service, backend, moderator = make(settings)
    with pytest.raises(gr.Error, match="prompt is empty"):
        service.text_to_video("   ")
    with pytest.raises(gr.Error, match="randomize_seed"):
        service.text_to_video("a square", randomize_seed="yes")
    assert moderator.calls == [] and backend.requests == []


def test_moderate_endpoint_reports_without_generating(settings, first_frame):
    service, backend, _ = make(settings, moderator=ScriptedModerator(image=PERSON))
    assert service.moderate("a white square")["allowed"] is True
    result = service.moderate("a white square", first_frame)
    assert result["allowed"] is False and result["category"] == "real_person"
    assert result["reason"].startswith("Blocked: real_person")
    assert backend.requests == []


def test_verify_refuses_a_missing_file(settings):
    service, _, _ = make(settings)
    with pytest.raises(gr.Error, match="Upload a video"):
        service.verify(None)


def test_extend_continues_a_video_this_space_made(settings):
    service, backend, _ = make(settings)
    source, _, first = service.text_to_video("a white square", aspect_ratio="9:16")
    path, _, info = service.extend_video(source, "the square keeps going", duration=4)
    request = backend.requests[-1]
    assert request.mode == "extend" and request.source_video == source
    assert request.aspect_ratio == "9:16"  # read off the source's frames
    assert info["extended_from"] == first["generation_id"] != info["generation_id"]
    assert output.verify_video(Path(path), settings)["c2pa"]["state"] == "Trusted"


def test_extend_refuses_videos_this_space_did_not_sign(settings, tmp_path):
    service, backend, _ = make(settings)
    source, _, _ = service.text_to_video("a white square")
    tampered = tmp_path / "tampered.mp4"
    data = bytearray(Path(source).read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    unsigned = tmp_path / "unsigned.mp4"
    from sora_space.output.encode import encode_mp4

    encode_mp4(np.zeros((8, 64, 64, 3), np.uint8), 8.0, None, 16000, unsigned)
    for video in (tampered, unsigned):
        with pytest.raises(gr.Error, match="Only videos made by this Space"):
            service.extend_video(str(video), "more")
    with pytest.raises(gr.Error, match="not a readable video"):
        service.extend_video(__file__, "more")
    assert len(backend.requests) == 1


def test_extend_stops_at_the_length_limit(settings, monkeypatch):
    service, backend, _ = make(settings)
    source, _, _ = service.text_to_video("a white square", duration=8)
    monkeypatch.setattr("sora_space.service.MAX_VIDEO_SECONDS", 10)
    with pytest.raises(gr.Error, match="10 s limit"):
        service.extend_video(source, "more", duration=4)
    assert len(backend.requests) == 1


def test_extend_needs_a_backend_that_can(settings):
    backend = MovingSquareBackend()
    backend.modes = ("t2v", "i2v")
    service, _, _ = make(settings, backend=backend)
    with pytest.raises(gr.Error, match="can't extend"):
        service.extend_video("any.mp4", "more")
