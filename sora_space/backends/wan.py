"""Wan 2.2 TI2V through diffusers: video without sound, on a GPU.

Wan 2.2 TI2V-5B is the Wan checkpoint whose one transformer does both text-to-video and
image-to-video (diffusers marks it `expand_timesteps=True`), so `WanImageToVideoPipeline` is
built from the loaded `WanPipeline`'s components and nothing is loaded twice. The other Wan
checkpoints need a different transformer per mode and are not supported here.
"""

from __future__ import annotations

from typing import Any

from sora_space.backends.diffusers_common import DiffusersVideoBackend, GpuCost, Sizes

# The official diffusers-format Wan 2.2 TI2V-5B weights (transformer, Wan 2.2 VAE, UMT5-XXL).
DEFAULT_MODEL = "Wan-AI/Wan2.2-TI2V-5B-Diffusers"

# TI2V-5B was trained at 1280x704 and 704x1280; its VAE (16x) and patch (2x) need multiples of 32.
SIZES: dict[str, Sizes] = {
    "720p": {"16:9": (1280, 704), "9:16": (704, 1280), "1:1": (960, 960)},
}
FPS = 24  # TI2V-5B's frame rate; its 121-frame training clips are 5 s long
DURATIONS = (2, 3, 4, 5)

# Estimated from FLOPs, not measured, like LTX-2's (see there and docs/DEPLOY.md): 225 effective
# TFLOPS on the ZeroGPU slice. A token is 32x32 px x 4 frames, so a megapixel-frame (mpf) is 244
# tokens; 5B parameters, 30 layers of width 3072. Linear: 2 * 5e9 * 244 FLOPs = 0.0109 s per mpf
# per pass. Attention: 4 * 30 * 3072 * (244 mpf)^2 = 2.2e10 mpf^2 FLOPs = 9.8e-5 s. The Wan 2.2
# VAE decodes in float32 (0.2 s per mpf, a cautious guess) and the fixed part is 20 s. Cross-check:
# Wan's README puts 5 s of 720p under 9 minutes on an RTX 4090; this estimate says ~4.6 minutes.
COST = GpuCost(linear=0.0109, attention=9.8e-5, decode=0.2, overhead=20.0)


class WanBackend(DiffusersVideoBackend):
    name = "Wan 2.2"
    has_audio = False
    default_steps = 50  # Wan 2.2's own TI2V setting; 5 s at 720p still fits ZeroGPU's 300 s
    max_steps = 50
    default_guidance = 5.0
    cost = COST
    default_model = DEFAULT_MODEL
    presets = SIZES
    native_fps = FPS
    offered_durations = DURATIONS
    # Wan's authors recommend decoding in float32 for quality; the VAE is small.
    float32_components = ("vae",)

    @staticmethod
    def _pipeline_classes() -> tuple[type, type]:
        from diffusers import WanImageToVideoPipeline, WanPipeline

        return WanPipeline, WanImageToVideoPipeline

    @staticmethod
    def _multiples(pipe: Any) -> tuple[int, int]:
        if not pipe.config.expand_timesteps:
            raise ValueError(
                "the Wan backend needs a TI2V checkpoint (one transformer for text and image), "
                f"such as {DEFAULT_MODEL}"
            )
        return (
            pipe.vae_scale_factor_spatial * pipe.transformer.config.patch_size[1],
            pipe.vae_scale_factor_temporal * pipe.transformer.config.patch_size[0],
        )
