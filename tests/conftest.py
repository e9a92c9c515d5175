"""Shared fixtures. Tests run offline: no hub downloads, ever."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sora_space.config import Settings  # noqa: E402  (after the path and the offline switches)
from tests.fakes import settings_in  # noqa: E402


@pytest.fixture
def settings(tmp_path) -> Settings:
    return settings_in(tmp_path)
