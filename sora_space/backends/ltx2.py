"""LTX-2 (Lightricks) through diffusers: video with a synchronized stereo soundtrack, on a GPU.

One set of weights serves both modes: `LTX2ImageToVideoPipeline` is built from the loaded
`LTX2Pipeline`'s components (`from_pipe`), so nothing is loaded twice.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from sora_space.backends.diffusers_common import DiffusersVideoBackend, GpuCost, Sizes
from sora_space.types import GenerationRequest

# The official diffusers-format LTX-2 weights (transformer, video and audio VAEs, vocoder, Gemma 3).
DEFAULT_MODEL = "Lightricks/LTX-2"

# Multiples of 32 (the VAE's spatial compression), near 0.9 MP for 720p and 2.1 MP for 1080p.
SIZES: dict[str, Sizes] = {
    "720p": {"16:9": (1280, 704), "9:16": (704, 1280), "1:1": (960, 960)},
    "1080p": {"16:9": (1920, 1088), "9:16": (1088, 1920), "1:1": (1440, 1440)},
}
FPS = 24
DURATIONS = (4, 6, 8, 10)

# Estimated from FLOPs, not measured: no GPU was available when this was written (see
# docs/DEPLOY.md to recalibrate). The ZeroGPU slice is an H200 MIG 3g.71gb, 60 of 132 SMs, about
# 450 dense bf16 TFLOPS; at ~50 % utilisation 225 TFLOPS. A token is 32x32 px x 8 frames, so a
# megapixel-frame (mpf) is 122 tokens; the video stream has ~14B parameters, 48 layers of width
# 4096. Linear: 2 * 14e9 * 122 FLOPs = 0.0152 s per mpf per pass. Attention: 4 * 48 * 4096 *
# (122 mpf)^2 = 1.2e10 mpf^2 FLOPs = 5.2e-5 s. The audio stream is small beside it. VAE decode
# (0.1 s per mpf) and the fixed 20 s (worker start, Gemma 3 prompt encoding) are cautious guesses.
# Result: 720p at 30 steps fits ZeroGPU's 300 s up to 8 s of video; 1080p does not fit at all.
COST = GpuCost(linear=0.0152, attention=5.2e-5, decode=0.1, overhead=20.0)

# Plain classifier-free guidance on both modalities, the LTX-2.0 behaviour. diffusers' defaults
# track LTX-2.3/2.5 (spatio-temporal and modality guidance, guidance rescale, cross-timestep);
# the first two each add a transformer pass per step, which ZeroGPU's time limit can't afford.
SAMPLING = {
    "stg_scale": 0.0,
    "audio_stg_scale": 0.0,
    "spatio_temporal_guidance_blocks": None,
    "modality_scale": 1.0,
    "audio_modality_scale": 1.0,
    "guidance_rescale": 0.0,
    "audio_guidance_rescale": 0.0,
    "audio_guidance_scale": None,  # None: the same scale as the video
    "use_cross_timestep": False,
}


class LTX2Backend(DiffusersVideoBackend):
    name = "LTX-2"
    has_audio = True
    default_steps = 30  # diffusers' LTX-2 example
    max_steps = 40
    default_guidance = 3.0
    cost = COST
    default_model = DEFAULT_MODEL
    presets = SIZES
    native_fps = FPS
    offered_durations = DURATIONS

    @staticmethod
    def _pipeline_classes() -> tuple[type, type]:
        from diffusers import LTX2ImageToVideoPipeline, LTX2Pipeline

        return LTX2Pipeline, LTX2ImageToVideoPipeline

    @staticmethod
    def _multiples(pipe: Any) -> tuple[int, int]:
        return (
            pipe.vae_spatial_compression_ratio * pipe.transformer_spatial_patch_size,
            pipe.vae_temporal_compression_ratio * pipe.transformer_temporal_patch_size,
        )

    def _pipeline_kwargs(self, request: GenerationRequest, guidance: float) -> dict:
        # frame_rate sets the soundtrack's length and the model's sense of time.
        return {"frame_rate": self.fps(), **SAMPLING}

    def _soundtrack(self, output: Any) -> tuple[np.ndarray, int]:
        # The vocoder returns batch x channels x samples (stereo) at its own output rate.
        audio = output.audio[0].float().cpu().numpy()
        return audio, int(self.t2v.vocoder.config.output_sampling_rate)
