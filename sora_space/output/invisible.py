"""The invisible watermark: a faint periodic luma pattern that carries the generation id.

Embedding. A tile of 16 x 16 cells, each cell one chip of +/-1: 84 cells are a fixed sync
pattern, the other 172 carry the coded payload (`payload.py`), scrambled by a key. The chips
are near-square (see CHIP_BLUR), the tile sized relative to the frame (a cell is 1/32 of the
short side, 1/24 in small frames, so resizing the video does not change what the detector
sees), repeated over the whole frame, and added to every frame's luma at an amplitude that keeps PSNR above 40 dB.
The same pattern in every frame is what survives excerpts and frame-rate changes, and it is
the least visible choice: a static faint texture, no flicker.

Detection. Frames are brought to a short side of 256 px, high-passed, normalised and averaged,
so the content fades and the pattern adds up. Cropping shifts the tile and changes the short
side, so the detector tries a range of scales, folds the averaged residual onto one tile per
scale (less any stripes on the embedded model's patch grid) and finds the shift by FFT
cross-correlation with the sync pattern. At the best scale and shift the payload chips are
read and decoded. A mark is "found" only if the sync peak stands out (z >= SYNC_THRESHOLD) and
the decoded id passes its CRC-16: `false_positive_bound` shows why that keeps false positives
below 1 in 60,000 videos.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from math import erfc, sqrt
from pathlib import Path

import av
import numpy as np
from PIL import Image
from scipy import ndimage

from sora_space.output import payload

CELLS = 16  # the tile is CELLS x CELLS chips
CELLS_PER_SHORT_SIDE = 32  # a cell is 1/32 of the frame's short side: the tile is half of it
# ...except in small frames (short side under SMALL_FRAME), where cells of 1/32 would be too
# fine to survive halving: there a cell is 1/24 of the short side. The detector sees that as
# a scale of 32/24 and finds it with the same search.
SMALL_FRAME, SMALL_CELLS_PER_SHORT_SIDE = 480, 24
CANONICAL_SHORT = 256  # detection works at this short side: a cell is 8 px there
CELL_PX = CANONICAL_SHORT // CELLS_PER_SHORT_SIDE
TILE_PX = CELLS * CELL_PX
SYNC_CHIPS = CELLS * CELLS - payload.CODED_BITS
# Chips are near-square (Gaussian edge of a tenth of a cell). Smooth chips (a third of a cell)
# lost to them on every attack in `bench watermark`, and badly on the embedded model's outputs,
# whose static texture on the model's pixel grid the detector's fold adds up like the mark: a
# cropped and halved repost was traced for 40 of 48 ids (chip accuracy 0.90), now 45 of 48 (0.95).
CHIP_BLUR = 0.1
# RMS of the luma offset in 8-bit levels: PSNR 20 log10(255 / 2.3) = 40.9 dB before rounding
# and clipping (measured 40.7-40.8 dB on toy and camera-like clips).
STRENGTH = 2.3
# Scales the detector tries, as (tile size seen) / (tile size of a large frame): from zooming
# out a little (0.9) to a small frame's tile (1.33) with a quarter of each dimension cropped
# away (1.78); steps of 0.85 %.
SCALES = np.exp(np.linspace(np.log(0.9), np.log(1.85), 86))
# A decode is only believed above this sync z. Unmarked clips reach it a few percent of the
# time (see the benchmark); their decodes then fail the CRC.
SYNC_THRESHOLD = 4.5
FINE_SCALES = 7  # the refinement around the best coarse scale
PATCH_CELLS = 4  # the embedded model's patch, in mark cells: see _without_patch_stripes
MAX_FRAMES = 96  # frames averaged for detection, spread over the first MAX_SECONDS
MAX_SECONDS = 12.0
# Shadows. Darkening a video by 20 % (-26 levels) or raising its contrast by 20 % takes every
# pixel darker than about 26 levels to black, and the mark there with it. Where much of a clip
# is that dark (the toy world's black and navy backgrounds, night scenes), too little of the
# picture would still carry the mark, so there luma below SHADOW_KNEE is squeezed into
# [SHADOW_FLOOR, SHADOW_KNEE]: black becomes a very dark grey, chroma kept, brighter levels untouched.
SHADOW_FLOOR, SHADOW_KNEE = 32, 64
DARK_SHARE = 0.4  # lift the shadows of clips with more than this share of pixels below SHADOW_FLOOR


@dataclass(frozen=True)
class Detection:
    found: bool
    generation_id: str | None
    confidence: float  # 1 - false_positive_bound(sync_z) when found, else 0
    sync_z: float
    scale: float
    bit_agreement: float
    # The payload as read, before error correction (positive: coded bit 0); for measurements.
    soft_symbols: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False)

    def to_dict(self) -> dict:
        return {"found": self.found, "generation_id": self.generation_id,
                "confidence": round(self.confidence, 4), "sync_z": round(self.sync_z, 2),
                "scale": round(self.scale, 3), "bit_agreement": round(self.bit_agreement, 3)}


@lru_cache(maxsize=4)
def _layout(key: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(sync chips, payload cell indices, scrambling signs) for a key; fixed per key."""
    seed = int.from_bytes(hashlib.sha256(f"sora-space-watermark:{key}".encode()).digest()[:8], "big")
    rng = np.random.default_rng(seed)
    order = rng.permutation(CELLS * CELLS)
    sync_cells, payload_cells = order[:SYNC_CHIPS], order[SYNC_CHIPS:]
    sync = np.zeros(CELLS * CELLS, dtype=np.float32)
    sync[sync_cells] = rng.choice([-1.0, 1.0], SYNC_CHIPS)
    signs = rng.choice([-1.0, 1.0], payload.CODED_BITS).astype(np.float32)
    return sync, payload_cells, signs


