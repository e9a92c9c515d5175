"""Transliteration of any script to Latin, and phonetic keys for matching names by sound.

`transliterate(text)` splits a prompt into words, transliterates every word that is not in Latin
script with AnyAscii (tables shipped in the package, no network) after a few script-specific
fixes, and tags each token with its script family:

  * Thai: vowels written before their consonant (เ แ โ ใ ไ) are moved after it first, so
    "โดนัลด์" reads "donald", not "odnald".
  * Greek: digraphs read as they sound (μπ/ντ/γκ -> b/d/g at the start of a word, mb/nd/ng inside,
    ου -> u, ου + vowel -> w, τζ -> j, χ -> kh).
  * Hebrew: geresh letters (ג׳ צ׳ ז׳) -> j, ch, zh; ב -> b, ו -> w (a vowel letter).
  * Indic scripts: the unwritten inherent vowel "a" is written ("सचिन" -> "sacin", not "scin"),
    anusvara -> n (m before a labial).
  * Georgian ფ -> f; Korean 츠 -> "tseu" (a final "ts": 게이츠 Gates).
  * Chinese characters: one token per character (one syllable of pinyin); Japanese: one token
    per run of katakana, hiragana or kanji (particles in hiragana become their own tokens);
    Korean: one token per word, with a second form that drops a trailing particle (이, 가, 는, ...).

`strict_key(token)` is a Metaphone-like consonant skeleton:
  ph -> f; sh/ch/sch/zh/j/dj/dzh/tch/cz/sz/s/z/c(e,i,y)/ts+vowel -> S (one sibilant class);
  c/q/ck -> k; x -> kS; w -> v; h dropped (silent or part of a digraph: th, kh, gh, dh);
  doubled letters collapsed; vowels (a e i o u y) dropped except a leading one (kept as "A").
  "Taylor Swift", "Tailor Svift" and "Тейлор Свифт" (teylor svift) all give tlr|Svft.
`abjad_key(token)` is for Arabic and Hebrew, which write few vowels: the strict key without any
vowel (a leading one too) and without w/v (و, ו are mostly vowels in foreign names), p/f/b merged.
`hangul_key(token)` is for Hangul (see there): voicing and m/n kept, epenthetic ㅡ removed.
`relaxed_key(token)` is for scripts whose transliterations add sounds or merge them (katakana and
Hangul insert vowels and have no l/r or f/p distinction, Indic and Thai scripts mark voicing and
v/b differently): strict key, then the leading vowel and y dropped, w read as a vowel, v/b/p/f merged,
l/r merged, voiced and voiceless pairs merged (b/p/f, d/t, g/k), m/n merged (an Indic
anusvara or a Japanese moraic n stands for either).
"donarudo toranpu" (ドナルド・トランプ), "dwnld trmb" (دونالد ترامب) and "DoNeolDeu TeuLeomPeu"
(도널드 트럼프) all give tnlt|tlnp, as does "Donald Trump".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Script families. Arabic and Hebrew (abjads: few vowels written) get the abjad key as well as the
# strict one; "lossy" scripts (inserted vowels, no l/r or voicing distinction) the relaxed key.
ABJAD = {"arabic", "hebrew"}
LOSSY = {"indic", "thai", "kana", "ethiopic", "other"}
_RANGES = [
    (0x0370, 0x03FF, "greek"), (0x1F00, 0x1FFF, "greek"), (0x0400, 0x052F, "cyrillic"),
    (0x1C80, 0x1C8F, "cyrillic"), (0x2DE0, 0x2DFF, "cyrillic"), (0xA640, 0xA69F, "cyrillic"),
    (0x0530, 0x058F, "armenian"), (0x0590, 0x05FF, "hebrew"), (0xFB1D, 0xFB4F, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0x08A0, 0x08FF, "arabic"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"), (0x0700, 0x074F, "arabic"),
    (0x0900, 0x0DFF, "indic"), (0x0E00, 0x0E7F, "thai"), (0x0E80, 0x0EFF, "thai"),
    (0x10A0, 0x10FF, "georgian"), (0x1C90, 0x1CBF, "georgian"), (0x1200, 0x139F, "ethiopic"),
    (0x1100, 0x11FF, "hangul"), (0x3130, 0x318F, "hangul"), (0xAC00, 0xD7AF, "hangul"),
    (0x3040, 0x309F, "hira"), (0x30A0, 0x30FF, "kana"), (0x31F0, 0x31FF, "kana"),
    (0xFF66, 0xFF9F, "kana"), (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"),
    (0xF900, 0xFAFF, "han"), (0x20000, 0x2FFFF, "han"), (0x1000, 0x109F, "other"),
    (0x1780, 0x17FF, "other"),
]


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str:
    o = ord(ch)
    if o < 0x80:
        return "latin"
    for lo, hi, name in _RANGES:
        if lo <= o <= hi:
            return name
    if unicodedata.name(ch, "").startswith("LATIN"):
        return "latin"
    return "other"


def _word_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "LMN" or ch in "ー'׳"


# --- script-specific fixes before AnyAscii ------------------------------------------------------
_THAI_PRE = "เแโใไ"
_THAI_PRE_RX = re.compile(f"([{_THAI_PRE}])([\u0e01-\u0e2e])")
_HEBREW_GERESH = [(re.compile("ג['׳]"), "j"), (re.compile("צ['׳]"), "ch"), (re.compile("ז['׳]"), "zh")]
_GREEK_INITIAL = [("μπ", "b"), ("ντ", "d"), ("γκ", "g")]
_GREEK_DIGRAPHS = [("ου", "u"), ("μπ", "mb"), ("ντ", "nd"), ("γκ", "ng"), ("γγ", "ng"), ("τζ", "j"),
                   ("τσ", "ts"), ("αι", "e"), ("ει", "i"), ("οι", "i"), ("χ", "kh"), ("η", "i"),
                   ("υ", "i"), ("β", "v")]
_GREEK_W = re.compile("ου(?=[αεηιοωυάέήίόώύ])")
_KO_PARTICLES = ("에서", "에게", "한테", "처럼", "까지", "부터", "으로", "이랑", "이가", "이는", "이를",
                 "이의", "이와", "이도", "이", "가", "은", "는", "을", "를", "의", "와", "과", "도",
                 "에", "로", "랑", "께", "만", "씨")


def _greek(word: str) -> str:
    w = word.replace("ϊ", "#").replace("ΐ", "#").replace("ϋ", "%").replace("ΰ", "%")
    w = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
    w = _GREEK_W.sub("w", w)
    for a, b in _GREEK_INITIAL:
        if w.startswith(a):
            w = b + w[len(a):]
    for a, b in _GREEK_DIGRAPHS:
        w = w.replace(a, b)
    return w.replace("#", "i").replace("%", "i")


def _latin(text: str) -> str:
    return re.sub(r"[^a-z]", "", anyascii(text).lower())


def _indic(word: str) -> str:
    """Write the inherent vowel that Indic scripts leave unwritten (a consonant not followed by a
    vowel sign or virama is read with "a", except at the end of a word); anusvara as n (m before
    a labial)."""
    out = []
    n = len(word)
    for k, ch in enumerate(word):
        name = unicodedata.name(ch, "")
        if "ANUSVARA" in name or "CANDRABINDU" in name:
            nxt = anyascii(word[k + 1:k + 2])[:1]
            out.append("m" if nxt in ("p", "b", "m") else "n")
            continue
        out.append(ch)
        if unicodedata.category(ch) == "Lo" and " LETTER " in name and "VOWEL" not in name:
            j = k + 1
            if j < n and "NUKTA" in unicodedata.name(word[j], ""):
                continue  # the nukta carries on; the vowel is decided after it
            if j < n and not ("VOWEL SIGN" in unicodedata.name(word[j], "")
                              or "VIRAMA" in unicodedata.name(word[j], "")):
                out.append("a")
        elif "NUKTA" in name and k + 1 < n and not (
                "VOWEL SIGN" in unicodedata.name(word[k + 1], "")
                or "VIRAMA" in unicodedata.name(word[k + 1], "")):
            out.append("a")
    return "".join(out)


def _fix(word: str, script: str) -> str:
    if script == "indic":
        word = _indic(word)
    elif script == "georgian":
        word = word.replace("ფ", "f")  # foreign f
    elif script == "hangul":
        word = word.replace("츠", "tseu")  # "ts" at the end of a foreign word (게이츠, Gates)
    elif script == "thai":
        word = _THAI_PRE_RX.sub(r"\2\1", word)
    elif script == "greek":
        word = _greek(word)
    elif script == "hebrew":
        for rx, rep in _HEBREW_GERESH:
            word = rx.sub(rep, word)
        word = word.replace("ב", "b").replace("ו", "w")  # bet in foreign names, vav mostly a vowel
    return word


def _chunks(word: str) -> list[tuple[str, str]]:
    """Split one space-free word into runs of one script; Chinese characters one by one."""
    out: list[tuple[str, str]] = []
    cur, cur_s = "", ""
    for ch in word:
        s = script_of(ch) if unicodedata.category(ch)[0] == "L" else ""
        if ch == "ー":
            s = "kana"
        if not s:  # marks and digits stay with the run they are in
            cur += ch
            continue
        if s == "han" or s != cur_s:
            if cur:
                out.append((cur, cur_s or s))
            cur, cur_s = ch, s
        else:
            cur += ch
    if cur:
        out.append((cur, cur_s or "latin"))
    return out


@lru_cache(maxsize=8192)
def _translit_word(word: str, script: str) -> tuple[str, tuple[str, ...]]:
    """(Latin form, alternative forms of the word without a trailing particle or case ending)."""
    latin = _latin(_fix(word, script))
    alts: list[str] = []
    if script == "greek" and re.search("(?<=.)(μπ|ντ|γκ)", word):
        # Inside a word μπ/ντ/γκ are mb/nd/ng in Greek words but b/d/g in foreign names (Τζομπς).
        alts.append(_latin(_fix(word.replace("μπ", "b").replace("ντ", "d").replace("γκ", "g"), script)))
    if script == "hangul":
        for p in _KO_PARTICLES:
            if word.endswith(p) and len(word) - len(p) >= 2:
                alts.append(_latin(_fix(word[: -len(p)], script)))
                break
    elif script == "georgian" and word.endswith("ს") and len(word) > 4:
        alts.append(_latin(_fix(word[:-1], script)))
    elif script == "armenian" and word[-1:] in ("ը", "ն") and len(word) > 4:
        alts.append(_latin(word[:-1]))
    elif script == "cyrillic":
        for end in ("ом", "ем", "ым", "им", "ой", "ей", "ого", "ому"):
            if word.endswith(end) and len(word) - len(end) >= 3:
                alts.append(_latin(word[: -len(end)]))
                break
    return latin, tuple(a for a in alts if a and a != latin)


def transliterate(text: str) -> tuple[list[str], list[str], list[tuple[str, ...]]]:
    """Tokens of the text in Latin letters, the script of each, and alternative forms of each.
    `text` should be prepared (invisible characters removed, NFKC) and lower-cased."""
    tokens: list[str] = []
    scripts: list[str] = []
    alts: list[tuple[str, ...]] = []
    word = ""
    for ch in text + " ":
        if _word_char(ch):
            word += ch
            continue
        if word:
            for chunk, script in _chunks(word):
                latin, alt = _translit_word(chunk, script)
                if latin:
                    tokens.append(latin)
                    scripts.append(script)
                    alts.append(alt)
            word = ""
    return tokens, scripts, alts


# --- phonetic keys --------------------------------------------------------------------------------
_SYMBOL_STEPS = [
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"t[sz](?=[aeiouy])"), "Z"),
    (re.compile(r"tsch|dsch|tch|dzh|dj|sch|ch|sh|zh|cz|sz"), "S"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"x"), "kS"),
    (re.compile(r"c(?=[eiy])"), "S"),
    (re.compile(r"c"), "k"),
    (re.compile(r"[szj]"), "S"),
    (re.compile(r"w"), "W"),
    (re.compile(r"h"), ""),
    (re.compile(r"([a-zA-Z])\1+"), r"\1"),
]
_LEADING_VOWEL = re.compile(r"^[aeiouy]+")
_VOWELS = re.compile(r"[aeiouy]+")
_STRICT_MAP = str.maketrans({"W": "v", "Z": "S"})
_RELAXED_MAP = str.maketrans({"W": "u", "v": "p", "r": "l", "b": "p", "f": "p", "d": "t", "g": "k",
                              "m": "n"})
_NON_RHOTIC = re.compile(r"r(?![aeiouy])")
_DOUBLE = re.compile(r"([a-zA-Z])\1+")


@lru_cache(maxsize=65536)
def _symbols(token: str) -> str:
    """Consonant classes with the vowels still in place."""
    s = token
    for rx, rep in _SYMBOL_STEPS:
        s = rx.sub(rep, s)
    return s


@lru_cache(maxsize=65536)
def strict_key(token: str) -> str:
    s = _DOUBLE.sub(r"\1", _symbols(token).translate(_STRICT_MAP))
    return _VOWELS.sub("", _LEADING_VOWEL.sub("A", s))


@lru_cache(maxsize=65536)
def relaxed_key(token: str, non_rhotic: bool = False) -> str:
    s = _symbols(token)
    if non_rhotic:
        s = _NON_RHOTIC.sub("", s)
    s = s.replace("Z", "tS").translate(_RELAXED_MAP)
    return _VOWELS.sub("", _DOUBLE.sub(r"\1", s))


_ABJAD_MAP = str.maketrans({"v": None, "W": None, "p": "b", "f": "b", "Z": "S"})


@lru_cache(maxsize=65536)
def abjad_key(token: str) -> str:
    """Strict key without what an abjad leaves unwritten: vowels (also a leading one), w/v (و and
    ו are mostly vowels in foreign names); p/f/b merged (Arabic has no p, Hebrew פ is p or f)."""
    s = _VOWELS.sub("", _symbols(token).translate(_ABJAD_MAP))
    return _DOUBLE.sub(r"\1", s)


_HANGUL_MAP = str.maketrans({"W": "u", "v": "b", "f": "p", "r": "l", "Z": "S"})
_DEVOICE = {"b": "p", "d": "t", "g": "k"}
_FINAL_VOICED = re.compile(r"[bdg](?![aeiouy])")


@lru_cache(maxsize=65536)
def hangul_key(token: str, non_rhotic: bool = False, written: bool = False) -> str:
    """Key for Korean loanword spelling, which keeps what the relaxed key merges: b/p, d/t, g/k
    and m/n stay apart (버/퍼, 도/토, 거/커, 머/너), except that a consonant not before a vowel is
    voiceless (final 잭 jaeg is "jack"); l/r merged, f -> p, v -> b, w a vowel. `written`: the
    token is Hangul as written, whose epenthetic ㅡ (eu) is removed ("teuleompeu" -> "tleomp")."""
    s = token.replace("eu", "") if written else token
    s = _symbols(s)
    if non_rhotic:
        s = _NON_RHOTIC.sub("", s)
    s = _DOUBLE.sub(r"\1", s.translate(_HANGUL_MAP))
    s = _FINAL_VOICED.sub(lambda m: _DEVOICE[m.group()], s)
    return _VOWELS.sub("", _DOUBLE.sub(r"\1", s))


def name_spellings(token: str) -> list[str]:
    """Spellings of one name token to index: itself, "ch" read as k ("Michael"), a soft g read as
    j ("George"), a silent final e ("Steve") and a silent e before a final s ("Gates")."""
    out = [token]
    if len(token) > 3 and re.search(r"[^aeiouy]e$", token):
        out.append(token[:-1])
    if "ch" in token:
        out.append(token.replace("ch", "k"))
    if re.search(r"g[eiy]", token):
        out += [re.sub(r"g(?=[eiy])", "j", t) for t in list(out)]
    if re.search(r"[^aeiouy]es$", token):
        out += [t[:-2] + "s" for t in list(out)]
    return out
