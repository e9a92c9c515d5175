"""Input components that hand the raw value to `sora_space.validation`.

Gradio's own preprocessing rejects some bad API values with tracebacks a client can't read
("Could not preprocess input component at index 4"). These subclasses pass the value through
untouched so that every bad input, from the page or a script, gets validation's clear message.
"""

from __future__ import annotations

from typing import Any

import gradio as gr


class Radio(gr.Radio):
    def preprocess(self, payload: Any) -> Any:
        return payload


class Slider(gr.Slider):
    def preprocess(self, payload: Any) -> Any:
        return payload


class Image(gr.Image):
    """A first-frame upload, passed on as a file path; validation opens it safely."""

    def preprocess(self, payload: Any) -> str | None:
        if payload is None:
            return None
        if getattr(payload, "path", None):
            return payload.path
        return super().preprocess(payload)
