"""The output stage: visible watermark, MP4 encoding, C2PA signing and verification."""

from __future__ import annotations

import datetime as dt
import struct
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import av
import c2pa
import numpy as np
import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID

from sora_space.config import ASSETS, REPO_ROOT, Settings
from sora_space.output import finalize, verify_video
from sora_space.output.credentials import _make_dev_credentials, signing_credentials
from sora_space.output.encode import encode_mp4
from sora_space.output.watermark import (
    apply_visible_watermark,
    mark_frames,
    stamp_size,
    watermark_positions,
)
from sora_space.types import GeneratedClip

W, H, FPS, SECONDS, SR = 256, 144, 24, 2, 48_000
LOGO = ASSETS / "logo.png"


def make_settings(root: Path, **secrets: str) -> Settings:
    # Secrets spelled out, so a developer's environment cannot leak into the tests.
    names = ("c2pa_cert_chain", "c2pa_private_key", "c2pa_trust_anchors", "c2pa_tsa_url")
    values = {**dict.fromkeys(names, ""), **secrets}
    return Settings(cache_dir=root / "cache", output_dir=root / "out", **values)


def smooth_frames(n: int = FPS * SECONDS, width: int = W, height: int = H) -> np.ndarray:
    """Slowly changing gradients: easy to compress, so the mark stands far above codec noise."""
    x = np.linspace(0, 1, width, dtype=np.float32)[None, :]
    y = np.linspace(0, 1, height, dtype=np.float32)[:, None]
    frames = np.empty((n, height, width, 3), dtype=np.uint8)
    for i in range(n):
        frames[i, ..., 0] = 90 + 60 * x + i * 0.5
        frames[i, ..., 1] = 80 + 70 * y
        frames[i, ..., 2] = 120 + 40 * (x * y)
    return frames


def stereo_tone(samples: int) -> np.ndarray:
    t = np.arange(samples, dtype=np.float32) / SR
    return np.stack([0.3 * np.sin(2 * np.pi * 440 * t), np.zeros_like(t)]).astype(np.float32)


def top_level_boxes(data: bytes) -> list[tuple[str, int, int]]:
    """(type, offset, size) of each top-level ISO-BMFF box."""
    boxes, offset = [], 0
    while offset + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[offset:offset + 8])
        if size == 1:
            size = struct.unpack(">Q", data[offset + 8:offset + 16])[0]
        elif size == 0:
            size = len(data) - offset
        boxes.append((kind.decode("latin-1"), offset, size))
        offset += size
    return boxes


@pytest.fixture(scope="module")
def signed(tmp_path_factory) -> tuple[Path, dict, Settings, GeneratedClip]:
    settings = make_settings(tmp_path_factory.mktemp("signed"))
    # Audio shorter than the video, so padding to the video's length is exercised too.
    clip = GeneratedClip(smooth_frames(), float(FPS), stereo_tone(SR * SECONDS - 5000), SR, "test-model")
    path, summary = finalize(clip, "00000000000a0001", settings)
    return path, summary, settings, clip


def test_finalize_signs_with_dev_credentials_and_validates_as_trusted(signed) -> None:
    path, summary, settings, _ = signed
    assert path == settings.output_dir / "00000000000a0001.mp4"
    assert sorted(p.name for p in settings.output_dir.iterdir()) == ["00000000000a0001.mp4"]  # temp file gone
    assert summary["state"] == "Trusted"
    assert summary["claim_generator"].startswith("sora-space/")
    assert summary["manifest_label"].startswith("urn:c2pa:")
    report = verify_video(path, settings)
    c2pa = report["c2pa"]
    assert c2pa["state"] == "Trusted", c2pa["errors"]
    assert c2pa["generation_id"] == "00000000000a0001"
    assert c2pa["model"] == "test-model"
    assert c2pa["actions"][0] == "c2pa.created"
    assert c2pa["digital_source_type"].endswith("/digitalsourcetype/trainedAlgorithmicMedia")
    assert any(a.startswith("c2pa.watermarked") for a in c2pa["actions"])
    assert report["watermark"]["visible"] == "declared"
    key = settings.cache_dir / "c2pa" / "dev-key.pem"
    assert key.stat().st_mode & 0o777 == 0o600
    assert REPO_ROOT not in key.resolve().parents


def test_without_the_dev_anchor_the_same_file_is_only_valid(signed, tmp_path) -> None:
    path, _, _, _ = signed
    c2pa = verify_video(path, make_settings(tmp_path))["c2pa"]  # a cache with no dev CA in it
    assert c2pa["state"] == "Valid"
    assert any("untrusted" in e for e in c2pa["errors"])


