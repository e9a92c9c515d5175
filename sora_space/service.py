"""The request path, top to bottom. The web page, the API and MCP tools all call this.

    admit (the client's rate limit) → validate → moderate prompt and image → generate (GPU)
        → moderate output frames → watermark, encode, sign (the very last write)
        → record in the registry → (video, seed, info)

Nothing leaves a stage that failed: a block or any error in moderation or marking raises
gr.Error, and no video is returned without its visible mark and C2PA signature.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import secrets
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import gradio as gr

from safety.moderator import prompt_sha256
from safety.policy import ALLOWED_INSTEAD
from safety.verdict import Verdict
from sora_space import gpu, output
from sora_space.admission import WaitEstimate
from sora_space.backends.base import Backend
from sora_space.config import Settings
from sora_space.limits import RateLimiter, client_of
from sora_space.registry import GenerationRecord, Registry, now_utc
from sora_space.types import GeneratedClip, GenerationRequest, GenerationResult
from sora_space.validation import (
    MAX_SEED,
    MAX_VIDEO_SECONDS,
    aspect_ratio_of,
    build_request,
    check_text,
    load_image,
    probe_video,
)

log = logging.getLogger("sora_space")


class _NotRecorded(Exception):
    """The registry refused a generation's row (finalize then publishes nothing)."""


@contextlib.contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = round(timings.get(stage, 0.0) + time.perf_counter() - start, 3)


def blocked_message(verdict: Verdict) -> str:
    """The text a visitor sees for a block: category, why, and what is allowed instead."""
    hint = ALLOWED_INSTEAD.get(verdict.category or "", "")
    return f"Blocked: {verdict.category}. {verdict.reason} {hint}".strip()


# The generation tools' docstrings are what API and MCP clients read (Gradio turns each `Args:`
# line into a parameter description, so each stays on one line); the controls they share are
# written once here.
GENERATION_CONTROLS = """negative_prompt: What to keep out of the video (text, optional).
            duration: Seconds of new video, an integer: one of the durations the model offers (the values listed in the schema).
            aspect_ratio: Frame shape: one of the ratios the model offers (the values listed in the schema), e.g. "16:9" landscape, "9:16" portrait, "1:1" square.
            seed: Integer from 0 to 4294967295; the same seed, prompt and settings give the same video. Used only when randomize_seed is false.
            randomize_seed: If true (the default), a fresh random seed is drawn and returned; set false to use `seed`.
            steps: Denoising steps, an integer from 1 to the model's maximum; more is slower and finer. Omit it for the model's default.
            guidance_scale: How closely to follow the prompt, from 0 to 20 (the model's default if omitted); higher is more literal, lower more varied."""
GENERATION_RETURNS = """A video (an MP4 URL with a visible and an invisible watermark and signed Content Credentials), the seed used, and info (generation id, model, resolution, fps, timings, moderation verdicts, C2PA summary). A prompt or image the content policy refuses raises an error whose message starts "Blocked: <category>." with the reason and what is allowed instead; call moderate first to check for free."""


def _documented(fn: Callable) -> Callable:
    """Fill `{controls}` (those in fn's signature) and `{returns}` into fn's docstring."""
    names = inspect.signature(fn).parameters
    controls = "\n".join(line for line in GENERATION_CONTROLS.splitlines()
                         if line.strip().split(":")[0] in names)
    fn.__doc__ = (fn.__doc__ or "").replace("{controls}", controls.strip()).replace(
        "{returns}", GENERATION_RETURNS)
    return fn


