"""MM-DiT for joint video + audio generation, small enough to train on a CPU.

Three token streams — text, video, audio — each with its own projections, MLP and AdaLN-zero
modulation, meet in one joint attention per block (q/k/v concatenated across streams, one
softmax). Video enters as spacetime patches; audio as patches of per-step pitch-band energies.

Positions are rotary. Each head splits into a temporal part and two spatial parts (y, x).
Time is measured in seconds, on one axis shared by video and audio, so a sound and the frame it
belongs to sit at the same temporal position. Audio tokens take the centre of the frame as their
spatial position; text tokens are not rotated.

Conditioning frames: every input frame carries a mask channel (1 = clean context, given; 0 =
to be generated). The same weights thus do text-to-video (no context), image-to-video (one
context frame) and extension (the last frames of the previous chunk).

The network predicts the clean signal (x0). With rectified flow x_t = (1 - s) x0 + s noise, the
velocity a flow-matching sampler wants is (x_t - x0) / s; see `velocity_from_x0`.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from diffusers.configuration_utils import ConfigMixin, register_to_config
from diffusers.models.modeling_utils import ModelMixin
from torch import nn

STREAMS = ("text", "video", "audio")


def velocity_from_x0(sample: torch.Tensor, x0: torch.Tensor, sigma: torch.Tensor, min_sigma: float = 1e-3) -> torch.Tensor:
    """Rectified-flow velocity (noise - x0) implied by a clean-signal prediction.

    min_sigma is the scheduler's last noise level, so the final Euler step lands exactly on x0.
    """
    sigma = sigma.clamp(min=min_sigma).view(-1, *([1] * (sample.dim() - 1)))
    return (sample - x0) / sigma


def guided(unconditional: torch.Tensor, conditional: torch.Tensor, scale: float) -> torch.Tensor:
    """Classifier-free guidance of a clean-signal prediction: `scale` times as far from the
    unconditional prediction as the conditional one lies."""
    return unconditional + scale * (conditional - unconditional)


def timestep_embedding(sigma: torch.Tensor, dim: int) -> torch.Tensor:
    """Sinusoidal features of the noise level (sigma in [0, 1], scaled to 0..1000 like DiT)."""
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float32, device=sigma.device) / half)
    args = sigma.float()[:, None] * 1000.0 * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=-1)


def rope_angles(positions: torch.Tensor, dims: tuple[int, ...], theta: float) -> torch.Tensor:
    """(N, head_dim // 2) rotation angles for (N, len(dims)) positions; axis i gets dims[i] channels."""
    parts = []
    for axis, dim in enumerate(dims):
        freqs = theta ** (-torch.arange(0, dim, 2, dtype=torch.float32, device=positions.device) / dim)
        parts.append(positions[:, axis, None].float() * freqs[None])
    return torch.cat(parts, dim=-1)


def apply_rope(x: torch.Tensor, angles: torch.Tensor) -> torch.Tensor:
    """Rotate channel pairs of x (B, heads, N, head_dim) by angles (N, head_dim // 2)."""
    cos, sin = angles.cos().to(x.dtype), angles.sin().to(x.dtype)
    x1, x2 = x[..., 0::2], x[..., 1::2]
    return torch.stack([x1 * cos - x2 * sin, x1 * sin + x2 * cos], dim=-1).flatten(-2)


def modulate(x: torch.Tensor, shift: torch.Tensor, scale: torch.Tensor, channel_dim: int = -1) -> torch.Tensor:
    """AdaLN / FiLM: x * (1 + scale) + shift, with shift and scale (B, C) broadcast over x's other axes."""
    shape = [1] * x.dim()
    shape[0], shape[channel_dim] = x.shape[0], x.shape[channel_dim]
    return x * (1 + scale.view(shape)) + shift.view(shape)


def zero_init(*layers: nn.Module) -> None:
    """Zero the weights and biases of output layers: a module so started adds nothing until it learns
    (AdaLN-zero, and modules grown onto trained weights)."""
    for layer in layers:
        nn.init.zeros_(layer.weight)
        nn.init.zeros_(layer.bias)


class StreamLayer(nn.Module):
    """One stream's share of a joint block: its own norms, q/k/v, output projection, MLP, AdaLN-zero."""

    def __init__(self, width: int, num_heads: int, mlp_ratio: float):
        super().__init__()
        self.num_heads = num_heads
        self.norm1 = nn.LayerNorm(width, elementwise_affine=False, eps=1e-6)
        self.qkv = nn.Linear(width, 3 * width)
        head_dim = width // num_heads
        self.q_norm = nn.RMSNorm(head_dim, eps=1e-6)  # q/k norms keep joint attention logits tame across streams
        self.k_norm = nn.RMSNorm(head_dim, eps=1e-6)
        self.proj = nn.Linear(width, width)
        self.norm2 = nn.LayerNorm(width, elementwise_affine=False, eps=1e-6)
        hidden = int(width * mlp_ratio)
        self.mlp = nn.Sequential(nn.Linear(width, hidden), nn.GELU(approximate="tanh"), nn.Linear(hidden, width))
        self.ada = nn.Sequential(nn.SiLU(), nn.Linear(width, 6 * width))
        zero_init(self.ada[1])

    def qkv_heads(self, x: torch.Tensor, shift: torch.Tensor, scale: torch.Tensor) -> tuple[torch.Tensor, ...]:
        b, n, _ = x.shape
        qkv = self.qkv(modulate(self.norm1(x), shift, scale)).view(b, n, 3, self.num_heads, -1)
        q, k, v = qkv.permute(2, 0, 3, 1, 4)  # each (B, heads, N, head_dim)
        return self.q_norm(q), self.k_norm(k), v


class JointBlock(nn.Module):
    def __init__(self, width: int, num_heads: int, mlp_ratio: float):
        super().__init__()
        self.streams = nn.ModuleDict({name: StreamLayer(width, num_heads, mlp_ratio) for name in STREAMS})

    def forward(self, tokens: dict[str, torch.Tensor], cond: torch.Tensor, angles: dict[str, torch.Tensor | None],
                key_mask: torch.Tensor) -> dict[str, torch.Tensor]:
        mods, qs, ks, vs = {}, [], [], []
        for name in STREAMS:
            layer = self.streams[name]
            mods[name] = layer.ada(cond).chunk(6, dim=-1)
            q, k, v = layer.qkv_heads(tokens[name], mods[name][0], mods[name][1])
            if angles[name] is not None:
                q, k = apply_rope(q, angles[name]), apply_rope(k, angles[name])
            qs.append(q), ks.append(k), vs.append(v)
        attended = F.scaled_dot_product_attention(
            torch.cat(qs, dim=2), torch.cat(ks, dim=2), torch.cat(vs, dim=2), attn_mask=key_mask
        )
        attended = attended.transpose(1, 2).flatten(2)  # (B, N, width)
        out, start = {}, 0
        for name in STREAMS:
            layer, x = self.streams[name], tokens[name]
            shift1, scale1, gate1, shift2, scale2, gate2 = mods[name]
            part = attended[:, start : start + x.shape[1]]
            start += x.shape[1]
            x = x + gate1[:, None] * layer.proj(part)
            x = x + gate2[:, None] * layer.mlp(modulate(layer.norm2(x), shift2, scale2))
            out[name] = x
        return out


class TextReader(nn.Module):
    """Learned queries that read the text tokens into the global (AdaLN) conditioning.

    The mean-pooled MiniLM vector barely tells "moves to the left" from "moves to the right"
    (cosine 0.98), so through AdaLN alone a prompt's direction never reaches every token; each
    query here attends over the token states and can pick out the words that matter.
    The output layer starts at zero, so adding a reader to trained weights changes nothing until
    it learns.
    """

    def __init__(self, text_dim: int, width: int, queries: int):
        super().__init__()
        self.queries = nn.Parameter(torch.randn(queries, text_dim) * text_dim**-0.5)
        self.out = nn.Linear(queries * text_dim, width)
        zero_init(self.out)

    def forward(self, tokens: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        logits = torch.einsum("qd,bld->bql", self.queries.to(tokens.dtype), tokens) * tokens.shape[-1] ** -0.5
        weights = logits.masked_fill(~mask[:, None, :], float("-inf")).softmax(dim=-1)
        return self.out(torch.einsum("bql,bld->bqd", weights, tokens).flatten(1))


class FinalLayer(nn.Module):
    def __init__(self, width: int, out_dim: int):
        super().__init__()
        self.norm = nn.LayerNorm(width, elementwise_affine=False, eps=1e-6)
        self.ada = nn.Sequential(nn.SiLU(), nn.Linear(width, 2 * width))
        self.linear = nn.Linear(width, out_dim)
        zero_init(self.ada[1], self.linear)

    def forward(self, x: torch.Tensor, cond: torch.Tensor) -> torch.Tensor:
        shift, scale = self.ada(cond).chunk(2, dim=-1)
        return self.linear(modulate(self.norm(x), shift, scale))


class RefinerBlock(nn.Module):
    """A residual pair of dilated 3x3 convolutions, modulated by the model's conditioning.

    Three plain 3x3 convolutions see 7x7 pixels, less than most objects, and the text reaches
    them only through the tokens' features; a dilated pair widens the view by 4 * dilation
    pixels and its FiLM (scale and shift from the conditioning) hands it the prompt itself, so
    it can tell a circle's outline from a square's. Its second convolution and the FiLM start
    at zero: added to trained weights it changes nothing until it learns.
    """

    def __init__(self, width: int, channels: int, dilation: int):
        super().__init__()
        self.film = nn.Sequential(nn.SiLU(), nn.Linear(width, 2 * channels))
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=dilation, dilation=dilation)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=dilation, dilation=dilation)
        zero_init(self.film[1], self.conv2)

    def forward(self, x: torch.Tensor, cond: torch.Tensor) -> torch.Tensor:
        """x (N, channels, H, W); cond (N, width), one row per frame."""
        shift, scale = self.film(cond).chunk(2, dim=-1)
        return x + self.conv2(F.silu(self.conv1(F.silu(modulate(x, shift, scale, channel_dim=1)))))


