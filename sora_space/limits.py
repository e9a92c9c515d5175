"""Per-client rate limits, enforced inside the endpoint functions.

Gradio's hidden and private API routes can still be called by scripts, so the limit lives in the
functions every route reaches, not in the page. A client is the Hugging Face user when Gradio
knows one, else the visitor's address. Each kind of work ("generate", "check") has a token
bucket per client; a request spends one token or is refused with the time until the next one.
Requests that moderation blocks add strikes, which fade at one per 10 minutes: from the second
strike a client waits a cool-down (SORA_SPACE_BLOCK_COOL_DOWN, 30 s) that doubles with each further strike, so probing the
filters gets slower and slower.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

import gradio as gr

# Strikes fade: one is forgiven every this many seconds without a block.
STRIKE_FORGIVE_S = 600.0
MAX_COOL_DOWN_S = 3600.0
# Clients unseen for this long are forgotten, so memory stays bounded under many addresses.
IDLE_FORGET_S = 3600.0
# What one token of each kind buys, for the refusal message.
KIND_WORDS = {"generate": "videos", "check": "checks"}


@dataclass(frozen=True)
class Rate:
    """`count` requests per `seconds`, with bursts of up to `burst`."""

    count: int
    seconds: float
    burst: int

    @classmethod
    def parse(cls, text: str, name: str) -> "Rate | None":
        """'30/3600' or '30/3600/5' (count/seconds[/burst]); '0' or 'off': no limit."""
        if text.strip().lower() in ("0", "off", "none"):
            return None
        try:
            parts = [float(p) for p in text.split("/")]
            count, seconds = int(parts[0]), parts[1]
            burst = int(parts[2]) if len(parts) > 2 else count
            if len(parts) > 3 or count < 1 or seconds <= 0 or burst < 1:
                raise ValueError
        except (ValueError, IndexError):
            raise ValueError(f"{name} must look like 30/3600 or 30/3600/5 (count/seconds[/burst]) "
                             f"or 0 for no limit; got {text!r}") from None
        return cls(count, seconds, burst)


@dataclass
class _Client:
    tokens: dict[str, float]
    updated: float
    strikes: float = 0.0
    cool_until: float = 0.0


class RateLimited(gr.Error):
    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message, title="Slow down")
        self.retry_after = retry_after


def wait_words(seconds: float) -> str:
    seconds = max(1, math.ceil(seconds))
    return f"{seconds} s" if seconds < 120 else f"{math.ceil(seconds / 60)} min"


class RateLimiter:
    """Token buckets per client and kind of work, plus strikes for blocked requests."""

    def __init__(self, rates: dict[str, Rate | None], first_cool_down_s: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rates = rates
        self.first_cool_down_s = first_cool_down_s
        self.clock = clock
        self._clients: dict[str, _Client] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Any) -> "RateLimiter":
        return cls({"generate": Rate.parse(settings.generate_rate, "SORA_SPACE_GENERATE_RATE"),
                    "check": Rate.parse(settings.check_rate, "SORA_SPACE_CHECK_RATE")},
                   first_cool_down_s=settings.block_cool_down_s)

    def acquire(self, client: str | None, kind: str) -> None:
        """Spend one `kind` token for `client`, or raise RateLimited saying when to come back.
        `client` None is an in-process caller (tests, scripts importing the service): unlimited."""
        rate = self.rates.get(kind)
        if client is None:
            return
        with self._lock:
            now = self.clock()
            state = self._state(client, now)
            if state.cool_until > now:
                wait = state.cool_until - now
                raise RateLimited(
                    f"Too many of your recent requests were blocked by moderation. Try again in "
                    f"{wait_words(wait)}, with a prompt the policy allows.", wait)
            if rate is None:
                return
            tokens = state.tokens.get(kind, float(rate.burst))
            if tokens < 1.0:
                wait = (1.0 - tokens) * rate.seconds / rate.count
                raise RateLimited(
                    f"You have reached this Space's limit of {rate.count} {KIND_WORDS.get(kind, kind)} per "
                    f"{wait_words(rate.seconds)}. Try again in {wait_words(wait)}.", wait)
            state.tokens[kind] = tokens - 1.0

    def strike(self, client: str | None) -> None:
        """Record a request that moderation blocked; repeated ones start a growing cool-down."""
        if client is None or self.first_cool_down_s <= 0:
            return
        with self._lock:
            now = self.clock()
            state = self._state(client, now)
            state.strikes += 1.0
            # A second block while the first has faded less than half-way starts the cool-down.
            if state.strikes > 1.5:
                cool = min(MAX_COOL_DOWN_S, self.first_cool_down_s * 2 ** max(0, round(state.strikes) - 2))
                state.cool_until = max(state.cool_until, now + cool)

    def _state(self, client: str, now: float) -> _Client:
        """The client's buckets, refilled and with strikes forgiven up to `now`."""
        if len(self._clients) > 10_000:
            self._clients = {k: v for k, v in self._clients.items() if now - v.updated < IDLE_FORGET_S}
        state = self._clients.setdefault(client, _Client(tokens={}, updated=now))
        elapsed = now - state.updated
        for kind, tokens in state.tokens.items():
            rate = self.rates.get(kind)
            if rate is not None:
                state.tokens[kind] = min(float(rate.burst), tokens + elapsed * rate.count / rate.seconds)
        state.strikes = max(0.0, state.strikes - elapsed / STRIKE_FORGIVE_S)
        state.updated = now
        return state


def client_of(request: Any, trust_forwarded_for: bool) -> str | None:
    """Who is asking: 'user:<name>' when logged in, else 'ip:<address>'. Behind the Hugging Face
    proxy the visitor's address is the first X-Forwarded-For entry; elsewhere that header is the
    client's own word and is ignored. None when the call did not come through the server."""
    if request is None:
        return None
    username = getattr(request, "username", None)
    if username:
        return f"user:{username}"
    headers = getattr(request, "headers", None) or {}
    forwarded = headers.get("x-forwarded-for", "").split(",")[0].strip() if trust_forwarded_for else ""
    if forwarded:
        return f"ip:{forwarded}"
    client = getattr(request, "client", None)
    host = getattr(client, "host", None)
    return f"ip:{host}" if host else "ip:unknown"
