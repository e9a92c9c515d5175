"""Generators behind one small interface; `load_backend` picks one from Settings.model."""

from __future__ import annotations

from sora_space.backends.base import Backend
from sora_space.config import Settings


def load_backend(settings: Settings) -> Backend:
    """Load the configured backend once, at start-up."""
    if settings.model == "embedded":
        from sora_space.backends.embedded import EmbeddedBackend

        return EmbeddedBackend.load(settings)
    if settings.model == "ltx2":
        from sora_space.backends.ltx2 import LTX2Backend

        return LTX2Backend.load(settings)
    if settings.model == "wan":
        from sora_space.backends.wan import WanBackend

        return WanBackend.load(settings)
    raise ValueError(
        f"SORA_SPACE_MODEL={settings.model!r} is not a known backend; choose 'embedded', 'ltx2' or 'wan'"
    )


__all__ = ["Backend", "load_backend"]
