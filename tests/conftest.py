"""Shared fixtures. Tests run offline: no hub downloads, ever."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
# Two test workers (and the apps they start) share the machine's cores: one thread each for torch
# and the BLAS, whose idle threads spin (two 2-thread generations on 2 cores ran 3-15x slower).
os.environ.setdefault("SORA_SPACE_CPU_THREADS", "1")
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import torch  # noqa: E402

torch.set_num_threads(int(os.environ["SORA_SPACE_CPU_THREADS"]))  # tests that run the model directly
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
