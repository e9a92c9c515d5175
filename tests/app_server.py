"""Starts `python app.py` on a free loopback port, as a visitor's machine would run it."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(tmp_dir: Path, timeout: float = 300.0) -> Iterator[str]:
    port = free_port()
    # Outside the temp folder and the working directory, like the default ~/.cache/sora-space:
    # Gradio refuses to serve files from there unless the app allows the folder.
    home_cache = Path.home() / ".cache" / "sora-space-tests"
    home_cache.mkdir(parents=True, exist_ok=True)
    output_dir = Path(tempfile.mkdtemp(dir=home_cache))
    env = dict(os.environ, GRADIO_SERVER_NAME="127.0.0.1", GRADIO_SERVER_PORT=str(port),
               SORA_SPACE_CACHE=str(tmp_dir / "cache"), SORA_SPACE_OUTPUT_DIR=str(output_dir),
               SORA_SPACE_AUDIT_LOG=str(tmp_dir / "audit.jsonl"), HF_HUB_OFFLINE="1",
               GRADIO_ANALYTICS_ENABLED="False", PYTHONUNBUFFERED="1")
    log_path = tmp_dir / "app.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=REPO, env=env, stdout=log,
                                stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"app exited with {proc.returncode}:\n{log_path.read_text()[-4000:]}")
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"app did not start:\n{log_path.read_text()[-4000:]}")
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(output_dir, ignore_errors=True)
