"""The public Space under load, faults and hostile input: limits, faults, start-up checks,
resource bounds and what a script can reach over HTTP."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import pytest
import torch
from gradio_client import Client
from gradio_client.exceptions import AppError

from safety.verdict import Verdict
from sora_space import admission, gradio_tuning, output
from sora_space.admission import WaitEstimate
from sora_space.config import REPO_ROOT
from sora_space.limits import Rate, RateLimited, RateLimiter, client_of
from sora_space.bench.load import drive
from sora_space.dev.local_app import running_app
from sora_space.output import credentials
from sora_space.registry import Registry
from sora_space.service import VideoService
from sora_space.startup import StartupError, check_configuration, configuration_problems
from sora_space.ui import build_demo
from tests.fakes import MovingSquareBackend, ScriptedModerator, make, videos_in

BLOCK = Verdict(allowed=False, category="real_person", reason="It names a real person.")


def visitor(address: str, username: str | None = None) -> gr.Request:
    """What Gradio hands a function for a request from `address` (behind the proxy)."""
    return gr.Request(username=username, headers={"x-forwarded-for": f"{address}, 10.0.0.1"},
                      client=SimpleNamespace(host="10.0.0.1"))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def limited(settings):
    return replace(settings, generate_rate="2/3600/2", check_rate="3/60/3", trust_forwarded_for=True)


# -- rate limits ---------------------------------------------------------------------------------


def test_generation_is_limited_per_client_and_says_when_to_come_back(limited):
    service, backend, _ = make(limited)
    for _ in range(2):
        service.text_to_video("a white square", request=visitor("203.0.113.5"))
    with pytest.raises(RateLimited) as caught:
        service.text_to_video("a white square", request=visitor("203.0.113.5"))
    assert "limit of 2 videos per 60 min" in caught.value.message
    assert "Try again in 30 min" in caught.value.message and caught.value.retry_after == pytest.approx(1800, rel=0.01)
    assert len(backend.requests) == 2, "a refused request must not reach the model"
    # Another visitor, and the app's own in-process callers, are not held back.
    service.text_to_video("a white square", request=visitor("198.51.100.7"))
    service.text_to_video("a white square")
    assert len(backend.requests) == 4


def test_checks_have_their_own_budget(limited, tmp_path):
    service, _, _ = make(limited)
    video, _, _ = service.text_to_video("a white square", request=visitor("203.0.113.5"))
    service.verify(video, request=visitor("203.0.113.5"))
    service.moderate("a white square", request=visitor("203.0.113.5"))
    service.moderate("a white square", request=visitor("203.0.113.5"))
    with pytest.raises(RateLimited, match="limit of 3 checks per 60 s"):
        service.verify(video, request=visitor("203.0.113.5"))
    service.text_to_video("a white square", request=visitor("203.0.113.5"))  # generation budget untouched


def test_tokens_come_back_with_time():
    clock = Clock()
    limiter = RateLimiter({"generate": Rate(count=6, seconds=60, burst=2)}, clock=clock)
    limiter.acquire("ip:a", "generate")
    limiter.acquire("ip:a", "generate")
    with pytest.raises(RateLimited) as caught:
        limiter.acquire("ip:a", "generate")
    assert caught.value.retry_after == pytest.approx(10.0)
    clock.now += 10.5
    limiter.acquire("ip:a", "generate")
    clock.now += 3600  # refills only up to the burst
    for _ in range(2):
        limiter.acquire("ip:a", "generate")
    with pytest.raises(RateLimited):
        limiter.acquire("ip:a", "generate")


def test_repeated_blocks_start_a_cool_down_that_grows(limited):
    clock = Clock()
    service, backend, _ = make(replace(limited, generate_rate="0"), moderator=ScriptedModerator(prompt=BLOCK))
    service.limiter.clock = clock
    prober = visitor("203.0.113.9")
    with pytest.raises(gr.Error, match="Blocked: real_person"):
        service.text_to_video("a famous face", request=prober)
    assert service.moderate("a famous face", request=prober)["allowed"] is False
    # Two blocks in a row: now even an allowed request waits, and says why.
    with pytest.raises(RateLimited, match="were blocked by moderation. Try again in 30 s"):
        service.moderate("a white square", request=prober)
    clock.now += 31
    with pytest.raises(gr.Error, match="Blocked"):
        service.text_to_video("a famous face", request=prober)
    with pytest.raises(RateLimited) as caught:
        service.moderate("a white square", request=prober)
    assert caught.value.retry_after > 55, "the cool-down doubles with each further block"
    service.moderate("a white square", request=visitor("198.51.100.7"))  # others unaffected
    assert backend.requests == []


def test_a_moderate_block_strikes_the_client(limited):
    service, _, _ = make(limited, moderator=ScriptedModerator(prompt=BLOCK))
    for _ in range(2):
        assert service.moderate("a famous face", request=visitor("203.0.113.9"))["allowed"] is False
    with pytest.raises(RateLimited):
        service.moderate("a famous face", request=visitor("203.0.113.9"))


def test_the_client_is_the_user_or_the_address_and_forwarded_for_only_behind_the_proxy():
    forged = gr.Request(headers={"x-forwarded-for": "1.2.3.4"}, client=SimpleNamespace(host="203.0.113.5"))
    assert client_of(forged, trust_forwarded_for=False) == "ip:203.0.113.5"
    assert client_of(forged, trust_forwarded_for=True) == "ip:1.2.3.4"
    assert client_of(visitor("1.2.3.4", username="alice"), trust_forwarded_for=True) == "user:alice"
    assert client_of(None, trust_forwarded_for=True) is None


@pytest.mark.parametrize("text", ["30", "30/0", "-1/60", "a/b", "3/60/0", "1/2/3/4"])
def test_a_malformed_rate_is_refused(text):
    with pytest.raises(ValueError, match="count/seconds"):
        Rate.parse(text, "SORA_SPACE_GENERATE_RATE")


def test_rates_parse():
    assert Rate.parse("20/3600/5", "x") == Rate(20, 3600.0, 5)
    assert Rate.parse("60/60", "x") == Rate(60, 60.0, 60)
    assert Rate.parse("0", "x") is None and Rate.parse("off", "x") is None


# -- faults --------------------------------------------------------------------------------------


class SlowBackend(MovingSquareBackend):
    def generate(self, request, on_progress=None):
        def slow(done, total):
            time.sleep(0.05)
            on_progress(done, total)
        return super().generate(request, slow)


# -- queue sizing ---------------------------------------------------------------------------

def test_the_wait_estimate_starts_from_the_backend_and_follows_measured_generations():
    estimate = WaitEstimate(seconds_per_video_second=5.0, assumed_video_seconds=4)
    assert estimate.seconds(8) == 40.0
    estimate.observe(video_seconds=4, wall_seconds=8)  # the first measurement replaces the guess
    assert estimate.seconds(8) == 16.0
    estimate.observe(video_seconds=4, wall_seconds=16)  # later ones move the average
    assert 16.0 < estimate.seconds(8) < 32.0


class QueuedPage:
    """The page of a test service, its queue bounded as at launch, and events put in by hand."""

    def __init__(self, settings, seconds_per_video_second: float) -> None:
        service, _, _ = make(settings)
        service.wait = WaitEstimate(seconds_per_video_second, assumed_video_seconds=4)
        self.estimate = service.wait
        self.demo = build_demo(service)
        self.demo.queue()
        admission.install(self.demo, settings, service.wait)
        self.fns = {fn.api_name: fn for fn in self.demo.fns.values()}

    def waiting(self, api_name: str, inputs: list) -> None:
        fn = self.fns[api_name]
        self.demo._queue.create_event_queue_for_fn(fn)
        group = self.demo._queue.event_queue_per_concurrency_id[fn.concurrency_id]
        group.queue.append(SimpleNamespace(fn=fn, data=SimpleNamespace(data=inputs)))

    def push(self, api_name: str):
        body = SimpleNamespace(fn_index=self.fns[api_name]._id, session_hash=None)
        return asyncio.run(self.demo._queue.push(body, None, None))


def test_a_generation_is_refused_with_the_expected_wait_past_max_wait(settings):
    page = QueuedPage(replace(settings, max_wait_s=60), seconds_per_video_second=2.5)
    page.waiting("text_to_video", ["a ball", "", 8, "16:9", 0, True, None, None])  # 20 s of work
    page.waiting("extend_video", [None, "on", "", 12, 0, True, None, None])      # 30 s
    page.waiting("moderate", ["a ball", None])  # checks are another group's business
    assert admission.generation_wait(page.demo, page.estimate) == 50.0
    page.waiting("image_to_video", [None, "a ball", "", "twelve", "16:9", 0, True, None, None])
    assert admission.generation_wait(page.demo, page.estimate) == 60.0  # unreadable: 4 s
    page.waiting("text_to_video", ["a ball", "", 4, "16:9", 0, True, None, None])
    accepted, fields, kind = page.push("text_to_video")
    assert accepted is False and kind == "validator_error"
    refused = [f for f in fields if not f["is_valid"]]
    assert [f["parameter_name"] for f in refused] == ["prompt"] and len(fields) == 8
    assert refused[0]["message"] == ("About 70 s of videos are waiting to be made, more than this "
                                     "Space queues (60 s). Please try again in 20 s.")


def test_hundreds_of_checks_may_wait_and_then_the_check_queue_is_full(settings):
    page = QueuedPage(replace(settings, check_queue_size=300), seconds_per_video_second=2.5)
    for _ in range(300):
        page.waiting("moderate", ["a ball", None])
    page.waiting("text_to_video", ["a ball", "", 4, "16:9", 0, True, None, None])
    accepted, message, kind = page.push("verify")
    assert accepted is False and kind == "queue_full" and "300 checks waiting" in message


def test_a_new_session_builds_only_the_configs_its_event_touches(settings):
    from gradio.state_holder import SessionState

    gradio_tuning.install()
    page = QueuedPage(settings, seconds_per_video_second=2.5)
    session = SessionState(page.demo)
    assert session.config_values == {}  # Gradio 6.31 built every component's here (about 50 ms)
    prompt = page.fns["moderate"].inputs[0]
    session._update_value_in_config(prompt._id, "a ball")
    assert list(session.config_values) == [prompt._id]
    assert session.config_values[prompt._id]["props"]["value"] == "a ball"


def test_the_queue_never_drops_a_session_that_waits_for_its_result(settings):
    """Gradio kept the last 2,000 sessions' message queues whatever they waited for: 2,000 quick
    API calls during one long generation cancelled it. Idle sessions go first now."""
    page = QueuedPage(settings, seconds_per_video_second=2.5)
    gradio_tuning.keep_sessions_in_flight(page.demo._queue)
    queue = page.demo._queue
    messages = queue.pending_messages_per_session
    queue.pending_event_ids_session["generating"] = {"event-1"}
    messages["generating"] = "its messages"
    for i in range(messages.max_size + 500):  # a flood of one-call sessions, each done at once
        messages[f"check-{i}"] = "done"
    assert messages["generating"] == "its messages"
    assert len(messages) == messages.max_size and "check-0" not in messages
    queue.pending_event_ids_session["generating"] = set()  # its result was sent
    messages["one-more"] = "done"
    assert "generating" not in messages


def test_a_generation_past_the_timeout_is_stopped(settings):
    service, _, _ = make(replace(settings, request_timeout_s=0.3), backend=SlowBackend())
    with pytest.raises(gr.Error, match="stopped after 0.3 s"):
        service.text_to_video("a white square")
    assert videos_in(settings) == []


@pytest.mark.parametrize("error", [MemoryError(), torch.OutOfMemoryError("CUDA out of memory")])
def test_out_of_memory_says_so(settings, error):
    service, _, _ = make(settings, backend=MovingSquareBackend(fail=error))
    with pytest.raises(gr.Error, match="ran out of memory. Try a shorter duration"):
        service.text_to_video("a white square")
    assert videos_in(settings) == []


def test_a_failing_encoder_returns_nothing(settings, monkeypatch, caplog):
    def broken_encoder(*args, **kwargs):
        raise RuntimeError("libx264 missing")

    monkeypatch.setattr(output, "encode_mp4", broken_encoder)
    service, _, _ = make(settings)
    with pytest.raises(gr.Error, match="could not be watermarked and signed, so it was not returned"):
        service.text_to_video("a white square")
    assert videos_in(settings) == [] and "libx264 missing" in caplog.text


def test_missing_signing_credentials_return_nothing_and_stop_start_up(settings):
    half = replace(settings, c2pa_cert_chain="-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")
    service, _, _ = make(half)
    with pytest.raises(gr.Error, match="not returned"):
        service.text_to_video("a white square")
    assert videos_in(half) == []
    with pytest.raises(StartupError, match="SORA_SPACE_C2PA_PRIVATE_KEY"):
        check_configuration(half)


def test_a_wrong_signing_key_stops_start_up_and_is_never_quoted(settings, caplog):
    check_configuration(settings)  # makes the dev chain, which the wrong key then doesn't match
    chain = (settings.cache_dir / credentials.DEV_DIR / credentials.CHAIN_FILE).read_text()
    secret = "MC4CAQAwBQYDK2VwBCIEIKEYMATERIALTHATMUSTNEVERBELOGGED"
    bad = replace(settings, c2pa_cert_chain=chain,
                  c2pa_private_key=f"-----BEGIN PRIVATE KEY-----\n{secret}\n-----END PRIVATE KEY-----")
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StartupError, match="self-test") as caught:
        check_configuration(bad)
    assert secret not in str(caught.value) and secret not in caplog.text


def test_start_up_lists_every_problem_at_once(settings):
    problems = configuration_problems(replace(
        settings, model="sora-9000", generate_rate="lots", check_queue_size=0, output_dir=settings.cache_dir))
    text = "\n".join(problems)
    assert len(problems) == 4, text
    assert "SORA_SPACE_MODEL" in text and "SORA_SPACE_GENERATE_RATE" in text
    assert "SORA_SPACE_CHECK_QUEUE" in text and "signing key" in text


def test_an_unwritable_output_folder_stops_start_up(settings, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    problems = configuration_problems(replace(settings, output_dir=blocker / "outputs"))
    assert any("SORA_SPACE_OUTPUT_DIR" in p and "not writable" in p for p in problems), problems


def test_a_moderator_that_fails_to_load_stops_start_up(settings, monkeypatch):
    from safety.moderator import Moderator

    def broken(cls, settings):
        raise OSError("face model file is corrupt")

    monkeypatch.setattr(Moderator, "load", classmethod(broken))
    with pytest.raises(OSError, match="corrupt"):
        VideoService.load(settings)


def test_the_app_refuses_to_start_on_a_broken_configuration(tmp_path):
    env = dict(os.environ, SORA_SPACE_CACHE=str(tmp_path), SORA_SPACE_GENERATE_RATE="many",
               SORA_SPACE_OUTPUT_DIR=str(tmp_path / "out"))
    done = subprocess.run([sys.executable, "app.py"], cwd=REPO_ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode != 0
    assert "sora-space cannot start" in done.stderr and "SORA_SPACE_GENERATE_RATE" in done.stderr


# -- resources and secrets -----------------------------------------------------------------------


def test_old_outputs_are_deleted_and_the_folder_stays_under_its_budget(settings):
    folder = settings.output_dir
    folder.mkdir(parents=True)
    now = time.time()
    for i, age in enumerate([7200, 10, 20, 30]):
        path = folder / f"{i:016x}.mp4"
        path.write_bytes(b"\0" * 400_000)
        os.utime(path, (now - age, now - age))
    (folder / "notes.txt").write_text("not ours")
    capped = replace(settings, output_max_age_s=3600, output_max_mb=1.0)
    assert output.prune_outputs(capped, now=now) == 2  # the stale one, then the oldest over budget
    assert sorted(p.name for p in folder.iterdir()) == ["0000000000000001.mp4", "0000000000000002.mp4", "notes.txt"]


def test_each_generation_prunes_the_output_folder(settings):
    service, _, _ = make(replace(settings, output_max_age_s=60))
    stale = settings.output_dir / "00000000000000aa.mp4"
    settings.output_dir.mkdir(parents=True)
    stale.write_bytes(b"old")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    path, _, _ = service.text_to_video("a white square")
    assert not stale.exists() and Path(path).is_file()


def test_a_video_gets_its_served_name_only_once_signed_and_recorded(settings):
    seen = {}

    def record(summary: dict) -> None:
        seen["files"] = sorted(p.name for p in settings.output_dir.iterdir())
        seen["state"] = summary["state"]

    clip = MovingSquareBackend().generate(SimpleNamespace(duration=4, seed=1, prompt="a square", aspect_ratio="1:1"))
    path, _ = output.finalize(clip, "00000000000d0004", settings, record)
    [signed] = seen["files"]  # while recording: only the hidden, signed temporary file
    assert signed.startswith(".00000000000d0004-") and signed.endswith(".signed.mp4")
    assert seen["state"] == "Trusted" and [p.name for p in videos_in(settings)] == [path.name]


def test_a_registry_failure_returns_no_video(settings):
    service, _, _ = make(settings)

    def broken_add(record):
        raise OSError("disk full")

    service.registry.add = broken_add
    with pytest.raises(gr.Error, match="could not be recorded"):
        service.text_to_video("a white square")
    assert videos_in(settings) == []


# Finalizes a clip in the folder argv[1] and is killed (SIGKILL) at the step argv[2] names.
_KILLED_MID_OUTPUT = """
import os, signal, sys
from pathlib import Path
from types import SimpleNamespace
from sora_space import output
from tests.fakes import MovingSquareBackend, settings_in

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def half_written(source, dest, *args):
    real_sign(source, dest, *args)
    with open(dest, "r+b") as signed:
        signed.truncate(os.path.getsize(dest) // 2)
    die()

point = sys.argv[2]
real_sign = output.sign_mp4
if point == "encoding":
    output.encode_mp4 = lambda frames, fps, audio, rate, dest: (Path(dest).write_bytes(bytes(999)), die())
elif point == "signing":
    output.sign_mp4 = half_written
settings = settings_in(Path(sys.argv[1]))
clip = MovingSquareBackend().generate(SimpleNamespace(duration=4, seed=1, prompt="a square", aspect_ratio="1:1"))
output.finalize(clip, "00000000000e0005", settings, lambda summary: die())
"""

_KILLED_WHILE_WRITING_ROWS = """
import sys
from pathlib import Path
from sora_space.registry import GenerationRecord, Registry
registry = Registry(Path(sys.argv[1]))
for i in range(10 ** 6):
    registry.add(GenerationRecord(generation_id=f"{i:016x}", created_at="2026-12-07T00:00:00+00:00",
                                  model="m", mode="t2v", seed=i, prompt_sha256="0" * 64,
                                  manifest_label="l", moderation={}))
    print(i, flush=True)
"""


@pytest.mark.parametrize("point", ["encoding", "signing", "recording"])
def test_a_process_killed_mid_output_leaves_nothing_served_and_the_restart_serves(settings, tmp_path, point):
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    killed = subprocess.run([sys.executable, "-c", _KILLED_MID_OUTPUT, str(tmp_path), point], env=env,
                            cwd=REPO_ROOT, capture_output=True, timeout=120)
    assert killed.returncode == -9, killed.stderr.decode()[-2000:]
    left = [p.name for p in videos_in(settings)]
    assert left and all(name.startswith(".") for name in left), left  # nothing under a served name
    (settings.output_dir / ".self-test-abc123").mkdir()  # a start-up self-test killed midway
    (settings.output_dir / "0123456789abcdef.mp4").write_bytes(b"a finished video")
    check_configuration(settings)  # the restart: clean-up, registry check, self-test
    assert [p.name for p in videos_in(settings)] == ["0123456789abcdef.mp4"]
    path, _, info = make(settings)[0].text_to_video("a white square")
    assert output.verify_video(path, settings)["c2pa"]["state"] == "Trusted"


def test_a_registry_killed_mid_write_passes_its_integrity_check(tmp_path):
    path = tmp_path / "registry.sqlite"
    writer = subprocess.Popen([sys.executable, "-c", _KILLED_WHILE_WRITING_ROWS, str(path)],
                              env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)), cwd=REPO_ROOT,
                              stdout=subprocess.PIPE, text=True)
    for _ in range(200):  # let it write a while, then kill it between any two instructions
        writer.stdout.readline()
    writer.kill()
    writer.wait()
    registry = Registry(path)
    assert registry.integrity() == "ok"
    assert registry.get(f"{150:016x}") is not None


def test_logs_hold_no_prompt_text_and_videos_no_key(settings, caplog):
    caplog.set_level(logging.DEBUG)
    service, _, _ = make(settings)
    path, _, _ = service.text_to_video("a white square drifting past the lighthouse")
    blocked, _, _ = make(settings, moderator=ScriptedModerator(prompt=BLOCK))
    with pytest.raises(gr.Error):
        blocked.text_to_video("the secret prompt about zanzibar")
    failing, _, _ = make(settings, moderator=ScriptedModerator(raises="prompt"))
    with pytest.raises(gr.Error):
        failing.text_to_video("another prompt about zanzibar")
    assert caplog.records, "the requests were logged"
    assert "lighthouse" not in caplog.text and "zanzibar" not in caplog.text
    key = (settings.cache_dir / credentials.DEV_DIR / credentials.KEY_FILE).read_text()
    body = "".join(key.strip().splitlines()[1:-1])
    assert body[:40] not in caplog.text and body[:40].encode() not in Path(path).read_bytes()


# -- over HTTP -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    env = {"SORA_SPACE_TRUST_PROXY": "1", "SORA_SPACE_GENERATE_RATE": "3/600/3",
           "SORA_SPACE_CHECK_RATE": "4/600/4", "SORA_SPACE_MAX_WAIT": "1"}
    with running_app(tmp_path_factory.mktemp("reliability-app"), env=env) as app:
        yield app


def client_from(app, address: str) -> Client:
    return Client(app.url, headers={"X-Forwarded-For": address}, verbose=False)


def test_limits_hold_over_the_api_per_visitor(app):
    prober = client_from(app, "203.0.113.50")
    for _ in range(4):
        assert prober.predict(prompt="a blue square", api_name="/moderate")["allowed"] is True
    with pytest.raises(AppError, match="limit of 4 checks per 10 min. Try again in"):
        prober.predict(prompt="a blue square", api_name="/moderate")
    assert client_from(app, "203.0.113.51").predict(prompt="a blue square", api_name="/moderate")["allowed"]


def test_checks_do_not_wait_behind_a_generation_and_generations_wait_at_most_max_wait(app):
    """Four generations at once where the Space queues at most 1 s of work: one is made, the
    others are refused with the expected wait; a check meanwhile is answered at once."""
    jobs = [client_from(app, f"198.51.100.{i}").submit(
        prompt="a red ball bouncing between the walls", duration=4, randomize_seed=True,
        api_name="/text_to_video") for i in range(4)]
    time.sleep(1.0)
    answered = client_from(app, "192.0.2.1").predict(prompt="a blue square", api_name="/moderate")
    first_done = [job.done() for job in jobs]
    assert answered["allowed"] is True and not all(first_done), "the check waited for the generations"
    outcomes = []
    for job in jobs:
        try:
            outcomes.append(("ok", job.result(timeout=300)))
        except Exception as error:  # noqa: BLE001 (sorted below)
            outcomes.append(("error", str(error)))
    refused = [text for kind, text in outcomes if kind == "error"]
    assert refused and all(re.search(r"About \d+ s of videos are waiting .* try again in \d+ s", text)
                           for text in refused), outcomes
    assert any(kind == "ok" for kind, _ in outcomes)


def _get(url: str, headers: dict | None = None, data: bytes | None = None) -> tuple[int, bytes, dict]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


def test_no_file_outside_the_outputs_can_be_read(app):
    key = app.cache_dir / credentials.DEV_DIR / credentials.KEY_FILE
    assert key.is_file()
    for path in (key, Path("/etc/passwd"), app.output_dir / ".." / "audit.jsonl",
                 REPO_ROOT / "sora_space" / "config.py"):
        status, body, _ = _get(f"{app.url}gradio_api/file={path}")
        assert status in (403, 404) and b"PRIVATE KEY" not in body and b"root:" not in body, (path, status)
    # A file input that names a server path instead of an upload.
    payload = {"data": [{"path": str(key), "meta": {"_type": "gradio.FileData"}}]}
    status, body, _ = _get(f"{app.url}gradio_api/call/verify", {"Content-Type": "application/json"},
                           json.dumps(payload).encode())
    if status == 200:
        event = json.loads(body)["event_id"]
        status, body, _ = _get(f"{app.url}gradio_api/call/verify/{event}")
        assert b"event: error" in body
    assert b"PRIVATE KEY" not in body


def test_framing_is_allowed_but_cross_origin_writes_are_not(app):
    status, _, headers = _get(app.url)
    lowered = {k.lower(): v for k, v in headers.items()}
    assert status == 200 and "x-frame-options" not in lowered
    assert "frame-ancestors" not in lowered.get("content-security-policy", "")
    body = json.dumps({"data": ["a blue square", None]}).encode()
    status, text, _ = _get(f"{app.url}gradio_api/call/moderate",
                           {"Content-Type": "application/json", "Origin": "https://evil.example"}, body)
    assert status == 403 and b"Cross-origin requests are refused" in text
    status, _, _ = _get(f"{app.url}gradio_api/call/moderate",
                        {"Content-Type": "application/json", "Origin": app.url.rstrip("/")}, body)
    assert status == 200


def test_the_app_keeps_serving_after_the_abuse(app):
    assert client_from(app, "192.0.2.77").predict(prompt="a green circle", api_name="/moderate")["allowed"]


def test_the_load_script_sorts_every_answer(app, tmp_path):
    """A small run of `python -m sora_space.bench load` against this app: every answer is a
    completion, a limit, or a bad input refused with its message."""
    summary = drive(app.url, app, clients=3, requests=4, seed=1, folder=tmp_path)
    assert summary["requests"] == 12 and summary["unexpected_errors"] == 0, summary["unexpected"]
    assert (summary["completed"] + summary["refused_by_limit"] + summary["refused_over_capacity"]
            + summary["bad_input_refused"]) == 12
    assert summary["memory_mb"]["end"] > 0 and summary["open_files"]["end"] > 0


def test_the_block_cool_down_can_be_turned_off(limited):
    service, _, _ = make(replace(limited, block_cool_down_s=0, check_rate="0"),
                         moderator=ScriptedModerator(prompt=BLOCK))
    for _ in range(4):
        assert service.moderate("a famous face", request=visitor("203.0.113.9"))["allowed"] is False