class PixelRefiner(nn.Module):
    """Convolutions at pixel resolution that correct the transformer's clean-video prediction.

    Tokens draw whole 4x4-pixel patches, and asked to denoise true clips from sigma 0.1 the
    step-28,084 model still lost shapes the noisy frames plainly showed. The refiner sees the
    noisy frames, the prediction and per-pixel features the tokens write, so an edge can run
    across patch borders and be taken from the input where the noise is low; `blocks` dilated
    blocks (dilation 2, 4, ...) between its last two convolutions widen its view to whole
    objects. Its last layer starts at zero: added to trained weights it changes nothing until it
    learns.
    """

    def __init__(self, width: int, video_channels: int, patch_volume: int, channels: int, features: int,
                 blocks: int = 0):
        super().__init__()
        self.features = FinalLayer(width, features * patch_volume)
        self.net = nn.Sequential(
            nn.Conv2d(2 * video_channels + features + 1, channels, 3, padding=1), nn.SiLU(),
            nn.Conv2d(channels, channels, 3, padding=1), nn.SiLU(),
            nn.Conv2d(channels, video_channels, 3, padding=1),
        )
        self.blocks = nn.ModuleList(RefinerBlock(width, channels, 2 ** (i + 1)) for i in range(blocks))
        zero_init(self.net[-1])

    def forward(self, noisy: torch.Tensor, x0: torch.Tensor, features: torch.Tensor, sigma: torch.Tensor,
                cond: torch.Tensor) -> torch.Tensor:
        """The correction to x0; noisy, x0 (B, C, T, H, W), features (B, F, T, H, W), sigma (B,), cond (B, width)."""
        b, _, t, h, w = x0.shape
        level = sigma.to(x0.dtype).view(b, 1, 1, 1, 1).expand(b, 1, t, h, w)
        x = torch.cat([noisy, x0, features, level], dim=1).transpose(1, 2).flatten(0, 1)  # (B*T, ., H, W)
        for layer in self.net[:-1]:
            x = layer(x)
        if self.blocks:
            frame_cond = cond.repeat_interleave(t, dim=0)
            for block in self.blocks:
                x = block(x, frame_cond)
        return self.net[-1](x).unflatten(0, (b, t)).transpose(1, 2)


