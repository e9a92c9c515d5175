"""sora-space: a safe, provenance-first text/image-to-video Space."""

__version__ = "0.1.0"
