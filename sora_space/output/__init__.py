"""The output stage: mark, encode and sign a generated clip. Nothing leaves unmarked or unsigned."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from sora_space.config import Settings
from sora_space.output import invisible
from sora_space.output.c2pa_sign import sign_mp4
from sora_space.output.encode import encode_mp4
from sora_space.output.verify import plain_verdict, verify_video
from sora_space.output.watermark import mark_frames
from sora_space.types import GeneratedClip

__all__ = ["finalize", "marked_frames", "verify_video", "detect_mark", "plain_verdict", "prune_outputs",
           "remove_partial_outputs", "self_test", "SigningError"]

# The id is the invisible mark's 64-bit payload and a file name, which this keeps inside output_dir.
_SAFE_ID = re.compile(r"[0-9a-f]{16}")
# finalize's temporary files: ".<id>-<random>.unsigned.mp4" and its ".signed.mp4" twin.
_PARTIAL = re.compile(r"\.[0-9a-f]{16}-\w+\.(?:un)?signed\.mp4")


class SigningError(RuntimeError):
    """The signed file did not validate; the request must be refused."""


def finalize(clip: GeneratedClip, generation_id: str, settings: Settings,
             record: Callable[[dict], None] | None = None) -> tuple[Path, dict]:
    """Watermark, encode and sign `clip`; return the signed MP4's path and its C2PA summary.

    Every write goes to a hidden temporary name (`.<id>-*`); `record(summary)` (the registry
    row) runs once the signed file validates, and only then is the file renamed to `<id>.mp4`,
    the name Gradio serves. So a process killed at any step leaves no unsigned or unrecorded
    video under a served name, only temporary files that `remove_partial_outputs` deletes at
    the next start. Raises if any step fails, `record` included, and then leaves no file behind:
    the caller refuses the request rather than serve an unsigned video.
    """
    if not _SAFE_ID.fullmatch(generation_id):
        raise ValueError(f"generation id must match {_SAFE_ID.pattern}, got {generation_id!r}")
    settings.output_dir.mkdir(parents=True, exist_ok=True)
    final = settings.output_dir / f"{generation_id}.mp4"
    fd, name = tempfile.mkstemp(
        prefix=f".{generation_id}-", suffix=".unsigned.mp4", dir=settings.output_dir
    )
    os.close(fd)
    unsigned = Path(name)
    signed = unsigned.with_name(unsigned.name.replace(".unsigned.mp4", ".signed.mp4"))
    try:
        encode_mp4(marked_frames(clip, generation_id, settings), clip.fps, clip.audio,
                   clip.sample_rate, unsigned)
        # Signing is the last write to the video; nothing may touch it afterwards.
        sign_mp4(unsigned, signed, generation_id, clip.model, settings)
        unsigned.unlink()
        report = verify_video(signed, settings)["c2pa"]
        if report["state"] not in ("Trusted", "Valid"):
            raise SigningError(f"signed video does not validate: {report['state']} {report['errors']}")
        summary = {key: report[key] for key in ("state", "issuer", "claim_generator", "manifest_label")}
        if record is not None:
            record(summary)
        os.replace(signed, final)
    finally:
        unsigned.unlink(missing_ok=True)
        signed.unlink(missing_ok=True)
    return final, summary


def remove_partial_outputs(settings: Settings) -> int:
    """Delete what a killed process left in the output folder: temporary videos (`.<id>-*`) and
    self-test folders (`.self-test-*`). Run at start-up, before this process writes there (one
    app per output folder). Returns how many entries were removed."""
    removed = 0
    try:
        entries = list(os.scandir(settings.output_dir))
    except FileNotFoundError:
        return 0
    for entry in entries:
        if entry.is_dir(follow_symlinks=False) and entry.name.startswith(".self-test-"):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed += 1
        elif entry.is_file(follow_symlinks=False) and _PARTIAL.fullmatch(entry.name):
            Path(entry.path).unlink(missing_ok=True)
            removed += 1
    return removed


def marked_frames(clip: GeneratedClip, generation_id: str, settings: Settings) -> Iterator[np.ndarray]:
    """Both marks, frame by frame: the visible stamp, then the invisible id over everything
    (under the stamp too, so no part of the picture is without it), in a dark clip's frames
    with their shadows lifted so that it survives darkening."""
    lift = invisible.dark_clip(clip.frames)
    for frame in mark_frames(clip.frames, clip.fps, settings.logo_path):
        if lift:
            invisible.lift_shadows(frame)
        invisible.embed(frame, generation_id, settings.watermark_key)
        yield frame


def detect_mark(path: Path | str, settings: Settings) -> invisible.Detection:
    """Look for this Space's invisible watermark in a video file."""
    return invisible.detect(path, settings.watermark_key)


def prune_outputs(settings: Settings, now: float | None = None) -> int:
    """Delete finished videos older than settings.output_max_age_s, then the oldest until the
    folder is under settings.output_max_mb. Gradio serves its own copy of a returned file, so
    ours is only needed briefly. Returns how many files were deleted."""
    now = time.time() if now is None else now
    try:
        entries = [(e.stat().st_mtime, e.stat().st_size, Path(e.path)) for e in os.scandir(settings.output_dir)
                   if e.is_file() and e.name.endswith(".mp4")]
    except FileNotFoundError:
        return 0
    entries.sort()
    budget = settings.output_max_mb * 1e6
    total = sum(size for _, size, _ in entries)
    deleted = 0
    for mtime, size, path in entries:
        if now - mtime <= settings.output_max_age_s and total <= budget:
            break
        path.unlink(missing_ok=True)
        total -= size
        deleted += 1
    return deleted


def self_test(settings: Settings) -> None:
    """Mark, encode, sign and verify a short clip in a scratch folder: a broken encoder,
    signing key or certificate chain fails here, at start-up, not on a visitor's request."""
    settings.output_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".self-test-", dir=settings.output_dir) as scratch:
        frames = np.full((6, 256, 256, 3), 96, np.uint8)
        clip = GeneratedClip(frames=frames, fps=24.0, audio=np.zeros((1, 4000), np.float32),
                             sample_rate=16000, model="self-test")
        finalize(clip, "0" * 16, dataclasses.replace(settings, output_dir=Path(scratch)))
