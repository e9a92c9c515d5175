"""The project's own video + audio diffusion model (MM-DiT), its pipeline and benchmarks."""
