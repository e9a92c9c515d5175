"""OpenCLIP zero-shot check of images and sampled frames: nudity, gore and hate symbols.

Off unless Settings.clip_model (SORA_SPACE_CLIP_MODEL) names a model, because its weights come from
the Hugging Face hub (about 600 MB for ViT-B-32) and only the GPU Space can reach it. Accepted specs:

    ViT-B-32/laion2b_s34b_b79k     open_clip architecture / pretrained tag (downloaded once)
    hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K
    local-dir:/path/to/folder      open_clip_config.json + open_clip_model.safetensors

Weights are required (`require_pretrained`): a spec that resolves to a randomly initialised model
raises, so a typo cannot turn the check into noise. `load("")` returns None (check off).

How it decides: every prompt in PROMPTS (harmful groups and a benign group of near-misses the
Space must allow: swimwear, statues, boxing, zombie make-up, flags, fireworks...) is embedded once
at load. An image's cosine similarities, times the model's logit scale, are softmaxed over all
prompts; a harmful category blocks when its prompts together hold at least THRESHOLD of the
probability and one of them is the single best prompt. THRESHOLD is a starting point for ViT-B-32
class models and should be checked on the Space against real frames (no weights offline here).

Preprocessing is done with OpenCV/numpy from the model's own preprocess config (resize the short
side with bicubic interpolation, centre crop, mean/std), so frames already held as arrays are not
round-tripped through PIL and torchvision transforms.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

PROMPTS: dict[str, tuple[str, ...]] = {
    "sexual": (
        "a photo of a naked person", "explicit nudity", "a pornographic image",
        "a photo of exposed genitals", "a topless woman with bare breasts", "people having sex",
    ),
    "violence": (
        "graphic gore with blood and open wounds", "a mutilated dead body", "a bloody corpse",
        "a person being beheaded", "a severed head", "a massacre with dead bodies on the ground",
    ),
    "hate": (
        "a nazi swastika", "a nazi flag", "a ku klux klan hood and burning cross",
        "a white supremacist hate symbol", "nazi propaganda poster", "an SS lightning bolts insignia",
    ),
    "benign": (
        "a photo of a person wearing clothes", "a person in swimwear at the beach",
        "a classical marble statue in a museum", "a boxing match", "a zombie movie with make-up",
        "a surgeon in an operating room", "a red flag waving", "fireworks in the night sky",
        "a landscape", "an animal", "a cartoon drawing", "food on a plate", "a city street",
        "abstract art", "a couple kissing", "a historical documentary photo of soldiers",
        "a ketchup stain", "a tattoo", "a religious symbol", "a diagram or text",
    ),
}
HARMFUL = ("sexual", "violence", "hate")
THRESHOLD = 0.5


@dataclass
class ClipResult:
    blocked: bool
    category: str | None  # "sexual", "violence" or "hate" when blocked
    detail: str  # the best prompt and the category's probability
    scores: dict[str, float]  # probability mass per group, rounded


def decide(probs: np.ndarray, groups: list[str], threshold: float = THRESHOLD) -> ClipResult:
    """probs: softmax over the prompts (one image); groups: each prompt's group name."""
    probs = np.asarray(probs, dtype=np.float64)
    mass = {g: 0.0 for g in PROMPTS}
    for p, g in zip(probs, groups):
        mass[g] += float(p)
    best = int(np.argmax(probs))
    top = groups[best]
    scores = {g: round(v, 4) for g, v in mass.items()}
    if top in HARMFUL and mass[top] >= threshold:
        return ClipResult(True, top, f"{PROMPTS_FLAT[best]!r} ({top} {mass[top]:.2f})", scores)
    return ClipResult(False, None, "", scores)


PROMPTS_FLAT = [p for g in PROMPTS for p in PROMPTS[g]]
GROUPS_FLAT = [g for g in PROMPTS for _ in PROMPTS[g]]


