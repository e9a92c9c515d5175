"""Native model grids: the pixel size the embedded model generates at for each aspect ratio.

Pixel space at low resolution keeps a CPU training step cheap; the pipeline upsamples to the
output size. Heights and widths are multiples of the 4-pixel patch.
"""

MODEL_GRIDS: dict[str, tuple[int, int]] = {"1:1": (32, 32), "16:9": (24, 40), "9:16": (40, 24)}  # (height, width)
# Square clips are 480 px, not 256: at 256 a model pixel is 4/3 of an invisible-mark cell (1/24 of
# a small frame's side) and the model's static texture on its pixel grid hid the mark (cropped and
# halved copies traced for 6 of 12 ids); at 480 (1/32 of the side) the two grids coincide, as in
# 16:9 and 9:16, and 11 of 12 were traced.
OUTPUT_SIZES: dict[str, tuple[int, int]] = {"1:1": (480, 480), "16:9": (456, 256), "9:16": (256, 456)}  # (width, height)
MODEL_FPS = 6.0
AUDIO_RATE = 24.0  # band-envelope steps a second: one per output frame
OUTPUT_FPS = 24.0
SAMPLE_RATE = 16000

