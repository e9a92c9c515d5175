"""What the Space refuses, in words a visitor reads: per-category hints and the About-tab summary."""

from __future__ import annotations

CATEGORIES = ("real_person", "political")

# One sentence each: why it was refused (Verdict.reason is built from these).
REASONS = {
    "real_person": "The request appears to show a real, identifiable person{detail}.",
    "political": "The request looks like realistic footage of a political or civic event that "
                 "could mislead viewers{detail}.",
}

# Shown after the reason: what the visitor can ask for instead.
ALLOWED_INSTEAD = {
    "real_person": (
        "Describe a fictional or generic person instead (for example \"a politician giving a "
        "speech in a fictional country\" or \"a singer on stage\"), or upload a drawing, a "
        "landscape or a photo without people."
    ),
    "political": (
        "Make it clearly fictional or stylised instead (for example \"a cartoon of animals "
        "voting for a class president\"), and leave out real elections, officials, parties, "
        "institutions and news broadcasts."
    ),
}

POLICY_MARKDOWN = """\
### What this Space will not make

**Real people.** No videos of identifiable real people, living or dead: not by name, nickname,
misspelling, another script or a title that points to one person ("the current US president").
Uploaded images for image-to-video may not contain a photorealistic human face; drawings,
animals, objects and landscapes are fine. Generated frames are also checked against a small
gallery of protected faces.

**Deceptive political content.** No realistic or "caught on camera" footage of election fraud,
ballot stuffing, tampered voting machines, crimes or arrests of officials, candidates or parties,
fake news broadcasts about real institutions, or propaganda, in any language.

**What is fine.** Fictional and generic people ("a doctor", "a senator in a fictional country"),
cartoons and stylised civic scenes ("animals voting for a class president"), and everything else
within the usual rules.

Blocked requests are logged with the time, the category and a hash of the prompt only; the prompt
text and images are never stored. The checks are automatic and can be wrong in both directions.
"""
