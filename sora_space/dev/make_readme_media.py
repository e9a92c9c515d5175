"""`python -m sora_space.dev.make_readme_media`: the README's two pictures, made from the running app.

Starts `python app.py` (`sora_space.dev.local_app`), opens the page in Debian's headless Chromium,
generates one video from PROMPT as a visitor would, and writes, small enough to commit:
- docs/media/page.jpg: the page with its result (1280 x 900);
- docs/media/frames.jpg: FRAMES frames of that video, evenly spaced, side by side.
Needs `chromium` (apt-get install chromium) and requirements-dev.txt (Playwright).
"""

from __future__ import annotations

import tempfile
import urllib.request
from pathlib import Path

import cv2
import numpy as np

from sora_space.config import REPO_ROOT
from sora_space.dev.local_app import CHROMIUM, CHROMIUM_ARGS, UNLIMITED, running_app, submit_prompt

MEDIA = REPO_ROOT / "docs" / "media"
PROMPT = "a red ball bouncing between the walls on a blue background"
FRAMES = 6
STRIP_HEIGHT = 160


def frame_strip(video: Path, out: Path, frames: int = FRAMES, height: int = STRIP_HEIGHT) -> np.ndarray:
    """`frames` evenly spaced frames of `video`, each scaled to `height`, side by side, as JPEG."""
    capture = cv2.VideoCapture(str(video))
    count = int(capture.get(cv2.CAP_PROP_FRAME_COUNT))
    if count < frames:
        raise ValueError(f"{video} has {count} frames, fewer than {frames}")
    tiles = []
    for index in np.linspace(0, count - 1, frames).round().astype(int):
        capture.set(cv2.CAP_PROP_POS_FRAMES, int(index))
        ok, frame = capture.read()
        if not ok:
            raise ValueError(f"could not read frame {index} of {video}")
        width = round(frame.shape[1] * height / frame.shape[0])
        tiles.append(cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA))
    capture.release()
    strip = cv2.hconcat(tiles)
    out.parent.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(out), strip, [cv2.IMWRITE_JPEG_QUALITY, 85])
    return strip


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, running_app(Path(tmp), env=UNLIMITED) as app, \
            sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = submit_prompt(browser, app.url, PROMPT)
        page.wait_for_function(
            "() => { const v = document.querySelector('video'); return v && v.readyState >= 2; }",
            timeout=300_000)
        page.wait_for_timeout(1500)  # the player settles on a frame
        MEDIA.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(MEDIA / "page.jpg"), type="jpeg", quality=80)
        video = Path(tmp) / "video.mp4"
        with urllib.request.urlopen(page.evaluate("document.querySelector('video').currentSrc")) as r:
            video.write_bytes(r.read())
        browser.close()
        frame_strip(video, MEDIA / "frames.jpg")
    for name in ("page.jpg", "frames.jpg"):
        print(f"{MEDIA / name}: {(MEDIA / name).stat().st_size // 1024} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
