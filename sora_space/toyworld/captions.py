"""Captions from scene parameters, in many phrasings, so natural prompts land near training text."""

from __future__ import annotations

import re

import numpy as np

from sora_space.toyworld.scene import Scene, SceneObject

COLOUR_WORDS = {
    "red": ["red", "red", "crimson", "scarlet", "cherry-red", "bright red"],
    "orange": ["orange", "orange", "amber", "tangerine", "bright orange"],
    "yellow": ["yellow", "yellow", "golden", "lemon-yellow", "sunny yellow"],
    "green": ["green", "green", "emerald", "lime-green", "bright green"],
    "blue": ["blue", "blue", "azure", "cobalt", "bright blue", "royal blue"],
    "purple": ["purple", "purple", "violet", "plum", "magenta-purple"],
    "white": ["white", "white", "snow-white", "ivory", "pale white"],
}
SHAPE_WORDS = {
    "circle": ["circle", "circle", "ball", "ball", "disc", "dot", "orb", "round shape", "sphere"],
    "square": ["square", "square", "box", "block", "tile", "cube", "square shape"],
    "triangle": ["triangle", "triangle", "wedge", "triangular shape", "pyramid", "triangle shape"],
}
BACKGROUND_WORDS = {
    "black": ["black", "dark", "pitch-black", "jet black"],
    "grey": ["grey", "gray", "slate grey", "dull grey"],
    "navy": ["navy", "navy blue", "dark blue", "midnight blue"],
    "dark green": ["dark green", "forest green", "deep green"],
    "cream": ["cream", "beige", "off-white", "ivory-coloured"],
    "sky blue": ["sky blue", "light blue", "pale blue", "baby blue"],
    "brown": ["brown", "chocolate brown", "earthy brown", "wooden brown"],
}
# (finite verb phrase, participle phrase) per motion; {ref} is "it" or "the <shape>".
MOTION_PHRASES = {
    "right": [
        ("moves to the right", "moving to the right"), ("slides right", "sliding right"),
        ("travels from left to right", "travelling from left to right"),
        ("drifts rightwards", "drifting rightwards"), ("glides to the right", "gliding to the right"),
        ("goes left to right", "going left to right"), ("rolls to the right", "rolling to the right"),
        ("moves across the screen to the right", "moving across the frame to the right"),
        ("heads right", "heading right"), ("crosses the frame from left to right", "crossing from left to right"),
    ],
    "left": [
        ("moves to the left", "moving to the left"), ("slides left", "sliding left"),
        ("travels from right to left", "travelling from right to left"),
        ("drifts leftwards", "drifting leftwards"), ("glides to the left", "gliding to the left"),
        ("goes right to left", "going right to left"), ("rolls to the left", "rolling to the left"),
        ("moves across the screen to the left", "moving across the frame to the left"),
        ("heads left", "heading left"), ("crosses the frame from right to left", "crossing from right to left"),
    ],
    "up": [
        ("moves upward", "moving upward"), ("rises", "rising"), ("floats up", "floating up"),
        ("travels upwards", "travelling upwards"), ("drifts up", "drifting up"),
        ("goes from bottom to top", "going from bottom to top"), ("climbs up the screen", "climbing up the screen"),
        ("ascends", "ascending"), ("moves up", "moving up"),
    ],
    "down": [
        ("moves downward", "moving downward"), ("falls", "falling"), ("sinks", "sinking"),
        ("travels downwards", "travelling downwards"), ("drifts down", "drifting down"),
        ("goes from top to bottom", "going from top to bottom"), ("drops down the screen", "dropping down the screen"),
        ("descends", "descending"), ("moves down", "moving down"),
    ],
    "bounce_horizontal": [
        ("bounces between the walls", "bouncing between the walls"),
        ("bounces back and forth", "bouncing back and forth"),
        ("ricochets off the left and right walls", "ricocheting off the side walls"),
        ("bounces from side to side", "bouncing from side to side"),
        ("moves back and forth, bouncing off the edges", "going back and forth between the edges"),
        ("bounces left and right", "bouncing left and right"),
    ],
    "bounce_vertical": [
        ("bounces up and down", "bouncing up and down"),
        ("bounces between the floor and the ceiling", "bouncing between floor and ceiling"),
        ("hops up and down", "hopping up and down"),
        ("bounces off the top and bottom", "bouncing off the top and bottom edges"),
        ("bounces vertically", "bouncing vertically"),
    ],
    "grow": [
        ("grows", "growing"), ("grows bigger", "growing bigger"), ("expands", "expanding"),
        ("gets larger", "getting larger"), ("swells up", "swelling"), ("slowly grows in size", "slowly growing"),
        ("inflates", "inflating"), ("scales up", "scaling up"),
    ],
    "spin": [
        ("spins", "spinning"), ("rotates", "rotating"), ("spins in place", "spinning in place"),
        ("turns around its centre", "turning in place"), ("twirls", "twirling"),
        ("rotates slowly", "rotating slowly"), ("whirls around", "whirling"),
    ],
}
SOUND_WORDS = ["click", "clack", "bonk", "tock", "knock", "ding", "thud", "tap", "pop", "clunk"]
SOUND_PHRASES = [
    "with a {s} at every bounce", "making a {s} each time it hits the wall", "with a {s} sound on each hit",
    "and a {s} whenever it touches an edge", "with percussive {s}s", "with a sharp {s} at each impact",
]
PAN_PHRASES = {
    1: ["as the camera pans right", "while the camera pans to the right", "in a slow pan to the right",
        "with the camera panning right", "as the view slides to the right"],
    -1: ["as the camera pans left", "while the camera pans to the left", "in a slow pan to the left",
         "with the camera panning left", "as the view slides to the left"],
}
BACKGROUND_PHRASES = [
    "on a {b} background", "against a {b} backdrop", "over a plain {b} background",
    "in front of a {b} wall", "on {b}", "across a {b} backdrop", "with a {b} background",
    "on a solid {b} background",
]
GRADIENT_PHRASES = [
    "on a {b} to {c} gradient", "against a background fading from {b} to {c}",
    "over a {b}-and-{c} gradient backdrop", "on a gradient of {b} and {c}",
    "in front of a {b} and {c} gradient",
]
SENTENCES = [
    "{np} {vp} {bg}", "{np} {vp}", "{np_bare} {part} {bg}", "{bg_lead}, {np} {vp}",
    "a video of {np} {part} {bg}", "animation of {np} {part}", "{np_bare} {part}",
    "simple 2D animation: {np} {vp} {bg}", "{np} that {vp} {bg}", "a clip where {np} {vp}",
    "minimal cartoon of {np} {part} {bg}", "the {bare} {vp} {bg}", "{np} {vp}, {bg}",
    "footage of {np} {part}", "a short clip: {np} {vp} {bg}", "{np_bare}, {part}, {bg}",
    "flat graphic of {np} {part} {bg}", "{np} is {part} {bg}", "there is {np} {part} {bg}",
    "cartoon {bare} {part}", "a scene with {np} that {vp}",
]
SIZE_WORDS = {"small": ["small", "little", "tiny"], "large": ["big", "large"]}


