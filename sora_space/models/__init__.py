"""The project's own video + audio diffusion model (MM-DiT) and its pipeline."""