class VideoService:
    """Owns the loaded backend, moderator and registry; one instance serves every request,
    thread-safely."""

    def __init__(self, settings: Settings, backend: Backend, moderator: Any,
                 registry: Registry | None = None) -> None:
        self.settings = settings
        self.backend = backend
        self.moderator = moderator
        self.registry = registry or Registry(settings.registry_path)
        self.limiter = RateLimiter.from_settings(settings)
        self.wait = WaitEstimate.for_backend(backend)
        gpu.use_backend(backend)

    @classmethod
    def load(cls, settings: Settings) -> "VideoService":
        """Check the configuration, then load the moderator and the backend once, at start-up;
        fails loudly if any of them can't."""
        from safety.moderator import Moderator
        from sora_space.backends import load_backend
        from sora_space.startup import check_configuration

        check_configuration(settings)
        return cls(settings, load_backend(settings), Moderator.load(settings))

    # -- public endpoints -------------------------------------------------------------------

    @_documented
    def text_to_video(self, prompt: Any, negative_prompt: Any = "", duration: Any = 4,
                      aspect_ratio: Any = "16:9", seed: Any = 0, randomize_seed: Any = True,
                      steps: Any = None, guidance_scale: Any = None,
                      progress: gr.Progress = gr.Progress(),
                      request: gr.Request | None = None) -> GenerationResult:
        """Make a short video with sound from a text prompt.

        Args:
            prompt: What the video shows, in any language, up to 2,000 characters.
            {controls}

        Returns:
            {returns}
        """
        client = self._admit(request, "generate")
        generation = build_request(
            self.backend, "t2v", prompt, negative_prompt, duration, aspect_ratio,
            self._seed(seed, randomize_seed), steps, guidance_scale,
        )
        return self._generate(generation, progress, client)

    @_documented
    def image_to_video(self, image: Any, prompt: Any, negative_prompt: Any = "", duration: Any = 4,
                       aspect_ratio: Any = "16:9", seed: Any = 0, randomize_seed: Any = True,
                       steps: Any = None, guidance_scale: Any = None,
                       progress: gr.Progress = gr.Progress(),
                       request: gr.Request | None = None) -> GenerationResult:
        """Animate an image: a short video with sound that starts from the given first frame.

        Args:
            image: The first frame: PNG, JPEG or WebP, at most 20 MB; it is cropped to the aspect ratio.
            prompt: What happens in the video, up to 2,000 characters.
            {controls}

        Returns:
            {returns}
        """
        client = self._admit(request, "generate")
        generation = build_request(
            self.backend, "i2v", prompt, negative_prompt, duration, aspect_ratio,
            self._seed(seed, randomize_seed), steps, guidance_scale, image=image,
        )
        return self._generate(generation, progress, client)

    @_documented
    def extend_video(self, video: Any, prompt: Any, negative_prompt: Any = "", duration: Any = 4,
                     seed: Any = 0, randomize_seed: Any = True, steps: Any = None,
                     guidance_scale: Any = None,
                     progress: gr.Progress = gr.Progress(),
                     request: gr.Request | None = None) -> GenerationResult:
        """Continue a video this Space made; the result is the whole, longer video.

        Args:
            video: An MP4 this Space made (its Content Credentials are checked), e.g. a URL a generation tool returned.
            prompt: What happens next, up to 2,000 characters.
            {controls}

        Returns:
            {returns}
        """
        client = self._admit(request, "generate")
        if "extend" not in self.backend.modes:
            raise gr.Error(f"{self.backend.name} can't extend videos.")
        seconds, width, height = probe_video(video)
        # Only this Space's own signed videos: they passed moderation when they were made, and
        # anything else (a real person's footage, say) must not be continued.
        provenance = output.verify_video(Path(video), self.settings)["c2pa"]
        if provenance["state"] != "Trusted" or not provenance["generation_id"]:
            raise gr.Error(
                "Only videos made by this Space can be extended, and this one's Content "
                f"Credentials are {provenance['state'].lower()}. Upload the original download."
            )
        generation = build_request(
            self.backend, "extend", prompt, negative_prompt, duration,
            aspect_ratio_of(self.backend, width, height), self._seed(seed, randomize_seed), steps,
            guidance_scale, source_video=str(video),
        )
        if seconds + generation.duration > MAX_VIDEO_SECONDS + 0.5:
            raise gr.Error(
                f"The video is {seconds:.0f} s long; extended by {generation.duration} s it would "
                f"pass the {MAX_VIDEO_SECONDS} s limit."
            )
        return self._generate(generation, progress, client, extended_from=provenance["generation_id"])

    def moderate(self, prompt: Any, image: Any = None, request: gr.Request | None = None) -> dict:
        """Check a prompt (and an optional image) against the content policy without generating anything. Free of GPU time and of the video quota, so call it before a generation tool; repeated blocked prompts still start a short cool-down.

        Args:
            prompt: The prompt you intend to send to a generation tool.
            image: Optional first frame you intend to animate (PNG, JPEG or WebP).

        Returns:
            {"allowed": true or false, "category": null or the policy category (minors, sexual, violence, self_harm, hate, weapons, real_person, political), "reason": the text a block would show, starting "Blocked: <category>."}
        """
        client = self._admit(request, "check")
        text = check_text(prompt, "prompt", required=True)
        verdict = self._moderate_inputs(text, load_image(image) if image is not None else None)
        if not verdict.allowed:
            self.limiter.strike(client)
        return {"allowed": verdict.allowed, "category": verdict.category,
                "reason": blocked_message(verdict) if not verdict.allowed else verdict.reason}

    def verify(self, video: Any, request: gr.Request | None = None) -> dict:
        """Check whether this Space made a video: its Content Credentials (C2PA), its invisible watermark (which survives re-encoding, resizing and cropping) and this Space's registry record.

        Args:
            video: The video to check (MP4, WebM or MOV), e.g. a URL a generation tool returned.

        Returns:
            A report: "verdict" in plain words, "c2pa" (state, generation id, signer), "watermark" (visible, invisible: found, generation id), "registry" (the record: time, model, seed, mode) or null.
        """
        self._admit(request, "check")
        if not video or not isinstance(video, (str, Path)) or not Path(video).is_file():
            raise gr.Error("Upload a video file to verify.")
        report = output.verify_video(Path(video), self.settings)
        mark = output.detect_mark(Path(video), self.settings)
        report["watermark"]["invisible"] = mark.to_dict()
        # The mark survives re-encoding and the manifest does not, so its id is asked first.
        generation_id = mark.generation_id or report["c2pa"]["generation_id"]
        record = self.registry.get(generation_id) if generation_id else None
        report["registry"] = record.to_dict() if record else None
        report["verdict"] = output.plain_verdict(report)
        return report

    # -- the path ---------------------------------------------------------------------------

    def _admit(self, request: gr.Request | None, kind: str) -> str | None:
        """The asking client, if it is within its `kind` limit; raises RateLimited if not."""
        client = client_of(request, self.settings.trust_forwarded_for)
        self.limiter.acquire(client, kind)
        return client

    def _generate(self, request: GenerationRequest, progress: gr.Progress, client: str | None,
                  extended_from: str | None = None) -> GenerationResult:
        timings: dict[str, float] = {}
        verdicts: dict[str, dict] = {}

        progress(0.0, desc="Checking your request")
        with _timed(timings, "moderation"):
            verdict = self._moderate_inputs(request.prompt, request.image, verdicts)
        if not verdict.allowed:
            self.limiter.strike(client)
            raise gr.Error(blocked_message(verdict))

        hint = self.backend.prompt_hint(request.prompt) if request.mode == "t2v" else None
        if hint:
            gr.Warning(hint)  # a toast on the page; API clients get it in info["hint"]

        with _timed(timings, "generate"):
            clip = self._run_backend(request, progress)

        progress(0.9, desc="Checking the frames")
        with _timed(timings, "moderation"):
            verdict = self._guarded(lambda: self.moderator.check_frames(clip.frames))
        verdicts["frames"] = verdict.to_dict()
        if not verdict.allowed:
            self.limiter.strike(client)
            raise gr.Error(blocked_message(verdict))

        progress(0.95, desc="Watermarking, encoding and signing")
        generation_id = secrets.token_hex(8)

        def record(c2pa_summary: dict) -> None:
            # /verify promises to trace every video it finds the mark in: no record, no video.
            try:
                self.registry.add(GenerationRecord(
                    generation_id=generation_id, created_at=now_utc(), model=clip.model,
                    mode=request.mode, seed=request.seed, prompt_sha256=prompt_sha256(request.prompt),
                    manifest_label=c2pa_summary["manifest_label"], moderation=verdicts,
                    extended_from=extended_from,
                ))
            except Exception as error:
                raise _NotRecorded from error

        with _timed(timings, "output"):
            output.prune_outputs(self.settings)  # before, so the new video is never the oldest
            try:
                path, c2pa_summary = output.finalize(clip, generation_id, self.settings, record)
            except _NotRecorded:
                log.exception("could not record generation %s", generation_id)
                raise gr.Error("The video could not be recorded for verification, so it was not "
                               "returned. Please try again.") from None
            except Exception:
                log.exception("output stage failed for generation %s", generation_id)
                raise gr.Error(
                    "The video could not be watermarked and signed, so it was not returned. "
                    "Please try again."
                ) from None

        self.wait.observe(request.duration, timings["generate"] + timings["output"])
        height, width = clip.frames.shape[1:3]
        info = {
            "generation_id": generation_id,
            "seed": request.seed,
            "model": clip.model,
            "mode": request.mode,
            "duration": round(clip.seconds, 3),
            "resolution": f"{width}x{height}",
            "fps": clip.fps,
            "audio": clip.audio is not None,
            "moderation": verdicts,
            "timings": timings,
            "c2pa": c2pa_summary,
        }
        if extended_from:
            info["extended_from"] = extended_from
        if hint:
            info["hint"] = hint
        log.info("generated %s mode=%s model=%s timings=%s", generation_id, request.mode,
                 clip.model, timings)
        return GenerationResult(str(path), request.seed, info)

    def _moderate_inputs(self, prompt: str, image: Any,
                         verdicts: dict[str, dict] | None = None) -> Verdict:
        """Prompt first, then image; the first block wins."""
        verdicts = {} if verdicts is None else verdicts
        verdict = self._guarded(lambda: self.moderator.check_prompt(prompt))
        verdicts["prompt"] = verdict.to_dict()
        if verdict.allowed and image is not None:
            verdict = self._guarded(lambda: self.moderator.check_image(image))
            verdicts["image"] = verdict.to_dict()
        return verdict

    @staticmethod
    def _guarded(check: Callable[[], Verdict]) -> Verdict:
        """Fail closed: if a check cannot run, the request is refused."""
        try:
            verdict = check()
        except Exception:
            log.exception("moderation failed; refusing the request")
            raise gr.Error(
                "Moderation is unavailable right now, so nothing was generated. "
                "Please try again in a minute."
            ) from None
        if not isinstance(verdict, Verdict):
            log.error("moderation returned %r instead of a Verdict; refusing", type(verdict))
            raise gr.Error("Moderation is unavailable right now, so nothing was generated.")
        return verdict

    def _run_backend(self, request: GenerationRequest, progress: gr.Progress) -> GeneratedClip:
        timeout = self.settings.request_timeout_s
        try:
            return gpu.generate(request, progress, timeout)
        except gr.Error:
            raise
        except TimeoutError:
            log.error("backend %s passed the %s s request timeout", self.backend.name, timeout)
            raise gr.Error(f"Generation was stopped after {timeout:g} s. Try a shorter duration "
                           "or fewer steps.", title="Took too long") from None
        except Exception as error:
            log.exception("backend %s failed", self.backend.name)
            if isinstance(error, MemoryError) or type(error).__name__ == "OutOfMemoryError":
                raise gr.Error("The video model ran out of memory. Try a shorter duration.",
                               title="Out of memory") from None
            raise gr.Error("The video model failed on this request. Please try again.") from None

    @staticmethod
    def _seed(seed: Any, randomize_seed: Any) -> Any:
        if not isinstance(randomize_seed, bool):
            raise gr.Error("randomize_seed must be true or false.")
        return secrets.randbelow(MAX_SEED + 1) if randomize_seed else seed
