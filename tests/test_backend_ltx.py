"""The LTX-2 backend on a tiny random LTX-2 pipeline (same diffusers classes, toy sizes), offline.

Picture quality means nothing here; what is checked is the plumbing: both modes through the whole
request path, stereo sound in sync with the picture, signed output, the ZeroGPU estimate, loading
from a folder, and how ZeroGPU's refusals reach a visitor.
"""

from __future__ import annotations

from dataclasses import replace

import gradio as gr
import numpy as np
import pytest
import torch
from diffusers import (
    AutoencoderKLLTX2Audio,
    AutoencoderKLLTX2Video,
    FlowMatchEulerDiscreteScheduler,
    LTX2Pipeline,
    LTX2VideoTransformer3DModel,
)
from diffusers.pipelines.ltx2 import LTX2TextConnectors
from diffusers.pipelines.ltx2.vocoder import LTX2Vocoder
from spaces.zero.gradio import error as zerogpu_error
from transformers import Gemma3Config, Gemma3ForConditionalGeneration

from ltx_wan_harness import (
    TINY_DURATIONS,
    TINY_FPS,
    TINY_SIZES,
    AllowAll,
    byte_tokenizer,
    check_estimates,
    check_frame_moderation_stops_the_video,
    generate_through_service,
    settings_in,
    streams,
)
from sora_space import gpu
from sora_space.backends import load_backend
from sora_space.backends.ltx2 import LTX2Backend
from sora_space.service import VideoService
from sora_space.types import GenerationRequest

SAMPLE_RATE = 16000


def tiny_ltx2_pipeline() -> LTX2Pipeline:
    """diffusers' own LTX-2 test configuration, with a Gemma 3 and tokenizer built here, and a
    vocoder whose upsampling (8*5*4 = 160) matches the mel hop, so the sound has a true length."""
    tokenizer = byte_tokenizer()
    torch.manual_seed(0)
    text_encoder = Gemma3ForConditionalGeneration(Gemma3Config(
        text_config=dict(vocab_size=len(tokenizer), hidden_size=32, intermediate_size=32,
                         num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=1,
                         head_dim=8, max_position_embeddings=2048, sliding_window=16),
        vision_config=dict(hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                           num_attention_heads=2, image_size=16, patch_size=4),
        mm_tokens_per_image=4, image_token_index=len(tokenizer) - 1,
        boi_token_index=len(tokenizer) - 2, eoi_token_index=len(tokenizer) - 3,
    )).eval()
    text = text_encoder.config.text_config
    transformer = LTX2VideoTransformer3DModel(
        in_channels=4, out_channels=4, patch_size=1, patch_size_t=1, num_attention_heads=2,
        attention_head_dim=8, cross_attention_dim=16, audio_in_channels=4, audio_out_channels=4,
        audio_num_attention_heads=2, audio_attention_head_dim=4, audio_cross_attention_dim=8,
        num_layers=2, qk_norm="rms_norm_across_heads", caption_channels=text.hidden_size,
        rope_double_precision=False, rope_type="split",
    )
    connectors = LTX2TextConnectors(
        caption_channels=text.hidden_size, text_proj_in_factor=text.num_hidden_layers + 1,
        video_connector_num_attention_heads=4, video_connector_attention_head_dim=8,
        video_connector_num_layers=1, video_connector_num_learnable_registers=None,
        audio_connector_num_attention_heads=4, audio_connector_attention_head_dim=8,
        audio_connector_num_layers=1, audio_connector_num_learnable_registers=None,
        connector_rope_base_seq_len=32, rope_theta=10000.0, rope_double_precision=False,
        causal_temporal_positioning=False, rope_type="split",
    )
    vae = AutoencoderKLLTX2Video(
        in_channels=3, out_channels=3, latent_channels=4, block_out_channels=(8,),
        decoder_block_out_channels=(8,), layers_per_block=(1,), decoder_layers_per_block=(1, 1),
        spatio_temporal_scaling=(True,), decoder_spatio_temporal_scaling=(True,),
        decoder_inject_noise=(False, False), downsample_type=("spatial",),
        upsample_residual=(False,), upsample_factor=(1,), timestep_conditioning=False,
        patch_size=1, patch_size_t=1, encoder_causal=True, decoder_causal=False,
    )
    vae.use_framewise_encoding = False
    vae.use_framewise_decoding = False
    audio_vae = AutoencoderKLLTX2Audio(
        base_channels=4, output_channels=2, ch_mult=(1,), num_res_blocks=1, attn_resolutions=None,
        in_channels=2, resolution=32, latent_channels=2, norm_type="pixel",
        causality_axis="height", dropout=0.0, mid_block_add_attention=False,
        sample_rate=SAMPLE_RATE, mel_hop_length=160, is_causal=True, mel_bins=8,
    )
    vocoder = LTX2Vocoder(
        in_channels=audio_vae.config.output_channels * audio_vae.config.mel_bins,
        hidden_channels=32, out_channels=2, upsample_kernel_sizes=[16, 10, 8],
        upsample_factors=[8, 5, 4], resnet_kernel_sizes=[3], resnet_dilations=[[1, 3, 5]],
        leaky_relu_negative_slope=0.1, output_sampling_rate=SAMPLE_RATE,
    )
    pipe = LTX2Pipeline(
        transformer=transformer, vae=vae, audio_vae=audio_vae,
        scheduler=FlowMatchEulerDiscreteScheduler(), text_encoder=text_encoder,
        tokenizer=tokenizer, connectors=connectors, vocoder=vocoder,
    )
    pipe.set_progress_bar_config(disable=True)
    return pipe


