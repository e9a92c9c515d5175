"""One normalisation of a prompt, shared by every check.

Undoes the usual ways of hiding a word from a filter:
  * compatibility forms (fullwidth, mathematical bold, circled letters): Unicode NFKC
  * zero-width and other invisible format characters: removed
  * homoglyphs from other scripts (Cyrillic "о", Greek "Α", ...): folded to the Latin look-alike
  * accents and diacritics: folded ("Macrón" -> "macron", "ł" -> "l")
  * leetspeak inside words ("0b4m4" -> "obama")
  * spacing and punctuation inside words ("o b a m a", "o.b.a.m.a", "o-b-a-m-a")
Words written wholly in Cyrillic or Greek are also transliterated by sound ("Путин" -> "putin")
into a second token list, so names in those scripts reach the same gazetteer.

`normalize(text)` returns a `Normalized` with:
  clean      lower-cased, folded text with its spacing and punctuation kept (for phrase rules)
  tokens     folded, de-obfuscated word tokens (ASCII letters/digits)
  collapsed  the tokens joined with no spaces
  variants   extra token lists (phonetic transliteration), possibly empty
  cased      for each token, whether the original word started with a capital letter
  initial    for each token, whether it starts the text or a sentence (so its capital is no sign
             of a proper noun)
  translit   when the text has letters outside Latin script: every word transliterated to Latin
             with AnyAscii (`safety.phonetic.transliterate`), one token per word (per character in
             Chinese), with `translit_scripts` (script family of each token) and `translit_alts`
             (the word without a trailing particle or case ending); an additional form for the
             phonetic name matching, the forms above are unchanged
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from safety.phonetic import script_of, transliterate

# --- invisible characters -------------------------------------------------------------------
_INVISIBLE_EXTRA = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u034f", "\u2800"}


def _is_invisible(ch: str) -> bool:
    if ch in _INVISIBLE_EXTRA:
        return True
    cat = unicodedata.category(ch)
    # Cf: zero-width space/joiners, soft hyphen, bidi marks, word joiner, BOM, tag characters.
    # Variation selectors are Mn but invisible; they are stripped with the other marks below.
    return cat == "Cf"


# --- homoglyphs: visually confusable letters of other scripts -> Latin ----------------------
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ь": "b", "ы": "bi", "г": "r", "п": "n", "л": "n",
    "и": "u", "з": "3", "ч": "4", "ш": "w", "щ": "w", "д": "d", "я": "r", "б": "6", "ф": "o",
    "ц": "u", "ж": "x", "э": "e", "ю": "io", "й": "u", "ъ": "b", "ӏ": "l", "ԍ": "g", "ү": "y",
    "ұ": "y", "ҳ": "x", "ӓ": "a", "ӧ": "o", "ӱ": "y", "ҫ": "c", "ԃ": "d",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "θ": "o", "ι": "i",
    "κ": "k", "λ": "l", "μ": "u", "ν": "v", "ξ": "e", "ο": "o", "π": "n", "ρ": "p", "σ": "o",
    "ς": "c", "τ": "t", "υ": "u", "φ": "o", "χ": "x", "ψ": "w", "ω": "w", "ϲ": "c", "ϳ": "j",
    "ά": "a", "έ": "e", "ή": "n", "ί": "i", "ό": "o", "ύ": "u", "ώ": "w",
    # Armenian, Cherokee and assorted Latin look-alikes
    "օ": "o", "ս": "u", "ց": "g", "հ": "h", "ո": "n", "ա": "w", "ւ": "l", "զ": "q",
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ƀ": "b",
    "ƅ": "b", "ɑ": "a", "ɒ": "a", "ɛ": "e", "ɩ": "i", "ɪ": "i", "ʏ": "y", "ᴀ": "a", "ʙ": "b",
    "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m",
    "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w",
    "ᴢ": "z", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ŋ": "n", "ſ": "s", "ƒ": "f",
    "∂": "d", "€": "e", "£": "l", "¥": "y", "¢": "c", "©": "c", "®": "r", "µ": "u",
    "ⅰ": "i", "ⅼ": "l", "ⅽ": "c", "ⅾ": "d", "ⅿ": "m", "ⅴ": "v", "ⅹ": "x",
}

# --- phonetic transliteration of whole Cyrillic / Greek words ------------------------------
_CYRILLIC_SOUND = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi",
    "є": "ye", "ґ": "g", "ў": "u", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz",
}
_GREEK_SOUND = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}

# --- leetspeak, applied only inside words that also contain letters --------------------------
_LEET_DIGITS = {"0": "o", "1": "i", "2": "z", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t",
                "8": "b", "9": "g"}
_LEET_SYMBOLS = {"@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "+": "t", "(": "c", "€": "e",
                 "£": "l", "¡": "i", "ß": "b", "#": "h", "%": "x", "^": "a", "&": "and"}

_WORD_CHARS = re.compile(r"[a-z0-9]")
_SPLIT = re.compile(r"(\s+)")
_PUNCT_INSIDE = re.compile(r"(?<=[a-z0-9])[\.\-_\*'’`´~/\\:,;·•=+^\"]+(?=[a-z0-9])")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_SENTENCE_END = (".", "!", "?", ":", ";", "\u3002", "\uff01", "\uff1f")
_POSSESSIVE = re.compile(r"['’]s(?=[^a-z0-9]*$)")


def strip_invisible(text: str) -> str:
    if text.isascii():
        return text  # no invisible format characters in ASCII
    return "".join(ch for ch in text if not _is_invisible(ch))


# Letters that carry no combining mark to drop: Turkish dotless i, Polish l, Nordic o, Croatian d.
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "Ł": "L", "Ø": "O", "Đ": "D"})


def fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)
                   and not (0xFE00 <= ord(ch) <= 0xFE0F))


def _script_of_letters(word: str) -> set[str]:
    if word.isascii():
        return {"latin"} if any(ch.isalpha() for ch in word) else set()
    scripts = set()
    for ch in word:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            scripts.add("latin")
        elif name.startswith("CYRILLIC"):
            scripts.add("cyrillic")
        elif name.startswith("GREEK"):
            scripts.add("greek")
        else:
            scripts.add("other")
    return scripts


def _fold_visual(word: str) -> str:
    return "".join(_CONFUSABLES.get(ch, ch) for ch in word)


def _fold_sound(word: str) -> str:
    out = []
    for ch in word:
        if ch in _CYRILLIC_SOUND:
            out.append(_CYRILLIC_SOUND[ch])
        elif ch in _GREEK_SOUND:
            out.append(_GREEK_SOUND[ch])
        else:
            out.append(_CONFUSABLES.get(ch, ch))
    return "".join(out)


def _prepare(text: str) -> str:
    text = strip_invisible(text)
    text = unicodedata.normalize("NFKC", text)
    return text


def _deleet_word(word: str, one: str = "i") -> str:
    """Map digits and symbols to letters inside a word that has at least one letter.
    "1" reads as "i" by default; the caller also tries "l" ("bi11" -> "bill")."""
    if word.isalpha() or not any(c.isalpha() for c in word):
        return word
    if one != "i":
        word = word.replace("1", one)
    chars = list(word)
    n = len(chars)
    for i, ch in enumerate(chars):
        if ch in _LEET_DIGITS:
            chars[i] = _LEET_DIGITS[ch]
        elif ch in _LEET_SYMBOLS and ch not in "&":
            # Symbols count only when glued to a letter or digit on some side.
            left = i > 0 and word[i - 1].isalnum()
            right = i + 1 < n and word[i + 1].isalnum()
            if (ch in "!|(+" and left and right) or (ch not in "!|(+" and (left or right)):
                chars[i] = _LEET_SYMBOLS[ch]
    return "".join(chars)


def _squeeze_repeats(word: str) -> str:
    """"obaaaama" -> "obaama": three or more of one letter become two."""
    return re.sub(r"([a-z])\1{2,}", r"\1\1", word)


@dataclass
class Normalized:
    original: str
    clean: str
    tokens: list[str]
    collapsed: str
    cased: list[bool]
    variants: list[list[str]] = field(default_factory=list)
    # For each token, whether it starts the text or a sentence (after . ! ? : ; or a line break):
    # a capital there says nothing about a proper noun.
    initial: list[bool] = field(default_factory=list)
    translit: list[str] = field(default_factory=list)
    translit_scripts: list[str] = field(default_factory=list)
    translit_alts: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def token_lists(self) -> list[list[str]]:
        return [self.tokens] + self.variants


def _tokenize(words: list[tuple], with_initial: bool = False):
    """words: (folded lower word, started with capital, preceded by a wide gap, starts a
    sentence).

    Runs of two or more one-letter words are joined ("d o n a l d" -> "donald"); a wide gap
    (two or more spaces, or a separator) ends a run, so "D o n a l d  T r u m p" keeps two words.
    """
    tokens: list[str] = []
    cased: list[bool] = []
    initial: list[bool] = []
    run: list[str] = []
    run_cap = False
    run_initial = False

    def flush() -> None:
        nonlocal run, run_cap, run_initial
        if len(run) >= 2:
            tokens.append("".join(run))
            cased.append(run_cap)
            initial.append(run_initial)
        elif run:
            tokens.append(run[0])
            cased.append(run_cap)
            initial.append(run_initial)
        run = []
        run_cap = False
        run_initial = False

    for word, cap, wide_gap, starts in words:
        if wide_gap:
            flush()
        if len(word) == 1 and word.isalnum():
            if not run:
                run_cap = cap
                run_initial = starts
            run.append(word)
            continue
        flush()
        tokens.append(word)
        cased.append(cap)
        initial.append(starts)
    flush()
    # A leading "a"/"i" article glued to a run is undone: "a d o g" stays ambiguous, keep it.
    if with_initial:
        return tokens, cased, initial
    return tokens, cased


def _words(text: str, fold, one: str = "i") -> list[tuple[str, bool, bool, bool]]:
    out: list[tuple[str, bool, bool, bool]] = []
    pieces = _SPLIT.split(text)
    gap_wide = False
    starts = True
    for piece in pieces:
        if not piece:
            continue
        if piece.isspace():
            gap_wide = len(piece) >= 2 or "\n" in piece or "\t" in piece
            starts = starts or "\n" in piece
            continue
        if not any(ch.isalnum() for ch in piece):
            starts = starts or piece.rstrip("\"')]\u201d\u2019*").endswith(_SENTENCE_END)
            continue
        cap = piece[:1].isupper() or (len(piece) > 1 and not piece[:1].isalnum() and piece[1:2].isupper())
        w = piece.lower()
        if not w.isascii():  # folding only changes letters outside ASCII
            w = fold_accents(fold(w))
        if w.isalpha() and w.isascii():
            parts = [w]  # a plain word: nothing to undo
        else:
            w = _POSSESSIVE.sub("", w)
            w = _deleet_word(w, one)
            w = _PUNCT_INSIDE.sub("", w)
            # What is left of punctuation splits words ("trump's" is already "trumps").
            parts = [p for p in _NON_WORD.split(w) if p]
        for j, p in enumerate(parts):
            out.append((_squeeze_repeats(p), cap and j == 0, gap_wide and j == 0,
                        starts and j == 0))
        gap_wide = False
        if parts:
            starts = piece.rstrip("\"')]\u201d\u2019*").endswith(_SENTENCE_END)
    return out


def normalize(text: str) -> Normalized:
    text = _prepare(text or "")
    lower = text.lower()

    def visual(word: str) -> str:
        return _fold_visual(word)

    words = _words(text, visual)
    tokens, cased, initial = _tokenize(words, with_initial=True)
    variants: list[list[str]] = []
    scripts = _script_of_letters(lower)
    if "cyrillic" in scripts or "greek" in scripts:
        def sound(word: str) -> str:
            s = _script_of_letters(word)
            # Wholly Cyrillic/Greek words are transliterated by sound; mixed words are homoglyph
            # attacks on Latin words, so they keep the visual folding.
            if "latin" in s:
                return _fold_visual(word)
            return _fold_sound(word)

        v_tokens, _ = _tokenize(_words(text, sound))
        if v_tokens != tokens:
            variants.append(v_tokens)
    if "1" in text:
        l_tokens, _ = _tokenize(_words(text, visual, one="l"))
        if l_tokens != tokens and l_tokens not in variants:
            variants.append(l_tokens)
    clean = fold_accents(_fold_visual(lower))
    clean = re.sub(r"\s+", " ", clean).strip()
    tr: tuple = ([], [], [])
    if any(ch.isalpha() and not ch.isascii() and script_of(ch) != "latin" for ch in lower):
        tr = transliterate(lower)
    return Normalized(original=text, clean=clean, tokens=tokens, collapsed="".join(tokens),
                      cased=cased, variants=variants, translit=tr[0], translit_scripts=tr[1],
                      translit_alts=tr[2], initial=initial)


def name_key(name: str) -> str:
    """The collapsed key of a name as the gazetteer stores it."""
    return "".join(normalize(name).tokens)


def raw_fold(text: str) -> str:
    """Invisible characters removed, NFKC, lower case: for matching names in CJK/Arabic scripts."""
    return re.sub(r"[\s·・･‧•\-_.,'’\"`]+", "", _prepare(text).lower())
