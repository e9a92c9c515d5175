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
from sora_space.dev.local_app import UNLIMITED, running_app  # noqa: E402
from tests.fakes import settings_in  # noqa: E402


@pytest.fixture
def settings(tmp_path) -> Settings:
    return settings_in(tmp_path)


@pytest.fixture(scope="session")
def app_url(tmp_path_factory) -> str:
    """`python app.py` on a loopback port, shared by the API, MCP and browser tests. They call far
    more often than one visitor may, so its limits are off; tests/test_reliability.py tests them."""
    with running_app(tmp_path_factory.mktemp("app"), env=UNLIMITED) as app:
        yield app.url
