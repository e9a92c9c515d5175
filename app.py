"""sora-space: builds the page from sora_space and launches it (locally or as a Space)."""

import logging

from sora_space.config import load_settings
from sora_space.service import VideoService
from sora_space.ui import build_demo, launch

# The Space's log shows the app's own INFO lines (which checks are active, each generation).
logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s: %(message)s")
for name in ("sora_space", "safety"):
    logging.getLogger(name).setLevel(logging.INFO)

service = VideoService.load(load_settings())
demo = build_demo(service)

if __name__ == "__main__":
    launch(demo, service)
