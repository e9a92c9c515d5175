"""What the diffusers video backends (LTX-2, Wan) share, kept in one place.

Geometry (sizes per aspect ratio, frame counts the VAE accepts), the ZeroGPU time estimate,
loading a pipeline once at start-up, calling it with a seeded generator and a progress callback,
turning its output into a uint8 GeneratedClip, and the optional ahead-of-time compilation.
A backend module adds only what differs: its pipelines' extra arguments, its size table, its
cost constants and, for LTX-2, the soundtrack.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
import torch
from PIL import Image, ImageOps

from sora_space.backends.base import ProgressCallback
from sora_space.config import Settings
from sora_space.types import GeneratedClip, GenerationRequest

log = logging.getLogger("sora_space")

# ZeroGPU refuses longer tasks for most visitors ("illegal duration"); longer estimates are capped.
MAX_GPU_SECONDS = 300
# Never reserve less: starting the GPU worker and the first CUDA calls alone take several seconds.
MIN_GPU_SECONDS = 20
# The longest task ZeroGPU allows while the Space starts; only ahead-of-time compilation uses it.
STARTUP_GPU_SECONDS = 1500

Sizes = dict[str, tuple[int, int]]  # aspect ratio -> (width, height)


@dataclass(frozen=True)
class GpuCost:
    """Estimated GPU seconds of one generation, from its size in megapixel-frames (mpf).

    mpf = width * height * frames / 1e6. Per denoising step the transformer runs `passes` times
    (2 with classifier-free guidance); each pass costs `linear * mpf` for the dense layers and
    `attention * mpf**2` for self-attention over all video tokens. Decoding costs `decode * mpf`,
    and `overhead` covers worker start, text encoding and moving tensors. The constants are
    estimates for the ZeroGPU slice; each backend documents how it derived them.
    """

    linear: float
    attention: float
    decode: float
    overhead: float

    def seconds(self, steps: int, passes: int, mpf: float) -> float:
        per_pass = self.linear * mpf + self.attention * mpf * mpf
        return steps * passes * per_pass + self.decode * mpf + self.overhead


def device_and_dtype() -> tuple[str, torch.dtype]:
    """bf16 on CUDA (the models were trained in it); float32 on CPU, where bf16 is slow or missing."""
    if torch.cuda.is_available():
        return "cuda", torch.bfloat16
    return "cpu", torch.float32


def load_pipeline(
    pipeline_class: type, model: str, settings: Settings, float32_components: tuple[str, ...] = ()
) -> Any:
    """Load a pipeline once, from a hub id or a local folder, onto the GPU when there is one."""
    device, dtype = device_and_dtype()
    log.info("loading %s from %s (%s, %s)", pipeline_class.__name__, model, device, dtype)
    dtypes = {"default": dtype, **{name: torch.float32 for name in float32_components}}
    pipe = pipeline_class.from_pretrained(model, dtype=dtypes)
    if settings.cpu_offload and device == "cuda":
        pipe.enable_model_cpu_offload()
    else:
        pipe.to(device)
    return pipe


def on_zerogpu() -> bool:
    import spaces.config

    return bool(spaces.config.Config.zero_gpu)


class DiffusersVideoBackend:
    """A diffusers text-to-video pipeline and its image-to-video twin built on the same weights.

    A subclass sets the Backend protocol's class attributes, `cost` and the defaults below, and
    says which pipelines it uses and what sizes their VAE accepts. It may override
    `_pipeline_kwargs` (arguments only its pipelines take) and `_soundtrack` (audio output).
    """

    name: str
    has_audio: bool
    modes = ("t2v", "i2v")  # no extend: these models have no continuation mode here
    default_steps: int
    max_steps: int
    default_guidance: float
    cost: GpuCost
    default_model: str  # hub id used when SORA_SPACE_MODEL_PATH is empty
    presets: dict[str, Sizes]  # SORA_SPACE_RESOLUTION -> sizes
    native_fps: float
    offered_durations: tuple[int, ...]  # before dropping those too long for ZeroGPU
    float32_components: tuple[str, ...] = ()  # kept in float32 on the GPU too, for quality
    # The rate of the silent track the output stage adds when a backend has no sound.
    silent_sample_rate = 48000

    @classmethod
    def load(cls, settings: Settings) -> "DiffusersVideoBackend":
        """Load the weights once at start-up: settings.model_path, or the default hub repo."""
        if settings.resolution not in cls.presets:
            raise ValueError(
                f"SORA_SPACE_RESOLUTION={settings.resolution!r}: {cls.name} offers "
                f"{', '.join(cls.presets)}"
            )
        t2v_class, _ = cls._pipeline_classes()
        pipe = load_pipeline(
            t2v_class, settings.model_path or cls.default_model, settings, cls.float32_components
        )
        backend = cls.from_pipeline(pipe, sizes=cls.presets[settings.resolution])
        if settings.aoti:
            if pipe.device.type == "cuda" and not settings.cpu_offload:
                compile_transformer(backend)
            else:
                log.warning("SORA_SPACE_AOTI needs CUDA without CPU offload; running uncompiled")
        return backend

    @classmethod
    def from_pipeline(
        cls,
        pipe: Any,
        *,
        sizes: Sizes | None = None,
        fps: float | None = None,
        durations: tuple[int, ...] | None = None,
        zerogpu: bool | None = None,
    ) -> "DiffusersVideoBackend":
        """Wrap an already built text-to-video pipeline (tests pass tiny random ones)."""
        _, i2v_class = cls._pipeline_classes()
        spatial, temporal = cls._multiples(pipe)
        return cls(
            pipe,
            i2v_class.from_pipe(pipe),  # shares every component: no second copy of the weights
            sizes=next(iter(cls.presets.values())) if sizes is None else sizes,
            fps=cls.native_fps if fps is None else fps,
            durations=cls.offered_durations if durations is None else durations,
            spatial_multiple=spatial,
            temporal_multiple=temporal,
            zerogpu=on_zerogpu() if zerogpu is None else zerogpu,
        )

    @staticmethod
    def _pipeline_classes() -> tuple[type, type]:
        """(text-to-video, image-to-video) pipeline classes; imported late, diffusers is heavy."""
        raise NotImplementedError

    @staticmethod
    def _multiples(pipe: Any) -> tuple[int, int]:
        """(pixels, frames): width and height must be multiples of the first, frames k*m+1."""
        raise NotImplementedError

    def __init__(
        self,
        t2v: Any,
        i2v: Any,
        *,
        sizes: Sizes,
        fps: float,
        durations: tuple[int, ...],
        spatial_multiple: int,
        temporal_multiple: int,
        zerogpu: bool,
    ) -> None:
        self.t2v = t2v
        self.i2v = i2v
        self._fps = float(fps)
        self._sizes = dict(sizes)
        self._temporal_multiple = temporal_multiple
        for aspect, (width, height) in self._sizes.items():
            if width % spatial_multiple or height % spatial_multiple:
                raise ValueError(
                    f"{self.name}: {width}x{height} for {aspect} is not a multiple of {spatial_multiple}"
                )
        self.aspect_ratios = tuple(self._sizes)
        # On ZeroGPU a task past its reservation is killed, so offer only the durations whose
        # estimate at the default settings fits; elsewhere the GPU has no time limit.
        self.durations = tuple(d for d in durations if not zerogpu or self._fits_zerogpu(d))
        if not self.durations:
            raise ValueError(
                f"{self.name}: no duration of {durations} fits ZeroGPU's {MAX_GPU_SECONDS} s at "
                f"{max(w * h for w, h in self._sizes.values()) / 1e6:.2f} MP and "
                f"{self.default_steps} steps; choose a smaller SORA_SPACE_RESOLUTION"
            )

    # -- the Backend protocol ------------------------------------------------------------------

    def resolution(self, aspect_ratio: str) -> tuple[int, int]:
        return self._sizes[aspect_ratio]

    def fps(self) -> float:
        return self._fps

    def gpu_seconds(self, request: GenerationRequest) -> int:
        return self._estimate(
            request.duration, request.aspect_ratio, self._steps(request), self._guidance(request)
        )

    def prompt_hint(self, prompt: str) -> str | None:
        return None  # general video models: any prompt that passed moderation is fair

    def generate(
        self, request: GenerationRequest, on_progress: ProgressCallback | None = None
    ) -> GeneratedClip:
        width, height = self.resolution(request.aspect_ratio)
        steps, guidance = self._steps(request), self._guidance(request)
        kwargs = self._call_kwargs(request, steps, guidance)
        if on_progress is not None:
            kwargs["callback_on_step_end"] = _step_callback(on_progress, steps)
        if request.mode == "t2v":
            output = self.t2v(**kwargs)
        elif request.mode == "i2v":
            if request.image is None:
                raise ValueError("image-to-video needs a first frame")
            # Crop to the target aspect before resizing, so the first frame is not stretched.
            first = ImageOps.fit(request.image.convert("RGB"), (width, height), Image.Resampling.LANCZOS)
            output = self.i2v(image=first, **kwargs)
        else:
            raise ValueError(f"{self.name} cannot do {request.mode!r}")

        frames = to_uint8_frames(output.frames)
        soundtrack = self._soundtrack(output)
        if soundtrack is None:
            audio, sample_rate = None, self.silent_sample_rate
        else:
            audio, sample_rate = soundtrack
            check_audio_length(audio, sample_rate, frames.shape[0] / self._fps)
        # The VAE needs k*m+1 frames; keep exactly the requested duration of picture and sound.
        frames = frames[: round(request.duration * self._fps)]
        if audio is not None:
            audio = audio[:, : round(request.duration * sample_rate)]
        return GeneratedClip(
            frames=frames,
            fps=self._fps,
            audio=audio,
            sample_rate=sample_rate,
            model=self.name,
            extra={"steps": steps, "guidance_scale": guidance, "seed": request.seed},
        )

    # -- shared pieces -------------------------------------------------------------------------

    def num_frames(self, duration: int) -> int:
        """Frames to generate for `duration` seconds: the smallest k*m+1 that is long enough."""
        wanted = math.ceil(duration * self._fps)
        return math.ceil((wanted - 1) / self._temporal_multiple) * self._temporal_multiple + 1

    def _call_kwargs(self, request: GenerationRequest, steps: int, guidance: float) -> dict:
        width, height = self.resolution(request.aspect_ratio)
        return {
            "prompt": request.prompt,
            "negative_prompt": request.negative_prompt,
            "width": width,
            "height": height,
            "num_frames": self.num_frames(request.duration),
            "num_inference_steps": steps,
            "guidance_scale": guidance,
            # A CPU generator draws the same noise on any device, so a seed reproduces anywhere.
            "generator": torch.Generator("cpu").manual_seed(request.seed),
            "output_type": "np",
            **self._pipeline_kwargs(request, guidance),
        }

    def _pipeline_kwargs(self, request: GenerationRequest, guidance: float) -> dict:
        return {}

    def _soundtrack(self, output: Any) -> tuple[np.ndarray, int] | None:
        return None

    def _steps(self, request: GenerationRequest) -> int:
        return self.default_steps if request.steps is None else request.steps

    def _guidance(self, request: GenerationRequest) -> float:
        return self.default_guidance if request.guidance_scale is None else request.guidance_scale

    def _estimate(self, duration: int, aspect_ratio: str, steps: int, guidance: float) -> int:
        seconds = self._uncapped_seconds(duration, aspect_ratio, steps, guidance)
        return int(min(MAX_GPU_SECONDS, max(MIN_GPU_SECONDS, math.ceil(seconds))))

    def _uncapped_seconds(self, duration: int, aspect_ratio: str, steps: int, guidance: float) -> float:
        width, height = self.resolution(aspect_ratio)
        mpf = width * height * self.num_frames(duration) / 1e6
        # Both pipelines run an unconditional pass too when guidance is on (scale > 1).
        passes = 2 if guidance > 1.0 else 1
        return self.cost.seconds(steps, passes, mpf)

    def _fits_zerogpu(self, duration: int) -> bool:
        return all(
            self._uncapped_seconds(duration, aspect, self.default_steps, self.default_guidance)
            <= MAX_GPU_SECONDS
            for aspect in self.aspect_ratios
        )


def to_uint8_frames(video: Any) -> np.ndarray:
    """The first video of a pipeline's "np" output (B x T x H x W x 3, floats in [0, 1]) as uint8."""
    first = np.asarray(video[0], dtype=np.float32)
    if first.ndim != 4 or first.shape[-1] != 3:
        raise ValueError(f"expected T x H x W x 3 frames, got {first.shape}")
    return (np.clip(first, 0.0, 1.0) * 255.0).round().astype(np.uint8)


