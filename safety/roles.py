"""Titles that identify one real person: an office of a real country, church or company.

"the current US president", "France's president", "the president of Russia", "the pope",
"the CEO of Tesla", "the British royal family", and a few of these in other languages.
A generic office stays allowed: "a president of a fictional country", "a medieval king",
"a senator" (one of many), "the queen of hearts".
"""

from __future__ import annotations

import re

from safety.normalize import Normalized, raw_fold

# Not "un" for the United Nations: it is the article of French, Spanish and Italian ("un premier
# baiser", a first kiss).
_COUNTRIES = """
us usa u s united states america american americans uk u k britain british great britain england english
scotland scottish wales welsh ireland irish france french germany german russia russian russias
china chinese japan japanese india indian canada canadian australia australian italy italian
spain spanish mexico mexican brazil brazilian argentina argentinian argentine ukraine ukrainian
israel israeli iran iranian iraq iraqi syria syrian turkey turkish egypt egyptian saudi arabia
saudi south africa south african nigeria nigerian kenya kenyan north korea north korean
south korea south korean korea korean pakistan pakistani afghanistan afghan poland polish
hungary hungarian netherlands dutch belgium belgian sweden swedish norway norwegian denmark
danish finland finnish greece greek portugal portuguese austria austrian switzerland swiss
venezuela venezuelan colombia colombian chile chilean peru peruvian cuba cuban philippines
filipino indonesia indonesian thailand thai vietnam vietnamese taiwan taiwanese belarus
belarusian serbia serbian new zealand vatican eu european union european commission
united nations nato white house kremlin whitehouse downing street
"""
_OFFICES = (r"president|vice president|vice-president|prime minister|premier|chancellor|king|queen|"
            r"monarch|crown prince|prince|princess|first lady|supreme leader|head of state|dictator|leader|"
            r"emperor|empress|royal family|royals|pm|secretary of state|foreign minister|"
            r"defense secretary|defence secretary|attorney general|speaker of the house|"
            r"press secretary|chief justice|sultan|ayatollah|tsar|czar")
_COMPANIES = (r"tesla|spacex|twitter|x corp|meta|facebook|amazon|microsoft|apple|google|alphabet|"
              r"openai|nvidia|berkshire hathaway|blue origin|virgin|oracle|netflix|disney|"
              r"trump organization|truth social")
_CORP_ROLES = r"ceo|founder|co founder|cofounder|owner|chairman|boss|head|chief executive"

_COUNTRY_RE = r"(?:" + "|".join(sorted(set(_COUNTRIES.split()) | {
    "united states", "great britain", "saudi arabia", "south africa", "south african",
    "north korea", "north korean", "south korea", "south korean", "new zealand",
    "european union", "european commission", "united nations", "white house", "downing street",
    "u s", "u k"}, key=len, reverse=True)) + r")"

_DEFINITE = r"(?:the|current|sitting|incumbent|former|ex|late|today s|todays|our|this year s)"
_PATTERNS = [
    # "the (current) US president", "the british prime minister"
    re.compile(rf"\b{_DEFINITE}\s+(?:(?:current|sitting|incumbent|former|ex|late|newly elected|"
               rf"elected|new)\s+)*{_COUNTRY_RE}\s+(?:{_OFFICES})\b"),
    # "the president of the united states", "the king of england"
    re.compile(rf"\b{_DEFINITE}\s+(?:(?:current|sitting|incumbent|former|ex|late|new)\s+)*"
               rf"(?:{_OFFICES})\s+of\s+(?:the\s+)?{_COUNTRY_RE}\b"),
    # "france s president", "russia's leader" (possessive already folded to "france president")
    re.compile(rf"\b{_COUNTRY_RE}\s+s?\s*(?:current\s+)?(?:{_OFFICES})\b(?!\s+of\b)"),
    # "the 44th president", "the 46th us president"
    re.compile(rf"\bthe \d+\s?(?:st|nd|rd|th) (?:{_COUNTRY_RE} )?(?:president|prime minister|chancellor|pope)\b"),
    # "the CEO of Tesla", "Tesla's CEO", "tesla ceo"
    re.compile(rf"\b(?:{_CORP_ROLES})\s+of\s+(?:{_COMPANIES})\b"),
    re.compile(rf"\b(?:{_COMPANIES})\s+s?\s*(?:{_CORP_ROLES})\b"),
    # single titles that name one person
    re.compile(r"\b(?:potus|flotus|scotus chief justice|the pope|pope s|the pontiff|"
               r"the dalai lama|the holy father|the royal family|the british royals|"
               r"the white house press secretary|the us first lady)\b"),
]
# "a/an/any/fictional/generic ..." right before the office: not one real person.
_GENERIC_BEFORE = re.compile(r"\b(?:a|an|any|some|fictional|generic|imaginary|made up|fantasy|"
                             r"cartoon|toy|fake country)\s+$")

