"""The output stage: mark, encode and sign a generated clip. Nothing leaves unmarked or unsigned."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from sora_space.config import Settings
from sora_space.output.c2pa_sign import sign_mp4
from sora_space.output.encode import encode_mp4
from sora_space.output.verify import verify_video
from sora_space.output.watermark import mark_frames
from sora_space.types import GeneratedClip

__all__ = ["finalize", "verify_video", "SigningError"]

# The id becomes a file name, so it must not be able to climb out of output_dir.
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,127}")


class SigningError(RuntimeError):
    """The signed file did not validate; the request must be refused."""


def finalize(clip: GeneratedClip, generation_id: str, settings: Settings) -> tuple[Path, dict]:
    """Watermark, encode and sign `clip`; return the signed MP4's path and its C2PA summary.

    Raises if any step fails, signing included, and then leaves no file behind: the caller refuses
    the request rather than serve an unsigned video.
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
    try:
        # An invisible watermark, when added, belongs here: on the frames, before encoding.
        marked = mark_frames(clip.frames, clip.fps, settings.logo_path)
        encode_mp4(marked, clip.fps, clip.audio, clip.sample_rate, unsigned)
        # Signing is the last write to the final file; nothing may touch it afterwards.
        sign_mp4(unsigned, final, generation_id, clip.model, settings)
        report = verify_video(final, settings)["c2pa"]
        if report["state"] not in ("Trusted", "Valid"):
            raise SigningError(f"signed video does not validate: {report['state']} {report['errors']}")
    except BaseException:
        final.unlink(missing_ok=True)
        raise
    finally:
        unsigned.unlink(missing_ok=True)
    summary = {key: report[key] for key in ("state", "issuer", "claim_generator", "manifest_label")}
    return final, summary
