"""`python -m sora_space.bench model [--weights DIR] [--steps N] [--sound-steps N] [--threads N]`

Seconds to make a 4 s clip against its 4 s of playback (below 1.0: faster than real time), the
cost of a 40 s extension against a 4 s one (chunked generation: about 10x, linear), and peak
resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import time

import torch

from sora_space.models.pipeline import ToyVideoPipeline


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main(argv: list[str]) -> int:
    from sora_space.backends.embedded import DEFAULT_WEIGHTS, EmbeddedBackend

    parser = argparse.ArgumentParser(prog="python -m sora_space.bench model")
    parser.add_argument("--weights", default=str(DEFAULT_WEIGHTS))
    parser.add_argument("--steps", type=int, default=EmbeddedBackend.default_steps)
    parser.add_argument("--guidance", type=float, default=EmbeddedBackend.default_guidance)
    parser.add_argument("--sound-steps", type=int, default=EmbeddedBackend.sound_steps)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    pipe = ToyVideoPipeline.from_pretrained(args.weights)
    common = {"num_inference_steps": args.steps, "guidance_scale": args.guidance, "sound_steps": args.sound_steps}
    prompt = "a red ball bounces between the walls on a black background"
    pipe(prompt, duration=1, **common)  # warm-up: first-call allocations are not the steady state
    t4, first = _timed(lambda: pipe(prompt, duration=4, generator=torch.Generator().manual_seed(0), **common))
    e4, _ = _timed(lambda: pipe.extend(first, prompt, duration=4, **common))
    e40, _ = _timed(lambda: pipe.extend(first, prompt, duration=40, **common))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "t2v_4s_seconds": round(t4, 2),
        "t2v_4s_vs_realtime": round(t4 / 4.0, 3),
        "extend_4s_seconds": round(e4, 2),
        "extend_40s_seconds": round(e40, 2),
        "extend_40s_vs_4s": round(e40 / e4, 2),
        "peak_rss_mb": round(peak_mb),
        "steps": args.steps, "guidance": args.guidance, "sound_steps": args.sound_steps, "threads": args.threads,
    }, indent=2))
    return 0
