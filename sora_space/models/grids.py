"""Native model grids: the pixel size the embedded model generates at for each aspect ratio.

Pixel space at low resolution keeps a CPU training step cheap; the pipeline upsamples to the
output size. Heights and widths are multiples of the 4-pixel patch.
"""

MODEL_GRIDS: dict[str, tuple[int, int]] = {"1:1": (32, 32), "16:9": (24, 40), "9:16": (40, 24)}  # (height, width)
OUTPUT_SIZES: dict[str, tuple[int, int]] = {"1:1": (256, 256), "16:9": (456, 256), "9:16": (256, 456)}  # (width, height)
MODEL_FPS = 6.0
AUDIO_RATE = 24.0  # band-envelope steps a second: one per output frame
OUTPUT_FPS = 24.0
SAMPLE_RATE = 16000