@pytest.fixture(scope="module")
def pipe() -> LTX2Pipeline:
    return tiny_ltx2_pipeline()


@pytest.fixture(scope="module")
def backend(pipe) -> LTX2Backend:
    return LTX2Backend.from_pipeline(
        pipe, sizes=TINY_SIZES, fps=TINY_FPS, durations=TINY_DURATIONS, zerogpu=False
    )


def test_text_to_video_through_the_whole_path_has_stereo_sound_in_sync(backend, tmp_path):
    path, info = generate_through_service(backend, tmp_path, "t2v")

    assert info["model"] == "LTX-2" and info["audio"] is True
    assert info["resolution"] == "64x32" and info["duration"] == 1.0
    mp4 = streams(path)
    assert mp4["frames"] == 8 and mp4["size"] == (64, 32)
    assert mp4["channels"] == 2 and mp4["sample_rate"] == SAMPLE_RATE
    assert mp4["audio_seconds"] == pytest.approx(mp4["video_seconds"], abs=0.05)
    assert mp4["loudest"] > 0.0  # the model's sound, not the silent track


def test_image_to_video_through_the_whole_path(backend, tmp_path):
    path, info = generate_through_service(backend, tmp_path, "i2v", aspect_ratio="1:1", duration=2)

    assert info["mode"] == "i2v" and info["resolution"] == "64x64"
    mp4 = streams(path)
    assert mp4["frames"] == 16 and mp4["size"] == (64, 64)
    assert mp4["audio_seconds"] == pytest.approx(mp4["video_seconds"], abs=0.05)


def test_output_frame_check_stops_the_video(backend, tmp_path):
    check_frame_moderation_stops_the_video(backend, tmp_path)


def test_clip_is_uint8_reports_progress_and_repeats_with_its_seed(backend):
    request = GenerationRequest(mode="t2v", prompt="rain on a window", duration=1, seed=3, steps=2)
    seen = []
    clip = backend.generate(request, lambda done, total: seen.append((done, total)))
    again = backend.generate(request)

    assert seen == [(1, 2), (2, 2)]
    assert clip.frames.dtype == np.uint8 and clip.frames.shape == (8, 32, 64, 3)
    assert clip.audio.dtype == np.float32 and clip.audio.shape[0] == 2
    assert clip.sample_rate == SAMPLE_RATE and clip.fps == TINY_FPS
    assert clip.audio.shape[1] == SAMPLE_RATE  # trimmed to the 1 s asked for, like the picture
    assert np.array_equal(clip.frames, again.frames) and np.array_equal(clip.audio, again.audio)


