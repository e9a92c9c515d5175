"""`python -m sora_space.bench load`: the public Space under load, as 16 visitors at once.

Starts `python app.py` on the loopback address (or drives --url) and runs concurrent
`gradio_client` clients, each a different visitor (its own X-Forwarded-For address, which the
app is told to trust, as behind the Hugging Face proxy). Each sends a seeded mix of generations,
moderation checks (allowed and blocked prompts), verifications and the bad-input battery.
Every answer is sorted into: completed, rejected by a limit (rate, strike cool-down or full
queue, each with a clear message), expected error (bad input refused with its message) and
unexpected (anything else: the target is 0). Prints p50/p95 latency per kind and the app's
memory after warm-up against the end (target: at most 10 % growth).
"""

from __future__ import annotations

import argparse
import json
import random
import struct
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np
from PIL import Image

from sora_space.dev.local_app import running_app

LIMIT_WORDS = ("try again in", "queue is full")
ALLOWED_PROMPTS = ["a red ball bouncing between the walls", "a blue square moving to the left",
                   "two yellow triangles spinning on a navy background", "a green circle growing"]
BLOCKED_PROMPTS = ["Barack Obama giving a speech at night", "t4ylor sw1ft dancing on a stage",
                   "officials stuffing ballot boxes on election night, news footage"]


@dataclass(frozen=True)
class BadInput:
    api_name: str
    kwargs: dict
    expected: str  # a part of the error message the visitor must see


