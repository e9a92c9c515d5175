"""The one result type every moderation check returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    category: str | None = None  # "real_person", "political", ... ; None when allowed
    reason: str = ""
    scores: dict = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)
