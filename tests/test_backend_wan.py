"""The Wan backend on a tiny random Wan 2.2 TI2V pipeline (same diffusers classes, toy sizes), offline.

Picture quality means nothing here; what is checked is the plumbing: both modes through the whole
request path, a silent track added to the soundless clip, signed output, the ZeroGPU estimate and
loading from a folder.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import torch
from diffusers import AutoencoderKLWan, UniPCMultistepScheduler, WanPipeline, WanTransformer3DModel
from transformers import UMT5Config, UMT5EncoderModel

from ltx_wan_harness import (
    TINY_DURATIONS,
    TINY_FPS,
    TINY_SIZES,
    byte_tokenizer,
    check_estimates,
    check_frame_moderation_stops_the_video,
    generate_through_service,
    settings_in,
    streams,
)
from sora_space.backends import load_backend
from sora_space.backends.wan import WanBackend
from sora_space.types import GenerationRequest


def tiny_wan_pipeline(expand_timesteps: bool = True) -> WanPipeline:
    """diffusers' own Wan 2.2 TI2V-5B test configuration, with a UMT5 and tokenizer built here."""
    tokenizer = byte_tokenizer()
    torch.manual_seed(0)
    vae = AutoencoderKLWan(
        base_dim=3, z_dim=48, in_channels=12, out_channels=12, is_residual=True, patch_size=2,
        latents_mean=[0.0] * 48, latents_std=[1.0] * 48, dim_mult=[1, 1, 1, 1], num_res_blocks=1,
        scale_factor_spatial=16, scale_factor_temporal=4, temperal_downsample=[False, True, True],
    )
    text_encoder = UMT5EncoderModel(UMT5Config(
        vocab_size=len(tokenizer), d_model=32, d_kv=8, d_ff=37, num_layers=2, num_heads=4,
        relative_attention_num_buckets=8,
    )).eval()
    transformer = WanTransformer3DModel(
        patch_size=(1, 2, 2), num_attention_heads=2, attention_head_dim=12, in_channels=48,
        out_channels=48, text_dim=32, freq_dim=256, ffn_dim=32, num_layers=2, cross_attn_norm=True,
        qk_norm="rms_norm_across_heads", rope_max_seq_len=32,
    )
    scheduler = UniPCMultistepScheduler(prediction_type="flow_prediction", use_flow_sigmas=True,
                                        flow_shift=3.0)
    pipe = WanPipeline(tokenizer=tokenizer, text_encoder=text_encoder, vae=vae, scheduler=scheduler,
                       transformer=transformer, expand_timesteps=expand_timesteps)
    pipe.set_progress_bar_config(disable=True)
    return pipe


@pytest.fixture(scope="module")
def pipe() -> WanPipeline:
    return tiny_wan_pipeline()


@pytest.fixture(scope="module")
def backend(pipe) -> WanBackend:
    return WanBackend.from_pipeline(
        pipe, sizes=TINY_SIZES, fps=TINY_FPS, durations=TINY_DURATIONS, zerogpu=False
    )


def test_text_to_video_through_the_whole_path_gets_a_silent_track(backend, tmp_path):
    path, info = generate_through_service(backend, tmp_path, "t2v")

    assert info["model"] == "Wan 2.2" and info["audio"] is False
    assert info["resolution"] == "64x32" and info["duration"] == 1.0
    mp4 = streams(path)
    assert mp4["frames"] == 8 and mp4["size"] == (64, 32)
    assert mp4["audio_seconds"] == pytest.approx(mp4["video_seconds"], abs=0.05)
    assert mp4["loudest"] == 0.0


def test_image_to_video_through_the_whole_path(backend, tmp_path):
    path, info = generate_through_service(backend, tmp_path, "i2v", aspect_ratio="1:1", duration=2)

    assert info["mode"] == "i2v" and info["resolution"] == "64x64"
    mp4 = streams(path)
    assert mp4["frames"] == 16 and mp4["size"] == (64, 64)


def test_output_frame_check_stops_the_video(backend, tmp_path):
    check_frame_moderation_stops_the_video(backend, tmp_path)


def test_clip_is_uint8_without_audio_reports_progress_and_repeats_with_its_seed(backend):
    request = GenerationRequest(mode="t2v", prompt="rain on a window", duration=1, seed=3, steps=2)
    seen = []
    clip = backend.generate(request, lambda done, total: seen.append((done, total)))
    again = backend.generate(request)

    assert seen == [(1, 2), (2, 2)]
    assert clip.frames.dtype == np.uint8 and clip.frames.shape == (8, 32, 64, 3)
    assert clip.audio is None and clip.fps == TINY_FPS
    assert np.array_equal(clip.frames, again.frames)


def test_i2v_shares_the_loaded_weights(backend):
    assert backend.i2v.transformer is backend.t2v.transformer
    assert backend.i2v.vae is backend.t2v.vae
    assert backend.i2v.config.expand_timesteps


def test_zerogpu_estimate_grows_with_steps_and_frames(pipe):
    on_zerogpu = WanBackend.from_pipeline(pipe, zerogpu=True)  # the real 720p sizes
    assert on_zerogpu.durations == (2, 3, 4, 5)
    assert on_zerogpu.resolution("9:16") == (704, 1280) and on_zerogpu.fps() == 24
    assert on_zerogpu.num_frames(5) == 121  # 4k+1, TI2V-5B's training length
    check_estimates(on_zerogpu)


def test_only_a_ti2v_checkpoint_is_accepted():
    with pytest.raises(ValueError, match="TI2V"):
        WanBackend.from_pipeline(tiny_wan_pipeline(expand_timesteps=False), zerogpu=False)


def test_load_backend_picks_wan_from_settings_and_a_local_folder(pipe, tmp_path):
    pipe.save_pretrained(tmp_path / "weights")
    settings = replace(settings_in(tmp_path), model="wan", model_path=str(tmp_path / "weights"))

    loaded = load_backend(settings)

    assert isinstance(loaded, WanBackend)
    assert loaded.t2v.vae.dtype == torch.float32
    assert loaded.aspect_ratios == ("16:9", "9:16", "1:1")