class MMDiTModel(ModelMixin, ConfigMixin):
    """Joint text / video / audio diffusion transformer predicting clean video and audio.

    Video: (B, C, T, H, W) in [-1, 1] at `video_fps`; T a multiple of `temporal_patch`, H and W
    multiples of `patch_size`. Audio: (B, bands, S) in [-1, 1] at `audio_rate` steps a second,
    S = T * audio_rate / video_fps, a multiple of `audio_patch`.
    """

    @register_to_config
    def __init__(
        self,
        video_channels: int = 3,
        patch_size: int = 4,
        temporal_patch: int = 2,
        audio_bands: int = 3,
        audio_patch: int = 4,
        text_dim: int = 384,
        width: int = 256,
        depth: int = 6,
        num_heads: int = 4,
        mlp_ratio: float = 4.0,
        rope_theta: float = 100.0,
        rope_time_scale: float = 24.0,  # temporal rotary position = seconds * this
        video_fps: float = 6.0,
        audio_rate: float = 24.0,
        text_queries: int = 0,  # learned reads of the text into the AdaLN conditioning (0: pooled vector only)
        refiner_channels: int = 0,  # width of the PixelRefiner's convolutions (0: no refiner)
        refiner_features: int = 8,  # per-pixel features the tokens hand the refiner
        refiner_blocks: int = 0,  # dilated, text-modulated residual blocks in the refiner
    ):
        super().__init__()
        head_dim = width // num_heads
        spatial = (head_dim // 3) // 2 * 2
        self.rope_dims = (head_dim - 2 * spatial, spatial, spatial)  # (t, y, x) channels per head
        patch_volume = temporal_patch * patch_size**2  # pixels a video token covers
        video_in = (video_channels + 1) * patch_volume  # +1: the context-mask channel
        audio_in = (audio_bands + 1) * audio_patch
        self.video_embed = nn.Linear(video_in, width)
        self.audio_embed = nn.Linear(audio_in, width)
        self.text_embed = nn.Linear(text_dim, width)
        self.time_embed = nn.Sequential(nn.Linear(256, width), nn.SiLU(), nn.Linear(width, width))
        self.pooled_embed = nn.Sequential(nn.Linear(text_dim, width), nn.SiLU(), nn.Linear(width, width))
        self.text_reader = TextReader(text_dim, width, text_queries) if text_queries else None
        self.blocks = nn.ModuleList(JointBlock(width, num_heads, mlp_ratio) for _ in range(depth))
        self.video_out = FinalLayer(width, video_channels * patch_volume)
        self.audio_out = FinalLayer(width, audio_bands * audio_patch)
        self.refiner = (PixelRefiner(width, video_channels, patch_volume, refiner_channels, refiner_features,
                                     refiner_blocks) if refiner_channels else None)

    # --- patching -------------------------------------------------------------------------
    def patchify_video(self, video: torch.Tensor) -> torch.Tensor:
        b, c, t, h, w = video.shape
        pt, p = self.config.temporal_patch, self.config.patch_size
        x = video.view(b, c, t // pt, pt, h // p, p, w // p, p)
        return x.permute(0, 2, 4, 6, 3, 5, 7, 1).reshape(b, (t // pt) * (h // p) * (w // p), -1)

    def unpatchify_video(self, tokens: torch.Tensor, frames: int, height: int, width: int) -> torch.Tensor:
        pt, p = self.config.temporal_patch, self.config.patch_size
        b, c = tokens.shape[0], tokens.shape[-1] // (pt * p * p)
        x = tokens.view(b, frames // pt, height // p, width // p, pt, p, p, c)
        return x.permute(0, 7, 1, 4, 2, 5, 3, 6).reshape(b, c, frames, height, width)

    def patchify_audio(self, audio: torch.Tensor) -> torch.Tensor:
        b, c, s = audio.shape
        pa = self.config.audio_patch
        return audio.view(b, c, s // pa, pa).permute(0, 2, 3, 1).reshape(b, s // pa, pa * c)

    def unpatchify_audio(self, tokens: torch.Tensor) -> torch.Tensor:
        b, n, _ = tokens.shape
        pa, c = self.config.audio_patch, self.config.audio_bands
        return tokens.view(b, n, pa, c).permute(0, 3, 1, 2).reshape(b, c, n * pa)

    # --- positions ------------------------------------------------------------------------
    def positions(self, frames: int, height: int, width: int, steps: int, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
        """(t, y, x) rotary positions of video and audio tokens; t in seconds * rope_time_scale."""
        cfg = self.config
        pt, p, pa = cfg.temporal_patch, cfg.patch_size, cfg.audio_patch
        # A token's time is the mean instant of the frames (steps) it covers.
        video_t = (torch.arange(frames // pt, device=device) * pt + (pt - 1) / 2) / cfg.video_fps
        audio_t = (torch.arange(steps // pa, device=device) * pa + (pa - 1) / 2) / cfg.audio_rate
        gy, gx = height // p, width // p
        t, y, x = torch.meshgrid(video_t, torch.arange(gy, device=device, dtype=video_t.dtype), torch.arange(gx, device=device, dtype=video_t.dtype), indexing="ij")
        video_pos = torch.stack([t.flatten() * cfg.rope_time_scale, y.flatten(), x.flatten()], dim=-1)
        centre = torch.tensor([(gy - 1) / 2, (gx - 1) / 2], device=device).expand(audio_t.numel(), 2)
        audio_pos = torch.cat([audio_t[:, None] * cfg.rope_time_scale, centre], dim=-1)
        return video_pos, audio_pos

    def text_condition(self, text_tokens: torch.Tensor, text_mask: torch.Tensor, text_pooled: torch.Tensor) -> torch.Tensor:
        """The prompt's share of the AdaLN conditioning, (B, width): pooled vector plus the reader's reads."""
        cond = self.pooled_embed(text_pooled)
        if self.text_reader is not None:
            cond = cond + self.text_reader(text_tokens, text_mask)
        return cond

    def forward(
        self,
        video: torch.Tensor,
        video_context: torch.Tensor,
        audio: torch.Tensor,
        audio_context: torch.Tensor,
        sigma: torch.Tensor,
        text_tokens: torch.Tensor,
        text_mask: torch.Tensor,
        text_pooled: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Predict clean (video, audio).

        video: (B, C, T, H, W) noisy video with context frames already clean.
        video_context: (B, T) 1.0 where a frame is given context, else 0.0.
        audio: (B, bands, S) noisy band envelopes, context steps clean; audio_context: (B, S).
        sigma: (B,) noise level in [0, 1] (1 = pure noise).
        text_tokens: (B, L, text_dim) frozen text-encoder token states; text_mask: (B, L) bool,
        True for real tokens; text_pooled: (B, text_dim).
        """
        b, _, frames, height, width_px = video.shape
        steps = audio.shape[-1]
        mask_video = video_context[:, None, :, None, None].expand(b, 1, frames, height, width_px).to(video.dtype)
        mask_audio = audio_context[:, None, :].to(audio.dtype)
        tokens = {
            "text": self.text_embed(text_tokens),
            "video": self.video_embed(self.patchify_video(torch.cat([video, mask_video], dim=1))),
            "audio": self.audio_embed(self.patchify_audio(torch.cat([audio, mask_audio], dim=1))),
        }
        cond = self.time_embed(timestep_embedding(sigma, 256).to(video.dtype))
        cond = cond + self.text_condition(text_tokens, text_mask, text_pooled)
        video_pos, audio_pos = self.positions(frames, height, width_px, steps, video.device)
        theta = self.config.rope_theta
        angles = {
            "text": None,
            "video": rope_angles(video_pos, self.rope_dims, theta),
            "audio": rope_angles(audio_pos, self.rope_dims, theta),
        }
        n_other = tokens["video"].shape[1] + tokens["audio"].shape[1]
        keep = torch.cat([text_mask, text_mask.new_ones(b, n_other)], dim=1)
        key_mask = keep[:, None, None, :]  # (B, 1, 1, N): no query attends to text padding
        for block in self.blocks:
            tokens = block(tokens, cond, angles, key_mask)
        video_x0 = self.unpatchify_video(self.video_out(tokens["video"], cond), frames, height, width_px)
        if self.refiner is not None:
            features = self.unpatchify_video(self.refiner.features(tokens["video"], cond), frames, height, width_px)
            video_x0 = video_x0 + self.refiner(video, video_x0, features, sigma, cond)
        audio_x0 = self.unpatchify_audio(self.audio_out(tokens["audio"], cond))
        return video_x0, audio_x0
