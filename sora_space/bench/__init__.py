"""Benchmarks, one module each, all run as `python -m sora_space.bench <name>` (see __main__).

Development tools: they use the runtime package, never the reverse.
"""
