"""`python -m sora_space.bench load [--mix burst|mixed] [--clients N] [--soak MINUTES]`: the
public Space under load.

Starts `python app.py` on the loopback address (or drives --url) and runs concurrent
`gradio_client` clients, each a different visitor (its own X-Forwarded-For address, which the
app is told to trust, as behind the Hugging Face proxy).
- `--mix burst` (default, 64 clients): what a shared link brings. Every visitor sends five
  /moderate checks (allowed and blocked prompts); one in eight also asks for a 4 s
  /text_to_video at the same time.
- `--mix mixed` (16 clients, `--requests` each): a seeded mix of generations, checks (allowed
  and blocked), verifications and the bad-input battery, with low rate limits.
- `--soak MINUTES` (8 clients): the mixed visitors in a loop for MINUTES, default limits.
Every answer is sorted into: completed, refused by a limit (rate, strike cool-down), refused as
over capacity (the queue's bounds, with their message), bad input refused with its message, and
unexpected (anything else: the target is 0). Prints p50/p95 latency per endpoint, and the app's
memory and open files after warm-up (the first quarter) against the end and the peak (target:
at most 10 % memory growth, open files flat).
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import struct
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np
from PIL import Image

from sora_space.dev.local_app import LocalApp, running_app

# The queue's bounds (sora_space/admission.py, and Gradio's own "Queue is full!"), then the
# per-client limits (sora_space/limits.py).
CAPACITY_WORDS = ("videos are waiting", "queue is full")
LIMIT_WORDS = ("try again in",)
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
    result: str  # completed | limited | over_capacity | expected_error | unexpected
    seconds: float
    detail: str = ""


def _classify(kind: str, call: Callable[[], Any], check: Callable[[Any], bool],
              expected_error: str | None = None, start: float | None = None) -> Outcome:
    start = time.perf_counter() if start is None else start
    try:
        answer = call()
    except Exception as error:  # gradio_client raises AppError for gr.Error, others for the rest
        seconds = time.perf_counter() - start
        message = str(error)
        if any(words in message.lower() for words in CAPACITY_WORDS):
            return Outcome(kind, "over_capacity", seconds, message[:160])
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


class HttpApiError(Exception):
    """An endpoint's error event (a gr.Error's message), or a refusal before the queue."""


def call_http_api(url: str, api_name: str, data: list, headers: dict[str, str]) -> Any:
    """One call through Gradio's plain HTTP API, as curl would make it: POST the inputs to
    /gradio_api/call/<name>, then read the event stream until its result. Far lighter than
    gradio_client, so that 64 of them on this machine measure the Space, not the clients."""
    base = url.rstrip("/") + f"/gradio_api/call/{api_name}"
    body = json.dumps({"data": data}).encode()
    request = urllib.request.Request(base, data=body, headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            event_id = json.load(response)["event_id"]
    except urllib.error.HTTPError as error:
        raise HttpApiError(f"{error.code}: {error.read().decode(errors='replace')[:300]}") from None
    with urllib.request.urlopen(urllib.request.Request(f"{base}/{event_id}", headers=headers),
                                timeout=600) as stream:
        event = None
        for raw in stream:
            line = raw.decode().rstrip("\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event in ("complete", "error"):
                payload = json.loads(line[6:]) if line[6:] not in ("", "null") else None
                if event == "error":
                    raise HttpApiError(str(payload))
                return payload[0] if isinstance(payload, list) and len(payload) == 1 else payload
    raise HttpApiError("the event stream ended without a result")


class Visitor:
    """One visitor's client (its own address) and what it can do; each action is an Outcome.
    Checks go through the plain HTTP API; generations, verifications and bad inputs (files)
    through gradio_client."""

    def __init__(self, url: str, index: int, seed: int, battery: list[BadInput]) -> None:
        self.rng = random.Random(seed * 1000 + index)
        self.url = url
        self.headers = {"X-Forwarded-For": f"10.0.{index // 250}.{index % 250 + 1}"}
        self.battery = battery
        self.videos: list[str] = []

    @functools.cached_property
    def client(self) -> Any:
        """A gradio_client Client, made on first use (it fetches the app's config and API)."""
        from gradio_client import Client

        return Client(self.url, headers=self.headers, verbose=False)

    def _kept(self, answer: Any) -> bool:
        video, _, info = answer
        if Path(video).is_file() and len(info.get("generation_id", "")) == 16:
            self.videos.append(video)
            return True
        return False

    def _generation_args(self) -> dict:
        return {"prompt": self.rng.choice(ALLOWED_PROMPTS), "duration": 4,
                "aspect_ratio": self.rng.choice(["16:9", "1:1"]), "randomize_seed": True,
                "api_name": "/text_to_video"}

    def generate(self) -> Outcome:
        return _classify("text_to_video", lambda: self.client.predict(**self._generation_args()), self._kept)

    def start_generation(self) -> Callable[[], Outcome]:
        """Submit a generation and return a function that waits for its Outcome."""
        start = time.perf_counter()
        job = self.client.submit(**self._generation_args())  # a refusal surfaces in job.result
        return lambda: _classify("text_to_video", job.result, self._kept, start=start)

    def _moderate(self, prompts: list[str]) -> Any:
        return call_http_api(self.url, "moderate", [self.rng.choice(prompts), None], self.headers)

    def moderate_allowed(self) -> Outcome:
        return _classify("moderate", lambda: self._moderate(ALLOWED_PROMPTS),
                         lambda answer: answer["allowed"] is True)

    def moderate_blocked(self) -> Outcome:
        return _classify("moderate_blocked", lambda: self._moderate(BLOCKED_PROMPTS),
                         lambda answer: answer["allowed"] is False and answer["reason"].startswith("Blocked:"))

    def verify(self) -> Outcome:
        from gradio_client import handle_file

        if not self.videos:
            return self.moderate_allowed()
        return _classify("verify", lambda: self.client.predict(video=handle_file(self.videos[-1]),
                                                                api_name="/verify"),
                         lambda answer: answer["verdict"].startswith("Made by this Space"))

    def bad_input(self) -> Outcome:
        bad = self.rng.choice(self.battery)
        return _classify("bad_input", lambda: self.client.predict(api_name=bad.api_name, **bad.kwargs),
                         lambda answer: False, expected_error=bad.expected)

    def mixed(self) -> Outcome:
        mix = [(self.generate, 3), (self.moderate_allowed, 2), (self.moderate_blocked, 1),
               (self.verify, 2), (self.bad_input, 4)]
        actions, weights = zip(*mix)
        return self.rng.choices(actions, weights)[0]()


def _burst(visitor: Visitor, index: int, record: Callable[[Outcome], None]) -> None:
    """Five checks, the last of a prompt the policy blocks (one: a second in a row would start
    the strike cool-down); one visitor in eight generates meanwhile."""
    finish = visitor.start_generation() if index % 8 == 0 else None
    for i in range(5):
        record(visitor.moderate_allowed() if i < 4 else visitor.moderate_blocked())
    if finish:
        record(finish())


def _percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {"p50": 0.0, "p95": 0.0}
    return {"p50": round(float(np.percentile(values, 50)), 2), "p95": round(float(np.percentile(values, 95)), 2)}


class Gauge:
    """The app's memory and open files, sampled every `interval` s from a thread; "warm" is the
    first sample once `warm()` says so."""

    def __init__(self, app: LocalApp, warm: Callable[[], bool], interval: float) -> None:
        self.app, self.warm, self.interval = app, warm, interval
        self.samples: list[tuple[float, float, int]] = []  # (seconds, MB, open files)
        self.warm_at: int | None = None
        self._stop = threading.Event()
        self._start = time.perf_counter()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._sample()
        self._thread.start()

    def _sample(self) -> None:
        self.samples.append((round(time.perf_counter() - self._start, 1), self.app.rss_mb(),
                             self.app.open_files()))
        if self.warm_at is None and self.warm():
            self.warm_at = len(self.samples) - 1

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def summary(self) -> dict:
        self._stop.set()
        self._thread.join()
        self._sample()
        warm = self.samples[self.warm_at if self.warm_at is not None else -1]
        end = self.samples[-1]
        return {
            "memory_mb": {"start": round(self.samples[0][1], 1), "warm": round(warm[1], 1),
                          "end": round(end[1], 1), "max": round(max(s[1] for s in self.samples), 1)},
            "memory_growth_after_warmup": round(end[1] / warm[1] - 1.0, 4),
            "open_files": {"start": self.samples[0][2], "warm": warm[2], "end": end[2],
                           "max": max(s[2] for s in self.samples)},
        }


def drive(url: str, app: LocalApp | None, clients: int, requests: int, seed: int, folder: Path,
          mix: str = "mixed", minutes: float = 0.0) -> dict:
    """Run the visitors against `url` (`app`: the process to watch, if local); the summary as a
    dict. `minutes` > 0 loops the mixed visitors for that long (a soak)."""
    battery = bad_input_battery(folder)
    outcomes: list[Outcome] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + 60 * minutes

    def record(outcome: Outcome) -> None:
        with lock:
            outcomes.append(outcome)

    def run(index: int) -> None:
        visitor = Visitor(url, index, seed, battery)
        if mix == "burst":
            _burst(visitor, index, record)
        elif minutes:
            while time.perf_counter() < deadline:
                record(visitor.mixed())
        else:
            for _ in range(requests):
                record(visitor.mixed())

    # Answers a full run gives: five checks a visitor, plus one generation in eight, in a burst.
    expected = clients * 5 + (clients + 7) // 8 if mix == "burst" else clients * requests
    warm = (lambda: time.perf_counter() > deadline - 45 * minutes) if minutes else (
        lambda: len(outcomes) >= expected // 4)
    gauge = Gauge(app, warm, 10.0 if minutes else 0.5) if app else None
    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for future in [pool.submit(run, i) for i in range(clients)]:
            future.result()
    wall = time.perf_counter() - start
    counts = Counter(o.result for o in outcomes)
    by_kind: dict[str, list[float]] = defaultdict(list)
    for o in outcomes:
        if o.result == "completed":
            by_kind[o.kind].append(o.seconds)
    summary = {
        "mix": "soak" if minutes else mix, "clients": clients, "requests": len(outcomes),
        "wall_s": round(wall, 1), "completed": counts["completed"],
        "refused_by_limit": counts["limited"], "refused_over_capacity": counts["over_capacity"],
        "refused_over_capacity_by_kind": dict(Counter(o.kind for o in outcomes if o.result == "over_capacity")),
        "bad_input_refused": counts["expected_error"], "unexpected_errors": counts["unexpected"],
        "latency_s": {"all_completed": _percentiles([s for v in by_kind.values() for s in v]),
                      **{kind: _percentiles(v) for kind, v in sorted(by_kind.items())}},
        "unexpected": [f"{o.kind}: {o.detail}" for o in outcomes if o.result == "unexpected"][:10],
        "refusal_examples": sorted({o.detail for o in outcomes if o.result in ("limited", "over_capacity")})[:4],
    }
    if gauge:
        summary.update(gauge.summary())
    return summary


# Limits low enough that 16 mixed visitors meet them within a short run; the burst and the soak
# run under the Space's default limits.
LOAD_ENV = {"SORA_SPACE_TRUST_PROXY": "1", "SORA_SPACE_GENERATE_RATE": "4/600/2",
            "SORA_SPACE_CHECK_RATE": "30/60/8"}
DEFAULT_LIMITS_ENV = {"SORA_SPACE_TRUST_PROXY": "1"}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m sora_space.bench load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mix", choices=("burst", "mixed"), default="burst")
    parser.add_argument("--clients", type=int, default=0, help="default: 64 burst, 16 mixed, 8 soak")
    parser.add_argument("--requests", type=int, default=12, help="requests per mixed client")
    parser.add_argument("--soak", type=float, default=0.0, metavar="MINUTES",
                        help="loop the mixed visitors for MINUTES and watch memory and open files")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--url", default="", help="drive this running app instead of starting one")
    args = parser.parse_args(argv)
    mix = "mixed" if args.soak else args.mix
    clients = args.clients or (8 if args.soak else 64 if mix == "burst" else 16)
    env = LOAD_ENV if mix == "mixed" and not args.soak else DEFAULT_LIMITS_ENV
    with tempfile.TemporaryDirectory(prefix="sora-load-") as tmp:
        folder = Path(tmp)
        if args.url:
            summary = drive(args.url, None, clients, args.requests, args.seed, folder, mix, args.soak)
        else:
            (folder / "app").mkdir()
            with running_app(folder / "app", env=env) as app:
                print(f"app on {app.url} (pid {app.pid}), settings {env}", file=sys.stderr)
                summary = drive(app.url, app, clients, args.requests, args.seed, folder, mix, args.soak)
    print(json.dumps(summary, indent=2))
    return 1 if summary["unexpected_errors"] else 0
