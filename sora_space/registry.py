"""The generation registry: one SQLite row per video this Space made, looked up by /verify.

It holds what a verifier needs to say "made here, then, with this model" and nothing that
identifies the visitor: no IP, no user name, no prompt text (only its SHA-256,
`safety.moderator.prompt_sha256`, the same hash the audit log keeps).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS generations (
    generation_id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    model TEXT NOT NULL,
    mode TEXT NOT NULL,
    seed INTEGER NOT NULL,
    prompt_sha256 TEXT NOT NULL,
    manifest_label TEXT,
    moderation TEXT NOT NULL,
    extended_from TEXT
)
"""


@dataclass(frozen=True)
class GenerationRecord:
    generation_id: str
    created_at: str  # ISO 8601, UTC
    model: str
    mode: str
    seed: int
    prompt_sha256: str
    manifest_label: str | None
    moderation: dict  # the verdicts of each stage, as recorded in the generation's info
    extended_from: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Registry:
    """Thread-safe by construction: every call opens its own connection (SQLite serialises
    writers, and WAL lets /verify read while a generation is being recorded)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=10.0)
        try:
            with db:  # commits, or rolls back on an exception
                yield db
        finally:
            db.close()

    def add(self, record: GenerationRecord) -> None:
        row = record.to_dict()
        row["moderation"] = json.dumps(record.moderation, sort_keys=True)
        columns = ", ".join(row)
        with self._connect() as db:
            db.execute(f"INSERT INTO generations ({columns}) VALUES ({', '.join('?' * len(row))})",
                       tuple(row.values()))

    def integrity(self) -> str:
        """SQLite's own integrity check: "ok", or what is wrong."""
        with self._connect() as db:
            return "; ".join(row[0] for row in db.execute("PRAGMA integrity_check"))

    def get(self, generation_id: str) -> GenerationRecord | None:
        with self._connect() as db:
            db.row_factory = sqlite3.Row
            row = db.execute("SELECT * FROM generations WHERE generation_id = ?",
                             (generation_id,)).fetchone()
        if row is None:
            return None
        values = dict(row)
        values["moderation"] = json.loads(values["moderation"])
        return GenerationRecord(**values)
