"""Input components that hand the raw value to `sora_space.validation`, and describe it truly.

Gradio's own preprocessing rejects some bad API values with tracebacks a client can't read
("Could not preprocess input component at index 4"). These subclasses pass the value through
untouched so that every bad input, from the page or a script, gets validation's clear message.

Their `api_info` is the JSON schema that `gradio_client`'s docs and the MCP tools publish, and
that MCP servers validate arguments against: Gradio 6.31 calls every Radio a string (so its
numeric durations matched no value) and gives sliders no bounds.
"""

from __future__ import annotations

from typing import Any

import gradio as gr


def _json_type(values: list) -> str:
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "integer"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "number"
    return "string"


class Radio(gr.Radio):
    def preprocess(self, payload: Any) -> Any:
        return payload

    def api_info(self) -> dict[str, Any]:
        values = [value for _, value in self.choices]
        return {"type": _json_type(values), "enum": values, "title": "Radio"}


class Slider(gr.Slider):
    def preprocess(self, payload: Any) -> Any:
        return payload

    def api_info(self) -> dict[str, Any]:
        return {**super().api_info(), "minimum": self.minimum, "maximum": self.maximum}


class Image(gr.Image):
    """A first-frame upload, passed on as a file path; validation opens it safely."""

    def preprocess(self, payload: Any) -> str | None:
        if payload is None:
            return None
        if getattr(payload, "path", None):
            return payload.path
        return super().preprocess(payload)