def test_flipping_one_byte_of_the_video_data_makes_it_invalid(signed, tmp_path) -> None:
    path, _, settings, _ = signed
    data = bytearray(path.read_bytes())
    _, offset, size = next(b for b in top_level_boxes(data) if b[0] == "mdat")
    data[offset + size // 2] ^= 0x01
    tampered = tmp_path / "tampered.mp4"
    tampered.write_bytes(data)
    report = verify_video(tampered, settings)
    assert report["c2pa"]["state"] == "Invalid"
    assert report["c2pa"]["errors"]
    assert report["watermark"]["visible"] == "not declared"


def test_unsigned_garbage_and_missing_files_are_reported_not_raised(tmp_path) -> None:
    settings = make_settings(tmp_path)
    plain = tmp_path / "plain.mp4"
    encode_mp4(smooth_frames(12), FPS, None, SR, plain)
    assert verify_video(plain, settings)["c2pa"]["state"] == "absent"
    junk = [("junk.mp4", b"not a video " * 50), ("empty.mp4", b""), ("notes.txt", b"hello")]
    for name, content in junk:
        (tmp_path / name).write_bytes(content)
        assert verify_video(tmp_path / name, settings)["c2pa"]["state"] in ("absent", "Invalid")
    with pytest.raises(ValueError):
        verify_video(tmp_path / "missing.mp4", settings)


def test_verify_is_safe_to_call_from_many_threads(signed) -> None:
    path, _, settings, _ = signed
    with ThreadPoolExecutor(max_workers=4) as pool:
        states = list(pool.map(lambda _: verify_video(path, settings)["c2pa"]["state"], range(8)))
    assert states == ["Trusted"] * 8


def test_every_frame_is_marked_at_the_predicted_position() -> None:
    frames = np.random.default_rng(1).integers(0, 256, (FPS * SECONDS, H, W, 3), dtype=np.uint8)
    before = frames.copy()
    marked = apply_visible_watermark(frames, FPS, LOGO)
    assert np.array_equal(frames, before)  # the input is not touched
    sw, sh = stamp_size(W, H)
    assert sh == round(0.18 * H)
    for i, (x, y) in enumerate(watermark_positions(len(frames), FPS, W, H)):
        changed = np.any(marked[i] != frames[i], axis=-1)
        inside = changed[y:y + sh, x:x + sw]
        assert changed.sum() == inside.sum(), f"frame {i}: pixels changed outside the stamp"
        assert inside.mean() > 0.3, f"frame {i}: too little of the stamp drawn"
    streamed = np.stack([f.copy() for f in mark_frames(frames, FPS, LOGO)])
    assert np.array_equal(streamed, marked)


def test_the_encoded_video_carries_the_mark_in_every_frame(signed) -> None:
    path, _, _, clip = signed
    with av.open(str(path)) as container:
        decoded = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    assert len(decoded) == len(clip.frames)
    sw, sh = stamp_size(W, H)
    for i, (x, y) in enumerate(watermark_positions(len(decoded), FPS, W, H)):
        diff = np.abs(decoded[i].astype(np.int16) - clip.frames[i]).mean(axis=-1)
        inside = diff[y:y + sh, x:x + sw].mean()
        diff[y:y + sh, x:x + sw] = 0
        outside = diff.sum() / (W * H - sw * sh)
        assert inside > 8 and inside > 4 * outside, f"frame {i}: {inside:.1f} vs {outside:.1f}"


def test_the_mark_keeps_moving_and_covers_the_whole_picture() -> None:
    width, height = 1280, 720
    sw, sh = stamp_size(width, height)
    # Dwell, over a whole 11 s cycle of the path: the longest run of frames that stays within
    # 5% of the short side of where it began.
    centres = watermark_positions(FPS * 12, FPS, width, height) + [sw / 2, sh / 2]
    radius = 0.05 * height
    longest = max(
        next((j - i for j in range(i, len(centres)) if np.hypot(*(centres[j] - centres[i])) > radius),
             len(centres) - i)
        for i in range(len(centres))
    )
    assert longest <= FPS, f"the stamp rests for {longest} frames"
    # Coverage, within the default 4 s clip.
    positions = watermark_positions(FPS * 4, FPS, width, height)
    centres = positions + [sw / 2, sh / 2]
    # Well into every quadrant, not just grazing the middle lines.
    quadrants = {(cx < width / 2, cy < height / 2) for cx, cy in centres}
    assert len(quadrants) == 4
    assert centres[:, 0].min() < 0.3 * width and centres[:, 0].max() > 0.7 * width
    assert centres[:, 1].min() < 0.3 * height and centres[:, 1].max() > 0.7 * height
    # Through the middle, so cutting away any one edge strip still leaves it on screen at times.
    assert any(x <= width / 2 <= x + sw and y <= height / 2 <= y + sh for x, y in positions)
    assert (positions >= 0).all() and (positions + [sw, sh] <= [width, height]).all()


def test_h264_yuv420p_constant_rate_faststart(signed) -> None:
    path, _, _, clip = signed
    kinds = [kind for kind, _, _ in top_level_boxes(path.read_bytes())]
    assert kinds.index("moov") < kinds.index("mdat")
    with av.open(str(path)) as container:
        video = container.streams.video[0]
        assert video.codec_context.name == "h264"
        assert video.codec_context.pix_fmt == "yuv420p"
        assert (video.width, video.height) == (W, H)
        pts = [p.pts for p in container.demux(video) if p.pts is not None]
    steps = np.diff(sorted(pts))
    assert len(pts) == len(clip.frames) and (steps == steps[0]).all()


def test_audio_is_aac_padded_to_the_video_length_and_keeps_its_channels(signed) -> None:
    path, _, _, _ = signed
    with av.open(str(path)) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        assert audio.codec_context.name == "aac" and audio.channels == 2 and audio.sample_rate == SR
        video_seconds = float(video.duration * video.time_base)
        audio_seconds = float(audio.duration * audio.time_base)
        assert video_seconds == pytest.approx(SECONDS, abs=1e-6)
        assert abs(audio_seconds - video_seconds) <= 1024 / SR
        sound = np.concatenate([f.to_ndarray() for f in container.decode(audio=0)], axis=1)
    assert np.sqrt(np.mean(sound[0, SR // 2:SR] ** 2)) > 0.1  # the tone, on the left
    assert np.abs(sound[1]).max() < 0.02  # the silent right channel stays silent


def test_long_audio_is_trimmed_and_missing_audio_becomes_silence(tmp_path) -> None:
    frames = smooth_frames(FPS)  # 1 s
    for audio, channels in [(stereo_tone(SR * 3), 2), (None, 1)]:
        path = tmp_path / f"a{channels}.mp4"
        encode_mp4(frames, FPS, audio, SR, path)
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            assert stream.channels == channels
            assert abs(float(stream.duration * stream.time_base) - 1.0) <= 1024 / SR
            sound = np.concatenate([f.to_ndarray() for f in container.decode(audio=0)], axis=1)
        if audio is None:
            assert np.abs(sound).max() < 1e-3


def test_odd_frame_sizes_are_refused(tmp_path) -> None:
    with pytest.raises(ValueError, match="even"):
        encode_mp4(smooth_frames(4, width=255), FPS, None, SR, tmp_path / "odd.mp4")


@pytest.mark.parametrize("fault", ["malformed key", "key of another certificate"])
def test_signing_failure_raises_and_leaves_nothing_behind(tmp_path, fault: str) -> None:
    _, chain, _ = _make_dev_credentials()
    _, _, wrong_key = _make_dev_credentials()
    # The malformed key fails when the signer is made; the mismatched one only once the
    # signed file is being written, which is the case that could leave a half-written video.
    malformed = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
    key = malformed if fault == "malformed key" else wrong_key.decode()
    settings = make_settings(tmp_path, c2pa_cert_chain=chain.decode(), c2pa_private_key=key)
    clip = GeneratedClip(smooth_frames(12), float(FPS), None, SR, "test-model")
    with pytest.raises(c2pa.C2paError):
        finalize(clip, "00000000000b0002", settings)
    assert list(settings.output_dir.iterdir()) == []


def test_half_configured_credentials_are_an_error(tmp_path) -> None:
    _, chain, _ = _make_dev_credentials()
    with pytest.raises(ValueError):
        signing_credentials(make_settings(tmp_path, c2pa_cert_chain=chain.decode()))


def test_configured_credentials_replace_the_dev_ones(tmp_path) -> None:
    ca, chain, key = _make_dev_credentials()  # stands in for a real CA's certificate and key
    settings = make_settings(
        tmp_path,
        c2pa_cert_chain=chain.decode(),
        c2pa_private_key=key.decode(),
        c2pa_trust_anchors=ca.decode(),
    )
    clip = GeneratedClip(smooth_frames(12), float(FPS), None, SR, "test-model")
    path, summary = finalize(clip, "00000000000c0003", settings)
    assert summary["state"] == "Trusted"  # only the configured anchor can vouch for this signer
    assert not (settings.cache_dir / "c2pa").exists()  # no dev CA was made or used
    assert verify_video(path, replace(settings, c2pa_trust_anchors=""))["c2pa"]["state"] == "Valid"


def test_unsafe_generation_ids_are_refused(tmp_path) -> None:
    clip = GeneratedClip(smooth_frames(4), float(FPS), None, SR, "test-model")
    with pytest.raises(ValueError):
        finalize(clip, "../escape", make_settings(tmp_path))


def test_dev_credentials_are_made_once_even_when_raced(tmp_path) -> None:
    settings = make_settings(tmp_path)
    barrier = threading.Barrier(4)

    def make(_: int):
        barrier.wait()
        return signing_credentials(settings)

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(make, range(4)))
    assert len({(r.cert_chain, r.private_key) for r in results}) == 1
    assert sorted(p.name for p in (settings.cache_dir / "c2pa").iterdir()) == [
        "dev-ca.pem", "dev-chain.pem", "dev-key.pem"]
    assert [p for p in settings.cache_dir.iterdir() if p.name != "c2pa"] == []  # no staging left over
    leaf = x509.load_pem_x509_certificates(results[0].cert_chain.encode())[0]
    public_key = leaf.public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey) and public_key.curve.name == "secp256r1"
    assert leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature
    eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in eku
    assert not leaf.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    leaf.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
    assert leaf.not_valid_after_utc - leaf.not_valid_before_utc >= dt.timedelta(days=9 * 365)
