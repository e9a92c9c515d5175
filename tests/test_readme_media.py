"""The README's frame strip, from a clip written here (the page screenshot needs the whole app and
a browser: `python -m sora_space.dev.make_readme_media`)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from sora_space.dev.make_readme_media import frame_strip


def test_the_frame_strip_shows_evenly_spaced_frames_side_by_side(tmp_path):
    clip = tmp_path / "clip.mp4"
    writer = cv2.VideoWriter(str(clip), cv2.VideoWriter_fourcc(*"mp4v"), 8, (96, 64))
    for t in range(24):
        frame = np.full((64, 96, 3), 40, np.uint8)
        frame[24:40, t * 3:t * 3 + 16] = 255  # a square crossing from left to right
        writer.write(frame)
    writer.release()

    strip = frame_strip(clip, tmp_path / "frames.jpg", frames=4, height=32)
    assert strip.shape == (32, 4 * 48, 3) and (tmp_path / "frames.jpg").stat().st_size > 0
    bright = [np.argmax(strip[:, i * 48:(i + 1) * 48].max(0).max(1) > 200) for i in range(4)]
    assert bright == sorted(bright) and bright[0] < bright[-1], "the square moves right, frame by frame"
    with pytest.raises(ValueError, match="fewer than"):
        frame_strip(clip, tmp_path / "x.jpg", frames=50)
