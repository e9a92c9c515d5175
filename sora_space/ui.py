"""The page: tabs for text to video, image to video, verification and the policy.

Every button calls the same VideoService methods that the API names below expose, so the page
and programs go through one request path.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import gradio as gr
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from safety.policy import POLICY_MARKDOWN
from sora_space import __version__, admission, gradio_tuning
from sora_space.components import Image, Radio, Slider
from sora_space.config import ASSETS
from sora_space.service import VideoService
from sora_space.validation import MAX_GUIDANCE, MAX_SEED, MAX_VIDEO_SECONDS

# Generation saturates the CPU (or the one GPU), so requests take turns; /moderate and /verify
# share a group of their own and never wait behind a generation.
GENERATION_CONCURRENCY = 1
CHECK_CONCURRENCY = 2
# Gradio deletes its copies of uploads and results every 10 minutes once they are an hour old.
DELETE_CACHE = (600, 3600)
EXAMPLES_FILE = ASSETS / "examples" / "examples.json"

PROVENANCE_MARKDOWN = """
### Provenance
Every video from this Space carries three marks, added after the safety checks and before it leaves:
- a **visible moving watermark** (the sora-space logo and "AI-generated") that drifts across the
  frame, so it cannot be cropped away from one edge;
- an **invisible watermark**: a faint pattern in every frame that carries the video's generation
  id and survives re-encoding, resizing, cropping, colour changes and cutting;
- a **C2PA manifest** (Content Credentials) signed as the very last write: it records that the
  video was created by a trained algorithm (`trainedAlgorithmicMedia`), which model made it, and
  that it was watermarked. Any change to the file breaks the signature.

Each video is recorded in this Space's registry (time, model, seed and a hash of the prompt;
nothing about you). Use the **Verify** tab (or the `/verify` API) to check any video: it reads
the credentials, looks for the invisible mark, and says whether and when this Space made it.
"""


def _examples() -> dict:
    return json.loads(EXAMPLES_FILE.read_text())


def _generation_controls(service: VideoService, aspect: bool = True) -> dict[str, gr.components.Component]:
    """The controls shared by the generation tabs; extend keeps its source's aspect ratio."""
    backend = service.backend
    with gr.Row():
        duration = Radio(list(backend.durations), value=backend.durations[0],
                         label="Duration (seconds)" if aspect else "Seconds to add")
        aspect_ratio = Radio(list(backend.aspect_ratios), value=backend.aspect_ratios[0],
                             label="Aspect ratio", visible=aspect)
    with gr.Accordion("Advanced", open=False):
        negative_prompt = gr.Textbox("", label="Negative prompt", placeholder="what to avoid")
        with gr.Row():
            seed = Slider(0, MAX_SEED, value=0, step=1, precision=0, label="Seed")
            randomize_seed = gr.Checkbox(True, label="Randomize seed")
        with gr.Row():
            steps = Slider(1, backend.max_steps, value=backend.default_steps, step=1, precision=0,
                           label="Steps")
            guidance_scale = Slider(0.0, MAX_GUIDANCE, value=backend.default_guidance, step=0.5,
                                    label="Guidance scale")
    return {"negative_prompt": negative_prompt, "duration": duration,
            "aspect_ratio": aspect_ratio, "seed": seed, "randomize_seed": randomize_seed,
            "steps": steps, "guidance_scale": guidance_scale}


def _result_panel() -> tuple[gr.Video, gr.Number, gr.JSON]:
    video = gr.Video(label="Video", buttons=["download"], autoplay=True, interactive=False)
    with gr.Accordion("Details", open=False):
        seed_used = gr.Number(label="Seed used", precision=0)
        info = gr.JSON(label="Generation info")
    return video, seed_used, info


