"""Faces in uploaded images and generated frames.

* detection: dlib's HOG frontal face detector on a copy downscaled to at most 640 px
  (upsampled once when the image is small, so faces of ~40 px are still found). Where it finds
  nothing, face boxes from a pose-robust detector can be passed in (`faces(..., fallback=)`):
  the moderator passes NudeNet's FACE_FEMALE / FACE_MALE boxes, which it computes anyway, so a
  small, dim face in three-quarter view costs no extra detector run. Such a box is moved onto
  dlib's box convention (FALLBACK_SHIFT) and then goes through the same landmarks, descriptor and
  photorealism score (descriptor distances from these boxes are within 0.02 of those from dlib's
  own boxes on the probe photos). For uploads, NudeNet's sure boxes are tried first (`first=`):
  a photorealistic one is refused whoever it is, so dlib's detector is skipped there.
  dlib's CNN detector (mmod_human_face_detector.dat) was measured too: 2-3 s for a 640x360 image
  on this CPU (dlib-bin is built without BLAS), far over the latency bar; OpenCV 5's wheel ships
  no cascades.
* identity: the 5-point landmark model and the 128-d ResNet face embedding from the
  face_recognition_models package, opened by file path (the package's own module needs
  pkg_resources, and the `face_recognition` wrapper is not used);
* gallery: assets/likeness/<person>/*.jpg plus Settings.likeness_dir, embedded once at load;
  a face matches a person when its distance to any of their photos is below MATCH_THRESHOLD;
* photorealism: a face that matches nobody is still refused for image-to-video when it looks
  like a photograph. Drawn faces have large flat areas and few colours; photos have texture and
  smooth shading. `photo_score` combines both measured on the face crop.

MATCH_THRESHOLD: distances measured on the face_recognition examples (see assets/likeness/README.md):
same person 0.33-0.42, different people 0.71-1.01; 0.55 sits between with margin on both sides
(dlib's published operating point is 0.6).
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

MATCH_THRESHOLD = 0.55
MAX_SIDE = 800
DETECT_SIDE = 640
# NudeNet's face box centre sits 8 % of its height below dlib's (mean over the gallery photos and
# probes, where both find the face; widths and heights agree within 2 % on average).
FALLBACK_SHIFT = 0.08
PHOTO_THRESHOLD = 0.5
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp"}


def model_dir() -> Path:
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("face_recognition_models is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / "models"
    for name in ("shape_predictor_5_face_landmarks.dat", "dlib_face_recognition_resnet_model_v1.dat"):
        if not (path / name).exists():
            raise FileNotFoundError(f"missing face model {path / name}")
    return path


def to_rgb_array(image: Image.Image, max_side: int = MAX_SIDE) -> np.ndarray:
    """RGB uint8, downscaled so the longer side is at most max_side (JPEG decoded at low size)."""
    if getattr(image, "format", None) == "JPEG" and max(image.size) > 2 * max_side:
        try:
            image.draft("RGB", (max_side, max_side))
        except Exception:
            pass
    if image.mode != "RGB":
        if image.mode in ("RGBA", "LA", "P"):
            rgba = image.convert("RGBA")
            bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            image = Image.alpha_composite(bg, rgba).convert("RGB")
        else:
            image = image.convert("RGB")
    scale = max_side / max(image.size)
    if scale < 1:
        image = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                             Image.BILINEAR)
    return np.ascontiguousarray(np.asarray(image, dtype=np.uint8))


def photo_score(rgb: np.ndarray, box: tuple[int, int, int, int]) -> tuple[float, dict]:
    """How photographic the face region looks, 0 (flat drawing) .. 1 (photo).

    Features on the face box, resized to 96x96: the share of pixels in flat 3x3 neighbourhoods
    (drawings: large), the number of distinct colours at 5 bits per channel (drawings: few), and
    the share of strong edges among non-flat pixels (drawings: mostly hard outlines).
    """
    l, t, r, b = box
    h, w = rgb.shape[:2]
    l, t, r, b = max(0, l), max(0, t), min(w, r), min(h, b)
    if r - l < 8 or b - t < 8:
        return 0.0, {}
    # NEAREST keeps a drawing's flat colours flat (bilinear would invent in-between colours)
    crop = Image.fromarray(rgb[t:b, l:r]).resize((96, 96), Image.NEAREST)
    a = np.asarray(crop, dtype=np.float32)
    gray = a @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    # local 3x3 standard deviation
    pad = np.pad(gray, 1, mode="edge")
    win = np.stack([pad[i:i + 96, j:j + 96] for i in range(3) for j in range(3)])
    local_std = win.std(0)
    flat = float((local_std < 1.5).mean())
    if float(np.abs(a - a.mean(-1, keepdims=True)).mean()) < 2.0:
        # black-and-white: count grey levels at full precision instead of 5-bit colours
        colours = len(np.unique(gray.round().astype(np.int32))) * 3
    else:
        q = (a.astype(np.uint8) >> 3).astype(np.int32)
        colours = len(np.unique(q[..., 0] * 1024 + q[..., 1] * 32 + q[..., 2]))
    textured = local_std >= 1.5
    strong = float((local_std[textured] > 25).mean()) if textured.any() else 1.0
    # Each feature mapped to [0, 1] towards "photo", then averaged.
    f_flat = np.clip((0.45 - flat) / 0.35, 0, 1)
    f_col = np.clip((colours - 120) / 500, 0, 1)
    f_edge = np.clip((0.45 - strong) / 0.35, 0, 1)
    score = float((f_flat + f_col + f_edge) / 3)
    return score, {"flat": round(flat, 3), "colours": colours, "strong_edges": round(strong, 3)}


@dataclass
class Face:
    box: tuple[int, int, int, int]
    photo: float
    features: dict
    match: str | None = None
    distance: float | None = None
    detector: str = "frontal"  # "frontal" (dlib HOG), "first" or "fallback" (boxes passed in)


def _display_name(folder: str) -> str:
    return " ".join(p.capitalize() for p in folder.replace("-", "_").split("_") if p)


class Likeness:
    def __init__(self, gallery_dirs: list[Path]) -> None:
        import dlib

        models = model_dir()
        self._dlib = dlib
        self.detector = dlib.get_frontal_face_detector()
        self.shape = dlib.shape_predictor(str(models / "shape_predictor_5_face_landmarks.dat"))
        self.encoder = dlib.face_recognition_model_v1(str(models / "dlib_face_recognition_resnet_model_v1.dat"))
        self.lock = threading.Lock()  # dlib objects are not documented as thread-safe
        self.names: list[str] = []
        embs: list[np.ndarray] = []
        for root in gallery_dirs:
            if not root or not Path(root).is_dir():
                continue
            for person_dir in sorted(p for p in Path(root).iterdir() if p.is_dir()):
                for img_path in sorted(person_dir.iterdir()):
                    if img_path.suffix.lower() not in IMAGE_SUFFIXES:
                        continue
                    with Image.open(img_path) as im:
                        rgb = to_rgb_array(im)
                    faces = self._detect(rgb)
                    if not faces:
                        raise ValueError(f"no face found in gallery photo {img_path}")
                    # the largest face is the person the folder is named after
                    big = max(faces, key=lambda r: r.width() * r.height())
                    embs.append(self._embed(rgb, big))
                    self.names.append(_display_name(person_dir.name))
        self.gallery = np.stack(embs) if embs else np.zeros((0, 128), np.float32)

    # -- primitives (call under self.lock) ------------------------------------------------------
    def _detect(self, rgb: np.ndarray):
        h, w = rgb.shape[:2]
        scale = min(1.0, DETECT_SIDE / max(h, w))
        small = rgb
        if scale < 1:
            small = np.asarray(Image.fromarray(rgb).resize((round(w * scale), round(h * scale)),
                                                           Image.BILINEAR))
        upsample = 1 if max(small.shape[:2]) < 320 else 0
        rects = self.detector(np.ascontiguousarray(small), upsample)
        if scale == 1:
            return list(rects)
        inv = 1 / scale
        return [self._dlib.rectangle(int(r.left() * inv), int(r.top() * inv),
                                     int(r.right() * inv), int(r.bottom() * inv)) for r in rects]

    def _embed(self, rgb: np.ndarray, rect) -> np.ndarray:
        shape = self.shape(rgb, rect)
        return np.asarray(self.encoder.compute_face_descriptor(rgb, shape), dtype=np.float32)

    def _identify(self, emb: np.ndarray) -> tuple[str | None, float | None]:
        if not len(self.gallery):
            return None, None
        d = np.linalg.norm(self.gallery - emb, axis=1)
        i = int(np.argmin(d))
        return (self.names[i] if d[i] < MATCH_THRESHOLD else None), float(d[i])

    def _fallback_rects(self, boxes, shape) -> list:
        h, w = shape[:2]
        rects = []
        for l, t, r, b in boxes:
            dy = int(round((b - t) * FALLBACK_SHIFT))
            l, t, r, b = max(0, int(l)), max(0, int(t) - dy), min(w - 1, int(r)), min(h - 1, int(b) - dy)
            if r - l >= 8 and b - t >= 8:
                rects.append(self._dlib.rectangle(l, t, r, b))
        return rects

    @staticmethod
    def _scored(rgb: np.ndarray, rects, detector: str) -> list[Face]:
        """A Face with its photorealism score per dlib rectangle, in the same order."""
        out = []
        for r in rects:
            box = (r.left(), r.top(), r.right(), r.bottom())
            out.append(Face(box, *photo_score(rgb, box), detector=detector))
        return out

    # -- checks ---------------------------------------------------------------------------------
    def faces(self, rgb: np.ndarray, identify: bool = True, max_faces: int = 4,
              fallback=None, first=None) -> list[Face]:
        """Faces in an RGB array, largest first.

        fallback: face boxes (l, t, r, b) in rgb's pixels from a pose-robust detector, or a callable
        returning them; used only where the frontal detector finds nothing (a callable is called
        only then).
        first: sure face boxes from another detector, tried before the frontal one: when one of
        them is photorealistic these are the faces and the frontal detector is skipped (for
        uploads, where a photorealistic face is refused whoever it is; only the names could
        differ). Otherwise they are ignored and detection goes on as without them.
        """
        rgb = np.ascontiguousarray(rgb)
        with self.lock:
            rects, out, kind = [], [], "frontal"
            if first:
                rects = self._fallback_rects(first, rgb.shape)[:max_faces]
                out = self._scored(rgb, rects, "first")
                if not any(f.photo >= PHOTO_THRESHOLD for f in out):
                    rects, out = [], []
            if not rects:
                rects = self._detect(rgb)
                if not rects and fallback is not None:
                    boxes = fallback() if callable(fallback) else fallback
                    rects = self._fallback_rects(boxes or [], rgb.shape)
                    kind = "fallback"
                rects = sorted(rects, key=lambda r: -r.width() * r.height())[:max_faces]
                out = self._scored(rgb, rects, kind)
            if identify and rects:
                shapes = self._dlib.full_object_detections()
                for r in rects:
                    shapes.append(self.shape(rgb, r))
                descs = self.encoder.compute_face_descriptor(rgb, shapes)
                for face, d in zip(out, descs):
                    face.match, face.distance = self._identify(np.asarray(d, dtype=np.float32))
        return out

    def describe(self) -> str:
        return (f"faces: dlib HOG frontal <= {DETECT_SIDE} px, NudeNet face boxes where it finds none; "
                f"{len(self.gallery)} gallery photos of {len(set(self.names))} people, match < {MATCH_THRESHOLD}")


def gallery_dirs(settings) -> list[Path]:
    repo = Path(__file__).resolve().parent.parent
    dirs = [repo / "assets" / "likeness"]
    extra = getattr(settings, "likeness_dir", "") if settings is not None else ""
    if extra:
        p = Path(extra).expanduser()
        if not p.is_dir():
            raise FileNotFoundError(f"likeness_dir {p} does not exist")
        dirs.append(p)
    return dirs
