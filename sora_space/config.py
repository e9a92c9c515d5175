"""All configuration in one place, read once from environment variables (documented in README)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
ASSETS = REPO_ROOT / "assets"


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default).strip() or default


def _env_path(name: str, default: Path) -> Path:
    return Path(os.path.expanduser(_env(name, str(default))))


def _env_flag(name: str, default: str = "0") -> bool:
    return _env(name, default).lower() in ("1", "true", "yes", "on")


def _env_number(name: str, default: str) -> float:
    try:
        return float(_env(name, default))
    except ValueError:
        raise ValueError(f"{name} must be a number; got {os.environ.get(name)!r}") from None


@dataclass(frozen=True)
class Settings:
    # Which generator: "embedded" (the project's own MM-DiT, CPU), "ltx2" or "wan" (GPU Spaces).
    model: str = field(default_factory=lambda: _env("SORA_SPACE_MODEL", "embedded"))
    # Weights for the chosen backend: a local folder, or a hub id for the GPU backends.
    model_path: str = field(default_factory=lambda: os.environ.get("SORA_SPACE_MODEL_PATH", ""))
    # Cache for generated dev signing credentials and other run-time state; never inside the repo.
    cache_dir: Path = field(
        default_factory=lambda: _env_path("SORA_SPACE_CACHE", Path("~/.cache/sora-space"))
    )
    # Where finished videos are written before Gradio serves them.
    output_dir: Path = field(
        default_factory=lambda: _env_path("SORA_SPACE_OUTPUT_DIR", Path("~/.cache/sora-space/outputs"))
    )
    # C2PA signing: PEM certificate chain (end-entity first) and PEM private key, as Space secrets.
    # When both are empty a development CA and ES256 certificate are created in cache_dir.
    c2pa_cert_chain: str = field(default_factory=lambda: os.environ.get("SORA_SPACE_C2PA_CERT_CHAIN", ""))
    c2pa_private_key: str = field(default_factory=lambda: os.environ.get("SORA_SPACE_C2PA_PRIVATE_KEY", ""))
    # Extra PEM trust anchors for /verify, besides the dev CA.
    c2pa_trust_anchors: str = field(default_factory=lambda: os.environ.get("SORA_SPACE_C2PA_TRUST_ANCHORS", ""))
    # Optional RFC 3161 timestamp authority; empty: no timestamp (this machine is offline).
    c2pa_tsa_url: str = field(default_factory=lambda: os.environ.get("SORA_SPACE_C2PA_TSA_URL", ""))
    # Extra folder of protected people's reference photos (<person>/<n>.jpg), beside assets/likeness.
    likeness_dir: str = field(default_factory=lambda: os.environ.get("SORA_SPACE_LIKENESS_DIR", ""))
    # OpenCLIP zero-shot frame check (nudity, gore, hate symbols) beside NudeNet: empty = off.
    # "ARCH/PRETRAINED" (e.g. ViT-B-32/laion2b_s34b_b79k, weights fetched from the hub once),
    # "hf-hub:ORG/REPO" or "local-dir:PATH". For the GPU Spaces; a spec that cannot load stops start-up.
    clip_model: str = field(default_factory=lambda: os.environ.get("SORA_SPACE_CLIP_MODEL", "").strip())
    # JSONL audit log of blocked requests (hashes only).
    audit_log: Path = field(
        default_factory=lambda: _env_path("SORA_SPACE_AUDIT_LOG", Path("~/.cache/sora-space/audit.jsonl"))
    )
    # Generation registry (SQLite): one row per video, the lookup behind /verify. No visitor data.
    # Empty: registry.sqlite in cache_dir.
    registry_file: str = field(default_factory=lambda: os.environ.get("SORA_SPACE_REGISTRY", ""))
    # Key of the invisible watermark's pattern. The default is public, so anyone can check a
    # video with this code; a Space with its own key can only be checked by itself.
    watermark_key: str = field(default_factory=lambda: _env("SORA_SPACE_WATERMARK_KEY", "sora-space"))
    # Threads of the embedded model (torch on CPU); 0: one per core, at most 4. Processes that share
    # the cores (test workers, several apps) need fewer: torch's threads spin while they wait, so two
    # 2-thread processes on 2 cores made a 4 s clip in 45-224 s instead of 15 s with one each.
    cpu_threads: int = field(default_factory=lambda: int(_env_number("SORA_SPACE_CPU_THREADS", "0")))
    # GPU backends: output size preset, "720p" (default) or "1080p" (LTX-2 only; see docs/DEPLOY.md).
    resolution: str = field(default_factory=lambda: _env("SORA_SPACE_RESOLUTION", "720p"))
    # GPU backends: keep weights in CPU memory and move each model to the GPU only while it runs.
    # Slower; for GPUs too small to hold the whole pipeline (untested on ZeroGPU).
    cpu_offload: bool = field(default_factory=lambda: _env_flag("SORA_SPACE_CPU_OFFLOAD"))
    # GPU backends: compile the denoiser ahead of time at start-up (ZeroGPU AoTI); CUDA only.
    aoti: bool = field(default_factory=lambda: _env_flag("SORA_SPACE_AOTI"))
    # Per-client limits as count/seconds[/burst]; "0" turns one off. Generation (text, image,
    # extend) and checks (/moderate, /verify) are counted apart.
    generate_rate: str = field(default_factory=lambda: _env("SORA_SPACE_GENERATE_RATE", "20/3600/5"))
    check_rate: str = field(default_factory=lambda: _env("SORA_SPACE_CHECK_RATE", "60/60/20"))
    # Seconds a client waits after its second blocked request in a row, doubling with each
    # further one; 0 turns the cool-down off.
    block_cool_down_s: float = field(default_factory=lambda: _env_number("SORA_SPACE_BLOCK_COOL_DOWN", "30"))
    # Take the visitor's address from X-Forwarded-For: on by default on a Hugging Face Space,
    # whose proxy sets it; elsewhere a client could forge it to escape its limits.
    trust_forwarded_for: bool = field(
        default_factory=lambda: _env_flag("SORA_SPACE_TRUST_PROXY", "1" if os.environ.get("SPACE_ID") else "0")
    )
    # Checks (/moderate, /verify) waiting beyond this many are turned away: each takes milliseconds.
    check_queue_size: int = field(default_factory=lambda: int(_env_number("SORA_SPACE_CHECK_QUEUE", "512")))
    # A generation is turned away, with the estimate, when the videos already waiting would take
    # longer than this many seconds to make (from the measured time per second of video).
    max_wait_s: float = field(default_factory=lambda: _env_number("SORA_SPACE_MAX_WAIT", "600"))
    # A generation still running after this many seconds is stopped with an error.
    request_timeout_s: float = field(default_factory=lambda: _env_number("SORA_SPACE_REQUEST_TIMEOUT", "600"))
    # Finished videos are deleted from output_dir after this many seconds (Gradio has its own
    # copy by then) and whenever the folder passes output_max_mb, oldest first.
    output_max_age_s: float = field(default_factory=lambda: _env_number("SORA_SPACE_OUTPUT_MAX_AGE", "3600"))
    output_max_mb: float = field(default_factory=lambda: _env_number("SORA_SPACE_OUTPUT_MAX_MB", "2048"))

    @property
    def registry_path(self) -> Path:
        return Path(os.path.expanduser(self.registry_file)) if self.registry_file else self.cache_dir / "registry.sqlite"

    @property
    def logo_path(self) -> Path:
        return ASSETS / "logo.png"


def load_settings() -> Settings:
    return Settings()
