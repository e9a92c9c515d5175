"""Start-up checks: a broken configuration stops the app before it serves anyone.

Every problem found is listed at once, so a Space owner fixes them in one round, and none of the
messages quotes a secret's value.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from sora_space.config import Settings
from sora_space.limits import RateLimiter

log = logging.getLogger("sora_space")

MODELS = ("embedded", "ltx2", "wan")


class StartupError(RuntimeError):
    pass


def _writable(folder: Path, what: str) -> str | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        return f"{what} {folder} is not writable: {error.strerror or error}"
    return None


def configuration_problems(settings: Settings) -> list[str]:
    """What is wrong with `settings`, in words; empty when the app can start."""
    problems = []
    if settings.model not in MODELS:
        problems.append(f"SORA_SPACE_MODEL must be one of {', '.join(MODELS)}; got {settings.model!r}")
    try:
        RateLimiter.from_settings(settings)
    except ValueError as error:
        problems.append(str(error))
    for name, value, low in (("SORA_SPACE_CHECK_QUEUE", settings.check_queue_size, 1),
                             ("SORA_SPACE_MAX_WAIT", settings.max_wait_s, 1),
                             ("SORA_SPACE_REQUEST_TIMEOUT", settings.request_timeout_s, 1),
                             ("SORA_SPACE_BLOCK_COOL_DOWN", settings.block_cool_down_s, 0),
                             ("SORA_SPACE_OUTPUT_MAX_AGE", settings.output_max_age_s, 60),
                             ("SORA_SPACE_OUTPUT_MAX_MB", settings.output_max_mb, 10)):
        if value < low:
            problems.append(f"{name} must be at least {low}; got {value:g}")
    if not settings.watermark_key:
        problems.append("SORA_SPACE_WATERMARK_KEY must not be empty")
    folders = {"SORA_SPACE_CACHE": settings.cache_dir, "SORA_SPACE_OUTPUT_DIR": settings.output_dir,
               "the audit log's folder": settings.audit_log.parent,
               "the registry's folder": settings.registry_path.parent}
    problems += [p for what, folder in folders.items() if (p := _writable(folder, what))]
    outputs, cache = settings.output_dir.resolve(), settings.cache_dir.resolve()
    if outputs == cache or outputs in cache.parents:
        problems.append("SORA_SPACE_OUTPUT_DIR must not hold the cache folder: the cache holds the "
                        "development signing key, and Gradio serves every file in the output folder")
    return problems


def check_configuration(settings: Settings) -> None:
    """Raise StartupError listing every problem; then clean up after a run that was killed,
    check the registry, and prove the output stage works end to end (mark, encode, sign with
    the configured key, verify) on a scratch clip."""
    from sora_space import output
    from sora_space.registry import Registry

    problems = configuration_problems(settings)
    if not problems:
        removed = output.remove_partial_outputs(settings)
        if removed:
            log.warning("removed %d temporary file(s) left by a stopped run in the output folder", removed)
        state = Registry(settings.registry_path).integrity()
        if state != "ok":
            problems.append(f"the registry {settings.registry_path} fails SQLite's integrity check: {state}")
        try:
            output.self_test(settings)
        except Exception as error:
            # The signer's own message can quote the certificate, never the key; keep the type only.
            log.exception("output self-test failed")
            problems.append(
                f"the output stage failed its self-test ({type(error).__name__}): check "
                "SORA_SPACE_C2PA_CERT_CHAIN / SORA_SPACE_C2PA_PRIVATE_KEY (PEM, end-entity "
                "certificate first, ES256 key) and that PyAV can encode H.264/AAC")
    if problems:
        raise StartupError("sora-space cannot start:\n  - " + "\n  - ".join(problems))
    log.info("start-up checks passed (pid %d)", os.getpid())