# Other languages (matched on the raw folded text, any script).
_FOREIGN = [
    "presidente de estados unidos", "presidente de los estados unidos", "presidente americano",
    "président des états-unis", "président américain", "président français", "président de la république",
    "präsident der usa", "us-präsident", "bundeskanzler", "bundeskanzlerin", "presidente degli stati uniti",
    "presidente francese", "presidente russo", "presidente ruso", "president russe", "président russe",
    "президент сша", "президент россии", "президента россии", "президент украины", "папа римский",
    "美国总统", "美國總統", "俄罗斯总统", "中国国家主席", "国家主席", "英国首相", "日本首相",
    "アメリカ大統領", "米大統領", "ロシア大統領", "日本の首相", "الرئيس الأمريكي", "رئيس الولايات المتحدة",
    "الرئيس الروسي", "미국 대통령", "미국대통령",
    "rey de españa", "reina de inglaterra", "rey de inglaterra", "roi d'angleterre", "reine d'angleterre",
    "roi d'espagne", "könig von england", "königin von england", "re d'inghilterra", "regina d'inghilterra",
    "premier ministre britannique", "primer ministro británico", "premier britannico",
    "britischer premierminister", "canciller alemán", "chancelier allemand", "cancelliere tedesco",
    "der russische präsident", "presidente chino", "président chinois", "chinesische präsident",
    "presidente de rusia", "président de la russie", "presidente da rússia", "presidente dos estados unidos",
    "presidente americano", "président des usa", "presidente de francia", "président de la france",
    "primer ministro de israel", "premier ministre israélien", "presidente de ucrania", "président ukrainien",
    "президент франции", "канцлер германии", "премьер-министр великобритании", "король великобритании",
    "英国国王", "英國國王", "法国总统", "俄国总统", "乌克兰总统", "德国总理", "以色列总理", "英国女王",
    "フランス大統領", "ウクライナ大統領", "ドイツ首相", "イギリス国王", "中国国家主席",
]
_FOREIGN_FOLDED = [raw_fold(f) for f in _FOREIGN]


def find_role(norm: Normalized) -> str | None:
    """The matched phrase when the prompt names an office held by one real person."""
    texts = [" ".join(tokens) for tokens in norm.token_lists]
    texts.append(" ".join(re.findall(r"[a-z0-9]+", norm.clean)))  # digits kept: "the 44th president"
    for text in texts:
        for pat in _PATTERNS:
            for m in pat.finditer(text):
                before = text[:m.start()]
                if _GENERIC_BEFORE.search(before) and not m.group(0).startswith(
                        ("the ", "current ", "former ", "ex ", "sitting ", "incumbent ")):
                    continue
                return m.group(0)
    folded = raw_fold(norm.original)
    for phrase, f in zip(_FOREIGN, _FOREIGN_FOLDED):
        if f in folded:
            return phrase
    return None
