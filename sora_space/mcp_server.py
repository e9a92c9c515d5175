"""The Space's MCP server: Gradio's, answering with results an agent can use.

Gradio 6.31 (pinned in requirements.txt) turns each output into text: a video becomes the repr of
a dict holding a server path, a dict the repr of a Python dict. Here every tool call answers with
- a `resource_link` per file: the MP4's URL, which the client can fetch;
- the result as JSON text, and the same object as `structuredContent`: `{"video": url, "seed": n,
  "info": {...}}` for the generation tools (the field names of `GenerationResult`), the report
  itself for `moderate` and `verify`.
File inputs take a URL or a `data:` URI. A URL of this Space's own file route (a video it just
returned, passed to `verify` or `extend_video`) is read from disk, under the same rules as that
route: Gradio's fetcher refuses private addresses, so a Space on loopback could not fetch it.

Gradio builds its MCP server inside `launch()` with no hook for a subclass, so `install()` puts
this class where Gradio looks it up.
"""

from __future__ import annotations

import contextvars
import json
import mimetypes
import typing
from typing import Any
from urllib.parse import unquote, urlsplit

import gradio.mcp
import gradio_client.utils as client_utils
from gradio import processing_utils, utils
from gradio.data_classes import _StaticFiles
from gradio_client import handle_file
from mcp import types

# The tool being called and a dict its structured result is written into; set for the length of
# one call, so concurrent calls never see each other's.
_CALL: contextvars.ContextVar[tuple[str | None, dict]] = contextvars.ContextVar("sora_space_mcp_call")


def _file_url(value: Any) -> str | None:
    """The URL of a served file: a FileData, or a Video's {"video": FileData, ...}."""
    if isinstance(value, dict) and client_utils.is_file_obj_with_meta(value.get("video")):
        value = value["video"]
    if client_utils.is_file_obj_with_meta(value):
        return value.get("url") or value["path"]
    return None


class SpaceMCPServer(gradio.mcp.GradioMCPServer):
    @property
    def _file_data_tool_description(self) -> str:
        return " File inputs take an http(s) URL the Space can fetch, or a data: URI (base64)."

    def convert_strings_to_filedata(self, value: Any, filedata_positions: list) -> Any:
        if isinstance(value, dict):
            value = {key: self._own_file(item) if [key] in filedata_positions else item
                     for key, item in value.items()}
        return super().convert_strings_to_filedata(value, filedata_positions)

    def _own_file(self, value: Any) -> Any:
        """A URL of this server's `/gradio_api/file=` route as that file, if the route would serve it."""
        if not isinstance(value, str):
            return value
        url = urlsplit(value)
        request = self.mcp_server.request_context.request
        host = request.headers.get("host") if request is not None else None
        route = "/gradio_api/file="
        if url.scheme not in ("http", "https") or url.netloc != host or route not in url.path:
            return value
        path = utils.abspath(unquote(url.path.split(route, 1)[1]))
        allowed, _ = utils.is_allowed_file(
            path, blocked_paths=self.blocks.blocked_paths,
            allowed_paths=self.blocks.allowed_paths + _StaticFiles.all_paths,
            created_paths=[utils.get_upload_folder(), str(utils.get_cache_folder())],
        )
        if not allowed or not path.is_file():
            raise ValueError(f"This Space does not serve {value}.")
        return handle_file(str(path))

    def create_mcp_server(self) -> Any:
        server = super().create_mcp_server()
        call_tool = server.request_handlers[types.CallToolRequest]

        async def call_tool_with_fields(request: Any) -> Any:
            fields: dict = {}
            token = _CALL.set((request.params.name, fields))
            try:
                response = await call_tool(request)
            finally:
                _CALL.reset(token)
            result = response.root
            if isinstance(result, types.CallToolResult) and not result.isError and fields:
                result.structuredContent = fields
            return response

        server.request_handlers[types.CallToolRequest] = call_tool_with_fields
        return server

    def _field_names(self, tool: str | None) -> tuple[str, ...] | None:
        """The names a tool's function gives its outputs (a NamedTuple return type), if any."""
        block_fn = self.get_block_fn_from_endpoint_name(self.tool_to_endpoint.get(tool or "", ""))
        if block_fn is None or block_fn.fn is None:
            return None
        returned = typing.get_type_hints(block_fn.fn).get("return")
        return getattr(returned, "_fields", None)

    def postprocess_output_data(self, data: Any, root_url: str) -> list:
        tool, fields = _CALL.get((None, {}))
        names = self._field_names(tool)
        if names and len(data) == 1 and isinstance(data[0], (list, tuple)) and len(data[0]) == len(names):
            data = list(data[0])  # a queued call's outputs arrive as one tuple
        data = processing_utils.add_root_url(data, root_url, None)
        urls = [_file_url(value) for value in data]
        values = [url or value for url, value in zip(urls, data)]
        if names and len(names) == len(values):
            fields.update(zip(names, values))
        elif len(values) == 1 and isinstance(values[0], dict):
            fields.update(values[0])
        links = [
            types.ResourceLink(type="resource_link", uri=url, name=url.rsplit("/", 1)[-1],
                                    mimeType=mimetypes.guess_type(url)[0])
            for url in urls if url
        ]
        text = json.dumps(fields if fields else values, ensure_ascii=False)
        return [*links, types.TextContent(type="text", text=text)]


def install() -> None:
    """Make Gradio build this server when `launch(mcp_server=True)` starts the app."""
    gradio.mcp.GradioMCPServer = SpaceMCPServer
