"""sora-space: builds the page from sora_space and launches it (locally or as a Space)."""

from sora_space.config import load_settings
from sora_space.service import VideoService
from sora_space.ui import build_demo, launch

settings = load_settings()
demo = build_demo(VideoService.load(settings))

if __name__ == "__main__":
    launch(demo, settings)