class ClipCheck:
    """A loaded model with its prompt embeddings; `check(rgb)` / `check_batch(frames)` thread-safe."""

    def __init__(self, model, tokenizer, preprocess_cfg: dict, name: str, device: str = "cpu",
                 threshold: float = THRESHOLD) -> None:
        import torch

        self.torch = torch
        self.name = name
        self.device = device
        self.threshold = threshold
        self.model = model.to(device).eval()
        size = preprocess_cfg.get("size", 224)
        self.size = (size, size) if isinstance(size, int) else tuple(size)  # (h, w)
        self.mean = np.asarray(preprocess_cfg.get("mean", (0.48145466, 0.4578275, 0.40821073)), np.float32)
        self.std = np.asarray(preprocess_cfg.get("std", (0.26862954, 0.26130258, 0.27577711)), np.float32)
        self.lock = threading.Lock()
        with torch.no_grad():
            tokens = tokenizer(PROMPTS_FLAT).to(device)
            text = self.model.encode_text(tokens).float()
            self.text = text / text.norm(dim=-1, keepdim=True)
            self.scale = float(self.model.logit_scale.exp().item()) if hasattr(self.model, "logit_scale") else 100.0

    def describe(self) -> str:
        return f"OpenCLIP {self.name} zero-shot (sexual, violence, hate; {len(PROMPTS_FLAT)} prompts, on {self.device})"

    def _prepare(self, rgb: np.ndarray) -> np.ndarray:
        import cv2

        rgb = np.asarray(rgb)
        if rgb.ndim != 3 or rgb.shape[2] != 3:
            raise ValueError(f"expected H x W x 3 RGB, got {rgb.shape}")
        if rgb.dtype != np.uint8:
            rgb = np.clip(rgb, 0, 255).astype(np.uint8)
        th, tw = self.size
        h, w = rgb.shape[:2]
        s = max(th / h, tw / w)
        nh, nw = max(th, round(h * s)), max(tw, round(w * s))
        interp = cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC
        img = cv2.resize(np.ascontiguousarray(rgb), (nw, nh), interpolation=interp)
        y, x = (nh - th) // 2, (nw - tw) // 2
        img = img[y:y + th, x:x + tw].astype(np.float32) / 255.0
        return ((img - self.mean) / self.std).transpose(2, 0, 1)

    def probabilities(self, images: list[np.ndarray]) -> np.ndarray:
        torch = self.torch
        batch = torch.from_numpy(np.stack([self._prepare(im) for im in images])).to(self.device)
        with self.lock, torch.no_grad():
            feats = self.model.encode_image(batch).float()
            feats = feats / feats.norm(dim=-1, keepdim=True)
            logits = self.scale * feats @ self.text.T
            return logits.softmax(dim=-1).cpu().numpy()

    def check(self, rgb: np.ndarray) -> ClipResult:
        return self.check_batch([rgb])[0]

    def check_batch(self, images: list[np.ndarray]) -> list[ClipResult]:
        if not len(images):
            return []
        return [decide(p, GROUPS_FLAT, self.threshold) for p in self.probabilities(list(images))]


def parse_spec(spec: str) -> tuple[str, str | None]:
    """'ARCH/TAG' -> (ARCH, TAG); 'hf-hub:...' and 'local-dir:...' -> (spec, None)."""
    spec = spec.strip()
    if spec.startswith(("hf-hub:", "local-dir:")):
        return spec, None
    if "/" not in spec:
        raise ValueError(f"clip_model must be ARCH/PRETRAINED_TAG, hf-hub:ORG/REPO or local-dir:PATH; got {spec!r}")
    arch, tag = spec.rsplit("/", 1)
    return arch, tag


def load(spec: str, device: str = "cpu", threshold: float = THRESHOLD) -> ClipCheck | None:
    """None when spec is empty (check off); otherwise the loaded check. Raises on any failure.

    device: "cpu" by default, because the frame checks run outside the generator's GPU function
    (on ZeroGPU, CUDA is only usable inside it); ViT-B-32 on 4 frames is a fraction of a second.
    Call before HF_HUB_OFFLINE is set: a hub spec downloads its weights on first use.
    """
    if not spec or not spec.strip():
        return None
    import open_clip  # needs a torchvision that loads beside the installed torch
    from open_clip.model import get_model_preprocess_cfg

    name, tag = parse_spec(spec)
    model = open_clip.create_model(name, pretrained=tag, device=device, require_pretrained=True)
    tokenizer = open_clip.get_tokenizer(name)
    return ClipCheck(model, tokenizer, get_model_preprocess_cfg(model), spec.strip(), device, threshold)