def _chip_image(chips: np.ndarray, cell_px: int) -> np.ndarray:
    """CELLS x CELLS chips drawn as a periodic tile of (CELLS * cell_px)^2 pixels."""
    tile = np.kron(chips.reshape(CELLS, CELLS), np.ones((cell_px, cell_px), np.float32))
    return ndimage.gaussian_filter(tile, sigma=cell_px * CHIP_BLUR, mode="wrap")


@lru_cache(maxsize=2)  # one video at a time is marked; 3 x 2.8 MB per 720p entry
def _pattern(generation_id: str, key: str, width: int, height: int) -> tuple[np.ndarray, ...]:
    """The luma offset for one frame size as three uint8 H x W x 3 arrays (255 - up, up, down),
    so marking is four in-place saturating passes over the frame and no temporary copy."""
    sync, payload_cells, signs = _layout(key)
    chips = sync.copy()
    chips[payload_cells] = payload.encode(generation_id) * signs
    # Draw at the canonical cell size, then resample to this frame's cell size.
    tile = _chip_image(chips, CELL_PX)
    short = min(width, height)
    per_short = SMALL_CELLS_PER_SHORT_SIDE if short < SMALL_FRAME else CELLS_PER_SHORT_SIDE
    tile_px = max(2, round(short * CELLS / per_short))
    tile = np.asarray(Image.fromarray(tile).resize((tile_px, tile_px), Image.BICUBIC))
    # Scaled after resampling: the bicubic overshoot at chip edges would otherwise cost PSNR.
    tile = tile * (STRENGTH / np.sqrt(np.mean(tile**2)))
    reps = (-(-height // tile_px), -(-width // tile_px))
    # Rounded, near-square chips of 2.3 levels would all become 3 (PSNR 38.6 dB); a fixed random
    # dither rounds each pixel up or down so that every cell keeps its true mean.
    dither = np.random.default_rng(0).random((height, width), dtype=np.float32)
    offset = np.floor(np.tile(tile, reps)[:height, :width] + dither)
    # The same offset on R, G and B changes luma only, which the encoder keeps at full resolution.
    up = np.repeat(np.clip(offset, 0, 255).astype(np.uint8)[..., None], 3, axis=2)
    down = np.repeat(np.clip(-offset, 0, 255).astype(np.uint8)[..., None], 3, axis=2)
    return 255 - up, up, down


def embed(frame: np.ndarray, generation_id: str, key: str) -> None:
    """Add the mark for `generation_id` to one uint8 H x W x 3 frame, in place, saturating."""
    height, width = frame.shape[:2]
    headroom, up, down = _pattern(generation_id, key, width, height)
    np.minimum(frame, headroom, out=frame)
    frame += up
    np.maximum(frame, down, out=frame)
    frame -= down


def dark_clip(frames: np.ndarray) -> bool:
    """Whether a uint8 RGB clip (T x H x W x 3) is dark enough to need `lift_shadows`, judged
    on about 12 of its frames."""
    sample = frames[:: max(1, len(frames) // 12)]
    return bool(np.mean(np.concatenate([luma.ravel() for luma in luma_of(sample)]) < SHADOW_FLOOR) > DARK_SHARE)


# The offset each luma level gets: black SHADOW_FLOOR, falling linearly to 0 at SHADOW_KNEE.
_LIFT = np.rint(np.clip(SHADOW_FLOOR * (1 - np.arange(256) / SHADOW_KNEE), 0, None)).astype(np.uint8)


def lift_shadows(frame: np.ndarray) -> None:
    """Raise one uint8 RGB frame's luma below SHADOW_KNEE into [SHADOW_FLOOR, SHADOW_KNEE], in
    place: the same offset on R, G and B, so chroma is kept."""
    lift = _LIFT[next(luma_of(frame[None])).astype(np.uint8)][..., None]
    np.minimum(frame, 255 - lift, out=frame)
    frame += lift


def _residual(luma: np.ndarray) -> np.ndarray:
    """The high-passed part of a canonical-size luma frame, each pixel divided by its
    neighbourhood's spread: busy picture areas are loud noise for the faint mark, flat ones
    carry it almost clean, so this weighting is close to the best linear detector's."""
    # Box filters stand in for wide Gaussians: as good here and ten times faster.
    low = ndimage.uniform_filter(ndimage.uniform_filter(luma, 2 * CELL_PX - 1), 2 * CELL_PX - 1)
    residual = ndimage.gaussian_filter(luma, 1.0) - low
    spread = np.sqrt(np.maximum(ndimage.uniform_filter(residual**2, 2 * CELL_PX + 1), 0.0)) + 0.5
    return np.clip(residual / spread**2, -4.0, 4.0) * np.median(spread)


def average_residual(lumas: Iterable[np.ndarray]) -> np.ndarray | None:
    """The mean of `_residual` over luma frames (any size, float or uint8) brought to the
    canonical short side; None for no frames. The mark adds up, the moving picture does not."""
    acc, count = None, 0
    for luma in lumas:
        height, width = luma.shape
        factor = CANONICAL_SHORT / min(height, width)
        size = (max(1, round(width * factor)), max(1, round(height * factor)))
        canonical = np.asarray(Image.fromarray(luma.astype(np.float32)).resize(size, Image.BILINEAR))
        residual = _residual(canonical)
        acc = residual if acc is None else acc + residual
        count += 1
    return None if acc is None else acc / count


def luma_of(frames: np.ndarray) -> Iterator[np.ndarray]:
    """BT.709 luma of uint8 RGB frames, as the encoder computes it (up to its range scaling)."""
    for frame in frames:
        yield frame.astype(np.float32) @ np.array([0.2126, 0.7152, 0.0722], np.float32)


def _decoded_luma(path: Path | str) -> Iterator[np.ndarray]:
    """Up to MAX_FRAMES luma planes spread over the first MAX_SECONDS; nothing for a file with
    no decodable video, the frames read so far for a truncated one."""
    try:
        container = av.open(str(path))
    except (av.FFmpegError, OSError, ValueError):
        return
    with container:
        if not container.streams.video:
            return
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        rate = float(stream.average_rate or 24)
        span = int(rate * MAX_SECONDS)
        step = max(1, min(stream.frames or span, span) // MAX_FRAMES)
        count = 0
        try:
            for index, frame in enumerate(container.decode(stream)):
                if frame.time is not None and frame.time > MAX_SECONDS or count >= MAX_FRAMES:
                    break
                if index % step == 0:
                    count += 1
                    yield frame.to_ndarray(format="gray")
        except (av.FFmpegError, ValueError):
            return


def _fold(residual: np.ndarray, scale: float) -> np.ndarray:
    """Resample so the tile is TILE_PX again, then sum all tiles into one."""
    height, width = residual.shape
    size = (max(TILE_PX, round(width / scale)), max(TILE_PX, round(height / scale)))
    image = _without_patch_stripes(np.asarray(Image.fromarray(residual).resize(size, Image.BILINEAR)))
    # Partial tiles count too (padded with zeros, which add nothing): after a crop they can be
    # half of the picture.
    rows, cols = -(-image.shape[0] // TILE_PX), -(-image.shape[1] // TILE_PX)
    padded = np.zeros((rows * TILE_PX, cols * TILE_PX), np.float32)
    padded[: image.shape[0], : image.shape[1]] = image
    return padded.reshape(rows, TILE_PX, cols, TILE_PX).sum(axis=(0, 2))


def _without_patch_stripes(image: np.ndarray) -> np.ndarray:
    """The residual, at the tile's scale, less the part of its column and row means that
    repeats every PATCH_CELLS cells.

    The embedded model draws a smooth gradient as flat steps at its 4-pixel patches, and its
    pixel is a mark cell (`grids.OUTPUT_SIZES`): stripes 4 cells apart, the same in every frame,
    which the fold adds up like the mark (a cropped and halved 9:16 clip lost its id at chip
    agreement 0.56). Stripes are constant along one axis, so they sit in these means; the mark,
    whose means repeat only every 16 cells, keeps 96-99 % of its energy (flat marked frames).
    Taking out the whole means cost more: cropped and halved toy clips fell from chip accuracy
    0.99 to 0.97.
    """
    period = PATCH_CELLS * CELL_PX
    for axis in (0, 1):
        profile = image.mean(axis=axis)
        repeats = -(-profile.size // period)
        padded = np.full(repeats * period, np.nan, np.float32)
        padded[: profile.size] = profile
        # A median over the repeats: the frame's edges, where the high-pass sees a border, are
        # outliers that a mean would spread over every repeat.
        periodic = np.tile(np.nanmedian(padded.reshape(repeats, period), axis=0), repeats)[: profile.size]
        image = image - np.expand_dims(periodic, axis).astype(np.float32)
    return image


def detect_residual(residual: np.ndarray, key: str) -> Detection:
    """Find and read the mark in an averaged residual (see `average_residual`)."""
    sync, payload_cells, signs = _layout(key)
    sync_tile = _chip_image(sync, CELL_PX)
    sync_spectrum = np.conj(np.fft.rfft2(sync_tile))
    def sync_peak(scale: float) -> tuple[float, float, tuple[int, int], np.ndarray]:
        folded = _fold(residual, scale)
        folded -= folded.mean()
        correlation = np.fft.irfft2(np.fft.rfft2(folded) * sync_spectrum, s=folded.shape)
        peak = np.unravel_index(np.argmax(correlation), correlation.shape)
        # The spread of the map is measured robustly, so a strong peak does not hide itself.
        centre = np.median(correlation)
        spread = 1.4826 * np.median(np.abs(correlation - centre)) + 1e-12
        return float((correlation[peak] - centre) / spread), float(scale), peak, folded

    coarse = max((sync_peak(scale) for scale in SCALES), key=lambda found: found[0])
    # The coarse grid's steps leave up to half a step of error, a few pixels across the frame.
    step = SCALES[1] / SCALES[0]
    fine = coarse[1] * step ** np.linspace(-0.5, 0.5, FINE_SCALES)
    best = max([coarse, *(sync_peak(scale) for scale in fine)], key=lambda found: found[0])
    sync_z, scale, (dy, dx), folded = best
    # Undo the shift, then read each cell as its chip-shaped average.
    aligned = np.roll(folded, (-dy, -dx), axis=(0, 1))
    cells = _cell_values(aligned)
    soft = cells[payload_cells] * signs
    soft /= np.sqrt(np.mean(soft**2)) + 1e-12
    generation_id, agreement = payload.decode(soft)
    found = sync_z >= SYNC_THRESHOLD and generation_id is not None
    confidence = (1.0 - false_positive_bound(sync_z)) if found else 0.0
    return Detection(found, generation_id if found else None, confidence, sync_z, scale, agreement,
                     soft)


def _cell_values(aligned: np.ndarray) -> np.ndarray:
    """Each cell's matched-filter response: the tile correlated with one chip."""
    kernel = _chip_image(np.eye(1, CELLS * CELLS, 0, dtype=np.float32).ravel(), CELL_PX)
    response = np.fft.irfft2(np.fft.rfft2(aligned) * np.conj(np.fft.rfft2(kernel)), s=aligned.shape)
    return response[::CELL_PX, ::CELL_PX].ravel()


def detect(path: Path | str, key: str) -> Detection:
    """Look for the mark in a video file; a file with no readable video is 'not found'."""
    return _detect_lumas(_decoded_luma(path), key)


def detect_frames(frames: np.ndarray, key: str) -> Detection:
    """Look for the mark in uint8 RGB frames (T x H x W x 3)."""
    return _detect_lumas(luma_of(frames), key)


def _detect_lumas(lumas: Iterable[np.ndarray], key: str) -> Detection:
    residual = average_residual(lumas)
    if residual is None or min(residual.shape) < TILE_PX // 2:
        return Detection(False, None, 0.0, 0.0, 1.0, 0.0)
    return detect_residual(residual, key)


def false_positive_bound(sync_z: float) -> float:
    """An upper bound on the chance that a video without the mark is reported as marked.

    Each video gets exactly one decode, at its best sync peak, and a decode of anything but the
    mark is a random 80-bit word whose last 16 bits match the CRC of the first 64 with
    probability 2^-16 (1.5e-5): that alone is the bound at the threshold. Above it, the chance
    that unmarked content reaches `sync_z` at all is bounded over the TILE_PX^2 shifts and the
    scales tried (a union bound on near-normal correlations) and multiplies in.
    """
    shifts = TILE_PX * TILE_PX * (len(SCALES) + FINE_SCALES)
    reach = min(1.0, shifts * 0.5 * erfc(sync_z / sqrt(2.0)))
    return reach * 2.0 ** -payload.CRC_BITS
