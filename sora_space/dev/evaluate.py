"""Score the embedded model with the toy-world analyzer on held-out prompts and seeds.

    python -m sora_space.dev.evaluate [--weights assets/mmdit] [--clips 16] [--steps 12] [--euler] [--held-out-seed N]

Prints JSON: colour / shape / motion accuracy of generated clips against the scene each prompt
was written from (direction also per asked motion), how many visual wall contacts have a sound
onset within ±2 frames (also per asked motion), first-frame PSNR of image-to-video and whether
its object moves as asked, and the same analyzer run on the true renders (its own ceiling).
Held-out: scenes come from seeds the training run never draws (it uses one seeded stream).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter

import numpy as np
import torch
from diffusers import FlowMatchEulerDiscreteScheduler
from PIL import Image

from sora_space.backends.embedded import EmbeddedBackend
from sora_space.models.grids import MODEL_GRIDS, OUTPUT_FPS, OUTPUT_SIZES
from sora_space.models.pipeline import ToyVideoPipeline
from sora_space.toyworld import caption, render_video, render_waveform, sample_scene, to_uint8
from sora_space.toyworld.analyzer import analyze

HELD_OUT_SEED = 1_000_003
SYNC_TOLERANCE_FRAMES = 2


def expected_direction(motion: str, pan: float) -> str:
    if pan:
        return "left" if pan > 0 else "right"  # the camera pans right: the world slides left
    return "still" if motion == "spin" else motion


def _psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2)
    return float(10 * np.log10(255.0**2 / max(mse, 1e-10)))


def _sync(contacts: list[int], onsets: list[float], fps: float) -> tuple[int, int]:
    """(contacts with an onset within tolerance, contacts)."""
    hits = sum(any(abs(o * fps - c) <= SYNC_TOLERANCE_FRAMES for o in onsets) for c in contacts)
    return hits, len(contacts)


def evaluate(pipe: ToyVideoPipeline, clips: int, steps: int, guidance: float, seconds: float,
             sound_steps: int = 0, held_out_seed: int = HELD_OUT_SEED) -> dict:
    rng = np.random.default_rng(held_out_seed)
    aspects = list(MODEL_GRIDS)
    scores = {k: [] for k in ("colour", "shape", "direction", "truth_colour", "truth_shape", "truth_direction")}
    sync, truth_sync, psnrs, i2v_moves, seconds_per_clip = [0, 0], [0, 0], [], [], []
    examples, by_motion, sync_by_motion, drawn_as = [], {}, {}, {}
    for i in range(clips):
        aspect = aspects[i % len(aspects)]
        h, w = MODEL_GRIDS[aspect]
        out_w, out_h = OUTPUT_SIZES[aspect]
        scene = sample_scene(rng, w / h, max_objects=1)
        obj = scene.objects[0]
        prompt = caption(scene, rng)
        want = expected_direction(obj.motion, scene.pan)
        truth_frames = to_uint8(render_video(scene, out_w, out_h, OUTPUT_FPS, seconds))
        truth = analyze(truth_frames, OUTPUT_FPS, render_waveform(scene, seconds))
        use_image = i % 4 == 3  # every fourth clip is image-to-video from the true first frame
        image = Image.fromarray(truth_frames[0]) if use_image else None
        start = time.perf_counter()
        out = pipe(prompt, duration=seconds, aspect_ratio=aspect, image=image, num_inference_steps=steps,
                   guidance_scale=guidance, sound_steps=sound_steps,
                   generator=torch.Generator().manual_seed(i))
        seconds_per_clip.append(time.perf_counter() - start)
        got = analyze(out.frames, out.fps, out.audio, out.sample_rate)
        moves_as_asked = got.direction == want
        by_motion.setdefault(want, []).append(moves_as_asked)
        drawn_as.setdefault(obj.shape, []).append(got.shape)
        if use_image:
            psnrs.append(_psnr(out.frames[0], truth_frames[0]))
            i2v_moves.append(moves_as_asked)
        for prefix, result in (("", got), ("truth_", truth)):
            scores[prefix + "colour"].append(result.colour == obj.colour)
            scores[prefix + "shape"].append(result.shape == obj.shape)
            scores[prefix + "direction"].append(result.direction == want)
        for tally, result in ((sync, got), (truth_sync, truth), (sync_by_motion.setdefault(want, [0, 0]), got)):
            hits, total = _sync(result.contact_frames, result.audio_onsets, OUTPUT_FPS)
            tally[0] += hits
            tally[1] += total
        examples.append({"prompt": prompt, "want": [obj.colour, obj.shape, want],
                         "got": [got.colour, got.shape, got.direction]})
    report = {name: round(float(np.mean(v)), 3) for name, v in scores.items()}
    report.update({
        "audio_sync": round(sync[0] / sync[1], 3) if sync[1] else None,
        "visual_contacts": sync[1],
        "truth_audio_sync": round(truth_sync[0] / truth_sync[1], 3) if truth_sync[1] else None,
        "i2v_first_frame_psnr_db": round(float(np.mean(psnrs)), 2) if psnrs else None,
        "i2v_direction": round(float(np.mean(i2v_moves)), 3) if i2v_moves else None,  # the image's object moves as asked
        "clips": clips, "seconds": seconds, "steps": steps, "guidance": guidance,
        "sampler": "fresh noise" if pipe.scheduler.config.stochastic_sampling else "euler",
        "sound_steps": sound_steps, "held_out_seed": held_out_seed,
        "seconds_per_clip": round(float(np.mean(seconds_per_clip)), 2),
        "direction_by_motion": {m: f"{sum(v)}/{len(v)}" for m, v in sorted(by_motion.items())},
        # What each asked shape was read as: the confusions behind the shape score.
        "shape_read_as": {asked: dict(Counter(str(g) for g in got).most_common()) for asked, got in sorted(drawn_as.items())},
        # Contacts the analyzer sees in clips asked for each motion, and how many have a sound:
        # those in clips not asked to bounce are an object turning where none should.
        "audio_sync_by_motion": {m: f"{h}/{n}" for m, (h, n) in sorted(sync_by_motion.items()) if n},
        "examples": examples[:6],
    })
    return report


def main(argv: list[str] | None = None) -> None:
    from sora_space.backends.embedded import DEFAULT_WEIGHTS

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--weights", default=str(DEFAULT_WEIGHTS))
    parser.add_argument("--clips", type=int, default=16)
    parser.add_argument("--steps", type=int, default=EmbeddedBackend.default_steps)
    # The Space's own sampling settings, so the numbers describe what visitors get.
    parser.add_argument("--guidance", type=float, default=EmbeddedBackend.default_guidance)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--euler", action="store_true",
                        help="the deterministic Euler step instead of the weights' scheduler (fresh noise)")
    parser.add_argument("--held-out-seed", type=int, default=HELD_OUT_SEED,
                        help="seed of the scenes and prompts; another one gives another held-out set")
    parser.add_argument("--sound-steps", type=int, default=EmbeddedBackend.sound_steps,
                        help="steps of the pipeline's sound pass (0: off; default: the Space's)")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    pipe = ToyVideoPipeline.from_pretrained(args.weights)
    if args.euler:
        pipe.scheduler = FlowMatchEulerDiscreteScheduler.from_config(pipe.scheduler.config, stochastic_sampling=False)
    report = evaluate(pipe, args.clips, args.steps, args.guidance, args.seconds, args.sound_steps,
                      args.held_out_seed)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