def _pick(rng: np.random.Generator, options: list) -> object:
    return options[rng.integers(len(options))]


def _noun(rng: np.random.Generator, obj: SceneObject) -> str:
    words = [str(_pick(rng, COLOUR_WORDS[obj.colour])), str(_pick(rng, SHAPE_WORDS[obj.shape]))]
    if rng.random() < 0.2 and obj.motion != "grow":
        words.insert(0, str(_pick(rng, SIZE_WORDS["small" if obj.size < 0.12 else "large"])))
    return " ".join(words)


def _article(noun: str) -> str:
    return "an" if noun[0] in "aeiou" else "a"


def _background_phrase(rng: np.random.Generator, scene: Scene) -> str:
    b = _pick(rng, BACKGROUND_WORDS[scene.background])
    if scene.gradient_to is None:
        return str(_pick(rng, BACKGROUND_PHRASES)).format(b=b)
    c = _pick(rng, BACKGROUND_WORDS[scene.gradient_to])
    return str(_pick(rng, GRADIENT_PHRASES)).format(b=b, c=c)


def _object_clause(rng: np.random.Generator, scene: Scene, obj: SceneObject) -> dict[str, str]:
    bare = _noun(rng, obj)
    vp, part = _pick(rng, MOTION_PHRASES[obj.motion])
    if obj.motion.startswith("bounce") and rng.random() < 0.35:
        sound = str(_pick(rng, SOUND_PHRASES)).format(s=_pick(rng, SOUND_WORDS))
        vp, part = f"{vp} {sound}", f"{part} {sound}"
    return {"bare": bare, "np": f"{_article(bare)} {bare}", "np_bare": bare, "vp": vp, "part": part}


def caption(scene: Scene, rng: np.random.Generator) -> str:
    """One random phrasing of the scene: the first object leads, others follow as clauses."""
    bg = _background_phrase(rng, scene) if rng.random() < 0.75 else ""
    first = _object_clause(rng, scene, scene.objects[0])
    template = str(_pick(rng, SENTENCES))
    if not bg:
        template = template.replace(" {bg}", "").replace(", {bg}", "").replace("{bg_lead}, ", "")
    text = template.format(bg=bg, bg_lead=bg[:1].upper() + bg[1:], **first)
    for obj in scene.objects[1:]:
        other = _object_clause(rng, scene, obj)
        joiner = str(_pick(rng, [" and {np} {vp}", ", while {np} {vp}", "; {np} {vp}", ", plus {np} {part}"]))
        text += joiner.format(**other)
    if scene.pan:
        text += " " + str(_pick(rng, PAN_PHRASES[1 if scene.pan > 0 else -1]))
    if rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.3:
        text += "."
    return " ".join(text.split())


DRAWABLE = (
    "This small model only draws coloured shapes (circles, squares, triangles) moving on plain "
    "backgrounds, with a click when they hit a wall; it has never seen people, animals or real "
    "places. Try: \"a red ball bouncing between the walls on a black background\"."
)
_SHAPE_NOUNS = {word for options in SHAPE_WORDS.values() for phrase in options
                for word in phrase.split() if word not in ("round", "triangular")}


def prompt_hint(prompt: str) -> str | None:
    """A friendly note when a prompt names no shape this world has, else None."""
    # Each word as written and without a plural -s or -es ("boxes", "squares").
    words = {form for w in re.findall(r"[a-z]+", prompt.lower()) for form in (w, w[:-1], w[:-2])}
    return None if words & _SHAPE_NOUNS else DRAWABLE
