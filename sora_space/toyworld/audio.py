"""Sound of the toy world, in two forms that map onto each other.

* Band envelopes: per time step (24 steps a second by default, one per output frame) the energy
  in each of a few pitch bands, in [0, 1]. This is what the model learns; it sits on the same
  time axis as the frames.
* Waveform: a fixed percussive synthesizer (the "vocoder") plays a decaying tone burst at each
  envelope onset, at the band's pitch. The toy world renders its own sound with the same
  synthesizer from the exact contact times, so training targets and model output sound alike.
"""

from __future__ import annotations

import numpy as np

from sora_space.toyworld.scene import Scene

BAND_OF_SHAPE = {"triangle": 0, "square": 1, "circle": 2}
BAND_HZ = (220.0, 440.0, 880.0)
N_BANDS = len(BAND_HZ)
DECAY_STEPS = 0.7  # envelope decay constant, in steps: a hit is a click, not a drone
HIT_SECONDS = 0.25
ONSET_LEVEL = 0.5  # an envelope onset is a step at least this loud, louder than the step before by ONSET_RISE
ONSET_RISE = 0.25


def render_bands(scene: Scene, steps_per_second: float, seconds: float, start: float = 0.0) -> np.ndarray:
    """(N_BANDS, steps) float32 envelopes for steps at `start + i / steps_per_second`."""
    n_steps = max(1, round(seconds * steps_per_second))
    envelope = np.zeros((N_BANDS, n_steps), dtype=np.float32)
    steps = np.arange(n_steps)
    # Hits shortly before `start` still ring into the window.
    for time, shape in scene.contacts(start - 5 * DECAY_STEPS / steps_per_second, start + seconds):
        onset = round((time - start) * steps_per_second)
        after = steps - onset
        ring = np.where(after >= 0, np.exp(-np.maximum(after, 0) / DECAY_STEPS), 0.0)
        band = BAND_OF_SHAPE[shape]
        envelope[band] = np.maximum(envelope[band], ring)
    return envelope


def envelope_onsets(envelope: np.ndarray) -> list[tuple[int, int, float]]:
    """(step, band, loudness) of every onset in a (bands, steps) envelope."""
    padded = np.concatenate([np.zeros((envelope.shape[0], 1), envelope.dtype), envelope], axis=1)
    rise = padded[:, 1:] - padded[:, :-1]
    bands, steps = np.nonzero((envelope >= ONSET_LEVEL) & (rise >= ONSET_RISE))
    return sorted((int(s), int(b), float(envelope[b, s])) for b, s in zip(bands, steps))


def synthesize(hits: list[tuple[float, int, float]], seconds: float, sample_rate: int = 16000) -> np.ndarray:
    """Mono (1, samples) float32 waveform: one percussive tone burst per (time, band, loudness)."""
    n = round(seconds * sample_rate)
    wave = np.zeros(n, dtype=np.float32)
    t = np.arange(round(HIT_SECONDS * sample_rate)) / sample_rate
    click = np.random.default_rng(0).standard_normal(t.size) * np.exp(-t / 0.004)  # fixed: same every run
    for time, band, loudness in hits:
        tone = np.sin(2 * np.pi * BAND_HZ[band] * t) * np.exp(-t / 0.06) + 0.3 * click
        first = round(time * sample_rate)
        if first >= n or first < 0:
            continue
        part = tone[: n - first] * loudness
        wave[first : first + part.size] += part.astype(np.float32)
    peak = np.abs(wave).max()
    if peak > 0.9:
        wave *= 0.9 / peak
    return wave[None, :]


def vocode(envelope: np.ndarray, steps_per_second: float, sample_rate: int = 16000) -> np.ndarray:
    """Waveform from model-predicted band envelopes."""
    seconds = envelope.shape[1] / steps_per_second
    hits = [(s / steps_per_second, b, min(1.0, v)) for s, b, v in envelope_onsets(envelope)]
    return synthesize(hits, seconds, sample_rate)


def render_waveform(scene: Scene, seconds: float, sample_rate: int = 16000, start: float = 0.0) -> np.ndarray:
    """The scene's own sound, from its exact contact times."""
    hits = [(t - start, BAND_OF_SHAPE[shape], 1.0) for t, shape in scene.contacts(start, start + seconds)]
    return synthesize(hits, seconds, sample_rate)