def build_demo(service: VideoService) -> gr.Blocks:
    examples = _examples()
    backend = service.backend
    with gr.Blocks(title="sora-space", delete_cache=DELETE_CACHE) as demo:
        gr.Markdown(
            f"# sora-space\nSafe, open text-to-video with sound. Model: `{backend.name}`. "
            "Every request is checked by moderation; every video is watermarked and signed "
            "(C2PA)."
            + ("" if backend.has_audio else
               " This model makes video only: its videos carry a silent sound track.")
        )
        with gr.Tab("Text to video", id="t2v"):
            with gr.Row():
                with gr.Column():
                    t2v_prompt = gr.Textbox(label="Prompt", lines=3, max_length=2000,
                                            placeholder=examples["text"][0])
                    t2v = _generation_controls(service)
                    t2v_button = gr.Button("Generate", variant="primary")
                    gr.Examples(examples["text"], inputs=[t2v_prompt], label="Examples")
                with gr.Column():
                    t2v_video, t2v_seed, t2v_info = _result_panel()
            t2v_button.click(
                service.text_to_video,
                inputs=[t2v_prompt, t2v["negative_prompt"], t2v["duration"], t2v["aspect_ratio"],
                        t2v["seed"], t2v["randomize_seed"], t2v["steps"], t2v["guidance_scale"]],
                outputs=[t2v_video, t2v_seed, t2v_info],
                api_name="text_to_video", concurrency_id="generate",
                concurrency_limit=GENERATION_CONCURRENCY,
            )

        with gr.Tab("Image to video", id="i2v"):
            with gr.Row():
                with gr.Column():
                    i2v_image = Image(label="First frame", type="filepath",
                                         sources=["upload", "clipboard"])
                    i2v_prompt = gr.Textbox(label="Prompt", lines=2, max_length=2000)
                    i2v = _generation_controls(service)
                    i2v_button = gr.Button("Animate", variant="primary")
                    gr.Examples(
                        [[str(ASSETS / "examples" / e["image"]), e["prompt"]]
                         for e in examples["image"]],
                        inputs=[i2v_image, i2v_prompt], label="Examples",
                    )
                with gr.Column():
                    i2v_video, i2v_seed, i2v_info = _result_panel()
            i2v_button.click(
                service.image_to_video,
                inputs=[i2v_image, i2v_prompt, i2v["negative_prompt"], i2v["duration"],
                        i2v["aspect_ratio"], i2v["seed"], i2v["randomize_seed"], i2v["steps"],
                        i2v["guidance_scale"]],
                outputs=[i2v_video, i2v_seed, i2v_info],
                api_name="image_to_video", concurrency_id="generate",
                concurrency_limit=GENERATION_CONCURRENCY,
            )

        if "extend" in backend.modes:
            with gr.Tab("Extend", id="extend"):
                gr.Markdown("Continue a video this Space made: upload the downloaded MP4 and "
                            "say what happens next. The result is the whole, longer video "
                            f"(up to {MAX_VIDEO_SECONDS} s).")
                with gr.Row():
                    with gr.Column():
                        extend_source = gr.Video(label="Video from this Space", sources=["upload"])
                        extend_prompt = gr.Textbox(label="What happens next", lines=2,
                                                   max_length=2000)
                        ext = _generation_controls(service, aspect=False)
                        extend_button = gr.Button("Extend", variant="primary")
                    with gr.Column():
                        extend_video, extend_seed, extend_info = _result_panel()
                extend_button.click(
                    service.extend_video,
                    inputs=[extend_source, extend_prompt, ext["negative_prompt"], ext["duration"],
                            ext["seed"], ext["randomize_seed"], ext["steps"],
                            ext["guidance_scale"]],
                    outputs=[extend_video, extend_seed, extend_info],
                    api_name="extend_video", concurrency_id="generate",
                    concurrency_limit=GENERATION_CONCURRENCY,
                )

        with gr.Tab("Verify", id="verify"):
            gr.Markdown("Upload any video to see whether this Space made it: its Content "
                        "Credentials (C2PA), its invisible watermark (which survives "
                        "re-encoding, resizing and cropping) and this Space's record of it.")
            with gr.Row():
                verify_input = gr.Video(label="Video to verify", sources=["upload"])
                with gr.Column():
                    verify_verdict = gr.Markdown()
                    verify_report = gr.JSON(label="Provenance report")
            gr.Button("Verify").click(
                service.verify, inputs=[verify_input], outputs=[verify_report], api_name="verify",
                concurrency_id="check", concurrency_limit=CHECK_CONCURRENCY,
            ).success(lambda report: f"**{report['verdict']}**", inputs=[verify_report],
                      outputs=[verify_verdict], api_visibility="private", queue=False)

        with gr.Tab("Safety & about", id="about"):
            gr.Markdown(POLICY_MARKDOWN)
            gr.Markdown(PROVENANCE_MARKDOWN)
            gr.Markdown("### Check a prompt before generating")
            with gr.Row():
                with gr.Column():
                    moderate_prompt = gr.Textbox(label="Prompt")
                    moderate_image = Image(label="Image (optional)", type="filepath",
                                              sources=["upload"])
                    moderate_button = gr.Button("Check")
                moderate_result = gr.JSON(label="Moderation")
            moderate_button.click(service.moderate, inputs=[moderate_prompt, moderate_image],
                                  outputs=[moderate_result], api_name="moderate",
                                  concurrency_id="check", concurrency_limit=CHECK_CONCURRENCY)
            gr.Markdown(f"sora-space {__version__}")
    return demo


