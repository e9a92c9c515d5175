"""Which requests the queue takes: a bound per concurrency group, sized by what waiting costs.

Checks (/moderate, /verify) take milliseconds, so hundreds may wait. A generation takes seconds
to minutes, so the generation group is bounded by the expected wait instead of a count: the
requested seconds of video already waiting, times the measured seconds it takes to make one
second of video here. A request that would wait longer than `Settings.max_wait_s` is refused
with that estimate, so a visitor knows when to come back.
"""

from __future__ import annotations

import functools
import inspect
import threading
from typing import Any

import gradio as gr
from gradio import route_utils

from sora_space.backends.base import Backend
from sora_space.config import Settings
from sora_space.limits import wait_words
from sora_space.types import GenerationRequest

GENERATE = "generate"  # the generation endpoints' concurrency group (sora_space/ui.py)


class WaitEstimate:
    """Seconds of work per second of requested video: the backend's own estimate until the first
    generation, then an average of the measured ones that follows the latest (machine load,
    a warmer cache). `assumed_video_seconds` stands in where a request's length is unknown (one
    being made, an unreadable one). Thread-safe."""

    def __init__(self, seconds_per_video_second: float, assumed_video_seconds: float,
                 weight: float = 0.3) -> None:
        self._rate = seconds_per_video_second
        self.assumed_video_seconds = assumed_video_seconds
        self._weight = weight
        self._measured = False
        self._lock = threading.Lock()

    @classmethod
    def for_backend(cls, backend: Backend) -> "WaitEstimate":
        """Seeded with the backend's cost estimate for its shortest clip."""
        shortest = backend.durations[0]
        return cls(backend.gpu_seconds(GenerationRequest("t2v", "", duration=shortest)) / shortest, shortest)

    def observe(self, video_seconds: float, wall_seconds: float) -> None:
        """One finished generation: `wall_seconds` of work for `video_seconds` of video."""
        if video_seconds <= 0:
            return
        rate = wall_seconds / video_seconds
        with self._lock:
            self._rate = rate if not self._measured else (1 - self._weight) * self._rate + self._weight * rate
            self._measured = True

    def seconds(self, video_seconds: float) -> float:
        with self._lock:
            return self._rate * video_seconds


@functools.cache
def _parameter_names(fn: Any) -> tuple[str, ...]:
    """An endpoint's input names in the order of its inputs (as Gradio names them in its
    validation answers)."""
    return tuple(fn.input_parameter_names or inspect.signature(fn.fn).parameters)[:len(fn.inputs)]


def requested_seconds(fn: Any, inputs: list[Any] | None, default: float) -> float:
    """The `duration` a queued generation asked for, read from its inputs by the endpoint's
    parameter names (bad values count as `default`: validation refuses them later anyway)."""
    try:
        return max(1.0, float(inputs[_parameter_names(fn).index("duration")]))
    except (TypeError, ValueError, IndexError):
        return default


def generation_wait(demo: gr.Blocks, estimate: WaitEstimate) -> float:
    """Seconds until a generation queued now would start: the waiting generations' estimates,
    and half an estimate for each running one, shared among the group's workers."""
    group = demo._queue.event_queue_per_concurrency_id.get(GENERATE)
    if group is None:
        return 0.0
    assumed = estimate.assumed_video_seconds
    waiting = sum(estimate.seconds(requested_seconds(event.fn, event.data.data if event.data else None, assumed))
                  for event in group.queue)
    running = group.current_concurrency * estimate.seconds(assumed) / 2
    return (waiting + running) / max(1, group.concurrency_limit or 1)


def _refusal_on_prompt(fn: Any, message: str) -> list[dict]:
    """The refusal as Gradio's validation result: Gradio's clients print it and the page shows
    it on the Prompt box (a 503 "queue full" would reach both as a fixed text)."""
    return [{**gr.validate(name != "prompt", message if name == "prompt" else ""), "parameter_name": name}
            for name in _parameter_names(fn)]


def install(demo: gr.Blocks, settings: Settings, estimate: WaitEstimate) -> None:
    """Bound each group on its own. Gradio counts waiting events of all endpoints together, so a
    backlog of generations would turn /verify and /moderate away; here checks may hold
    `settings.check_queue_size` waiting events and generations `settings.max_wait_s` seconds
    of expected work. (Gradio 6.31's Queue.push; gradio is pinned in requirements.txt.)"""
    queue = demo._queue
    push = queue.push

    async def push_within_bounds(body, request, username):
        fn = route_utils.get_fn(demo, None, body)
        group = queue.event_queue_per_concurrency_id.get(fn.concurrency_id)
        if fn.concurrency_id == GENERATE:
            wait = generation_wait(demo, estimate)
            if wait > settings.max_wait_s:
                retry = wait - settings.max_wait_s + estimate.seconds(estimate.assumed_video_seconds)
                message = (f"About {wait_words(wait)} of videos are waiting to be made, more than "
                           f"this Space queues ({wait_words(settings.max_wait_s)}). Please try "
                           f"again in {wait_words(retry)}.")
                return False, _refusal_on_prompt(fn, message), "validator_error"
        elif group is not None and len(group.queue) >= settings.check_queue_size:
            return False, (f"The queue is full ({len(group.queue)} checks waiting). Please try "
                           "again in a few seconds."), "queue_full"
        return await push(body, request, username)

    queue.push = push_within_bounds
