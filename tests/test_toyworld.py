"""Toy world: rendering at any size, contact sounds on the contact frame, captions, analyzer."""

from __future__ import annotations

import numpy as np
import pytest

from sora_space.toyworld import caption, render_bands, render_video, render_waveform, sample_scene, to_uint8
from sora_space.toyworld.analyzer import analyze, audio_onsets
from sora_space.toyworld.audio import envelope_onsets, vocode
from sora_space.toyworld.scene import COLOURS, Scene, SceneObject


def bouncing_ball(colour: str = "red") -> Scene:
    ball = SceneObject("circle", colour, 0.15, "bounce_horizontal", 0.0, 0.5, 0.0, period=1.0, phase=0.5)
    return Scene(16 / 9, "black", None, (ball,))


@pytest.mark.parametrize("width,height,fps", [(40, 24, 6), (96, 54, 24), (24, 40, 12)])
def test_render_shapes_and_range(width, height, fps):
    scene = sample_scene(np.random.default_rng(0), width / height)
    frames = render_video(scene, width, height, fps, 2.0)
    assert frames.shape == (2 * fps, height, width, 3)
    assert frames.dtype == np.float32 and frames.min() >= 0 and frames.max() <= 1
    assert to_uint8(frames).dtype == np.uint8


def test_soft_edges_are_antialiased():
    frame = to_uint8(render_video(bouncing_ball(), 64, 36, 6, 1 / 6, start=1.0))[0]
    reds = frame[..., 0]
    assert ((reds > 20) & (reds < 200)).any(), "edge pixels should be partly covered"


def test_contacts_are_on_frames_and_sound_lands_there():
    scene = bouncing_ball()
    contacts = [t for t, _ in scene.contacts(0, 4)]
    assert contacts == pytest.approx([0.5, 1.5, 2.5, 3.5])
    for fps in (6, 24):
        assert all(abs(t * fps - round(t * fps)) < 1e-9 for t in contacts)
    ball = scene.objects[0]
    x, *_ = ball.state(np.array(contacts), scene.aspect)
    assert np.allclose(np.minimum(x - ball.size, scene.aspect - ball.size - x), 0, atol=1e-9)
    bands = render_bands(scene, 24, 4.0)
    assert [s for s, _, _ in envelope_onsets(bands)] == [12, 36, 60, 84]
    onsets = audio_onsets(render_waveform(scene, 4.0), 16000)
    assert np.allclose(onsets, contacts, atol=0.006)


def test_vocoder_follows_envelope_onsets():
    envelope = np.zeros((3, 48), np.float32)
    envelope[2, 10], envelope[0, 30] = 1.0, 0.8
    wave = vocode(envelope, 24, 16000)
    assert wave.shape == (1, 32000) and np.abs(wave).max() <= 1
    assert np.allclose(audio_onsets(wave, 16000), [10 / 24, 30 / 24], atol=0.006)


def test_captions_vary_and_name_the_object():
    scene = bouncing_ball("purple")
    rng = np.random.default_rng(1)
    texts = {caption(scene, rng) for _ in range(200)}
    assert len(texts) > 100
    assert all(any(w in t.lower() for w in ("purple", "violet", "plum")) for t in texts)


def test_analyzer_reads_a_rendered_clip():
    scene = bouncing_ball("yellow")
    frames = to_uint8(render_video(scene, 160, 90, 24, 4.0))
    result = analyze(frames, 24, render_waveform(scene, 4.0))
    assert (result.colour, result.shape, result.direction) == ("yellow", "circle", "bounce_horizontal")
    assert result.contact_frames == [12, 36, 60, 84]
    assert len(result.audio_onsets) == 4


def test_analyzer_does_not_read_a_pixel_of_wobble_as_a_turn():
    # A square travelling right near the right wall that steps back 2 px for one frame: drawn
    # clips wobble like this, and a wall contact there would count as a bounce the sound missed.
    def square_at(xs: list[int]) -> np.ndarray:
        frames = np.zeros((len(xs), 90, 160, 3), np.uint8)
        for frame, x in zip(frames, xs):
            frame[40:50, x : x + 10] = 255
        return frames

    xs = [110 + i for i in range(40)]
    xs[20] = xs[19] - 2
    wobbly = analyze(square_at(xs), 24)
    assert (wobbly.direction, wobbly.contact_frames) == ("right", [])
    # Carrying on the other way from there is a turn, at the frame farthest right.
    turned = analyze(square_at(xs[:21] + [xs[19] - 2 * j for j in range(2, 21)]), 24)
    assert (turned.direction, turned.contact_frames) == ("bounce_horizontal", [19])


def test_sampled_scenes_keep_objects_visible_against_background():
    rng = np.random.default_rng(3)
    for _ in range(50):
        scene = sample_scene(rng, 1.0)
        assert 1 <= len(scene.objects) <= 3
        assert all(o.colour in COLOURS for o in scene.objects)


@pytest.mark.parametrize("aspect", [16 / 9, 1.0, 9 / 16])
def test_travellers_start_where_they_come_from_and_cross_without_wrapping(aspect):
    from sora_space.toyworld.scene import TRANSLATIONS

    rng = np.random.default_rng(4)
    travellers = [s for s in (sample_scene(rng, aspect, max_objects=1) for _ in range(300))
                  if s.objects[0].motion in TRANSLATIONS]
    assert len(travellers) > 40
    times = np.linspace(0.0, 4.0, 25)
    for scene in travellers:
        obj = scene.objects[0]
        x, y, _, _ = obj.state(times, aspect)
        dx, dy = TRANSLATIONS[obj.motion]
        pos, extent = (x, aspect) if dx else (y, 1.0)
        way = extent - 2 * obj.size
        # Whole inside the frame for the first 4 s, having started in the first quarter of the way.
        assert obj.size - 1e-9 <= pos.min() and pos.max() <= extent - obj.size + 1e-9
        start = pos[0] - obj.size if dx + dy > 0 else extent - obj.size - pos[0]
        assert start <= 0.25 * way + 1e-9
    # The analyzer reads each asked direction from the true 4 s renders (the eval's ceiling).
    for scene in travellers[:12]:
        frames = to_uint8(render_video(scene, 96, round(96 / aspect), 12, 4.0))
        assert analyze(frames, 12).direction == scene.objects[0].motion


def test_prompts_outside_the_toy_world_get_a_hint() -> None:
    from sora_space.toyworld.captions import DRAWABLE, prompt_hint

    for prompt in ("a red ball bouncing between the walls", "Two blue SQUARES sliding left",
                   "a purple triangle spinning", "green boxes on a navy background"):
        assert prompt_hint(prompt) is None, prompt
    for prompt in ("a cat playing piano", "sunset over the ocean", "a red car driving"):
        assert prompt_hint(prompt) == DRAWABLE, prompt
    rng = np.random.default_rng(3)
    # Every caption the model was trained on is in its world.
    assert all(prompt_hint(caption(sample_scene(rng, 16 / 9), rng)) is None for _ in range(200))