def check_audio_length(audio: np.ndarray, sample_rate: int, seconds: float) -> None:
    """Refuse a soundtrack whose length is far from the video's: a sample-rate mix-up, not jitter.

    The output stage pads or trims the last few milliseconds; a bigger gap means picture and
    sound would drift apart, which must not reach a visitor.
    """
    audio_seconds = audio.shape[-1] / sample_rate
    if abs(audio_seconds - seconds) > 0.1 + 0.02 * seconds:
        raise RuntimeError(
            f"soundtrack is {audio_seconds:.2f} s at {sample_rate} Hz but the video is {seconds:.2f} s"
        )


def _step_callback(on_progress: ProgressCallback, total: int) -> Callable[..., dict]:
    def callback(pipe: Any, step: int, timestep: Any, tensors: dict) -> dict:
        on_progress(step + 1, total)
        return tensors  # unchanged: the pipeline reads its latents back from this dict

    return callback


# -- ahead-of-time compilation (ZeroGPU) ---------------------------------------------------------


def compile_transformer(backend: DiffusersVideoBackend) -> None:
    """Compile the denoiser ahead of time for each aspect ratio at the shortest duration.

    Follows the ZeroGPU AoTI recipe (huggingface.co/blog/zerogpu-aoti): capture one real call,
    torch.export it, compile it inside a start-up GPU task. Unlike `spaces.aoti_apply` it keeps
    the module's weights: each compiled graph reads them (nothing is copied back from the GPU
    task), and any call unlike the captured ones (another duration, guidance off) runs the
    ordinary eager forward instead of failing.
    """
    import spaces
    from spaces.zero.torch.aoti import ZeroGPUWeights

    transformer = backend.t2v.transformer

    @spaces.GPU(duration=STARTUP_GPU_SECONDS)
    def compile_on_gpu() -> dict[tuple, tuple[Any, frozenset]]:
        graphs = {}
        for aspect in backend.aspect_ratios:
            example = GenerationRequest(
                mode="t2v", prompt="a lighthouse on a cliff at dusk, waves below",
                duration=backend.durations[0], aspect_ratio=aspect,
            )
            with spaces.aoti_capture(transformer) as call:
                backend.t2v(**backend._call_kwargs(example, 1, backend.default_guidance))
            exported = torch.export.export(transformer, args=call.args, kwargs=call.kwargs)
            compiled = spaces.aoti_compile(exported)
            compiled.weights = ZeroGPUWeights({})  # don't ship a copy of the weights back
            graphs[_call_signature(call.args, call.kwargs)] = (compiled, frozenset(call.kwargs))
        return graphs

    graphs = compile_on_gpu()
    weights = ZeroGPUWeights(transformer.state_dict())
    for compiled, _ in graphs.values():
        compiled.weights = weights
    eager = transformer.forward

    def forward(*args: Any, **kwargs: Any) -> Any:
        match = graphs.get(_call_signature(args, kwargs))
        if match is None:
            return eager(*args, **kwargs)
        compiled, names = match
        # An exported graph takes exactly the captured keywords; the others are unset (None).
        return compiled(*args, **{k: v for k, v in kwargs.items() if k in names})

    transformer.forward = forward
    log.info("compiled %s's transformer ahead of time for %d shapes", backend.name, len(graphs))


def _call_signature(args: tuple, kwargs: dict) -> tuple:
    """What decides whether a compiled graph fits a call: tensor shapes and the set arguments.

    The image-to-video pipeline passes some extra arguments as None; leaving them out lets its
    calls use the graphs captured from text-to-video, whose tensors have the same shapes.
    """

    def describe(value: Any) -> Any:
        if isinstance(value, torch.Tensor):
            return tuple(value.shape), value.dtype
        return value if isinstance(value, (bool, int, float, str)) else type(value).__name__

    return (
        tuple(describe(a) for a in args),
        tuple(sorted((k, describe(v)) for k, v in kwargs.items() if v is not None)),
    )
