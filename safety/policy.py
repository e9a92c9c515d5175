"""What the Space refuses, in words a visitor reads: per-category hints and the About-tab summary."""

from __future__ import annotations

# In the order the prompt check decides them: `minors` first (zero tolerance, it wins over
# every other reading of the same prompt), then the other harms, then people and politics.
CATEGORIES = ("minors", "sexual", "violence", "self_harm", "hate", "weapons",
              "real_person", "political")

# One sentence each: why it was refused (Verdict.reason is built from these).
REASONS = {
    "minors": "The request involves a child or teenager in a sexual or sexualised way{detail}; "
              "this is never allowed, in any style or framing.",
    "sexual": "The request asks for sexual content or nudity{detail}.",
    "violence": "The request asks for graphic violence or a realistic depiction of an "
                "atrocity{detail}.",
    "self_harm": "The request depicts or encourages suicide, self-injury or an eating "
                 "disorder{detail}.",
    "hate": "The request asks for hateful content: dehumanising a protected group, glorifying a "
            "hate symbol or extremist propaganda{detail}.",
    "weapons": "The request asks for instructions to make weapons, explosives or drugs{detail}.",
    "real_person": "The request appears to show a real, identifiable person{detail}.",
    "political": "The request looks like realistic footage of a political or civic event that "
                 "could mislead viewers{detail}.",
}

# Shown after the reason: what the visitor can ask for instead.
ALLOWED_INSTEAD = {
    "minors": (
        "Children may appear only in ordinary, non-sexual scenes (for example \"kids building a "
        "sandcastle\")."
    ),
    "sexual": (
        "Keep people clothed and the scene non-sexual (for example \"a couple dancing at a "
        "wedding\" or \"a classical marble statue in a museum\")."
    ),
    "violence": (
        "Action and conflict are fine without gore (for example \"a sword fight in a castle "
        "courtyard\", \"a boxing match\" or \"a history documentary about a war\")."
    ),
    "self_harm": (
        "If you are struggling, please reach out to someone you trust or a local helpline. "
        "For a video, try a hopeful or calm scene instead."
    ),
    "hate": (
        "Show people and cultures with respect (for example \"a street festival celebrating "
        "many cultures\"); historical topics are fine as a neutral documentary."
    ),
    "weapons": (
        "Weapons may appear in a scene (for example \"a hunter with a rifle in a forest\"), but "
        "not how to make them, nor how to make explosives or drugs."
    ),
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

**Children in any sexual context.** Nothing sexual, suggestive or nude involving a child or
teenager, whatever the style or framing (cartoon, anime, "fictional", "an adult who looks
young"). This is checked before everything else and never allowed.

**Sexual content.** No sexual acts, pornography or nudity shown for its own sake, in prompts,
uploaded images or generated frames (uploads and frames are checked by a nudity detector).

**Graphic violence.** No gore, torture, or realistic depictions of real-world atrocities (mass
shootings, terror attacks, executions).

**Self-harm.** Nothing that depicts or encourages suicide, self-injury or eating disorders.

**Hate.** Nothing that dehumanises people for who they are, glorifies hate symbols, or spreads
extremist propaganda or recruitment.

**Weapon making.** No instructions for bombs, chemical or biological weapons, untraceable guns or
drug synthesis.

**Real people.** No videos of identifiable real people, living or dead: not by name, nickname,
misspelling, another script or a title that points to one person ("the current US president").
"In the style of" an artist is fine. Uploaded images for image-to-video may not contain a
photorealistic human face; drawings, animals, objects and landscapes are fine. Generated frames
are also checked against a small gallery of protected faces.

**Deceptive political content.** No realistic or "caught on camera" footage of election fraud,
ballot stuffing, tampered voting machines, crimes or arrests of officials, candidates or parties,
fake news broadcasts about real institutions, or propaganda, in any language.

**What is fine.** Ordinary scenes with people, children included; fictional and generic people
("a doctor", "a senator in a fictional country"); swimwear at a beach, a couple kissing,
classical statues; sport, sword fights, cartoon slapstick, zombie films, fireworks, hunting, a
surgeon at work, history documentaries; cartoons and stylised civic scenes ("animals voting for
a class president").

Blocked requests are logged with the time, the category and a hash of the prompt only; the prompt
text and images are never stored. The checks are automatic and can be wrong in both directions.
"""
