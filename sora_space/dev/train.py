"""Train the embedded MM-DiT on toy-world clips generated on the fly; resumable and time-budgeted.

    python -m sora_space.dev.train --budget-minutes 90 [--out ~/.cache/sora-space/train]
    python -m sora_space.dev.train --export [--out ...] [--assets assets/mmdit]

Every step renders a fresh batch (rendering is ~1 ms a clip, far below a step, so no worker
processes compete for the two cores). Objective: rectified flow with clean-signal (x0)
prediction and the loss taken on the implied velocity, pixels on the clean frames' contours
weighed up (--edge-weight). A random number of clean context
frames (0, 1 or 2) starts each clip, so one model does text-to-video, image-to-video and
extension; in a share of the clips (--foley-share) every frame is given and the caption dropped,
so the model also makes the sound for a finished picture (the pipeline's sound pass); a share of the
samples (--own-share) is noised from the model's own guided prediction one sampler step noisier,
as the sampler does, so that it learns to mend its own early guesses.
Checkpoints (model, EMA, optimizer, step, RNG states) go to --out every few minutes.

A caption probe (a linear layer on the model's text conditioning, used only in training) must
name what the scene holds: its motions, pan, colours and shapes. By step 7,818 the diffusion loss
alone had not made the conditioning tell "left" from "right" (reads 0.6 apart against 3.3 for
"red" vs "blue"), and generated objects ignored the asked direction; the probe's loss pushes the
words that matter into every token's AdaLN conditioning.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import signal
import time
from pathlib import Path

import numpy as np
import torch

from sora_space.backends.embedded import EmbeddedBackend
from sora_space.config import REPO_ROOT
from sora_space.models.grids import AUDIO_RATE, MODEL_FPS, MODEL_GRIDS
from sora_space.models.mmdit import MMDiTModel, guided
from sora_space.models.text_encoder import MiniLMTextEncoder
from sora_space.toyworld import N_BANDS, Scene, caption, render_bands, render_video, sample_scene
from sora_space.toyworld.scene import COLOURS, MOTIONS, SHAPES

DEFAULT_OUT = Path("~/.cache/sora-space/train").expanduser()
DEFAULT_ASSETS = REPO_ROOT / "assets" / "mmdit"
CONTEXT_CHOICES = (0, 1, 2)  # clean leading frames: t2v, i2v, extend
CONTEXT_PROBS = (0.5, 0.2, 0.3)
FOLEY_SHARE = 0.15  # clips whose whole picture is given and only the sound is made, without a caption
TEXT_DROP = 0.1  # classifier-free guidance: train unconditionally this often
MIN_SIGMA_LOSS = 0.05  # clamp on 1/sigma in the implied-velocity loss
HIGH_NOISE = 0.9  # --high-noise-share of the samples draw sigma uniformly above this
LOW_NOISE = 0.3  # --low-noise-share of the samples draw sigma uniformly below this
EDGE_STEP = 0.2  # a neighbour difference (in [-1, 1] units) this large is an object's contour, not a background ramp
LATEST_START_FRAME = 60  # training clips start within a scene's first 10 s (at 6 fps)
CAPTION_LABELS = (*MOTIONS, "pan_right", "pan_left", *COLOURS, *SHAPES)
SAMPLER_STEPS, SAMPLER_GUIDANCE = EmbeddedBackend.default_steps, EmbeddedBackend.default_guidance  # what --own-share imitates


def caption_labels(scene: Scene) -> np.ndarray:
    """Multi-hot over CAPTION_LABELS: what any caption of the scene says it holds."""
    present = {"pan_right" if scene.pan > 0 else "pan_left"} if scene.pan else set()
    for obj in scene.objects:
        present |= {obj.motion, obj.colour, obj.shape}
    return np.array([name in present for name in CAPTION_LABELS], dtype=np.float32)


def cpu_has_bf16() -> bool:
    """Whether the CPU multiplies bf16 natively (AVX-512 BF16 or AMX); without it bf16 is emulated, and slow."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def window_start(rng: np.random.Generator, scene: Scene, frames: int, given: int) -> float:
    """Seconds into the scene where a training clip with `given` clean leading frames starts.

    Text-to-video (nothing given) starts at the scene's beginning, as the pipeline's first chunk
    does: a traveller on the side it comes from. Image-to-video and extension continue any moment
    in the first 10 s, except that a clip captioned "grows" must show growth (a grown object holds
    its size; drawn anywhere, 3 in 4 such clips showed none)."""
    if given == 0:
        return 0.0
    growth_ends = scene.growth_ends()
    latest = LATEST_START_FRAME
    if growth_ends is not None:
        latest = min(latest, max(1, round(growth_ends * MODEL_FPS) - frames // 2))
    return float(rng.integers(0, latest)) / MODEL_FPS


def make_batch(rng: np.random.Generator, batch_size: int, grid: tuple[int, int], frames: int,
               foley_share: float = 0.0) -> dict:
    """Fresh toy-world clips on one grid: video (B,3,T,H,W) and audio (B,bands,S) in [-1,1], captions.

    A `foley_share` of the clips give every frame as context and drop the caption: the sound must
    come from the picture alone, what the pipeline's sound pass asks of the model (see
    `ToyVideoPipeline.__call__`)."""
    height, width = grid
    seconds = frames / MODEL_FPS
    videos, audios, captions, labels = [], [], [], []
    context = rng.choice(CONTEXT_CHOICES, size=batch_size, p=CONTEXT_PROBS)
    for n_given in context:
        scene = sample_scene(rng, width / height)
        start = window_start(rng, scene, frames, n_given)
        videos.append(render_video(scene, width, height, MODEL_FPS, seconds, start))
        audios.append(render_bands(scene, AUDIO_RATE, seconds, start))
        captions.append(caption(scene, rng) if rng.random() >= TEXT_DROP else "")
        labels.append(caption_labels(scene))
    video = torch.from_numpy(np.stack(videos)).permute(0, 4, 1, 2, 3) * 2 - 1
    audio = torch.from_numpy(np.stack(audios)) * 2 - 1
    steps_per_frame = round(AUDIO_RATE / MODEL_FPS)
    # A still image brings no sound: audio context only when extending a clip (2+ frames).
    given = np.arange(frames)[None, :] < context[:, None]
    audio_context = torch.from_numpy(given & (context[:, None] >= 2)).float().repeat_interleave(steps_per_frame, dim=1)
    foley = rng.random(batch_size) < foley_share
    given[foley] = True
    captions = ["" if f else c for c, f in zip(captions, foley)]
    video_context = torch.from_numpy(given).float()
    return {"video": video, "audio": audio, "captions": captions, "labels": torch.from_numpy(np.stack(labels)),
            "video_context": video_context, "audio_context": audio_context}


def shift_sigma(sigma: torch.Tensor, shift: float) -> torch.Tensor:
    """The time shift of FlowMatchEulerDiscreteScheduler(shift=...), so training and sampling agree."""
    return shift * sigma / (1 + (shift - 1) * sigma)


def edge_weights(video: torch.Tensor, strength: float) -> torch.Tensor:
    """(B, 1, T, H, W) loss weights, mean 1 per clip: pixels on either side of a contour in the clean
    frames count 1 + `strength` times as much as the rest.

    Objects are 4-8 model pixels across, so their contours are a few percent of a clip's pixels; the
    model placed and coloured them well but drew circles and triangles as blocks."""
    dx = (video[..., 1:] - video[..., :-1]).abs().amax(dim=1, keepdim=True) > EDGE_STEP
    dy = (video[..., 1:, :] - video[..., :-1, :]).abs().amax(dim=1, keepdim=True) > EDGE_STEP
    edge = torch.zeros_like(video[:, :1], dtype=torch.bool)
    edge[..., 1:] |= dx
    edge[..., :-1] |= dx
    edge[..., 1:, :] |= dy
    edge[..., :-1, :] |= dy
    weight = 1 + strength * edge.float()
    return weight / weight.mean(dim=(1, 2, 3, 4), keepdim=True)


def noised(clean: torch.Tensor, source: torch.Tensor, context: torch.Tensor, sigma: torch.Tensor,
           noise: torch.Tensor) -> torch.Tensor:
    """`source` noised to `sigma`, except where `context` (1 = given) holds the clean signal;
    context and sigma broadcast against the signal."""
    return context * clean + (1 - context) * ((1 - sigma) * source + sigma * noise)


def noisier_by_one_step(sigma: torch.Tensor, shift: float, steps: int) -> torch.Tensor:
    """The noise level one sampler step above `sigma` (at `steps` steps, time-shifted by `shift`)."""
    unshifted = sigma / (shift - (shift - 1) * sigma)  # the inverse of shift_sigma
    return shift_sigma((unshifted + 1 / (steps - 1)).clamp(max=1.0), shift)


@torch.no_grad()
def own_prediction(model: MMDiTModel, batch: dict, rows: torch.Tensor, sigma: torch.Tensor, text: tuple,
                   blank: tuple, guidance: float, generator: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """The model's guided, clamped clean prediction for `rows` of the batch from their clips noised
    to `sigma`: what the sampler re-noises for its next step (`ToyVideoPipeline._denoise_chunk`).
    Its context frames are predictions too; `noised` puts the given ones back."""
    video, audio = batch["video"][rows], batch["audio"][rows]
    vc = batch["video_context"][rows][:, None, :, None, None]
    ac = batch["audio_context"][rows][:, None, :]
    s_v, s_a = sigma.view(-1, 1, 1, 1, 1), sigma.view(-1, 1, 1)
    noisy_video = noised(video, video, vc, s_v, torch.randn(video.shape, generator=generator))
    noisy_audio = noised(audio, audio, ac, s_a, torch.randn(audio.shape, generator=generator))
    inputs = (noisy_video, batch["video_context"][rows], noisy_audio, batch["audio_context"][rows], sigma)
    tokens, mask, pooled = text
    n = len(sigma)
    video_c, audio_c = model(*inputs, tokens[rows], mask[rows], pooled[rows])
    video_u, audio_u = model(*inputs, *(part.expand(n, *part.shape[1:]) for part in blank))
    return guided(video_u, video_c, guidance).clamp(-1, 1), guided(audio_u, audio_c, guidance).clamp(-1, 1)


def flow_loss(model: MMDiTModel, batch: dict, text: tuple, generator: torch.Generator,
              sigma_shift: float = 1.0, high_noise_share: float = 0.0,
              low_noise_share: float = 0.0, edge_weight: float = 0.0, own_share: float = 0.0,
              blank: tuple | None = None) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Rectified-flow loss on the velocity implied by the predicted clean signal, context excluded;
    `edge_weight` > 0 weighs contour pixels up (`edge_weights`). An `own_share` of the samples is
    noised from the model's own prediction one sampler step noisier instead of from the true clip
    (`blank`: the empty prompt's encoding, for that prediction's guidance); the target stays the
    true clip."""
    video, audio = batch["video"], batch["audio"]
    b = video.shape[0]
    # Logit-normal noise levels, shifted towards pure noise (as SD3 does): near sigma = 1 the model
    # must take the layout from the text alone, and sampling starts there. Unshifted, under 0.2 %
    # of samples land above 0.95 and generations came out grey whatever the prompt said.
    sigma = shift_sigma(torch.sigmoid(torch.randn(b, generator=generator)), sigma_shift)
    # Where motion is decided: the sampler's first three steps lie above 0.93, where shift 3 puts
    # only 5 % of samples, and below about 0.9 the noisy frames already show which way a training
    # object moves, so the text's direction went unlearned. A share of samples goes up there.
    share = torch.rand(b, generator=generator)
    high = share < high_noise_share
    sigma = torch.where(high, HIGH_NOISE + (1 - HIGH_NOISE) * torch.rand(b, generator=generator), sigma)
    # Where edges are drawn: with shift 3 and the high share, ~1 % of samples fell below 0.25, the
    # sampler's last step, and the model drew circles and triangles as ragged blocks (read as
    # squares 25 of 33 times) while it placed and coloured them well.
    low = (share >= high_noise_share) & (share < high_noise_share + low_noise_share)
    sigma = torch.where(low, LOW_NOISE * torch.rand(b, generator=generator), sigma)
    video_noise = torch.randn(video.shape, generator=generator)
    audio_noise = torch.randn(audio.shape, generator=generator)
    # Exposure bias: the sampler re-noises the model's own clean prediction at every step, and at
    # high noise that prediction is a blur wider than any object; trained only on true clips, the
    # model drew circles as wide, square-cornered blocks. Here a share of the samples starts where
    # the sampler stands (tried at 0.5: narrower objects, corners kept; docs/model-history.md).
    source_video, source_audio = video, audio
    own = torch.rand(b, generator=generator) < own_share
    if own.any():
        rows = own.nonzero()[:, 0]
        guess_video, guess_audio = own_prediction(
            model, batch, rows, noisier_by_one_step(sigma[rows], sigma_shift, SAMPLER_STEPS), text, blank,
            SAMPLER_GUIDANCE, generator)
        source_video, source_audio = video.clone(), audio.clone()
        source_video[rows], source_audio[rows] = guess_video.to(video.dtype), guess_audio.to(audio.dtype)
    vc = batch["video_context"][:, None, :, None, None]
    ac = batch["audio_context"][:, None, :]
    s_v, s_a = sigma.view(b, 1, 1, 1, 1), sigma.view(b, 1, 1)
    noisy_video = noised(video, source_video, vc, s_v, video_noise)
    noisy_audio = noised(audio, source_audio, ac, s_a, audio_noise)
    tokens, mask, pooled = text
    video_x0, audio_x0 = model(noisy_video, batch["video_context"], noisy_audio, batch["audio_context"],
                               sigma, tokens, mask, pooled)
    # Implied-velocity error = x0 error / sigma.
    weight_v = (1 - vc) / s_v.clamp(min=MIN_SIGMA_LOSS) ** 2
    if edge_weight:
        weight_v = weight_v * edge_weights(video, edge_weight)
    weight_a = (1 - ac) / s_a.clamp(min=MIN_SIGMA_LOSS) ** 2
    video_loss = (weight_v * (video_x0 - video) ** 2).sum() / (1 - vc).expand_as(video).sum().clamp(min=1)
    audio_loss = (weight_a * (audio_x0 - audio) ** 2).sum() / (1 - ac).expand_as(audio).sum()
    return video_loss + audio_loss, video_loss.detach(), audio_loss.detach()


def probe_loss(model: MMDiTModel, probe: torch.nn.Linear, batch: dict, text: tuple) -> torch.Tensor:
    """Binary cross-entropy of the caption probe on the text conditioning; dropped captions excluded."""
    has_text = torch.tensor([bool(c) for c in batch["captions"]], dtype=torch.float32)
    logits = probe(model.text_condition(*text)).float()
    per_label = torch.nn.functional.binary_cross_entropy_with_logits(logits, batch["labels"], reduction="none")
    return (per_label.mean(dim=1) * has_text).sum() / has_text.sum().clamp(min=1)


def _rng_state(rng: np.random.Generator, generator: torch.Generator) -> dict:
    return {"numpy": rng.bit_generator.state, "torch": generator.get_state(), "torch_global": torch.get_rng_state(),
            "python": random.getstate()}


def _save(path: Path, state: dict) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save(state, tmp)
    os.replace(tmp, path)  # atomic: a kill mid-save never leaves a broken checkpoint


def growable_config(args: argparse.Namespace) -> dict:
    """The architecture arguments whose modules can be added to trained weights (`--init-from`)."""
    return dict(text_queries=args.text_queries, refiner_channels=args.refiner_channels,
                refiner_blocks=args.refiner_blocks)


def build_model(args: argparse.Namespace) -> MMDiTModel:
    return MMDiTModel(width=args.width, depth=args.depth, num_heads=args.heads, audio_bands=N_BANDS,
                      video_fps=MODEL_FPS, audio_rate=AUDIO_RATE, **growable_config(args))


def train(args: argparse.Namespace) -> None:
    torch.set_num_threads(args.threads)
    out = Path(args.out).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    ckpt_path = out / "ckpt.pt"
    encoder = MiniLMTextEncoder()
    blank = encoder([""])
    rng = np.random.default_rng(args.seed)
    generator = torch.Generator().manual_seed(args.seed)
    if ckpt_path.exists() and not args.fresh:
        state = torch.load(ckpt_path, weights_only=False)
        model = MMDiTModel.from_config(state["config"])
        model.load_state_dict(state["model"])
        ema = copy.deepcopy(model)
        ema.load_state_dict(state["ema"])
        step = state["step"]
        rng.bit_generator.state = state["rng"]["numpy"]
        generator.set_state(state["rng"]["torch"])
        torch.set_rng_state(state["rng"]["torch_global"])
        random.setstate(state["rng"]["python"])
        print(f"resumed at step {step}", flush=True)
    elif args.init_from:
        # A machine change loses the checkpoint; the shipped EMA weights are the next best start
        # (fresh optimizer, re-warmed), counting steps on from the ones they were trained for.
        # Modules they lack (a text reader, pixel refiner or refiner blocks added since) start from their
        # zero-initialised outputs.
        exported = MMDiTModel.from_pretrained(Path(args.init_from) / "transformer", torch_dtype=torch.float32)
        model = MMDiTModel.from_config(exported.config, **growable_config(args))
        missing, unexpected = model.load_state_dict(exported.state_dict(), strict=False)
        if unexpected or any(not key.startswith(("text_reader.", "refiner.")) for key in missing):
            raise SystemExit(f"{args.init_from} does not fit this model: missing {missing}, unexpected {unexpected}")
        state, step = None, json.loads((Path(args.init_from) / "training_step.json").read_text())["step"]
        ema = copy.deepcopy(model)
        print(f"initialised from {args.init_from} at step {step}", flush=True)
    else:
        model, state, step = build_model(args), None, 0
        ema = copy.deepcopy(model)
    warm_from = step if state is None else 0  # a fresh optimizer warms up again
    ema.requires_grad_(False)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.0, betas=(0.9, 0.99))
    probe = torch.nn.Linear(model.config.width, len(CAPTION_LABELS))
    probe_optimizer = torch.optim.AdamW(probe.parameters(), lr=args.lr, weight_decay=0.0)
    if state is not None:
        optimizer.load_state_dict(state["optimizer"])
        if "probe" in state:  # checkpoints from before the probe start it fresh
            probe.load_state_dict(state["probe"])
            probe_optimizer.load_state_dict(state["probe_optimizer"])
    parts = {"model": model, "ema": ema, "optimizer": optimizer, "probe": probe, "probe_optimizer": probe_optimizer}
    n_params = sum(p.numel() for p in model.parameters())
    print(f"model {n_params / 1e6:.2f}M params, bf16 {args.bf16}, config {dict(model.config)}", flush=True)

    deadline = time.time() + args.budget_minutes * 60
    stop = []
    # SIGTERM (kill PID) ends the run at the next step boundary, with a checkpoint.
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    last_save = time.time()
    t_log, losses = time.time(), []
    grids = list(MODEL_GRIDS.values())
    while time.time() < deadline and not stop and (args.max_steps <= 0 or step < args.max_steps):
        grid = grids[rng.integers(len(grids))] if args.grid == "all" else MODEL_GRIDS[args.grid]
        batch = make_batch(rng, args.batch, grid, args.frames, args.foley_share)
        text = encoder(batch["captions"])
        # Warm up over the first steps; in the last --cooldown-minutes of the budget, anneal
        # linearly to a tenth, so that the run ends on settled weights.
        cooldown = min(1.0, (deadline - time.time()) / (60 * args.cooldown_minutes)) if args.cooldown_minutes else 1.0
        for group in optimizer.param_groups:
            group["lr"] = args.lr * min(1.0, (step + 1 - warm_from) / args.warmup) * max(0.1, cooldown)
        # bf16 matmuls, fp32 weights and optimizer: 1.34x the steps a second of fp32 on an AVX-512 BF16 CPU.
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=args.bf16):
            loss, video_loss, audio_loss = flow_loss(model, batch, text, generator, args.sigma_shift,
                                                     args.high_noise_share, args.low_noise_share, args.edge_weight,
                                                     args.own_share, blank)
            caption_loss = probe_loss(model, probe, batch, text)
        optimizer.zero_grad(set_to_none=True)
        probe_optimizer.zero_grad(set_to_none=True)
        (loss + args.probe_weight * caption_loss).backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        probe_optimizer.step()
        step += 1
        decay = min(args.ema, (1 + step) / (10 + step))
        with torch.no_grad():
            for p_ema, p in zip(ema.parameters(), model.parameters()):
                p_ema.lerp_(p, 1 - decay)
        losses.append((loss.item(), video_loss.item(), audio_loss.item(), caption_loss.item()))
        if step % args.log_every == 0:
            mean = np.mean(losses, axis=0)
            rate = len(losses) / (time.time() - t_log)
            print(json.dumps({"step": step, "loss": round(float(mean[0]), 4), "video": round(float(mean[1]), 4),
                              "audio": round(float(mean[2]), 4), "caption": round(float(mean[3]), 4),
                              "lr": float(f"{optimizer.param_groups[0]['lr']:.3g}"),
                              "steps_per_s": round(rate, 3),
                              "time": time.strftime("%H:%M:%S", time.gmtime())}), flush=True)
            t_log, losses = time.time(), []
        if time.time() - last_save > args.save_minutes * 60:
            _checkpoint(ckpt_path, step, rng, generator, parts)
            last_save = time.time()
    _checkpoint(ckpt_path, step, rng, generator, parts)
    print(f"done at step {step}", flush=True)


def _checkpoint(path: Path, step: int, rng: np.random.Generator, generator: torch.Generator, parts: dict) -> None:
    """`parts`: name -> module or optimizer, each saved as its state dict."""
    _save(path, {"config": dict(parts["model"].config), **{name: part.state_dict() for name, part in parts.items()},
                 "step": step, "rng": _rng_state(rng, generator)})
    print(f"checkpoint step {step} -> {path}", flush=True)


def export(args: argparse.Namespace) -> None:
    """EMA weights as fp16 safetensors plus the pipeline's configs, into --assets."""
    from sora_space.models.pipeline import ToyVideoPipeline

    state = torch.load(Path(args.out).expanduser() / "ckpt.pt", weights_only=False)
    model = MMDiTModel.from_config(state["config"])
    model.load_state_dict(state["ema"])
    pipe = ToyVideoPipeline.from_transformer(model.to(torch.float16), shift=args.sigma_shift)
    pipe.save_pretrained(args.assets)
    (Path(args.assets) / "training_step.json").write_text(json.dumps({"step": state["step"]}) + "\n")
    print(f"exported EMA weights of step {state['step']} to {args.assets}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="checkpoint folder (outside the repo)")
    parser.add_argument("--budget-minutes", type=float, default=60.0)
    parser.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (0: budget only)")
    parser.add_argument("--export", action="store_true", help="write EMA weights to --assets and exit")
    parser.add_argument("--assets", default=str(DEFAULT_ASSETS))
    parser.add_argument("--fresh", action="store_true", help="ignore an existing checkpoint")
    parser.add_argument("--init-from", default="", help="with no checkpoint: start from exported weights (e.g. assets/mmdit)")
    parser.add_argument("--width", type=int, default=192)
    parser.add_argument("--depth", type=int, default=6)
    parser.add_argument("--heads", type=int, default=4)
    parser.add_argument("--text-queries", type=int, default=4, help="learned text reads into AdaLN (mmdit.TextReader)")
    parser.add_argument("--refiner-channels", type=int, default=32,
                        help="pixel-resolution convolutions after the transformer (mmdit.PixelRefiner; 0: none)")
    parser.add_argument("--refiner-blocks", type=int, default=3,
                        help="dilated, text-modulated residual blocks in the refiner (mmdit.RefinerBlock)")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--frames", type=int, default=12, help="model frames per clip (at 6 fps)")
    parser.add_argument("--grid", default="all", choices=["all", *MODEL_GRIDS])
    parser.add_argument("--lr", type=float, default=4e-4)
    parser.add_argument("--sigma-shift", type=float, default=3.0, help="noise-level shift, training and export")
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--high-noise-share", type=float, default=0.3,
                        help=f"share of samples with sigma drawn uniformly from [{HIGH_NOISE}, 1]")
    parser.add_argument("--low-noise-share", type=float, default=0.15,
                        help=f"share of samples with sigma drawn uniformly from [0, {LOW_NOISE}]")
    parser.add_argument("--edge-weight", type=float, default=3.0,
                        help="contour pixels of the clean frames weigh 1 + this much in the video loss (0: off, "
                             "as before step 25,125)")
    parser.add_argument("--own-share", type=float, default=0.0,
                        help="share of samples noised from the model's own guided prediction one sampler step "
                             "noisier (exposure bias; 0: off, as for the shipped weights; 0.5 tried, MODEL_CARD.md)")
    parser.add_argument("--foley-share", type=float, default=FOLEY_SHARE,
                        help="share of clips with the whole picture given, sound to make, no caption")
    parser.add_argument("--probe-weight", type=float, default=0.1, help="weight of the caption probe's loss")
    parser.add_argument("--bf16", action=argparse.BooleanOptionalAction, default=cpu_has_bf16(),
                        help="bf16 autocast for the forward and backward passes (default: if the CPU has bf16 units)")
    parser.add_argument("--cooldown-minutes", type=float, default=0.0,
                        help="anneal the learning rate to a tenth over the budget's last minutes (0: none)")
    parser.add_argument("--ema", type=float, default=0.998)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--log-every", type=int, default=20)
    parser.add_argument("--save-minutes", type=float, default=5.0)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.export:
        export(args)
    else:
        train(args)


if __name__ == "__main__":
    main()
