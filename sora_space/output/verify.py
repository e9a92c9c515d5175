"""Read and validate the Content Credentials of a video, for /verify and for finalize's own check."""

from __future__ import annotations

import json
from pathlib import Path

import c2pa

from sora_space.config import Settings
from sora_space.output.c2pa_sign import GENERATION_ASSERTION
from sora_space.output.credentials import dev_trust_anchor

WATERMARK_ACTIONS = ("c2pa.watermarked", "c2pa.watermarked.bound", "c2pa.watermarked.unbound")


def verify_video(path: Path | str, settings: Settings) -> dict:
    """Report on a file's C2PA manifest and declared watermark; never raises for a bad file.

    c2pa "state": "Trusted" (intact, signer chains to a trusted anchor), "Valid" (intact, signer
    unknown), "Invalid" (tampered or malformed) or "absent" (no manifest, or not a media file).
    Raises ValueError only when `path` is not an existing file.
    """
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"no such file: {path}")
    # A fresh Context per call: the trust list lives in it rather than in c2pa's deprecated
    # global settings, so concurrent calls share no state. Building one costs well under 1 ms.
    # Built outside the try: a malformed configured anchor is our fault, not the file's.
    context = _context(settings)
    try:
        with context, open(path, "rb") as stream:
            # No format given: c2pa sniffs the bytes, so a renamed file is judged by what it is.
            reader = c2pa.Reader.try_create(stream, context=context)
            if reader is None:
                return _absent("no C2PA manifest in this file")
            with reader:
                report = json.loads(reader.json())
                state = reader.get_validation_state() or "Invalid"
    except c2pa.C2paError.NotSupported:
        return _absent("not a media type that can carry Content Credentials")
    except c2pa.C2paError as error:
        # A file that parses far enough to fail is broken or tampered with: report, don't raise.
        return _report("Invalid", [str(error)])
    return _summarise(report, state)


def _context(settings: Settings) -> c2pa.Context:
    pems = (dev_trust_anchor(settings), settings.c2pa_trust_anchors.strip())
    anchors = "\n".join(pem for pem in pems if pem)
    config: dict = {"verify": {"verify_trust": True}}
    if anchors:
        config["trust"] = {"user_anchors": anchors}
    return c2pa.Context.from_dict(config)


def _report(state: str, errors: list[str]) -> dict:
    """A report with every key present, so callers and the UI never need to guess which exist."""
    fields = ("manifest_label", "issuer", "signer", "claim_generator", "digital_source_type",
              "generation_id", "model")
    c2pa_report = {"state": state, **dict.fromkeys(fields), "actions": [], "errors": errors}
    return {"c2pa": c2pa_report, "watermark": {"visible": "not declared"}}


def _absent(reason: str) -> dict:
    return _report("absent", [reason])


def _summarise(report: dict, state: str) -> dict:
    label = report.get("active_manifest", "")
    manifest = report.get("manifests", {}).get(label, {})
    assertions = {a.get("label"): a.get("data", {}) for a in manifest.get("assertions", [])}
    actions = [a for key in ("c2pa.actions.v2", "c2pa.actions")
               for a in assertions.get(key, {}).get("actions", [])]
    created = next((a for a in actions if a.get("action") == "c2pa.created"), {})
    marks = [a for a in actions if a.get("action") in WATERMARK_ACTIONS]
    generation = assertions.get(GENERATION_ASSERTION, {})
    signature = manifest.get("signature_info", {})
    generator = next(iter(manifest.get("claim_generator_info", [])), {})
    failures = report.get("validation_results", {}).get("activeManifest", {}).get("failure", [])
    result = _report(state, [f"{f.get('code')}: {f.get('explanation', '')}" for f in failures])
    c2pa_report = result["c2pa"]
    c2pa_report.update(
        manifest_label=label,
        issuer=signature.get("issuer"),
        signer=signature.get("common_name"),
        claim_generator="/".join(str(generator[k]) for k in ("name", "version") if k in generator),
        actions=[a.get("action") for a in actions],
        digital_source_type=created.get("digitalSourceType"),
        generation_id=generation.get("generation_id"),
        model=generation.get("model") or (created.get("softwareAgent") or {}).get("name"),
    )
    if signature.get("time"):
        c2pa_report["signed_at"] = signature["time"]
    # A declaration only counts when the manifest holding it is intact.
    if marks and state in ("Trusted", "Valid"):
        result["watermark"] = {"visible": "declared", "description": marks[0].get("description", "")}
    return result


def plain_verdict(report: dict) -> str:
    """One paragraph for a visitor, from a full /verify report (c2pa, watermark, registry)."""
    c2pa_report, record = report["c2pa"], report.get("registry")
    mark = report["watermark"].get("invisible", {})
    ours = c2pa_report["generation_id"] is not None and c2pa_report["state"] in ("Trusted", "Valid")
    if record:
        day = record["created_at"][:10]
        made = f"Made by this Space on {day} with {record['model']}"
        if ours and c2pa_report["state"] == "Trusted":
            how = "its Content Credentials are intact and signed by this Space"
        elif mark.get("found"):
            how = (f"identified by its invisible watermark (confidence {mark['confidence']:.4f}); "
                   "its Content Credentials are " + _credentials_phrase(c2pa_report["state"]))
        else:
            how = f"its Content Credentials are {c2pa_report['state'].lower()}"
        return f"{made}: {how}."
    if mark.get("found"):
        return (f"This video carries this Space's invisible watermark (id {mark['generation_id']}), "
                "but the id is not in this Space's registry: it was made by another copy of the "
                "Space, or its record was removed.")
    if ours:
        return (f"Content Credentials name this Space ({c2pa_report['state']}, generation "
                f"{c2pa_report['generation_id']}), but this Space has no record of that generation.")
    if c2pa_report["state"] in ("Trusted", "Valid"):
        issuer = c2pa_report["issuer"] or c2pa_report["signer"] or "an unknown signer"
        return (f"No sign of this Space. The video has Content Credentials from {issuer} "
                f"({c2pa_report['state']}).")
    return "No sign of this Space: no Content Credentials from it and no watermark of it."


def _credentials_phrase(state: str) -> str:
    return {"absent": "gone (re-encoded or stripped)", "Invalid": "broken (the file was changed)"}.get(
        state, state.lower())
