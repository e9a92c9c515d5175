"""Starts `python app.py` on a free loopback port, as a visitor's machine would run it; used by
the tests, `python -m sora_space.bench load` and `python -m sora_space.dev.make_readme_media`."""

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
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sora_space.config import REPO_ROOT

# Rate limits and block cool-downs off: for callers that are one script standing in for many visitors.
UNLIMITED = {"SORA_SPACE_GENERATE_RATE": "0", "SORA_SPACE_CHECK_RATE": "0", "SORA_SPACE_BLOCK_COOL_DOWN": "0"}
# Debian's Chromium for the browser tests and the README pictures (Playwright's own browser
# download cannot work offline). Without the networking flags it keeps trying Google's hosts,
# which this machine refuses.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--autoplay-policy=no-user-gesture-required"]


@dataclass(frozen=True)
class LocalApp:
    url: str
    pid: int
    log_path: Path
    output_dir: Path
    cache_dir: Path

    def rss_mb(self) -> float:
        """Resident memory of the app process now (Linux)."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS line")

    def open_files(self) -> int:
        """File descriptors the app process holds now (Linux): files, sockets, pipes."""
        return len(os.listdir(f"/proc/{self.pid}/fd"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(tmp_dir: Path, env: dict[str, str] | None = None, timeout: float = 300.0) -> Iterator[LocalApp]:
    """The app with its cache, audit log and outputs in fresh folders, plus `env` on top."""
    port = free_port()
    # Outside the temp folder and the working directory, like the default ~/.cache/sora-space:
    # Gradio refuses to serve files from there unless the app allows the folder.
    home_cache = Path.home() / ".cache" / "sora-space-tests"
    home_cache.mkdir(parents=True, exist_ok=True)
    output_dir = Path(tempfile.mkdtemp(dir=home_cache))
    cache_dir = tmp_dir / "cache"
    full_env = dict(os.environ, GRADIO_SERVER_NAME="127.0.0.1", GRADIO_SERVER_PORT=str(port),
                    SORA_SPACE_CACHE=str(cache_dir), SORA_SPACE_OUTPUT_DIR=str(output_dir),
                    SORA_SPACE_AUDIT_LOG=str(tmp_dir / "audit.jsonl"), HF_HUB_OFFLINE="1",
                    GRADIO_ANALYTICS_ENABLED="False", PYTHONUNBUFFERED="1", **(env or {}))
    log_path = tmp_dir / "app.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=REPO_ROOT, env=full_env, stdout=log,
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
        yield LocalApp(url, proc.pid, log_path, output_dir, cache_dir)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(output_dir, ignore_errors=True)


def submit_prompt(browser, url: str, prompt: str):
    """A visitor's first steps, in a Playwright `browser`: open the page at 1280 x 900, type
    `prompt` and press Generate. Returns the page."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    page.get_by_label("Prompt").first.fill(prompt)
    page.get_by_role("button", name="Generate").click()
    return page
