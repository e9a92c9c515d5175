"""Moderation of prompts, uploaded images and generated frames."""

from safety.verdict import Verdict

__all__ = ["Verdict"]
