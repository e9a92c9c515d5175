"""Scene parameters of a toy-world clip and where every object is at any time.

Coordinates are in units of the frame height: y runs 0 (top) to 1 (bottom), x runs 0 to the
aspect ratio (width / height), so one scene renders identically at any resolution.
Wall contacts are placed on a grid of 1/6 s, which is a frame instant at 6, 12, 24 and 30 fps,
so the sound of a bounce lands exactly on the frame where the object touches the wall.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

SHAPES = ("circle", "square", "triangle")
COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (220, 40, 40),
    "orange": (245, 140, 30),
    "yellow": (240, 220, 40),
    "green": (40, 170, 60),
    "blue": (40, 90, 225),
    "purple": (140, 50, 185),
    "white": (245, 245, 245),
}
BACKGROUNDS: dict[str, tuple[int, int, int]] = {
    "black": (12, 12, 14),
    "grey": (90, 90, 95),
    "navy": (18, 24, 70),
    "dark green": (16, 56, 30),
    "cream": (235, 225, 195),
    "sky blue": (140, 195, 235),
    "brown": (100, 62, 35),
}
MOTIONS = ("right", "left", "up", "down", "bounce_horizontal", "bounce_vertical", "grow", "spin")
TRANSLATIONS = {"right": (1.0, 0.0), "left": (-1.0, 0.0), "up": (0.0, -1.0), "down": (0.0, 1.0)}
CONTACT_GRID_S = 1.0 / 6.0  # contacts fall on these instants: frames at any multiple of 6 fps
MIN_CONTRAST = 110.0  # RGB distance between an object and its background, so both stay nameable


@dataclass(frozen=True)
class SceneObject:
    shape: str
    colour: str
    size: float  # circumradius-like half extent, in frame heights
    motion: str
    x: float  # position at t = 0
    y: float
    speed: float  # frame heights per second (translations), rad/s (spin), heights/s (grow)
    period: float = 0.0  # bounces: seconds from one wall to the other (a multiple of the grid)
    phase: float = 0.0  # bounces: time of the first contact (a multiple of the grid)
    mirrored: bool = False  # bounces: first contact on the left / top wall instead of right / bottom
    max_size: float = 0.0  # grow: the size it stops growing at

    def state(self, times: np.ndarray, aspect: float) -> tuple[np.ndarray, ...]:
        """(x, y, size, angle) arrays at `times` seconds, before the camera moves."""
        t = np.asarray(times, dtype=np.float64)
        x = np.full_like(t, self.x)
        y = np.full_like(t, self.y)
        size = np.full_like(t, self.size)
        angle = np.zeros_like(t)
        if self.motion in TRANSLATIONS:
            dx, dy = TRANSLATIONS[self.motion]
            x = self.x + dx * self.speed * t
            y = self.y + dy * self.speed * t
        elif self.motion.startswith("bounce"):
            horizontal = self.motion == "bounce_horizontal"
            extent = aspect if horizontal else 1.0
            travel = extent - 2 * self.size
            u = np.mod((t - self.phase) / self.period, 2.0)
            tri = np.where(u < 1.0, u, 2.0 - u)  # 0 at the first wall, 1 at the other
            pos = extent - self.size - travel * tri
            if self.mirrored:
                pos = extent - pos
            if horizontal:
                x = pos
            else:
                y = pos
        elif self.motion == "grow":
            size = np.minimum(self.size + self.speed * t, self.max_size)
        elif self.motion == "spin":
            angle = self.speed * t
        return x, y, size, angle

    def contacts(self, start: float, end: float) -> list[float]:
        """Times in [start, end) when this object touches a wall."""
        if not self.motion.startswith("bounce"):
            return []
        first = self.phase + np.ceil((start - self.phase) / self.period - 1e-9) * self.period
        return [float(c) for c in np.arange(first, end - 1e-9, self.period)]


@dataclass(frozen=True)
class Scene:
    aspect: float  # width / height
    background: str  # a BACKGROUNDS key
    gradient_to: str | None  # second background colour of a horizontal gradient, or None
    objects: tuple[SceneObject, ...]
    pan: float = 0.0  # camera speed in frame heights per second; > 0 pans right
    extra: dict = field(default_factory=dict, compare=False)

    def growth_ends(self) -> float | None:
        """Seconds until the first growing object reaches its full size; None if nothing grows."""
        ends = [(o.max_size - o.size) / o.speed for o in self.objects if o.motion == "grow"]
        return min(ends) if ends else None

    def contacts(self, start: float, end: float) -> list[tuple[float, str]]:
        """(time, shape) of every wall contact in [start, end), in time order."""
        hits = [(t, o.shape) for o in self.objects for t in o.contacts(start, end)]
        return sorted(hits)


def _colour_distance(a: str, b: str) -> float:
    return float(np.linalg.norm(np.subtract(COLOURS[a], BACKGROUNDS[b])))


def _snap(value: float) -> float:
    return max(1, round(value / CONTACT_GRID_S)) * CONTACT_GRID_S


def sample_object(rng: np.random.Generator, aspect: float, colour: str, lane: float) -> SceneObject:
    """One object with a random shape and motion; `lane` (0..1) spreads objects apart."""
    shape = SHAPES[rng.integers(len(SHAPES))]
    motions = MOTIONS if shape != "circle" else tuple(m for m in MOTIONS if m != "spin")
    motion = motions[rng.integers(len(motions))]
    size = float(rng.uniform(0.09, 0.17))
    x = float(rng.uniform(size, aspect - size))
    y = float(np.clip(lane + rng.uniform(-0.08, 0.08), size, 1 - size))
    kwargs: dict = {}
    if motion in TRANSLATIONS:
        # A traveller starts in the first quarter of its way, on the side it comes from, and
        # crosses in 5.5-12.5 s, so the first 4 s of "left to right" go left to right and never
        # wrap (vanish at one edge, come back at the other). Wraps drawn by the model are smears
        # that the analyzer, and a viewer, read as a turn or a jump; objects asked to go up were
        # drawn going up, starting anywhere and wrapping within the clip, 0 of 8 read as "up".
        if motion in ("up", "down"):
            x = float(np.clip(lane * aspect + rng.uniform(-0.08, 0.08), size, aspect - size))
            y = float(rng.uniform(size, 1 - size))
        dx, dy = TRANSLATIONS[motion]
        extent = aspect if dx else 1.0
        way = extent - 2 * size
        speed = float(rng.uniform(0.08, 0.18)) * way
        drawn = (x if dx else y) - size  # uniform over the way: keep a quarter of it
        along = size + 0.25 * drawn if dx + dy > 0 else extent - size - 0.25 * drawn
        x, y = (along, y) if dx else (x, along)
    elif motion.startswith("bounce"):
        extent = aspect if motion == "bounce_horizontal" else 1.0
        if extent - 2 * size < 0.2:
            size = (extent - 0.2) / 2
        travel = extent - 2 * size
        speed = float(rng.uniform(0.35, 0.8))
        # At least half a second wall to wall, so a 6 fps model sees three frames per crossing.
        kwargs["period"] = max(3 * CONTACT_GRID_S, _snap(travel / speed))
        kwargs["phase"] = float(rng.integers(0, round(2 * kwargs["period"] / CONTACT_GRID_S))) * CONTACT_GRID_S
        kwargs["mirrored"] = bool(rng.integers(2))
    elif motion == "grow":
        speed = float(rng.uniform(0.03, 0.08))
        size = float(rng.uniform(0.05, 0.09))
        kwargs["max_size"] = float(rng.uniform(0.2, 0.3))
        x = float(np.clip(x, 0.3, aspect - 0.3))
        y = float(np.clip(y, 0.3, 0.7))
    else:  # spin
        speed = float(rng.uniform(1.5, 4.0)) * (1 if rng.integers(2) else -1)
    return SceneObject(shape, colour, size, motion, x, y, speed, **kwargs)


def sample_scene(rng: np.random.Generator, aspect: float, max_objects: int = 3) -> Scene:
    """A random scene; 1–`max_objects` objects with distinct colours that stand out from the background."""
    background = list(BACKGROUNDS)[rng.integers(len(BACKGROUNDS))]
    gradient_to = None
    if rng.random() < 0.35:
        others = [b for b in BACKGROUNDS if b != background]
        gradient_to = others[rng.integers(len(others))]
    n_objects = int(rng.choice(np.arange(1, max_objects + 1), p=_object_count_probs(max_objects)))
    usable = _usable_colours(background, gradient_to)
    if not usable:
        gradient_to = None
        usable = _usable_colours(background, None)
    colours = rng.permutation(usable)[:n_objects]
    n_objects = len(colours)
    lanes = (np.arange(n_objects) + 0.5) / n_objects
    lanes = rng.permutation(lanes)
    objects = tuple(sample_object(rng, aspect, str(c), float(l)) for c, l in zip(colours, lanes))
    pan = 0.0
    # Panning only over objects that hold still, so the caption "the camera pans" is the only motion across the frame.
    if all(o.motion in ("spin", "grow") for o in objects) and rng.random() < 0.5:
        pan = float(rng.uniform(0.2, 0.4)) * (1 if rng.integers(2) else -1)
    return Scene(aspect, background, gradient_to, objects, pan)


def _usable_colours(background: str, gradient_to: str | None) -> list[str]:
    return [
        c for c in COLOURS
        if _colour_distance(c, background) > MIN_CONTRAST
        and (gradient_to is None or _colour_distance(c, gradient_to) > MIN_CONTRAST)
    ]


def _object_count_probs(max_objects: int) -> np.ndarray:
    weights = np.array([0.6, 0.25, 0.15][:max_objects])
    return weights / weights.sum()
