"""Procedural toy world: coloured shapes moving over plain or gradient backgrounds, with a
percussive sound at every wall contact, and captions in many phrasings. Training data for the
embedded model, and ground truth for its evaluation (`analyzer`)."""

from sora_space.toyworld.audio import N_BANDS, render_bands, render_waveform, synthesize, vocode
from sora_space.toyworld.captions import caption
from sora_space.toyworld.render import render_video, to_uint8
from sora_space.toyworld.scene import Scene, SceneObject, sample_scene

__all__ = [
    "N_BANDS", "Scene", "SceneObject", "caption", "render_bands", "render_video",
    "render_waveform", "sample_scene", "synthesize", "to_uint8", "vocode",
]
