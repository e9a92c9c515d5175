"""Encode frames and sound into a browser-friendly MP4: H.264 yuv420p, AAC, moov first."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from av.video.reformatter import ColorPrimaries, ColorRange, Colorspace, ColorTrc

CRF = 20
PRESET = "veryfast"
AUDIO_BIT_RATE = {1: 96_000, 2: 160_000}
LAYOUTS = {1: "mono", 2: "stereo"}


def _frame_rate(fps: float) -> Fraction:
    """The exact rational rate for `fps`, so 23.976 becomes 24000/1001 and not a drifting float."""
    return Fraction(fps).limit_denominator(1001)


def encode_mp4(
    frames: Iterable[np.ndarray],
    fps: float,
    audio: np.ndarray | None,
    sample_rate: int,
    path: Path,
    crf: int = CRF,
) -> int:
    """Write `frames` (each uint8 H x W x 3, even H and W) and `audio` to `path`; return the frame count.

    `frames` may be a lazy iterable, so a caller can mark frames one at a time instead of holding
    a second copy of the clip. The audio (float32, channels x samples, 1 or 2 channels) is padded
    with silence or trimmed to exactly the video's duration; None gives a silent mono track, since
    some players and editors mishandle MP4s without sound.
    """
    if audio is not None and (audio.ndim != 2 or audio.shape[0] not in LAYOUTS):
        raise ValueError(f"audio must be channels x samples with 1 or 2 channels, got {audio.shape}")
    channels = 1 if audio is None else audio.shape[0]
    rate = _frame_rate(fps)
    frames = iter(frames)
    first = next(frames, None)
    if first is None:
        raise ValueError("no frames to encode")
    if first.ndim != 3 or first.shape[2] != 3 or first.dtype != np.uint8:
        raise ValueError(f"frames must be uint8 H x W x 3, got {first.dtype} {first.shape}")
    height, width = first.shape[:2]
    if width % 2 or height % 2:
        raise ValueError(f"yuv420p needs even width and height, got {width}x{height}")

    with av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"}) as container:
        video = container.add_stream("libx264", rate=rate)
        video.width, video.height = width, height
        video.pix_fmt = "yuv420p"
        video.codec_context.time_base = 1 / rate
        video.options = {"crf": str(crf), "preset": PRESET}
        # Tag what we convert to, so players do not guess BT.601 for HD and shift the colours.
        video.codec_context.colorspace = Colorspace.ITU709
        video.codec_context.color_primaries = ColorPrimaries.BT709
        video.codec_context.color_trc = ColorTrc.BT709
        video.codec_context.color_range = ColorRange.MPEG
        sound = container.add_stream("aac", rate=sample_rate, layout=LAYOUTS[channels])
        sound.bit_rate = AUDIO_BIT_RATE[channels]

        # Sound is fed alongside each frame so the muxer can interleave the two streams evenly.
        samples_done = 0
        for index, rgb in enumerate(_chain(first, frames)):
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(
                format="yuv420p", dst_colorspace=Colorspace.ITU709, dst_color_range=ColorRange.MPEG
            )
            # pts counts frames at a 1/fps time base: a constant frame rate by construction.
            frame.pts = index
            container.mux(video.encode(frame))
            samples_due = round((index + 1) * sample_rate / rate)
            chunk = _audio_frame(audio, channels, samples_done, samples_due, sample_rate)
            container.mux(sound.encode(chunk))
            samples_done = samples_due
        container.mux(video.encode(None))
        container.mux(sound.encode(None))
    return index + 1


def _chain(first: np.ndarray, rest: Iterable[np.ndarray]) -> Iterable[np.ndarray]:
    yield first
    for rgb in rest:
        if rgb.shape != first.shape or rgb.dtype != first.dtype:
            raise ValueError(f"frame shape {rgb.shape} differs from the first frame's {first.shape}")
        yield rgb


def _audio_frame(
    audio: np.ndarray | None, channels: int, start: int, stop: int, sample_rate: int
) -> av.AudioFrame:
    """Samples [start, stop) of the track, zero-filled where `audio` is missing or too short."""
    chunk = np.zeros((channels, stop - start), dtype=np.float32)
    if audio is not None and start < audio.shape[1]:
        available = audio[:, start:stop]
        chunk[:, : available.shape[1]] = np.clip(available, -1.0, 1.0)
    frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout=LAYOUTS[channels])
    frame.sample_rate = sample_rate
    frame.pts = start
    return frame
