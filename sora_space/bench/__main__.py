"""Benchmarks: `python -m sora_space.bench output|model|safety|load|watermark`.

Each prints ratios measured side by side in one run; each lives in its own module here.
"""

from __future__ import annotations

import importlib
import sys

BENCHES = {
    "output": "sora_space.bench.output",
    "model": "sora_space.bench.model",
    "safety": "sora_space.bench.safety",
    "watermark": "sora_space.bench.watermark",
    "load": "sora_space.bench.load",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in BENCHES:
        print(f"usage: python -m sora_space.bench {{{'|'.join(BENCHES)}}} [options]", file=sys.stderr)
        return 2
    module = importlib.import_module(BENCHES[argv[0]])
    return module.main(argv[1:]) or 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