def write_bomb_png(path: Path, width: int, height: int) -> None:
    """A valid grey PNG of `width` x `height` that compresses to little: at 20000 x 20000 a few
    hundred KB on disk, 400 MB decoded, a decompression bomb that only its header can refuse."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\0" + b"\0" * width  # filter byte + one grey byte per pixel
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body)
                     + chunk(b"IEND", b""))


def bad_input_battery(folder: Path) -> list[BadInput]:
    """Inputs a script or a prober may send, each with the words its error must contain."""
    from gradio_client import handle_file

    def image(name: str, picture: Image.Image, **kwargs) -> Any:
        picture.save(folder / name, **kwargs)
        return handle_file(str(folder / name))

    (folder / "notes.txt").write_text("not an image at all")
    write_bomb_png(folder / "bomb.png", 20_000, 20_000)
    t2v, i2v = "/text_to_video", "/image_to_video"
    return [
        BadInput(t2v, {"prompt": ""}, "empty"),
        BadInput(t2v, {"prompt": "   \n\t "}, "empty"),
        BadInput(t2v, {"prompt": "a ball\x07 bouncing"}, "control characters"),
        BadInput(t2v, {"prompt": "a" * 2500}, "limit is 2000"),
        BadInput(t2v, {"prompt": "a ball", "duration": 7}, "4, 8, 12"),
        BadInput(t2v, {"prompt": "a ball", "aspect_ratio": "21:9"}, "16:9"),
        BadInput(t2v, {"prompt": "a ball", "seed": -5, "randomize_seed": False}, "seed"),
        BadInput(t2v, {"prompt": "a ball", "seed": "many", "randomize_seed": False}, "seed"),
        BadInput(t2v, {"prompt": "a ball", "steps": 10_000}, "steps"),
        BadInput(t2v, {"prompt": "a ball", "duration": "four"}, "duration must be a whole number"),
        BadInput(t2v, {"prompt": "a ball", "guidance_scale": "high"}, "guidance scale must be a number"),
        BadInput(t2v, {"prompt": "a ball", "guidance_scale": 1e9}, "guidance scale must be from 0"),
        BadInput(i2v, {"image": handle_file(str(folder / "notes.txt")), "prompt": "a ball"}, "image"),
        BadInput(i2v, {"image": handle_file(str(folder / "bomb.png")), "prompt": "a ball"}, "too many pixels"),
        BadInput(i2v, {"image": image("big.png", Image.new("RGB", (4200, 300))), "prompt": "a ball"}, "4096"),
        BadInput(i2v, {"image": image("cmyk.jpg", Image.new("CMYK", (64, 64))), "prompt": "a ball"}, "CMYK"),
        BadInput(i2v, {"image": image("alpha.png", Image.new("RGBA", (64, 64))), "prompt": "a ball"},
                 "transparent"),
        BadInput(i2v, {"image": image("anim.gif", Image.new("RGB", (64, 64)), save_all=True,
                                      append_images=[Image.new("RGB", (64, 64), "red")]),
                       "prompt": "a ball"}, "Animated"),
        BadInput("/extend_video", {"video": handle_file(str(folder / "notes.txt")), "prompt": "go on"},
                 "not a readable video"),
    ]


@dataclass
class Outcome:
    kind: str
    result: str  # completed | limited | expected_error | unexpected
    seconds: float
    detail: str = ""


def _classify(kind: str, call: Callable[[], Any], check: Callable[[Any], bool],
              expected_error: str | None = None) -> Outcome:
    start = time.perf_counter()
    try:
        answer = call()
    except Exception as error:  # gradio_client raises AppError for gr.Error, others for the rest
        seconds = time.perf_counter() - start
        message = str(error)
        if any(words in message.lower() for words in LIMIT_WORDS):
            return Outcome(kind, "limited", seconds, message[:120])
        if expected_error and expected_error.lower() in message.lower():
            return Outcome(kind, "expected_error", seconds)
        return Outcome(kind, "unexpected", seconds, f"{type(error).__name__}: {message[:200]}")
    seconds = time.perf_counter() - start
    if expected_error:
        return Outcome(kind, "unexpected", seconds, f"bad input accepted: {str(answer)[:120]}")
    if not check(answer):
        return Outcome(kind, "unexpected", seconds, f"wrong answer: {str(answer)[:200]}")
    return Outcome(kind, "completed", seconds)


def _visitor(url: str, index: int, requests: int, battery: list[BadInput], seed: int,
             outcomes: list[Outcome], lock: threading.Lock) -> None:
    from gradio_client import Client, handle_file

    rng = random.Random(seed * 1000 + index)
    client = Client(url, headers={"X-Forwarded-For": f"10.0.{index // 250}.{index % 250 + 1}"},
                    verbose=False)
    videos: list[str] = []

    def generate() -> Outcome:
        def kept(answer: Any) -> bool:
            video, _, info = answer
            if Path(video).is_file() and len(info.get("generation_id", "")) == 16:
                videos.append(video)
                return True
            return False
        return _classify("text_to_video", lambda: client.predict(
            prompt=rng.choice(ALLOWED_PROMPTS), duration=4, aspect_ratio=rng.choice(["16:9", "1:1"]),
            randomize_seed=True, api_name="/text_to_video"), kept)

    def moderate_allowed() -> Outcome:
        return _classify("moderate", lambda: client.predict(prompt=rng.choice(ALLOWED_PROMPTS),
                                                             api_name="/moderate"),
                         lambda answer: answer["allowed"] is True)

    def moderate_blocked() -> Outcome:
        return _classify("moderate_blocked", lambda: client.predict(prompt=rng.choice(BLOCKED_PROMPTS),
                                                                     api_name="/moderate"),
                         lambda answer: answer["allowed"] is False and answer["reason"].startswith("Blocked:"))

    def verify() -> Outcome:
        if not videos:
            return moderate_allowed()
        return _classify("verify", lambda: client.predict(video=handle_file(videos[-1]), api_name="/verify"),
                         lambda answer: answer["verdict"].startswith("Made by this Space"))

    def bad_input() -> Outcome:
        bad = rng.choice(battery)
        return _classify("bad_input", lambda: client.predict(api_name=bad.api_name, **bad.kwargs),
                         lambda answer: False, expected_error=bad.expected)

    mix = [(generate, 3), (moderate_allowed, 2), (moderate_blocked, 1), (verify, 2), (bad_input, 4)]
    actions, weights = zip(*mix)
    for _ in range(requests):
        outcome = rng.choices(actions, weights)[0]()
        with lock:
            outcomes.append(outcome)


def _percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {"p50": 0.0, "p95": 0.0}
    return {"p50": round(float(np.percentile(values, 50)), 2), "p95": round(float(np.percentile(values, 95)), 2)}


def drive(url: str, rss_mb: Callable[[], float] | None, clients: int, requests: int, seed: int,
          folder: Path) -> dict:
    """Run the visitors against `url`; the summary as a dict."""
    battery = bad_input_battery(folder)
    outcomes: list[Outcome] = []
    lock = threading.Lock()
    total = clients * requests
    rss: dict[str, float] = {"start": rss_mb() if rss_mb else 0.0}
    stop = threading.Event()

    def watch_memory() -> None:
        # Warm-up: the first quarter of the requests (models touched, caches filled).
        while not stop.wait(0.5):
            if "warm" not in rss and len(outcomes) >= total // 4:
                rss["warm"] = rss_mb()

    watcher = threading.Thread(target=watch_memory, daemon=True) if rss_mb else None
    if watcher:
        watcher.start()
    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for future in [pool.submit(_visitor, url, i, requests, battery, seed, outcomes, lock)
                       for i in range(clients)]:
            future.result()
    wall = time.perf_counter() - start
    stop.set()
    if rss_mb:
        rss["end"] = rss_mb()
        rss.setdefault("warm", rss["end"])
    counts = Counter(o.result for o in outcomes)
    by_kind: dict[str, list[float]] = defaultdict(list)
    for o in outcomes:
        if o.result == "completed":
            by_kind[o.kind].append(o.seconds)
    summary = {
        "clients": clients, "requests": len(outcomes), "wall_s": round(wall, 1),
        "completed": counts["completed"], "rejected_by_limit": counts["limited"],
        "bad_input_refused": counts["expected_error"], "unexpected_errors": counts["unexpected"],
        "latency_s": {"all_completed": _percentiles([s for v in by_kind.values() for s in v]),
                      **{kind: _percentiles(v) for kind, v in sorted(by_kind.items())}},
        "unexpected": [f"{o.kind}: {o.detail}" for o in outcomes if o.result == "unexpected"][:10],
        "limited_examples": sorted({o.detail for o in outcomes if o.result == "limited"})[:4],
    }
    if rss_mb:
        summary["memory_mb"] = {k: round(v, 1) for k, v in rss.items()}
        summary["memory_growth_after_warmup"] = round(rss["end"] / rss["warm"] - 1.0, 4)
    return summary


# Limits low enough that 16 visitors meet them within a short run.
LOAD_ENV = {"SORA_SPACE_TRUST_PROXY": "1", "SORA_SPACE_GENERATE_RATE": "4/600/2",
            "SORA_SPACE_CHECK_RATE": "30/60/8"}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m sora_space.bench load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=12, help="requests per client")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--url", default="", help="drive this running app instead of starting one")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sora-load-") as tmp:
        folder = Path(tmp)
        if args.url:
            summary = drive(args.url, None, args.clients, args.requests, args.seed, folder)
        else:
            (folder / "app").mkdir()
            with running_app(folder / "app", env=LOAD_ENV) as app:
                print(f"app on {app.url} (pid {app.pid}), limits {LOAD_ENV}", file=sys.stderr)
                summary = drive(app.url, app.rss_mb, args.clients, args.requests, args.seed, folder)
    print(json.dumps(summary, indent=2))
    return 1 if summary["unexpected_errors"] else 0