class SameOriginWrites:
    """Refuses requests that change state (POST, PUT, ...) sent by a browser from another
    origin. Other sites may embed the page in a frame (it then talks to its own origin) and
    scripts and MCP clients send no Origin header, but no other page can submit work through a
    visitor's browser. Gradio itself answers such requests for any origin on a public host."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            headers = dict(scope["headers"])
            origin = headers.get(b"origin", b"").decode("latin-1")
            host = headers.get(b"x-forwarded-host", headers.get(b"host", b"")).decode("latin-1")
            if origin and urlsplit(origin).netloc != host.split(",")[0].strip():
                response = PlainTextResponse(
                    "Cross-origin requests are refused; embed this Space in an iframe or call it "
                    "with gradio_client.", status_code=403)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def launch(demo: gr.Blocks, service: VideoService) -> None:
    """Bounded queue, MCP tools where `gradio[mcp]` is installed, uploads bounded, no
    cross-origin writes.

    Gradio serves only files under the working directory or the temp folder unless told
    otherwise, and the finished videos live in settings.output_dir.
    """
    try:
        from sora_space import mcp_server as space_mcp  # needs gradio[mcp]'s `mcp` package

        space_mcp.install()
        mcp_server = True
    except ImportError:
        mcp_server = False
    # Gradio's own bound, over all groups together, stays as a backstop.
    settings = service.settings
    gradio_tuning.install()
    # Waiting visitors get their place and expected wait every 2 s. Gradio's "auto" sends every
    # waiting event a message each time any job ends: for a burst of 320 checks with 64 waiting,
    # that took more of the server's CPU than the checks (35 ms a check, 15 with this).
    demo.queue(max_size=2 * settings.check_queue_size, status_update_rate=2)
    gradio_tuning.keep_sessions_in_flight(demo._queue)
    admission.install(demo, settings, service.wait)
    demo.launch(
        mcp_server=mcp_server, max_file_size="20mb", allowed_paths=[str(settings.output_dir)],
        # Every API call is a session; the page keeps no gr.State, so 1,000 recent ones suffice
        # (Gradio's 10,000 let a long burst of API clients grow the memory).
        state_session_capacity=1000,
        app_kwargs={"middleware": [Middleware(SameOriginWrites)]},
        # Server-side rendering puts a Node proxy in front of Python, which would present the
        # page's own requests under another Host and make them look cross-origin.
        ssr_mode=False,
    )