def test_i2v_shares_the_loaded_weights(backend):
    assert backend.i2v.transformer is backend.t2v.transformer
    assert backend.i2v.text_encoder is backend.t2v.text_encoder
    assert backend.i2v.vocoder is backend.t2v.vocoder


def test_zerogpu_estimate_grows_with_steps_and_frames_and_drops_what_cannot_fit(pipe):
    on_zerogpu = LTX2Backend.from_pipeline(pipe, zerogpu=True)  # the real 720p sizes
    assert on_zerogpu.durations == (4, 6, 8)  # 10 s would need more than 300 s
    assert on_zerogpu.resolution("16:9") == (1280, 704) and on_zerogpu.fps() == 24
    check_estimates(on_zerogpu)
    # Off ZeroGPU there is no time limit, so every duration stays.
    assert LTX2Backend.from_pipeline(pipe, zerogpu=False).durations == (4, 6, 8, 10)
    with pytest.raises(ValueError, match="fits ZeroGPU"):
        LTX2Backend.from_pipeline(pipe, sizes=LTX2Backend.presets["1080p"], zerogpu=True)


def test_sizes_must_suit_the_vae(pipe):
    with pytest.raises(ValueError, match="multiple of 2"):
        LTX2Backend.from_pipeline(pipe, sizes={"16:9": (65, 32)}, zerogpu=False)


def test_load_backend_picks_ltx2_from_settings_and_a_local_folder(pipe, tmp_path):
    pipe.save_pretrained(tmp_path / "weights")
    settings = replace(settings_in(tmp_path), model="ltx2", model_path=str(tmp_path / "weights"))

    loaded = load_backend(settings)

    assert isinstance(loaded, LTX2Backend)
    assert loaded.t2v.transformer.dtype == torch.float32  # no GPU here
    assert loaded.aspect_ratios == ("16:9", "9:16", "1:1")
    with pytest.raises(ValueError, match="SORA_SPACE_RESOLUTION"):
        load_backend(replace(settings, resolution="4k"))


# -- ZeroGPU's refusals, as raised by `spaces`, become messages that say when to retry ----------


@pytest.mark.parametrize("title, message, expected", [
    ("ZeroGPU quota exceeded",
     "You have exceeded your free ZeroGPU quota (120s requested vs. 30s left). Try again in 0:12:05. ",
     "Try again in 12 min 5 s"),
    ("ZeroGPU quota exceeded", "No GPU was available after 60s. Try re-running", "Try again in a minute"),
    ("ZeroGPU pending credits exceeded", "You have too many ZeroGPU credits allocated",
     "when they have finished"),
    ("ZeroGPU illegal duration", "The requested GPU duration (400s) is larger than the maximum",
     "Choose a shorter duration or fewer steps"),
    ("ZeroGPU queue timeout", "No GPU was available after 60s", "Try again in a minute"),
    ("ZeroGPU worker error", "GPU task aborted", r"ran past its \d+ s of GPU time"),
    ("ZeroGPU worker error", "OutOfMemoryError", "ran out of memory"),
    ("ZeroGPU worker error", "TimeoutError", "Generation was stopped after"),
])
def test_zerogpu_refusals_are_explained(backend, tmp_path, monkeypatch, title, message, expected):
    service = VideoService(settings_in(tmp_path), backend, AllowAll())

    def refused(request, progress=None, timeout_s=None):
        raise zerogpu_error(title, message)

    monkeypatch.setattr(gpu, "_generate_on_gpu", refused)
    with pytest.raises(gr.Error, match=expected):
        service.text_to_video("a boat on a lake", duration=1, randomize_seed=False)


def test_an_unknown_gpu_worker_failure_is_the_generic_model_failure(backend, tmp_path, monkeypatch):
    service = VideoService(settings_in(tmp_path), backend, AllowAll())

    def crashed(request, progress=None, timeout_s=None):
        raise zerogpu_error("ZeroGPU worker error", "KeyError")

    monkeypatch.setattr(gpu, "_generate_on_gpu", crashed)
    with pytest.raises(gr.Error, match="The video model failed"):
        service.text_to_video("a boat on a lake", duration=1, randomize_seed=False)
