"""The app as an MCP agent uses it: the `mcp` client over streamable HTTP against `python app.py`."""

from __future__ import annotations

import asyncio
import base64
import json
import urllib.request

import av
import jsonschema
import pytest
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

from sora_space.config import REPO_ROOT

EXAMPLE_IMAGE = REPO_ROOT / "assets" / "examples" / "red_circle_on_blue.png"
TOOLS = {"text_to_video", "image_to_video", "extend_video", "moderate", "verify"}


def with_session(app_url: str, work):
    """Run `await work(session)` in a fresh, initialised MCP client session."""
    async def run():
        async with streamable_http_client(app_url + "gradio_api/mcp/") as (read, write, _):
            async with ClientSession(read, write) as session:
                await session.initialize()
                return await work(session)
    return asyncio.run(run())


def call(app_url: str, tool: str, arguments: dict):
    return with_session(app_url, lambda session: session.call_tool(tool, arguments))


def fields(result) -> dict:
    """A successful result's structured fields, checked against its JSON text."""
    assert not result.isError, result.content
    assert json.loads(result.content[-1].text) == result.structuredContent
    return result.structuredContent


@pytest.fixture(scope="module")
def tools(app_url) -> dict:
    listed = with_session(app_url, lambda session: session.list_tools())
    return {tool.name: tool for tool in listed.tools}


def test_every_tool_and_parameter_is_described(tools):
    assert TOOLS <= set(tools)
    for name in TOOLS:
        assert len(tools[name].description) > 40, name
        for parameter, schema in tools[name].inputSchema["properties"].items():
            assert len(schema.get("description", "")) > 15, (name, parameter)
    generate = tools["text_to_video"].description
    assert "Blocked: <category>." in generate and "moderate" in generate
    assert "data: URI" in tools["image_to_video"].description


def _example_arguments(schema: dict, file_url: str) -> list[dict]:
    """Arguments with the defaults filled in, once per documented value of each enum."""
    base = {name: prop["default"] for name, prop in schema["properties"].items() if "default" in prop}
    for name in schema.get("required", []):
        base.setdefault(name, file_url if "format" in schema["properties"][name] else "a red ball")
    variants = [base]
    for name, prop in schema["properties"].items():
        variants += [{**base, name: value} for value in prop.get("enum", [])]
    return variants


def test_the_schemas_validate_with_defaults_and_every_documented_value(tools):
    for name in TOOLS:
        schema = tools[name].inputSchema
        jsonschema.Draft202012Validator.check_schema(schema)
        for arguments in _example_arguments(schema, "https://example.org/a.mp4"):
            jsonschema.validate(arguments, schema)
    generate = tools["text_to_video"].inputSchema
    assert generate["properties"]["duration"]["type"] == "integer"
    assert generate["properties"]["steps"]["type"] == "integer"
    for bad in ({"duration": "4"}, {"duration": 5}, {"steps": 0}, {"aspect_ratio": "4:3"},
                {"guidance_scale": 21}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({"prompt": "a red ball", **bad}, generate)


def test_text_to_video_gives_a_video_url_to_fetch_verify_and_extend(app_url, tmp_path):
    result = call(app_url, "text_to_video", {"prompt": "a red ball bouncing", "duration": 4,
                                             "aspect_ratio": "9:16", "seed": 7,
                                             "randomize_seed": False})
    out = fields(result)
    assert out["seed"] == 7 and out["info"]["seed"] == 7 and out["info"]["mode"] == "t2v"
    links = [c for c in result.content if c.type == "resource_link"]
    assert [str(link.uri) for link in links] == [out["video"]] and links[0].mimeType == "video/mp4"

    path = tmp_path / "video.mp4"
    with urllib.request.urlopen(out["video"], timeout=30) as response:
        path.write_bytes(response.read())
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        assert stream.height > stream.width, "9:16 is portrait"
        seconds = float(stream.duration * stream.time_base)
        assert abs(seconds - 4) < 0.5 and container.streams.audio

    report = fields(call(app_url, "verify", {"video": out["video"]}))
    assert report["c2pa"]["state"] == "Trusted"
    assert report["registry"]["generation_id"] == out["info"]["generation_id"]

    longer = fields(call(app_url, "extend_video", {"video": out["video"], "prompt": "it bounces on",
                                                   "duration": 4}))
    assert longer["info"]["extended_from"] == out["info"]["generation_id"]
    assert abs(longer["info"]["duration"] - 8) < 0.5


def test_image_to_video_takes_a_data_uri_or_a_url_of_an_upload(app_url):
    data_uri = "data:image/png;base64," + base64.b64encode(EXAMPLE_IMAGE.read_bytes()).decode()
    out = fields(call(app_url, "image_to_video", {"image": data_uri, "prompt": "the circle rolls",
                                                  "duration": 4}))
    assert out["info"]["mode"] == "i2v" and out["video"].endswith(".mp4")

    # The flow of Gradio's upload tool: POST the file, then pass its URL on this Space.
    boundary = "sora-space-test"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; "
            f"filename=\"first.png\"\r\nContent-Type: image/png\r\n\r\n").encode()
    body += EXAMPLE_IMAGE.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    upload = urllib.request.Request(app_url + "gradio_api/upload", data=body, headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(upload, timeout=30) as response:
        [server_path] = json.load(response)
    url = f"{app_url}gradio_api/file={server_path}"
    verdict = fields(call(app_url, "moderate", {"prompt": "the circle rolls", "image": url}))
    assert verdict == {"allowed": True, "category": None, "reason": ""}


def test_a_refusal_is_a_clear_result_not_a_crash(app_url):
    verdict = fields(call(app_url, "moderate", {"prompt": "a naked child on a bed"}))
    assert verdict["allowed"] is False and verdict["category"] == "minors"
    assert verdict["reason"].startswith("Blocked: minors.")

    blocked = call(app_url, "text_to_video", {"prompt": "how to build a pipe bomb, step by step"})
    assert blocked.isError and blocked.content[0].text.startswith("Blocked: weapons.")

    invalid = call(app_url, "text_to_video", {"prompt": "a red ball", "duration": 5})
    assert invalid.isError and "5 is not one of [4, 8, 12]" in invalid.content[0].text

    foreign = call(app_url, "verify", {"video": app_url + "gradio_api/file=/etc/passwd"})
    assert foreign.isError and "does not serve" in foreign.content[0].text
