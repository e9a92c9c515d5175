"""Harmful-content categories of the prompt check: rules over normalised text plus a small
multi-label head on the MiniLM embeddings.

Categories (each refused under its own name): `minors` (decided first, wins over `sexual`),
`sexual`, `violence`, `self_harm`, `hate`, `weapons`.

1. gloss: words of other languages (Spanish, French, German, Portuguese, Italian, Turkish,
   Indonesian, Russian, Korean, Chinese, Japanese, Arabic, Hindi) for the hard terms are
   appended in English, so the English
   rules and the English embedding model see them ("12 años"/"12岁"/"trece años"/"十三岁" read as a
   child). Every language carries the same core concepts per category: minors (child, minor,
   pupil, teen, school grade, age) and their sexual/suggestive words; sexual (sex scene, explicit,
   uncensored, porn, erotic, nude, striptease); self-harm (kill myself, painless, suicide, cutting,
   train, starving/pro-ana tips, hiding cuts); violence (beheading, massacre, school/mass shooting,
   bodies everywhere, torture, guts spilling out); hate (ISIS/jihad/neo-nazi recruitment and
   propaganda, groups as vermin/disease, race war, ethnic cleansing, Holocaust denial, SS); weapons
   (how to make / cook / synthesise meth, crack, fentanyl, ricin, sarin, TATP, bombs, 3D-printed or
   untraceable guns, full-auto conversion). The Latin-script gloss also runs on a prompt with
   English words when it has a marked foreign word (_FOREIGN_MARK). Harm words spelled out letter
   by letter ("f e n t a n y l s y n t h e s i s") are found inside the run; a censored word
   ("n*ked", "p#pe b_mb", "sui**de") is read against the whole rule vocabulary (`_star_words`: each
   blank `*`, `_`, `#`, `@` stands for one letter, or failing that two).
2. rules, read on the folded text (`Normalized.clean`) and on the de-obfuscated tokens
   (leetspeak, spacing, homoglyphs undone by `safety.normalize`), negated harm words ("no gore",
   "without nudity") dropped first:
   - hard terms no classifier should miss ("loli", "porn", "beheading", "pro-ana", "sieg heil",
     "ghost gun"...), each with a short list of harmless phrases it must not read into
     ("same-sex couple", "naked eye", "bath bomb", "suicide prevention"...);
   - co-occurrence: a minor term (child, teen, "12 year old", "looks 12", "8th grade", "middle
     schooler"...) with any sexual, nudity or suggestive term, euphemisms included ("spicy pics",
     "steamy photo shoot", "thirst trap"; `_SUGGEST_MINOR`) => minors; nudity or two suggestive terms => sexual unless the
     scene is classical art; an instruction cue ("how to", "step by step", "recipe") with an
     explosive, chemical/biological agent, untraceable gun or drug, or making one with intent to
     hurt, or making a pathogen spread better => weapons; an atrocity or a graphic injury with a
     realism cue => violence; eating-disorder words with "tips"/"motivation" => self_harm; a
     protected group with dehumanising words, an extremist group with propaganda/recruitment/
     glorification, or a hate symbol without a news, history or condemnation frame => hate; and,
     with no hate keyword at all: a protected group (or "race") with a dehumanising comparison
     ("as rats", "an octopus", "puppet masters", "breed like"), a supremacy/inferiority claim or a
     conspiracy trope ("control the banks", "behind every war"); recruiting/inspiring/"join us"
     wording with an extremist movement; denial wording with a genocide ("never happened",
     "staged", "hoax") => hate, unless a real history/museum/memorial frame shows it without
     arguing a claim (`_framed`), or it is a former member, a fact-check or a condemnation. The
     gloss carries the same cues in other languages; glued or spaced words ("racewar",
     "r a c e w a r") are read as phrases (`_RUN_PHRASE`).
   Fiction and style markers (cartoon, anime, "fictional", "18 but looks 12") never cancel
   `minors` or `sexual`; they cancel only the weak violence combinations (cartoon slapstick).
3. heads, where no rule decided: a hashed word/character n-gram scorer (`harm_ngrams.py`) and
   one logistic output per category on the MiniLM embedding (the political module's
   `Embedder`, shared), trained by `python -m safety.dev.train_harms` on templated rows
   (`data/harm_train.jsonl`), rows written by hand by independent authors
   (`data/harm_handwritten.jsonl`) and the dev evaluation sets. The MiniLM head runs when the
   prompt has a cue word (past LONG_PROMPT_WORDS words, a strong one) or the n-gram score of
   some category reaches the saved gate; it reads the whole prompt up to HEAD_WORDS words, else
   the stretch the n-grams score worst, plus the gloss. The two probabilities are averaged; each
   category's threshold keeps 0.1 % of ordinary and 5 % of hard harmless validation rows over it.
   Minors: a prompt with a minor term is also read with every minor word as "person"
   (`sexual_without_minors`); sexual about an adult at the lower `minor_sexual` threshold means
   `minors`. The heads' other outputs are dropped where the rules' harmless readings hold (a
   classical nude, "nude lipstick", a suicide-prevention walk, a toy, a named group with nothing
   said against it, a history frame), and in Latin script `weapons` needs something dangerous
   named (bread, soap and paper planes have recipes too). A head verdict other than `minors` waits behind the
   person and political checks (`moderator.py`).

`load(embedder)` -> HarmClassifier with the saved `HarmHead` and `NgramScorer`;
`HarmClassifier.check(norm)` -> HarmResult(category, detail, scores) or None.
`HarmClassifier(None)` is the rules alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from safety.harm_ngrams import NgramScorer
from safety.normalize import Normalized, fold_accents, normalize

DATA = Path(__file__).resolve().parent / "data"
HEAD_PATH = DATA / "harm_head.npz"
MEMORY_PATH = DATA / "harm_memory.npz"
CATEGORIES = ("minors", "sexual", "violence", "self_harm", "hate", "weapons")
DETAILS = {
    "minors": "sexual content involving a minor",
    "sexual": "sexual content or nudity",
    "violence": "graphic violence or a real-world atrocity",
    "self_harm": "suicide or self-injury",
    "hate": "hateful or extremist content",
    "weapons": "instructions for weapons, explosives or drugs",
}
HEAD_WORDS = 48  # words the head embeds at most (the embedding is most of a check's cost)
HEAD_GLOSS_WORDS = 16  # and gloss words after them
SCAN_WORDS = 12  # the stretch of a longer prompt the n-grams score, in steps of half of it
LONG_PROMPT_WORDS = 40  # past this, scene words ("knife", "dead", "pills") no longer wake the head
HEAD_CACHE = 512  # head results kept per text (a visitor often resubmits the same prompt)
MEMORY_K = 10  # training rows that vote on a prompt (HarmHead.votes)

# --- gloss: other languages -> English cue words ----------------------------------------------
# Latin-script languages: regex on the accent-folded lower text (word-initial prefixes).
_GLOSS_LATIN = [
    # minors
    (r"chicas?\b|chicos?\b|muchach[oa]s?\b|garot[oa]s?\b|jeunes? filles?|ragazz[oa]\b|ragazze\b", "girl"),
    (r"ninos?\b|ninas?\b|nin[oa]s? pequen|infantil|menor(?:es)? de edad|adolescentes?\b|colegiala", "child"),
    (r"enfants?\b|fillettes?|petite fille|petit garcon|mineure?s?\b|adolescente?s?\b|ecoliere", "child"),
    (r"kinder\b|kindes\b|kind\b|kleinkind|madchen|maedchen|minderjahrig|minderjaehrig|jugendliche|schulmadchen", "child"),
    (r"criancas?\b|meninas?\b|meninos?\b|menor de idade|adolescente", "child"),
    (r"bambin[oiae]\b|ragazzin[oiae]\b|minorenn", "child"),
    # sexual
    (r"desnud|desnuda|encuerad|sin ropa|nue?s?\b|nu\b|toute nue|deshabill|nackt|entkleid|pelad[oa]s?\b|nua\b|nuas\b|sem roupa|nudo\b|nuda\b|nudi\b|svestit", "naked"),
    (r"sexo\b|sexe\b|sexuel|sexuell|sesso\b|sessual", "sex"),
    (r"relaciones sexuales|haciendo el amor|faire l.amour|font l.amour|geschlechtsverkehr|fazendo amor|fare l.amore", "having sex"),
    (r"porno|pornograf|pornographi", "porn"),
    (r"ropa interior|bragas|calzones|sous-vetements?|culotte|unterwasche|unterwaesche|schlupfer|roupa intima|calcinha|cueca|mutande|biancheria intima", "underwear"),
    (r"seductor|seductiv|provocativ|sensual|seducteur|seductrice|aguicheu|sexy|verfuhrerisch|lasziv|sedutor|provocant|provocador|sedutt", "seductive"),
    (r"violacion|violad|violee|vergewaltig|estupro|stupro", "rape"),
    # violence
    (r"decapit|degoll|enthaupt|kopf ab|decapita", "beheading"),
    (r"tortura\b|torturad|torturand|torturer|torturant|(?:ge)?folter", "torture"),
    (r"tiroteo masivo|tiroteo en (?:una|la) escuela|tuerie|schulmassaker|tiroteio|sparatoria", "mass shooting"),
    (r"atentado terrorista|atentat terroriste|attentat|terroranschlag|anschlag|ataque terrorista|attentato", "terror attack"),
    (r"masacre|massacre|massaker|massacro|strage", "massacre"),
    (r"ejecucion|execution publique|hinrichtung|execucao|esecuzione", "execution"),
    (r"sangrient|ensangrentad|sanglant|blutig|blutuberstromt|ensanguentad|sanguinos|insanguinat", "bloody gore"),
    (r"visceras|entrailles|eingeweide|viscere", "gore entrails"),
    (r"cadavre|leiche|cadavere", "corpse"),
    (r"sangre\b|blut\b|sangue\b", "blood"),
    (r"sans vetements|ohne kleidung|ohne kleider|senza vestiti", "naked"),
    (r"como (?:ratas|parasitos|cucarachas|alimanas|insectos|animales|plaga)|comme des (?:rats|parasites|cafards|insectes|animaux|betes)|"
     r"als (?:ratten|parasiten|ungeziefer|tiere|kakerlaken|schadlinge)|wie (?:ratten|parasiten|tiere|kakerlaken)|"
     r"como (?:ratos|parasitas|baratas|animais|praga)|come (?:ratti|parassiti|scarafaggi|animali|bestie)|vermine|ungeziefer|alimanas", "as vermin"),
    (r"verherrlich|glorifi|ensalz|exalt", "glorifying"),
    (r"estado islamico|etat islamique|islamischer staat|stato islamico", "isis"),
    (r"reclutamiento|recrutement|rekrutierung|recrutamento|reclutamento|anwerb", "recruitment"),
    (r"cocinar|cozinhar|cuisiner|kochen|produzir|producir|produire|herstell|fabricar|fabriquer|sintetizar|synthese|sintesi|produrre", "make"),
    (r"en casa\b|a la maison|zu hause|em casa\b|a casa\b", "at home"),
    # self-harm
    (r"suicid|selbstmord|suizid|se suicide|se tuer|matarse|uccidersi|se matar", "suicide"),
    (r"se coup\w* les (?:veines|poignets)|cortarse las venas|cortandose las venas|cortandose las munecas|cortarse las munecas|"
     r"se couper les veines|se taillade les veines|se scarifie|pulsadern|ritzen|ritzt sich|"
     r"cortando os pulsos|cortar os pulsos|tagliarsi le vene|tagliandosi i polsi", "cutting wrists self-harm"),
    (r"(?:se )?cort\w* (?:las |sus |os |les )?(?:venas|munecas|pulsos|veines|poignets)|se taillad\w*", "cutting wrists"),
    (r"se pend\w*|se ahorc\w*|se enforc\w*|sich erhang\w*|sich aufhang\w*|si impicc\w*", "hanging himself"),
    (r"se matando|se mata\b|se matar|se mato\b|se suicid\w*|umbringen|uccidersi|se tue\b|se tuer", "killing himself suicide"),
    (r"noirs\b|schwarze\b|negros\b|pretos\b|neri\b", "black people"),
    (r"comme des singes|als affen|wie affen|como monos|como macacos|come scimmie", "as apes"),
    (r"autolesi|automutil|selbstverletz|autolesion|autolesao|autolesionism", "self-harm"),
    (r"anorexi|magersucht|pro-?ana|bulimi", "anorexia"),
    # hate
    (r"esvastica|croix gammee|hakenkreuz|suastica|svastica", "swastika"),
    (r"judios|juifs|juden|judeus|ebrei", "jews"),
    (r"musulmanes|musulmans|muslime|muculmanos|musulmani", "muslims"),
    (r"inmigrantes|immigres|einwanderer|imigrantes|immigrati|migranten", "immigrants"),
    (r"extermin|vernichtung|vernichten|ausrott|sterminio|sterminare|exterminio", "extermination"),
    (r"subhuman|infrahuman|sous-homme|untermensch|sub-?humano|subumani", "subhuman"),
    (r"nazi|neonazi", "nazi"),
    (r"(?:control\w*|kontrollier\w*|beherrsch\w*|domin\w*) (?:\w+ ){0,3}(?:bancos|banques|banken|banche|medios|medias|medien|midia|media|mundo|monde|welt|mondo)", "control the banks media"),
    (r"ratas\b|ratos\b|ratten\b|cucarachas|cafards|kakerlaken|baratas\b|scarafaggi|parasitos|parasiten|parassiti|ungeziefer|"
     r"vermine|alimanas|piojos|plaga de|pragas?\b|sanguijuelas|sangsues|blutsauger", "vermin"),
    (r"superieur\w*|superior\w*|uberlegen\w*|ueberlegen\w*|inferieur\w*|inferior\w*|minderwertig\w*|unterlegen\w*|superiore|inferiore", "are superior or inferior"),
    (r"razas?\b|rassen?\b|racas?\b|razze?\b|races? (?:blanche|noire|pure|aryenne|superieure|inferieure)|(?:une|la|les|des|autres) races?\b", "race"),
    (r"unete|unanse|rejoignez|rejoins[- ]nous|schlie(?:ss|ß) dich|junte-se|juntem-se|unisciti|uniscitevi|nuevos miembros|nouveaux membres|"
     r"neue mitglieder|novos membros|nuovi membri|reclut\w*|recrut\w*|rekrut\w*", "join us new members"),
    (r"propaganda yihadista|propagande djihadiste|dschihad|yihad|jihad", "jihadist"),
    # weapons
    (r"bombas?\b|bombe\b|bomben?\b|bomba\b|rohrbombe|bomba casera|bombe artisanale", "bomb"),
    (r"explosivos?\b|explosifs?\b|sprengstoff|esplosiv", "explosives"),
    (r"como (?:hacer|fabricar|construir|preparar|sintetizar|montar|fazer|cozinhar)|"
     r"comment (?:fabriquer|faire|construire|preparer|synthetiser|fabrique)|"
     r"wie man|anleitung|bauanleitung|selbst bauen|herstellen|"
     r"come (?:costruire|fabbricare|fare|preparare|sintetizzare)|instrucciones|mode d.emploi|istruzioni", "how to make"),
    (r"paso a paso|etape par etape|schritt fur schritt|schritt fuer schritt|passo a passo|passo dopo passo", "step by step"),
    (r"metanfetamin|methamphetamin|metamfetamin|crystal meth", "meth"),
    (r"fentanil|fentanyl|fentanilo", "fentanyl"), (r"cocain|kokain", "cocaine"), (r"heroina|heroine\b", "heroin"),
    (r"arma (?:impresa|imprimida|impressa)|arme imprimee|pistola impresa|waffe aus dem 3d|pistola 3d|arma 3d|arme 3d|waffe 3d", "3d printed gun"),
    (r"arma sin numero|arme intracable|arma fantasma|ghost gun", "untraceable gun"),
    (r"gas sarin|gaz sarin|nervengas|gas nervino|gas nervioso|arma quimica|arme chimique|chemiewaffe|arma chimica", "chemical weapon"),
]
# --- broader coverage per language (same concepts for each: minors, sexual, self-harm, violence,
# hate, weapons); each maps to the English cue words the rules below read.
_GLOSS_LATIN += [
    # minors: pupils, school grades, teens
    (r"\w*schul(?:er|kind|madchen|maedchen|junge|kinder)\w*|\w*schueler\w*|grundschul\w*|gymnasiast\w*|colegial\w*|escolares?\b|alumn[oa]s? de (?:primaria|secundaria)|estudiantes? de (?:primaria|secundaria)|"
     r"(?:nina|chica|chico|nino)s? de (?:primaria|secundaria|colegio)", "schoolgirl child"),
    (r"collegien\w*|lyceen\w*|ecoli[eè]r\w*|eleves? de (?:primaire|college|cm\d|sixieme|cinquieme|quatrieme)|"
     r"schuler\w*|schueler\w*|schulmadchen|schulmaedchen|schuljunge\w*|teenie\w*|"
     r"alun[oa]s? d[oa] (?:ensino|fundamental|escola)|estudantes? d[oa] (?:ensino|fundamental|escola)|colegial|"
     r"scolar\w*|scolarett\w*|alunn[oa]\w*|studentess\w* (?:delle|di|della) (?:medie|elementari|scuola)", "schoolgirl child"),
    (r"(?:primer|segundo|tercer|cuarto|quinto|sexto|septimo|octavo|noveno)o? (?:grado|curso|de primaria|de secundaria)|"
     r"\d{1,2} ?(?:o|a|º|ª)? (?:grado|curso) de (?:primaria|secundaria)|"
     r"en (?:sixieme|cinquieme|quatrieme|troisieme)|\d{1,2}\. ?klasse|(?:funfte|sechste|siebte|achte|neunte) klasse|"
     r"\d{1,2}(?:o|a|º|ª)? (?:ano|serie) do (?:ensino fundamental|fundamental)|ensino fundamental|"
     r"(?:prima|seconda|terza) media|scuola media|scuole medie|(?:prima|seconda|terza|quarta|quinta) elementare", "8th grader child"),
    (r"adolescent\w*|puber\w*|jovencit[oa]s?|chiquill[oa]s?|gamine?s?\b|jugendlich\w*|teenager\w*|novinh[oa]s?|ninfet\w*|"
     r"ragazzin\w*|minorenn\w*|mineur\w*|menor(?:es)? de edad|menor de idade|minderjahrig\w*|minderjaehrig\w*|menininh\w*", "teen child"),
    # sexual
    (r"erotic\w*|erotis\w*|erotiq\w*|erotik\w*", "erotic"),
    (r"striptease|estriptis\w*|strip-?tease|tabledance|spogliarell\w*|desnudandose|se desnud\w*|se deshabill\w*|"
     r"se despind\w*|tirando a roupa|si spogli\w*|zieht sich aus|auszieh\w*", "striptease"),
    (r"escenas? de sexo|scenes? de sexe|sexszene\w*|cenas? de sexo|scen[ae] di sesso|escenas? sexual\w*|scenes? sexuel\w*", "sex scene"),
    (r"(?:escena|scene|szene|cena|scena|video|contenido|contenu|inhalt|conteudo|contenuto|imagen|image|bild|foto|photo|pelicula|film|clip)\w* "
     r"(?:\w+ )?(?:explicit\w*|explizit\w*|esplicit\w*)|(?:explicit\w*|explizit\w*|esplicit\w*) (?:\w+ )?(?:escena|scene|szene|cena|scena|video|inhalt|sex\w*)", "explicit content"),
    (r"sin censura|non censur\w*|sans censure|unzensiert\w*|sem censura|senza censura", "uncensored"),
    (r"(?:fotos?|photos?|bilder|videos?) (?:\w+ )?(?:picantes|calientes|hot|subidas de tono|quentes|sensua\w*|intim\w*|coquines|osees|sexy|piccanti|osee)|sensua\w*|"
     r"heisse (?:fotos|bilder)|foto (?:piccanti|hot|osee)|cachond\w*|coquine?s?\b|versaut\w*|safad\w*|sconci\w*|"
     r"provocant\w*|insinuant\w*|aufreizend\w*|sensuel\w*|sinnlich\w*", "spicy photos seductive"),
    (r"genital\w*|vagina\w*|vulva|coito|masturb\w*|orgasm\w*|felaci\w*|fellation|cunnilingus|tetas\b|titten|nichons|"
     r"pechos desnudos|seins nus|nackte brust\w*|peitos de fora|seno nudo", "genitals sex"),
    (r"lenceria|lingerie|dessous|reizwasche|reizwaesche|lingerie|intimo", "lingerie"),
    # self-harm
    (r"matarme|suicidarme|quitarme la vida|me tuer|me suicider|mich umbringen|mich toten|mich zu toten|bringe? ich mich\w* um|"
     r"bring(?:e)? mich um|me matar|matar-me|me suicidar|tirar a minha vida|uccidermi|suicidarmi|togliermi la vita|ammazzarmi", "kill myself"),
    (r"sin dolor|sans douleur|sans souffrir|schmerzlos\w*|ohne schmerzen|sem dor|senza dolore|indoloro|indolore", "painless way to die"),
    (r"(?:saltar|tirar|lanzar|arrojar|aventar|echar|salt|tir|lanz|arroj)\w* (?:\w+ )?(?:delante|frente|enfrente|debajo) (?:de )?(?:del|al|de un|un) (?:tren|metro)|"
     r"(?:jet|lanc|saut|precipit)\w* sous (?:un|le|les roues d.un) (?:train|metro|tgv|rer)|"
     r"vor (?:den|einen|die) (?:zug|u-bahn|s-bahn) (?:zu )?(?:spring\w*|werf\w*|gesprungen|geworfen|leg\w*)|(?:spring\w*|werf\w*) (?:\w+ )?vor (?:den|einen) zug|"
     r"(?:pul|jog|atir|lanc)\w* (?:\w+ )?(?:na frente|em frente|debaixo) (?:do|de um|dum) (?:trem|metro|comboio)|"
     r"(?:buttar|gettar|lanciar)\w* sotto (?:un|il|al) (?:treno|metro)", "throwing himself in front of a train"),
    (r"dejar de comer|parar de comer|arreter de manger|aufhoren zu essen|aufzuhoren zu essen|aufhoeren zu essen|nicht mehr essen|"
     r"smettere di mangiare|ne plus manger|sin comer nada|ohne zu essen)(?! (?:azucar|acucar|sucre|zucker|zucchero|carne|viande|fleisch|pan|pain|brot|pao|dulces|doces|bonbons|susses|dolci|gluten|chatarra|fritos|frituras|fast|comida|carboidratos|carbohidratos)", "stop eating"),
    (r"consejos|trucos|conseils|astuces|tipps|dicas|consigli|trucchi", "tips"),
    (r"pro[- ]?ana|pro[- ]?mia|thinspiration|thinspo|meanspo|bonespo", "pro-ana thinspiration"),
    (r"(?:se )?escond\w* (?:sus |los |as |seus )?(?:cortes|cicatrices|cicatrizes)|cach\w* (?:ses )?(?:coupures|cicatrices|scarifications)|"
     r"(?:ihre |seine )?(?:schnitte|narben) verstecken|nascond\w* (?:i suoi )?(?:tagli|cicatrici)", "how to hide cuts"),
    # violence
    (r"(?:tiroteo|fusillade|schiesserei|tiroteio|sparatoria|balacera|amoklauf)\w* (?:\w+ ){0,3}(?:escuela|colegio|ecole|lycee|college|schule|escola|scuola|instituto)|"
     r"tiroteo escolar|tiroteio escolar|schulschiesserei|schulamok|amoklauf\w* (?:\w+ ){0,3}schule", "school shooting"),
    (r"tiroteo masivo|fusillade de masse|massenschiesserei|tiroteio em massa|sparatoria di massa|balacera masiva", "mass shooting"),
    (r"cadaveres? (?:por todas partes|por todos lados|por toda (?:parte|a parte)|ovunque|dappertutto|everywhere|amontonados|apilados)|"
     r"cadavres? (?:partout|empiles|entasses)|leichen (?:uberall|ueberall|gestapelt)|leichenberg\w*|corpos (?:por toda parte|espalhados|empilhados)|"
     r"montones de cadaveres|pilas de cadaveres|tas de cadavres|pilhas de corpos|mucchi di cadaveri", "bodies everywhere"),
    (r"tripas|intestinos|budella|gedarme|entranhas", "guts"),
    (r"descuartiz\w*|desmembr\w*|demembr\w*|zerstuckel\w*|zerstueckel\w*|smembrat\w*|squartat\w*|esquartejad\w*", "dismembered"),
    (r"(?:tranch|taillad|coup|ouvr|ouvri|rajar|raj|abrir|abr|aufschneid|aufgeschnitten|tagli|apr|cort)\w* (?:\w+ ){0,2}(?:les |ses |mes |las |sus |mis |die |meine |seine |ihre |i |le |os |as )?"
     r"(?:veines|poignets|venas|munecas|pulsadern|handgelenke|vene|polsi|pulsos|veias)", "cutting wrists"),
    (r"(?:son|sont|sind|sao|sono|eran|etaient|waren|eram|erano) (?:unos |unas |des |une |un |eine |uns |umas |dei |delle |degli |solo |nur |que )?(?:animales|animaux|tiere|animais|animali|bestias|betes|bestien|bestie|"
     r"ratas|ratten|ratos|ratti|parasitos|parasiten|parasitas|parassiti|plaga|peste|maladie|krankheit|doenca|malattia|enfermedad|krebs|cancro|"
     r"basura|ordures|abschaum|lixo|spazzatura|cucarachas|cafards|kakerlaken|baratas|scarafaggi|monos|singes|affen|macacos|scimmie|inferiores|inferieurs|minderwertig\w*|inferiori|"
     r"subhumanos|sous-hommes|untermenschen|vermine|ungeziefer|alimanas)\b|(?:sont|son|sind) (?:des |unos |unas |nur )(?:rats|parasites|virus|cancers?)\b", "are animals vermin"),
    (r"schalldampfer|schalldaempfer|silenciador\w*|silencieux|silenziator\w*", "silencer"),
    (r"selber bauen|selbst bauen|selbstbau\w*|fait maison|fatto in casa", "homemade how to make"),
    (r"(?:tripas|intestinos|budella|gedarme|entranhas|entrailles|visceras|viscere|eingeweide)(?: \w+)? (?:de fuera|afuera|al aire|por fuera|fuera|a l.air|di fuori|fuori|heraus|hervor|para fora|expuest\w*)", "guts spilling out"),
    (r"torturat\w*|torturand\w*|torturad\w*|gefoltert\w*|torture[es]?\b", "torture"),
    (r"execu[ct]\w* (?:de |d.|von |di |dos |das |des )?(?:\w+ )?(?:otages?|rehen\w*|refen\w*|ostagg\w*|geisel\w*|prisioner\w*|prisionei\w*|detenid\w*|cativos|prisonnier\w*|gefangen\w*|prigionier\w*|civiles\b|civils\b|civis\b|civili\b|zivilist\w*)", "execution of a hostage"),
    (r"otages?|rehenes|refens|ostaggi\w*|geiseln?", "hostages"),
    (r"(?:tiro|disparo|balazo|balle|kugel|schuss|colpo|proiettile)s? (?:\w+ )?(?:na|en la|a la|dans la|in den|in die|in testa|alla|nella) (?:cabeca|cabeza|tete|kopf|testa|nuca)|kopfschuss", "shot in the head"),
    (r"impiccar(?:si|mi|ti|lo)|si impicca\w*|ahorcar(?:se|me|te)|enforcar-?(?:se|me|te)|se enforc\w*|(?:se|me|te) pendre|(?:mich|sich|dich) (?:zu )?(?:erhangen|aufhangen|erhaengen|aufhaengen)", "hanging himself"),
    (r"propagand\w*", "propaganda"),
    (r"contra (?:los |las |el |os |as )?nazis\w*|contre les nazis|gegen (?:die )?nazis|contro i nazisti|resistencia|resistance|widerstand|resistenza|resistencia|liberaci\w*|liberation|befreiung|libertacao|liberazione|derrota\w*|defaite|niederlage|sconfitt\w*|antifascist\w*|antinazi\w*", "anti-fascist resistance"),
    (r"realist\w*|reelle?s?\b|echte[sn]? (?:video|aufnahmen|filmmaterial)|videos? (?:real|reale|reais)\b|imagenes reales|cenas reais|filmagem real|immagini reali", "realistic footage"),
    (r"amoklauf\w*|amok\b", "rampage"),
    (r"bain de sang|blutbad|chacina|carneficina|massenmord\w*|matanza masiva|asesinato masivo|tuerie\w*", "massacre"),
    (r"\bgore\b|grotesc\w* sangrient\w*", "gore"),
    # hate
    (r"guerra racial|guerre raciale|rassenkrieg\w*|guerra razziale", "race war"),
    (r"limpieza etnica|nettoyage ethnique|ethnische saeuberung|ethnische sauberung|limpeza etnica|pulizia etnica", "ethnic cleansing"),
    (r"glorios\w*|glorieu\w*|heroic\w*|heroiq\w*|heldenhaft\w*|eroic\w*|heroes\b|eroi\b", "glorious"),
    (r"(?:holocausto|holocauste|holocaust|olocausto|shoah)\w* (?:\w+ ){0,3}(?:nunca (?:existio|ocurrio|sucedio|paso|aconteceu|existiu)|"
     r"n.a jamais (?:existe|eu lieu)|(?:hat|habe) nie stattgefunden|nie (?:gegeben|passiert)|non e mai (?:esistito|esistita|accaduto|avvenuto)|"
     r"(?:es|e|est|ist) (?:un |una |uma |eine |une )?(?:mentira|mito|farsa|bufala|menzogna|mensonge|luge|luege|lugen|fraude|invencion|invento|mythe))|"
     r"negacion del holocausto|negacionis\w*|negationnis\w*|holocaustleugn\w*|holocaust-leugn\w*|negazionis\w*", "holocaust denial"),
    (r"(?:fur|fuer|den|dem|des) is\b|is-(?:terror|miliz|kampfer|propaganda)\w*|daesh|daech|daesch|dawla islamiya|estado islamico", "isis"),
    (r"(?:las|les|die|der|a|as|la|delle|della|le) ss\b|waffen-?ss|ss-(?:manner|offizier\w*|soldat\w*)", "ss officers"),
    (r"fluchtling\w*|fluechtling\w*|refugiad\w*|refugies?\b|rifugiat\w*|gitanos|tsiganes|zigeuner|ciganos|zingari|"
     r"homosexual\w*|homosexuel\w*|schwule\w*|arabes|araber|arabi\b", "refugees minority group"),
    (r"(?:como|comme|wie|als|come) (?:una |un |eine |une |uma |ein )?(?:enfermedad|maladie|krankheit|doenca|malattia|plaga|peste|pest|seuche|"
     r"cancer|krebs|cancro|piaga|praga|plage|infeccion|infection|infektion|virus|basura|ordures|abschaum|lixo|spazzatura|cucarachas|cafards|kakerlaken|baratas|scarafaggi)", "as a disease vermin"),
    (r"(?:limpi|nettoy|saeuber|sauber|limp|ripul|purific|purifi|reinig)\w* (?:\w+ ){0,3}(?:de |des |von |da |dos |das |di |dagli |degli |dai )(?:los |les |la |die |den |os |as |gli |i )?"
     r"(?:extranjeros|inmigrantes|judios|musulmanes|negros|gitanos|etrangers|immigres|juifs|musulmans|noirs|auslandern|auslaendern|fremden|juden|"
     r"muslimen|migranten|estrangeiros|imigrantes|judeus|stranieri|immigrati|ebrei|musulmani)|"
     r"(?:purific|purifi|reinhalt|pureza|purete|reinheit|purezza)\w* (?:de |der |da |della |di )?(?:la |le |die |a |o |il )?(?:raza|race|rasse|raca|razza)", "cleanse the nation"),
    (r"prevencion del suicidio|prevention du suicide|suizidpravention|suizidpraevention|prevencao do suicidio|prevenzione del suicidio|"
     r"linea de ayuda|ligne d.ecoute|telefonseelsorge", "suicide prevention helpline"),
    # weapons
    (r"convertir (?:la )?cocaina en crack|crack (?:a partir de|aus|de la|de|from|dalla) (?:la )?(?:cocaina|cocaine|kokain)|"
     r"(?:hacer|fabriquer|faire|herstellen|kochen|fazer|fare|cucinare|preparar) (?:du |de |el |o |il )?crack\b|crack (?:herstellen|kochen)", "making crack cocaine"),
    (r"rizin\w*|ricina|ricine", "ricin"), (r"tatp|peroxido de acetona|peroxyde d.acetone|acetonperoxid|perossido di acetone", "tatp"),
    (r"nitroglicerin\w*|nitroglyzerin\w*|nitroglycerin\w*", "nitroglycerin"),
    (r"fentanil\w*|fentanyl\w*|carfentanil\w*", "fentanyl"), (r"metanfetamin\w*|methamphetamin\w*|metamfetamin\w*|crystal meth|\bmeth\b|pervitin", "meth"),
    (r"cocinar|cocinando|cuisiner|kochen|kocht|cozinhar|cucinare|cucinando|sintetiz\w*|synthetis\w*|synthetisier\w*|fabric\w*|prepar\w*|produc\w*|produ[zi]\w*|elabor\w*", "make"),
    (r"(?:arma|pistola|fusil|arme|waffe|gewehr|rifle|espingarda|fucile)\w* (?:\w+ ){0,3}3d|3d-?(?:gedruckte?|druck)\w* (?:waffe|pistole|gewehr)\w*", "3d printed gun"),
    (r"intra[cç]abl\w*|irrastreable\w*|nicht (?:ruckverfolgbar|rueckverfolgbar)|irrintracciabil\w*|sin numero de serie|sans numero de serie|"
     r"ohne seriennummer|sem numero de serie|senza matricola|rastreabil\w*", "untraceable"),
    (r"armas? de fuego|armes? a feu|schusswaffe\w*|(?<!escudo de )(?<!escudos de )(?<!brasao de )armas?\b|arme\b|armes\b|(?<!wappen )waffen?\b|gewehr\w*|pistol\w*|fusil\w*|fucil\w*", "gun"),
    (r"de juguete|jouets?|spielzeug\w*|giocattol\w*|brinquedo\w*|de agua|a eau|wasserpistole\w*|d.acqua|de agua", "toy guns"),
    (r"(?:convert|transform|umbau|umbauen|modific|modifi|umwandel|tornar)\w* (?:\w+ ){0,3}(?:arma|pistola|fusil|rifle|gewehr|waffe|fucile|glock|ar-?15|ak-?47)\w* (?:\w+ ){0,3}(?:automatic\w*|automatique|vollautomat\w*|rafaga|raffica|dauerfeuer)", "convert a rifle to full auto"),
    (r"como (?:cocinar|cozinhar|sintetizar|producir|produzir|elaborar|refinar|extraer)|comment (?:cuisiner|synthetiser|produire|extraire)|"
     r"come (?:cucinare|sintetizzare|produrre|estrarre)|wie (?:kocht|koche|synthetisiert|stellt) man|anleitung\w*|receta|recette|rezept|receita|ricetta", "how to make recipe"),
]
# Turkish and Indonesian (accent-folded: "çocuk" is "cocuk", "ırk" is "irk"), the same concepts.
_GLOSS_LATIN += [
    # minors
    (r"cocuk\w*|kucuk kiz\w*|kiz cocug\w*|ergen\w*|resit olmayan|ilkokul\w*|ortaokul\w*|liseli\w*|"
     r"anak[- ]anak|anak kecil|gadis kecil|di bawah umur|remaja\b|siswi\b|anak (?:sd|smp)\b|bocah\b", "child"),
    (r"(?:[1-9]|1[0-7]) (?:yasinda|yasindaki|yasli|tahun)\b", "12 year old"),
    # sexual
    (r"ciplak\w*|telanjang|bugil|tanpa busana", "naked"),
    (r"soyun\w*|(?:membuka|buka|melepas|melepaskan|lepas) (?:baju|pakaian|bajunya|pakaiannya)", "undressing"), (r"cinsel\w*|sevis\w*|bercinta|berhubungan (?:seks|badan|intim)|hubungan intim", "having sex"),
    (r"ic camasir\w*|pakaian dalam", "underwear"), (r"bastan cikarici|atesli pozlar|menggoda|seksi\b", "seductive"),
    (r"mustehcen\w*|cabul\w*|mesum\b", "lewd"), (r"tecavuz\w*|memperkosa\w*|perkosa\w*|diperkosa", "rape"),
    # violence
    (r"kafa\w* kes\w*|memenggal|dipenggal|pemenggalan", "beheading"), (r"iskence\w*|penyiksaan|menyiksa|disiksa", "torture"),
    (r"katliam\w*|pembantaian|soykirim\w*|genosida", "massacre"), (r"infaz\w*|eksekusi\b", "execution"),
    (r"kanli\b|kan icinde|berdarah[- ]darah|bersimbah darah|vahset\w*", "bloody gore"), (r"ceset\w*|mayat\b|mayat-mayat", "corpses"),
    (r"bagirsak\w*|isi perut|usus\w* (?:terburai|keluar)", "guts"), (r"parcala\w*|mutilasi\w*", "dismembered"),
    (r"okul\w* (?:\w+ ){0,2}silahli saldiri|penembakan di sekolah", "school shooting"),
    (r"toplu katliam|penembakan massal|silahli katliam", "mass shooting"), (r"teror saldiri\w*|serangan teror\w*|bom bunuh diri", "terror attack"),
    # self-harm
    (r"intihar\w*|bunuh diri", "suicide"), (r"kendini oldur\w*|kendimi oldur\w*|membunuh diri", "kill myself"),
    (r"kendine zarar\w*|menyakiti diri|melukai diri", "self-harm"),
    (r"bilek\w* kes\w*|(?:memotong|menyayat|sayat|potong) (?:urat )?nadi|menyayat pergelangan|memotong pergelangan", "cutting wrists"),
    (r"kendini as\w*|gantung diri", "hanging himself"), (r"acisiz\w*|tanpa rasa sakit", "painless way to die"),
    (r"yemeyi birak\w*|ac kal\w*|berhenti makan|tidak makan berhari", "stop eating"), (r"kusma\w*|memuntahkan", "make myself throw up"),
    # hate
    (r"gamali hac|swastika", "swastika"), (r"yahudi\w*", "jews"), (r"musluman\w*|umat muslim|orang muslim", "muslims"),
    (r"gocmen\w*|multeci\w*|imigran\b|pengungsi\b", "immigrants refugees"), (r"siyahi\w*|zenci\w*|orang kulit hitam", "black people"),
    (r"hamambocek\w*|fare\w* gibi|parazit\w*|kecoak\w*|seperti tikus|parasit\b", "as vermin"),
    (r"yok edilmeli|temizlenmeli|pemusnahan|dimusnahkan|harus dibasmi", "extermination"),
    (r"ustun irk|ras unggul|ras (?:yang )?lebih tinggi", "superior race"), (r"asagi irk|asagilik|ras rendah", "inferior race"),
    (r"\birk\w*|\bras\b", "race"), (r"bize katil\w*|aramiza katil\w*|bergabunglah|gabung bersama kami", "join us"),
    (r"cihat\w*|cihatci\w*", "jihadist"), (r"isid\b|deas\b|negara islam", "isis"), (r"rekrutmen|merekrut|yeni uye\w*", "recruitment new members"),
    # weapons
    (r"patlayici\w*|bahan peledak", "explosives"), (r"bom\b|bom rakitan|bomba(?:si|yi|lar\w*|nin)\b", "bomb"),
    (r"nasil yapilir|nasil yapari\w*|cara membuat|cara merakit|cara meracik", "how to make"),
    (r"adim adim|langkah demi langkah", "step by step"), (r"uyusturucu\w*|narkoba|sabu(?:-sabu)?\b", "drugs meth"),
    (r"kimyasal silah\w*|senjata kimia", "chemical weapon"), (r"el yapimi|rakitan\b", "homemade"),
    (r"izlenemeyen silah\w*|kayitsiz silah\w*|senjata (?:tanpa nomor|tak terlacak)", "untraceable gun"),
    (r"3d yazici\w*|cetak 3d", "3d printed"), (r"susturucu\w*|peredam suara", "silencer"), (r"tarifi?\b|resep\b", "recipe"),
    (r"silah\w*|senjata api|senapan", "gun"), (r"zehir\w*|racun\b", "poison"),
]
_GLOSS_LATIN += [
    # minors: family words (daughter, niece, stepdaughter), and Polish, Dutch and Vietnamese
    (r"hij(?:a|as|astra|astras)\b|sobrinas?\b|preadolescent\w*|garcon\w*|filles?\b|belle-fille|nieces?\b|preados?\b|"
     r"(?:une|les|des|l|un) ados?\b|(?:ein|der|den|dem|des|kleiner?[nm]?) junge\b|jungen\b(?! (?:frau|frauen|mann|manner|leute|paar|erwachsen))|"
     r"\w*tochter\w*|nichte\w*|filhas?\b|enteadas?\b|sobrinhas?\b|garotinh[oa]s?\b|figli[ae]?\b|figliastr[ae]\b|nipotin[ae]\b|"
     r"kizim\w*|uvey kiz\w*|yegen\w*|ogrenci kiz\w*|kiz ogrenci\w*|anak\b|keponakan\b|putri kecil|"
     r"dzieck\w*|dzieci\w*|dziewczyn\w*|chlop(?:iec|ca|cy|czyk)\w*|nastolat\w*|nieletni\w*|cork[aiey]\b|pasierb\w*|siostrzenic\w*|"
     r"bratanic\w*|uczenni\w*|kinderen|kindje\w*|meisje\w*|jongetje\w*|(?:een|de) jongen\b|tieners?\b|minderjarig\w*|\w*dochter\w*|"
     r"nichtje\w*|scholier\w*|tre em|be gai|cau be|thieu nien|vi thanh nien|chua thanh nien|con gai|hoc sinh|nu sinh", "child"),
    # sexual: Polish, Dutch, Vietnamese, and "seks"
    (r"nag(?:a|i|ie|o|osc|osci)\b|rozbier\w*|bez ubrania|naakt\w*|bloot\b|zonder kleren|kleedt? zich uit|uitkleden|khoa than|"
     r"khong mac (?:quan ao|do)|kiyafetsiz|tirando a roupa", "naked"),
    (r"seks\b|seksu\b|seksem\b|tinh duc|lam tinh", "sex"), (r"khieu dam|erotyczn\w*", "erotic porn"),
    (r"bielizn\w*|ondergoed|do lot", "underwear"), (r"seksown\w*|uwodzicielsk\w*|verleidelijk\w*|goi cam|quyen ru", "seductive"),
    (r"coi (?:do|quan ao|ao)", "undressing"),
]
# One pass over the text: each language pattern is a named group of one alternation.
_GLOSS_LATIN_RE = re.compile("|".join(rf"(?P<g{i}>\b(?:{p}))" for i, (p, _) in enumerate(_GLOSS_LATIN)))
_GLOSS_LATIN_EN = {f"g{i}": en for i, (_, en) in enumerate(_GLOSS_LATIN)}

# Other scripts: substrings of the lower-cased text (a leading "=" means a whole word).
_GLOSS_SCRIPT = [
    # Russian
    ("ребен", "child"), ("ребён", "child"), ("детей", "children"), ("дети", "children"), ("детск", "child"),
    ("девочк", "little girl"), ("мальчик", "little boy"), ("подрост", "teen"), ("школьниц", "schoolgirl"),
    ("несовершеннолет", "underage"), ("малолет", "underage"), ("голый", "naked"), ("голая", "naked"),
    ("голые", "naked"), ("голого", "naked"), ("голую", "naked"), ("обнажен", "naked"), ("обнажён", "naked"),
    ("раздет", "naked"), ("секс", "sex"), ("порн", "porn"), ("эротич", "erotic"), ("нижнем бель", "underwear"),
    ("нижнее бель", "underwear"), ("трусик", "underwear"), ("соблазнител", "seductive"), ("изнасил", "rape"),
    ("обезглав", "beheading"), ("отрубают голов", "beheading"), ("отрезает голов", "beheading"), ("казнь", "execution"),
    ("казни", "execution"), ("пытк", "torture"), ("пыта", "torture"), ("массовый расстрел", "mass shooting"),
    ("стрельба в школе", "school shooting"), ("теракт", "terror attack"), ("резня", "massacre"), ("кровав", "bloody gore"),
    ("расчленен", "dismembered"), ("самоубий", "suicide"), ("суицид", "suicide"), ("вены", "cutting wrists"),
    ("режет запяст", "cutting wrists"), ("порезы на руках", "self-harm cuts"), ("самоповрежд", "self-harm"),
    ("селфхарм", "self-harm"), ("анорекс", "anorexia"), ("свастик", "swastika"), ("нацист", "nazi"),
    ("евре", "jews"), ("мусульман", "muslims"), ("мигрант", "immigrants"), ("уничтожени", "extermination"),
    ("истреблени", "extermination"), ("недочелов", "subhuman"), ("бомб", "bomb"), ("взрывчат", "explosives"),
    ("взрывное устройство", "explosive device"), ("как сделать", "how to make"), ("как изготовить", "how to make"),
    ("как собрать", "how to build"), ("как приготовить", "how to make"), ("пошагов", "step by step"),
    ("инструкц", "instructions"), ("метамфетамин", "meth"), ("зарин", "sarin nerve agent"),
    ("химическое оружие", "chemical weapon"), ("напечатанный на 3d", "3d printed gun"), ("пистолет на 3d", "3d printed gun"),
    # Chinese (simplified and traditional)
    ("儿童", "child"), ("兒童", "child"), ("孩子", "child"), ("小孩", "child"), ("女孩", "girl"), ("男孩", "boy"),
    ("小女孩", "little girl"), ("小男孩", "little boy"), ("未成年", "underage"), ("少女", "teen girl"), ("幼女", "little girl"),
    ("萝莉", "loli"), ("蘿莉", "loli"), ("正太", "shota"), ("女学生", "schoolgirl"), ("女學生", "schoolgirl"),
    ("中学生", "teen"), ("初中", "teen"), ("高中", "teen"), ("中学", "teen"), ("小学", "child"), ("小学生", "child"), ("裸体", "naked"), ("裸體", "naked"), ("赤裸", "naked"), ("全裸", "naked"),
    ("一丝不挂", "naked"), ("没穿衣服", "naked"), ("性交", "having sex"), ("做爱", "having sex"),
    ("做愛", "having sex"), ("色情", "porn"), ("黄片", "porn"), ("成人视频", "porn"), ("内衣", "underwear"),
    ("內衣", "underwear"), ("内裤", "underwear"), ("性感", "sexy"), ("诱惑", "seductive"), ("誘惑", "seductive"),
    ("强奸", "rape"), ("強姦", "rape"), ("斩首", "beheading"), ("斬首", "beheading"), ("砍头", "beheading"),
    ("砍頭", "beheading"), ("酷刑", "torture"), ("折磨", "torture"), ("枪击", "shooting"), ("槍擊", "shooting"),
    ("屠杀", "massacre"), ("屠殺", "massacre"), ("血腥", "gore"), ("肢解", "dismembered"), ("处决", "execution"),
    ("處決", "execution"), ("恐怖袭击", "terror attack"), ("恐怖襲擊", "terror attack"), ("自杀", "suicide"),
    ("自殺", "suicide"), ("割腕", "cutting wrists"), ("自残", "self-harm"), ("自殘", "self-harm"), ("厌食", "anorexia"),
    ("纳粹", "nazi"), ("納粹", "nazi"), ("卐", "swastika"), ("卍", "swastika"), ("犹太人", "jews"), ("猶太人", "jews"),
    ("穆斯林", "muslims"), ("黑人", "black people"), ("灭绝", "extermination"), ("滅絕", "extermination"),
    ("种族清洗", "ethnic cleansing"), ("炸弹", "bomb"), ("炸彈", "bomb"), ("炸药", "explosives"), ("炸藥", "explosives"),
    ("爆炸装置", "explosive device"), ("如何制作", "how to make"), ("如何製作", "how to make"), ("怎么做", "how to make"),
    ("怎么制作", "how to make"), ("怎么造", "how to make"), ("制作方法", "how to make"), ("教程", "tutorial"),
    ("步骤", "step by step"), ("一步一步", "step by step"), ("冰毒", "meth"), ("甲基苯丙胺", "meth"),
    ("3d打印枪", "3d printed gun"), ("3d打印的枪", "3d printed gun"), ("沙林", "sarin nerve agent"), ("化学武器", "chemical weapon"),
    # Japanese
    ("子供", "child"), ("子ども", "child"), ("こども", "child"), ("児童", "child"), ("幼児", "child"),
    ("ショタ", "shota"), ("女子高生", "schoolgirl"), ("女子中学生", "schoolgirl"), ("小学生", "child"),
    ("裸の", "naked"), ("裸で", "naked"), ("裸に", "naked"), ("ヌード", "nude"), ("セックス", "sex"), ("性行為", "having sex"), ("ポルノ", "porn"),
    ("エロ", "erotic"), ("アダルト動画", "porn"), ("下着", "underwear"), ("パンツ", "underwear"), ("レイプ", "rape"),
    ("拷問", "torture"), ("銃乱射", "mass shooting"), ("虐殺", "massacre"), ("グロ", "gore"), ("処刑", "execution"),
    ("テロ", "terror attack"), ("自殺", "suicide"), ("リストカット", "cutting wrists"), ("リスカ", "cutting wrists"),
    ("手首を切", "cutting wrists"), ("自傷", "self-harm"), ("拒食", "anorexia"), ("ナチス", "nazi"), ("鉤十字", "swastika"),
    ("ハーケンクロイツ", "swastika"), ("ユダヤ人", "jews"), ("絶滅", "extermination"), ("根絶", "extermination"),
    ("爆弾", "bomb"), ("爆薬", "explosives"), ("作り方", "how to make"), ("作る方法", "how to make"), ("手順", "step by step"),
    ("覚醒剤", "meth"), ("サリン", "sarin nerve agent"),
    # Arabic
    ("طفل", "child"), ("أطفال", "children"), ("اطفال", "children"), ("طفلة", "little girl"), ("قاصر", "underage"),
    ("مراهق", "teen"), ("عاري", "naked"), ("عارية", "naked"), ("عراة", "naked"), ("جنس", "sex"), ("إباحي", "porn"),
    ("اباحي", "porn"), ("ملابس داخلية", "underwear"), ("مغرية", "seductive"), ("اغتصاب", "rape"), ("قطع رأس", "beheading"),
    ("قطع رأس", "beheading"), ("قطع الرأس", "beheading"), ("ذبح", "beheading slaughter"), ("تعذيب", "torture"),
    ("إطلاق نار جماعي", "mass shooting"), ("مجزرة", "massacre"), ("إعدام", "execution"), ("اعدام", "execution"),
    ("هجوم إرهابي", "terror attack"), ("انتحار", "suicide"), ("ينتحر", "suicide"), ("معصم", "cutting wrists"),
    ("شرايين", "cutting wrists"), ("إيذاء النفس", "self-harm"), ("فقدان الشهية", "anorexia"), ("صليب معقوف", "swastika"),
    ("نازي", "nazi"), ("اليهود", "jews"), ("يهود", "jews"), ("المسلمين", "muslims"), ("إبادة", "extermination"),
    ("ابادة", "extermination"), ("قنبلة", "bomb"), ("متفجرات", "explosives"), ("عبوة ناسفة", "explosive device"),
    ("كيفية صنع", "how to make"), ("كيف تصنع", "how to make"), ("طريقة صنع", "how to make"), ("خطوة بخطوة", "step by step"),
    ("ميثامفيتامين", "meth"), ("سلاح كيميائي", "chemical weapon"), ("غاز السارين", "sarin nerve agent"),
    # Hindi
    ("बच्चा", "child"), ("बच्चे", "child"), ("बच्ची", "little girl"), ("बच्चों", "children"), ("लड़की", "girl"),
    ("लड़का", "boy"), ("नाबालिग", "underage"), ("किशोर", "teen"), ("नंगा", "naked"), ("नंगी", "naked"), ("नग्न", "naked"),
    ("सेक्स", "sex"), ("संभोग", "having sex"), ("अश्लील", "porn"), ("पोर्न", "porn"), ("अंडरवियर", "underwear"),
    ("बलात्कार", "rape"), ("सिर काट", "beheading"), ("यातना", "torture"), ("गोलीबारी", "shooting"), ("नरसंहार", "massacre"),
    ("आत्महत्या", "suicide"), ("कलाई काट", "cutting wrists"), ("खुद को नुकसान", "self-harm"), ("नाज़ी", "nazi"),
    ("नाजी", "nazi"), ("यहूद", "jews"), ("झंडा", "flag"), ("मुसलमान", "muslims"), ("सफाया", "extermination"), ("=बम", "bomb"),
    ("विस्फोटक", "explosives"), ("कैसे बनाएं", "how to make"), ("कैसे बनाये", "how to make"), ("बनाने का तरीका", "how to make"),
    ("चरण दर चरण", "step by step"), ("स्टेप बाय स्टेप", "step by step"),
    # shared extras: propaganda, glorifying, extremist groups, recruiting, vermin, making, at home
    ("пропаганд", "propaganda"), ("宣传", "propaganda"), ("宣傳", "propaganda"), ("プロパガンダ", "propaganda"),
    ("دعائي", "propaganda"), ("دعاية", "propaganda"), ("प्रचार", "propaganda"),
    ("прославля", "glorifying"), ("восхваля", "glorifying"), ("美化", "glorifying"), ("赞美", "glorifying"),
    ("称賛", "glorifying"), ("يمجد", "glorifying"), ("تمجيد", "glorifying"), ("महिमामंडन", "glorifying"),
    ("гитлер", "hitler"), ("希特勒", "hitler"), ("ヒトラー", "hitler"), ("هتلر", "hitler"), ("हिटलर", "hitler"),
    ("ナチ", "nazi"), ("исламское государство", "isis"), ("игил", "isis"), ("伊斯兰国", "isis"), ("イスラム国", "isis"),
    ("الدولة الإسلامية", "isis"), ("داعش", "isis"), ("इस्लामिक स्टेट", "isis"),
    ("вербов", "recruitment"), ("招募", "recruitment"), ("招聘", "recruitment"), ("勧誘", "recruitment"),
    ("リクルート", "recruitment"), ("تجنيد", "recruitment"), ("भर्ती", "recruitment"),
    ("крыс", "as vermin"), ("таракан", "as vermin"), ("паразит", "as vermin"), ("蟑螂", "as vermin"), ("害虫", "as vermin"),
    ("ゴキブリ", "as vermin"), ("ネズミ", "as vermin"), ("寄生虫", "as vermin"), ("صراصير", "as vermin"), ("فئران", "as vermin"),
    ("حشرات", "as vermin"), ("चूहों", "as vermin"), ("कीड़", "as vermin"), ("移民", "immigrants"), ("иммигрант", "immigrants"),
    ("مهاجر", "immigrants"), ("अप्रवासी", "immigrants"), ("प्रवासी", "immigrants"),
    ("без одежды", "naked"), ("откровен", "explicit sexual"), ("不穿衣服", "naked"), ("服を着ていない", "naked"),
    ("بدون ملابس", "naked"), ("بلا ملابس", "naked"), ("बिना कपड़", "naked"),
    ("сделать", "make"), ("изготов", "make"), ("приготов", "make"), ("синтез", "synthesis make"), ("напечат", "print make"),
    ("制造", "make"), ("製造", "make"), ("合成", "synthesis make"), ("作る", "make"), ("作り", "make"),
    ("صنع", "make"), ("تصنيع", "make"), ("बनाएं", "make"), ("बनाना", "make"), ("बनाने", "make"),
    ("в домашних условиях", "at home"), ("дома", "at home"), ("在家", "at home"), ("自宅", "at home"), ("家で", "at home"),
    ("في المنزل", "at home"), ("في البيت", "at home"), ("घर में", "at home"), ("घर पर", "at home"),
    ("неотслеживаем", "untraceable gun"), ("кровь", "blood"), ("血", "blood"), ("सामूहिक गोलीबारी", "mass shooting"),
    ("كيف أصنع", "how to make"), ("كيف اصنع", "how to make"), ("كيفية", "how to"), ("教程", "tutorial"), ("方法", "how to"),
    ("~(?<!テ)ロリ(?!スト|ダ)", "loli"),
    ("отрезают голов", "beheading"), ("отрезать голов", "beheading"), ("отреза&голов", "beheading"), ("отруб&голов", "beheading"),
    ("заложник", "hostage"), ("枪杀", "gun down people"), ("射杀", "gun down people"), ("銃殺", "gun down people"),
    ("пит-пит", "beaten to death"), ("पीट-पीटकर", "beaten to death"), ("पीटकर मार", "beaten to death"),
    ("режет себе", "cutting herself self-harm"), ("порезать себе", "cutting herself self-harm"), ("режет&себе", "self-harm"),
    ("порезы", "self-harm cuts"), ("лезви", "razor blade"), ("нтحر", "suicide"), ("نتحر", "suicide"), ("شنق نفس", "hanging himself"),
    ("खुद को&काट", "cutting herself self-harm"), ("ब्लेड", "razor blade"), ("फांसी", "hanging himself"),
    ("自杀", "suicide"), ("上吊", "hanging himself"), ("首吊り", "hanging himself suicide"), ("神经毒气", "nerve agent"),
    ("毒气", "poison gas"), ("如何", "how to"), ("怎样", "how to"), ("教你", "how to"), ("作り方", "how to make"),
    ("励志", "motivation"), ("покончить с собой", "suicide"), ("покончил с собой", "suicide"), ("покончила с собой", "suicide"),
    ("无法追踪&枪", "untraceable gun"), ("3d打印&枪", "3d printed gun"), ("3dプリンター&銃", "3d printed gun"), ("追跡できない&銃", "untraceable gun"),
    ("طباعة ثلاثية&مسدس", "3d printed gun"), ("3डी प्रिंट&बंदूक", "3d printed gun"), ("手枪", "pistol"), ("枪支", "guns"), ("=मेथ", "meth"), ("खाना छोड़", "skipping meals"), ("बढ़ावा", "promoting"), ("皮包骨", "skin and bones"), ("бить себя", "self-harm"), ("вскрыть", "cutting wrists"),
]
_GLOSS_SCRIPT += [
    # Russian
    ("расстрел", "mass shooting"), ("трупы", "corpses"), ("трупов", "corpses"), ("мирн&жител", "civilians"),
    ("सिर कलम", "beheading"), ("असली वीडियो", "real footage"), ("असली", "real"), ("реальн", "realistic footage"), ("真实", "realistic footage"), ("リアル", "realistic footage"),
    ("~(?:画成|当成|像|比作|描绘成|描绘为|描绘|如同|变成|说成)(?:一群|一只|一帮)?(?:猴子|猩猩|老鼠|蟑螂|害虫|寄生虫|狗|猪|动物|畜生|病毒|瘟疫)", "as vermin"),
    ("~(?:ネズミ|ゴキブリ|猿|サル|害虫|寄生虫|豚|犬|動物|病原菌)(?:として|のよう|扱い|に例え)", "as vermin"),
    ("~(?:как|словно|будто)\\s+(?:обезьян|крыс|тарака|паразит|животн|скот|свин|вирус|чум)", "as vermin"),
    ("おもちゃ", "toy guns"), ("玩具", "toy guns"), ("水枪", "water gun"), ("水鉄砲", "water gun"), ("игрушечн", "toy guns"),
    ("водяно&пистолет", "water gun"), ("لعبة", "toy guns"), ("مسدس ماء", "water gun"), ("खिलौना", "toy guns"), ("पानी की बंदूक", "water gun"),
    ("оборон", "defeat"), ("победа над", "defeat"), ("победил", "defeated"), ("освобожд", "liberation"), ("сопротивлени", "anti-fascist resistance"),
    ("抗击", "anti-fascist resistance"), ("抵抗", "anti-fascist resistance"), ("反法西斯", "anti-fascist"), ("反纳粹", "anti-nazi"), ("解放", "liberation"),
    ("打败", "defeated"), ("レジスタンス", "anti-fascist resistance"), ("解放", "liberation"), ("مقاومة", "anti-fascist resistance"), ("تحرير", "liberation"),
    ("हराया", "defeated"), ("प्रतिरोध", "anti-fascist resistance"),
    ("~повес(?:ить|ил|ят|ит)(?:ся|ась|ись|сь)|повешусь", "hanging himself"), ("рецепт", "recipe"), ("配方", "recipe"), ("レシピ", "recipe"),
    ("وصفة", "recipe"), ("विधि", "recipe how to"), ("नुस्खा", "recipe"),
    ("школьни", "schoolgirl child"), ("школьн", "school child"), ("~\\d{1,2}[- ]?(?:й|го|м)? ?класс", "8th grader child"),
    ("~(?:пят|шест|седьм|восьм|девят)\\w* класс", "8th grader child"), ("малолетк", "underage"), ("девчонк", "little girl"),
    ("~(?<!\\d)(?:[1-9]|1[0-7])[- ]?(?:лет|летн)", "child"), ("~(?:одинн|двен|трин|четырн|пятн|шестн|семн)адцатилетн|(?:пяти|шести|семи|восьми|девяти|десяти)летн", "child"),
    ("раздева", "undressing"), ("прозрачн", "see-through nightie"), ("ночнушк", "nightie"), ("целу", "kissing"), ("в постел", "in bed"),
    ("взросл", "grown man"),
    ("стриптиз", "striptease"), ("эрот", "erotic"), ("без цензуры", "uncensored"), ("интим", "intimate"),
    ("половые органы", "genitals"), ("гениталии", "genitals"), ("сексуальн", "sexy"), ("~пикантн\\w* (?:фото|снимк|видео|поз|селфи)", "spicy photos"),
    ("убить себя", "kill myself"), ("убью себя", "kill myself"), ("убей себя", "kill yourself"), ("убиться", "kill myself"),
    ("безболезненн", "painless way to die"), ("под поезд", "throwing himself in front of a train"), ("перестать есть", "stop eating"),
    ("советы", "tips"), ("про ана", "pro-ana"), ("про-ана", "pro-ana"), ("голодани", "starving"),
    ("скрыва&порез", "how to hide cuts"), ("прятать&порез", "how to hide cuts"), ("режет себя", "self-harm cutting herself"), ("режет вены", "cutting wrists"),
    ("трупы повсюду", "bodies everywhere"), ("трупы везде", "bodies everywhere"), ("горы трупов", "bodies everywhere"),
    ("груды тел", "bodies everywhere"), ("массовое убийство", "mass murder"), ("расстрел в школе", "school shooting"),
    ("стрельба в школ", "school shooting"), ("кишки", "guts"), ("внутренност", "guts"), ("кишки наружу", "guts spilling out"), ("выпущенн&кишк", "guts spilling out"),
    ("расовая война", "race war"), ("расовой войн", "race war"), ("этническ&чистк", "ethnic cleansing"), ("отрицание холокоста", "holocaust denial"),
    ("высш", "superior"), ("низш", "inferior"), ("=раса", "race"), ("=расы", "race"), ("присоединяйтесь", "join us"),
    ("вступай", "join us"), ("контролир", "control the banks media"), ("управляют миром", "control the world"),
    ("控制世界", "control the world"), ("控制银行", "control the banks"), ("новых член", "new members"), ("никогда не было", "never happened"), ("优等", "superior"),
    ("劣等", "inferior"), ("种族", "race"), ("加入我们", "join us"), ("从未发生", "never happened"), ("انضم", "join us"),
    ("لم تحدث", "never happened"), ("शामिल हो", "join us"), ("श्रेष्ठ", "superior"), ("नस्ल", "race"),
    ("холокоста не было", "holocaust denial"), ("холокост&миф", "holocaust denial"), ("холокост&выдумк", "holocaust denial"),
    ("=сс", "ss officers"), ("ваффен", "waffen-ss"), ("героическ", "glorious"), ("героями", "glorious"),
    ("беженц", "refugees"), ("цыган", "roma"), ("чернокож", "black people"), ("как болезнь", "as a disease"), ("как чума", "as a plague"),
    ("~очистить (?:страну|нацию|народ|расу|россию|европу) от (?:чужак|мигрант|приезж|евре|черн|инородц|нерусск|иноверц)", "cleanse the nation"), ("сварить", "cook make"), ("варить", "cook make"),
    ("фентанил", "fentanyl"), ("рицин", "ricin"), ("перекись ацетона", "tatp"), ("татп", "tatp"), ("самодельн", "homemade"),
    ("кокаин", "cocaine"), ("крэк", "crack cocaine"), ("героин", "heroin"), ("переделать&автоматическ&огонь", "convert a rifle to full auto"), ("оружие", "weapon gun"),
    ("пистолет", "pistol"), ("винтовк", "rifle"),
    # Chinese
    ("初一", "8th grader child"), ("初二", "8th grader child"), ("初三", "8th grader child"), ("年级", "8th grader child"),
    ("小学生", "child"), ("中学生", "teen"), ("女中学生", "schoolgirl"), ("学生妹", "schoolgirl"), ("小萝莉", "loli"), ("幼童", "child"),
    ("脱衣舞", "striptease"), ("脱衣", "undressing"), ("无码", "uncensored porn"), ("無碼", "uncensored porn"), ("露骨", "explicit content"),
    ("性爱", "sex"), ("性愛", "sex"), ("裸照", "nude photos"), ("情色", "erotic"), ("黄色视频", "porn"), ("色色", "erotic"),
    ("生殖器", "genitals"), ("撩人", "seductive"), ("挑逗", "seductive"), ("卧轨", "throwing himself in front of a train"),
    ("跳轨", "throwing himself in front of a train"), ("无痛", "painless way to die"), ("~(?:完全|一直|几天|好几天)不吃饭|不吃饭减肥|绝食减肥", "stop eating"), ("绝食", "starving"),
    ("催吐", "make myself throw up"), ("技巧", "tips"), ("窍门", "tips"), ("隐藏伤疤", "how to hide cuts"), ("掩盖伤口", "how to hide cuts"),
    ("尸体遍地", "bodies everywhere"), ("遍地尸体", "bodies everywhere"), ("满地尸体", "bodies everywhere"), ("尸横遍野", "bodies everywhere"),
    ("校园枪击", "school shooting"), ("学校枪击", "school shooting"), ("内脏", "guts"), ("肠子", "guts"), ("~(?:内脏|肠子)(?:流|掉|洒)", "guts spilling out"), ("大屠杀", "massacre"),
    ("种族战争", "race war"), ("種族戰爭", "race war"), ("否认大屠杀", "holocaust denial"), ("大屠杀是假", "holocaust denial"),
    ("大屠杀不存在", "holocaust denial"), ("党卫军", "ss officers"), ("黨衛軍", "ss officers"), ("老鼠", "as vermin"), ("瘟疫", "as a plague"),
    ("难民", "refugees"), ("難民", "refugees"), ("英雄", "glorious"), ("净化国家", "cleanse the nation"), ("净化民族", "cleanse the nation"),
    ("芬太尼", "fentanyl"), ("蓖麻毒素", "ricin"), ("自制", "homemade"), ("土制", "homemade"), ("制毒", "making drugs"),
    ("可卡因", "cocaine"), ("海洛因", "heroin"), ("快克", "crack cocaine"), ("改&枪&全自动", "convert a rifle to full auto"), ("手榴弹", "grenade"),
    # Korean
    ("아동", "child"), ("어린이", "child"), ("어린 소녀", "little girl"), ("소녀", "teen girl"), ("미성년", "underage"),
    ("초등학생", "child"), ("초딩", "child"), ("중학생", "teen"), ("여중생", "schoolgirl"), ("여고생", "schoolgirl"), ("고등학생", "teen"),
    ("청소년", "teen"), ("~(?<!\\d)(?:[1-9]|1[0-7])\\s?살", "child"), ("알몸", "naked"), ("나체", "naked"), ("누드", "nude"),
    ("벗은", "naked"), ("옷을 벗", "undressing"), ("섹스", "sex"), ("성관계", "having sex"), ("성행위", "having sex"), ("포르노", "porn"),
    ("야동", "porn"), ("속옷", "underwear"), ("란제리", "lingerie"), ("야한", "sexy lewd"), ("선정적", "seductive"), ("음란", "lewd"),
    ("강간", "rape"), ("에로", "erotic"), ("참수", "beheading"), ("고문", "torture"), ("학살", "massacre"), ("처형", "execution"),
    ("피투성이", "bloody gore"), ("유혈", "bloody gore"), ("시체", "corpses"), ("내장", "guts"), ("총기 난사", "mass shooting"),
    ("학교&총격", "school shooting"), ("테러", "terror attack"), ("토막", "dismembered"), ("자살", "suicide"), ("자해", "self-harm"),
    ("손목을 긋", "cutting wrists"), ("손목을 그", "cutting wrists"), ("목을 매", "hanging himself"), ("목매", "hanging himself"),
    ("고통 없이", "painless way to die"), ("프로아나", "pro-ana"), ("먹토", "make myself throw up"), ("굶", "starving"),
    ("나치", "nazi"), ("하켄크로이츠", "swastika"), ("유대인", "jews"), ("무슬림", "muslims"), ("이민자", "immigrants"),
    ("난민", "refugees"), ("흑인", "black people"), ("바퀴벌레", "as vermin"), ("쥐새끼", "as vermin"), ("해충", "as vermin"),
    ("기생충", "parasites"), ("인종", "race"), ("우월", "superior"), ("열등", "inferior"), ("말살", "extermination"),
    ("가입하", "join us"), ("지하드", "jihadist"), ("폭탄", "bomb"), ("폭발물", "explosives"), ("만드는 방법", "how to make"),
    ("만드는 법", "how to make"), ("제조", "make"), ("단계별", "step by step"), ("필로폰", "meth"), ("메스암페타민", "meth"),
    ("마약", "drugs"), ("사린", "sarin"), ("화학 무기", "chemical weapon"), ("화학무기", "chemical weapon"), ("총기", "guns"),
    ("소음기", "silencer"), ("3d 프린터&총", "3d printed gun"), ("사제 총", "homemade gun"), ("레시피", "recipe"), ("독극물", "poison"),
    # Japanese
    ("~(?<![a-z])(?:jk|jc|js)(?![a-z])", "schoolgirl"), ("児童", "child"), ("中学", "8th grader teen"), ("高校生", "teen"), ("女子高生", "schoolgirl"), ("女児", "little girl"), ("少女", "teen girl"), ("児ポ", "child porn"),
    ("ストリップ", "striptease"), ("無修正", "uncensored porn"), ("エッチ", "erotic"), ("官能", "erotic"), ("卑猥", "lewd"),
    ("セクシー", "sexy"), ("性器", "genitals"), ("楽に死", "painless way to die"), ("死ぬ方法", "best way to die"),
    ("死にたい", "want to die"), ("電車に飛び込", "throwing himself in front of a train"), ("飛び込み自殺", "throwing himself in front of a train suicide"),
    ("~(?:何も|一切|ずっと|何日も)食べない", "stop eating"), ("断食", "starving"), ("コツ", "tips"), ("傷を隠", "how to hide cuts"), ("死体だらけ", "bodies everywhere"),
    ("死体の山", "bodies everywhere"), ("内臓", "guts"), ("~内臓が(?:飛び出|はみ出|こぼれ)", "guts spilling out"), ("学校&銃撃", "school shooting"), ("人種戦争", "race war"), ("民族浄化", "ethnic cleansing"),
    ("ホロコーストはなかった", "holocaust denial"), ("ホロコースト否定", "holocaust denial"), ("親衛隊", "ss officers"), ("英雄", "glorious"),
    ("フェンタニル", "fentanyl"), ("リシン", "ricin"), ("自家製", "homemade"), ("手製", "homemade"), ("コカイン", "cocaine"),
    ("改造&銃&フルオート", "convert a rifle to full auto"), ("銃", "gun"), ("拳銃", "pistol"),
    # Arabic
    ("تلميذ", "schoolgirl child"), ("طالبة مدرسة", "schoolgirl"), ("طالبة", "schoolgirl"), ("فتاة صغيرة", "little girl"), ("قاصرة", "underage"),
    ("~رقص(?:ة)? (?:ال)?تعري|(?:^|\\s)(?:ال)?تعري(?:\\s|$)", "striptease"), ("~(?:^|\\s)(?:ال)?(?:عري|عارٍ|عريان|عريانة)(?:\\s|$)", "naked"), ("شهوان", "erotic"), ("فاضح", "explicit content"), ("بدون رقابة", "uncensored"),
    ("أعضاء تناسلية", "genitals"), ("مثيرة جنسيا", "sexy"), ("إغراء", "seductive"), ("صور مثيرة", "spicy photos"),
    ("أقتل نفسي", "kill myself"), ("اقتل نفسي", "kill myself"), ("قتل نفسي", "kill myself"), ("يقتل نفسه", "killing himself"),
    ("تقتل نفسها", "killing herself"), ("بدون ألم", "painless way to die"), ("بلا ألم", "painless way to die"), ("أمام القطار", "throwing himself in front of a train"),
    ("التوقف عن الأكل", "stop eating"), ("نصائح", "tips"), ("إخفاء الجروح", "how to hide cuts"),
    ("جثث في كل مكان", "bodies everywhere"), ("الجثث في كل مكان", "bodies everywhere"), ("أكوام الجثث", "bodies everywhere"),
    ("أحشاء", "guts"), ("احشاء", "guts"), ("إطلاق نار في مدرسة", "school shooting"), ("إطلاق نار جماعي", "mass shooting"),
    ("حرب عرقية", "race war"), ("تطهير عرقي", "ethnic cleansing"), ("إنكار الهولوكوست", "holocaust denial"), ("المحرقة لم تحدث", "holocaust denial"),
    ("الهولوكوست كذبة", "holocaust denial"), ("لاجئ", "refugees"), ("كالحشرات", "as vermin"), ("كالفئران", "as vermin"), ("كالكلاب", "as animals"),
    ("أبطال", "glorious"), ("بطولي", "glorious"), ("تطهير الأمة", "cleanse the nation"), ("فنتانيل", "fentanyl"), ("ريسين", "ricin"),
    ("كوكايين", "cocaine"), ("كراك", "crack cocaine"), ("محلية الصنع", "homemade"), ("طريقة", "how to"), ("مسدس", "pistol"), ("بندقية", "rifle"),
    ("هيروين", "heroin"), ("الميث", "meth"),
    # Hindi
    ("छात्रा", "schoolgirl"), ("स्कूली", "school child"), ("स्कूल", "school child"), ("कक्षा", "8th grader child"), ("नाबालिक", "underage"),
    ("कामुक", "erotic"), ("सेक्सी", "sexy"), ("स्ट्रिप", "striptease"), ("बिना सेंसर", "uncensored"), ("गुप्तांग", "genitals"),
    ("उत्तेजक", "seductive"), ("हॉट फोटो", "spicy photos"), ("खुद को मार", "kill myself"), ("अपने आप को मार", "kill myself"),
    ("खुद को खत्म", "kill myself"), ("मरना चाहत", "want to die"), ("बिना दर्द", "painless way to die"),
    ("ट्रेन के आगे कूद", "throwing himself in front of a train"), ("ट्रेन के सामने कूद", "throwing himself in front of a train"),
    ("खाना बंद", "stop eating"), ("टिप्स", "tips"), ("प्रो एना", "pro-ana"), ("घाव छुपा", "how to hide cuts"),
    ("हर जगह लाशें", "bodies everywhere"), ("लाशें ही लाशें", "bodies everywhere"), ("लाशों के ढेर", "bodies everywhere"),
    ("आंतें", "guts"), ("अंतड़ि", "guts"), ("आंतें बाहर", "guts spilling out"), ("स्कूल में गोलीबारी", "school shooting"), ("नस्लीय युद्ध", "race war"),
    ("जातीय सफाया", "ethnic cleansing"), ("नस्लीय सफाया", "ethnic cleansing"), ("होलोकॉस्ट कभी नहीं", "holocaust denial"),
    ("आईएसआईएस", "isis"), ("आइसिस", "isis"), ("जिहाद", "jihadist"), ("शरणार्थी", "refugees"), ("नायक", "glorious"),
    ("फेंटानिल", "fentanyl"), ("मेथामफेटामाइन", "meth"), ("कोकीन", "cocaine"), ("रिसिन", "ricin"), ("सरीन", "sarin nerve agent"),
    ("पाइप बम", "pipe bomb"), ("घर पर बना", "homemade"), ("देसी कट्टा", "homemade gun"), ("बंदूक", "gun"), ("तरीका", "how to"),
]
_GLOSS_SCRIPT += [
    # minors: family words (daughter, son, niece, stepdaughter), "loli", and the child words missing above
    ("~(?:^|\\s)(?:доч(?:ь|ка|ки|ку|кой|ери|ерью|урк\\w*)|падчериц\\w*|пасын\\w*|сын(?:а|ом|у|ишк\\w*)?|племянниц\\w*|малыш\\w*|"
     "тинейджер\\w*|учениц\\w*|первоклассни\\w*|младшеклассни\\w*|лоли)(?=[\\s,.!?]|$)", "child"),
    ("~(?:^|\\s)юн(?:ая|ую|ой|ый|ого|ые|ых)(?=\\s)", "young girl"),
    ("女儿", "daughter child"), ("继女", "daughter child"), ("侄女", "child"), ("闺女", "daughter child"), ("女童", "child"),
    ("男童", "child"), ("女の子", "girl"), ("男の子", "boy"), ("~(?:私の|うちの|義理の|義)娘", "daughter child"),
    ("~(?:^|\\s)아이(?:가|를|는|들|와|의|랑)?(?=[\\s,.!?]|$)", "child"), ("소년", "boy"), ("여자아이", "child"), ("남자아이", "child"),
    ("~(?:^|\\s)(?:의붓)?딸(?:이|을|은|과|의|아이)?(?=[\\s,.!?]|$)", "daughter child"), ("조카", "child"), ("~(?<!칼)로리(?:콘)?(?=[\\s,.!?]|$)", "loli"),
    ("صبي", "boy child"), ("ابنة", "daughter child"), ("ابنتي", "daughter child"), ("ابنته", "daughter child"),
    ("बेटी", "daughter child"), ("भतीजी", "child"), ("भांजी", "child"),
    # sexual: undressing and lewd words missing above
    ("ランジェリー", "lingerie"), ("服を脱", "undressing"), ("いやらしい", "lewd"), ("섹시", "sexy"), ("유혹", "seductive"),
    ("تخلع ملابس", "undressing"), ("يخلع ملابس", "undressing"), ("कपड़े उतार", "undressing"), ("निर्वस्त्र", "naked"), ("голышом", "naked"),
]
_WORD = re.compile(r"[a-z0-9]+")
# Function words of Spanish, French, German, Portuguese and Italian: an all-ASCII prompt without
# any of them is English (or another language the Latin gloss does not cover), and skips it.
_FUNCTION_WORDS = frozenset(
    "el la los las un una unos unas del al y con por para que en es su sus se como pero muy de "
    "le les des une et avec sur dans pour qui est ce cette au aux du ne pas je me te nous vous sans mon ma mes "
    "der das dem ein eine einen einem und mit auf fur ist sich nicht wie von zu im ich mich mein meine "
    "zum zur als bei nach aus vor uber unter sind wird werden oder aber auch einer eines "
    "sa son ses leur mais ou par sont comme tres plus lo mas este esta sobre sin entre hasta "
    "seu sua muito mais sem pelo pela sono questo "
    "o os uma um uns umas e com em na nos nas da dos das ao para que se "
    "il lo gli di dei delle della che un uno una nel nella sul mi io eu meu minha yo".split())
# "12 años", "١٢ عامًا", "12 лет", "12岁": an age under 18 in another language reads as "child".
_FOREIGN_AGE = re.compile(r"(\d{1,2})[\s-]*(?:anos|años|ans|jahre|jahren|jährig|jahrig|anni|лет|летн|года|год|عام|سنة|سنوات|साल|वर्ष|歳|岁|周岁|살)")
# Ages under 18 written as words ("trece años", "zwölf Jahre", "十三岁"): read as "child".
_FOREIGN_AGE_WORDS = re.compile(
    r"(?<!y )(?<!e )(?<!et )(?<!-)\b(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|"
    r"zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwoelf|dreizehn|vierzehn|funfzehn|fuenfzehn|sechzehn|siebzehn|"
    r"dois|quatro|sete|oito|nove|dez|treze|catorze|dezesseis|dezasseis|dezessete|dezassete|"
    r"due|tre|quattro|cinque|sei|sette|otto|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette)"
    r"[\s-]*(?:anos|ans|jahre|jahren|jahrige?\w*|anni|anos de idade)\b(?! (?:de|d'|di|da|do) (?!edad|idade|eta|age))")
_CJK_AGE = re.compile(r"(?<![一二三四五六七八九十百\d])(?:十[一二三四五六七]?|[一二三四五六七八九])(?:岁|歲|歳|才)")
# An all-ASCII prompt with none of these is not taken for English: the Latin gloss reads it too.
_ENGLISH_WORDS = frozenset("a an the of in on at with and or to is are his her their by from for".split())
_FOREIGN_MARK = re.compile(
    r"\b(?:ragazz\w+|minorenn\w*|erotic[oaie]s?|erotique\w*|erotisch\w*|colegial\w*|scolar\w*|schuler\w*|schueler\w*|nackt\w*|"
    r"desnud\w*|menin[oa]s?|ninfet\w*|bambin\w*|nin[oa]s|enfants?|fillette\w*|madchen|criancas?|sesso|sexo|sexe|pornos?|"
    r"matarme|uccidermi|suicid[ae]r\w*|tren|treno|trem|zug|decapit\w*|enthaupt\w*|cadaver\w*|cadavres?|leichen|"
    r"reclutamiento|recrutement|rekrutierung\w*|reclutamento|recrutamento|metanfetamin\w*|fabricar|fabriquer|herstellen|"
    r"costruire|sintetizzare|sintetizar|wie|cocaina|kokain|bomba|bombe)\b")
_CLAUSE_BREAK = re.compile(r"\s*[,.;!?\n]+\s*")
_SCRIPT_WORD = re.compile(r"[^\s,.;:!?¿¡()\[\]\"'«»“”„。，、！？；：]+")


def gloss_terms(original: str) -> list[str]:
    """English cue words for the foreign-language harm terms in `original`."""
    lower = original.lower()
    folded = fold_accents(lower)
    out: list[str] = []
    words = set(_WORD.findall(folded))
    # One-letter words ("e", "o", "y") are function words in some languages, but spelled-out
    # English ("d o n a l d") is full of them.
    if (not lower.isascii() or not _FUNCTION_WORDS.isdisjoint(w for w in words if len(w) > 1)
            or _ENGLISH_WORDS.isdisjoint(words)
            or _FOREIGN_MARK.search(folded)):
        # Each clause once: long prompts repeat theirs ("masterpiece, best quality, ..."), and
        # this regex is the costliest step of the check.
        clauses = " , ".join(dict.fromkeys(_CLAUSE_BREAK.split(folded)))
        for m in _GLOSS_LATIN_RE.finditer(clauses):
            out.append(_GLOSS_LATIN_EN[m.lastgroup])
    if any(ord(c) > 0x24F for c in lower):
        script_words = None
        for term, en in _GLOSS_SCRIPT:
            if term[0] == "=":  # a whole word
                if script_words is None:
                    script_words = set(_SCRIPT_WORD.findall(lower))
                hit = term[1:] in script_words
            elif term[0] == "~":  # a regular expression
                hit = re.search(term[1:], lower) is not None
            elif "&" in term:  # every part somewhere in the text
                hit = all(part in lower for part in term.split("&"))
            else:
                hit = term in lower
            if hit:
                out.append(en)
    for m in _FOREIGN_AGE.finditer(lower):
        if int(m.group(1)) < 18:
            out.append("child")
    if _FOREIGN_AGE_WORDS.search(folded) or _CJK_AGE.search(lower):
        out.append("child")
    return list(dict.fromkeys(out))


# --- English lexicons --------------------------------------------------------------------------
def _rx(p: str) -> re.Pattern:
    return re.compile(p)


_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
              "fifteen": 15, "sixteen": 16, "seventeen": 17}
_AGE = _rx(r"\b(\d{1,2}|" + "|".join(_NUM_WORDS) + r")[- ]?(?:years?[- ]?olds?|yrs?[- ]?olds?|y/?o\b|yo\b|"
           r"y[/.]?[o0]\b|anos\b|ans\b|jahre?n?\b|anni\b|歳|岁|周岁)"
           r"|\b(?:aged?|age of|looks? like (?:she'?s |he'?s |a )?|looks?|looking|appears?|body of an?) "
           r"(\d{1,2}|" + "|".join(_NUM_WORDS) + r")\b"
           # an age in apposition: "a cheerleader, 13, ...", "my daughter (12)"
           r"|\b(?:girl|boy|kid|child|cheerleader|student|pupil|daughter|son|model|gymnast|dancer|teen|teenager|"
           r"sister|brother|niece|nephew|she|he)s?,? \(?(\d{1,2})\)?(?= ?(?:[,);]|\|\||$))"
           # "who is canonically 12 in ...", "she just turned 13, ..."
           r"|\b(?:is|are|was|turned|canonically|only|barely|just) (\d{1,2}|" + "|".join(_NUM_WORDS) + r")"
           r"(?= ?(?:[,);.]|\|\||$| (?:in|and|but|with|on|at|doing|wearing|now|today|here)\b))")
# Hard minor terms: refused whatever else the prompt says.
_MINOR_HARD = _rx(
    r"\b(?:lolis?|lolicon|lolita|shota(?:con)?|jail ?bait|child ?porn\w*|kiddie ?porn|kiddy ?porn|"
    r"pthc|cp (?:video|pics?|content)|pedo(?:phile|philia|philic)?s?|paedo(?:phile|philia)?s?|"
    r"underage (?:sex|porn|nudes?|girls? (?:naked|nude)|boys? (?:naked|nude))|barely legal|"
    r"preteen (?:nudes?|models?|sex)|child (?:sex|erotica|nudity|abuse material)|csam|"
    r"sexualis\w* (?:a )?(?:child|children|minor|kid|teen)|sexualiz\w* (?:a )?(?:child|children|minor|kid|teen)|"
    r"(?:child|minor|kid|teen)s? (?:being )?sexuali[sz]ed)\b")
_MINOR = _rx(
    r"\b(?:child|children|childs|kids?|kiddos?|toddlers?|infants?|bab(?:y|ies)|newborns?|"
    r"little (?:girls?|boys?|ones?)|young (?:girls?|boys?)|girls?|boys?|schoolgirls?|schoolboys?|"
    r"school ?girl|school uniform|teen(?:s|age|aged|ager|agers)?|tweens?|pre-?teens?|adolescents?|"
    r"minors?|underage|under-?age|juveniles?|pubescent|prepubescent|daughters?|sons?|nieces?|nephews?|"
    r"school ?child(?:ren)?|school ?kids?|schoolmates?|youngsters?|young ones?|(?<!dilated )(?<!eye )(?<!eyes )pupils?|teeny-?boppers?|(?:elementary|preschool|grade school|school|primary school)[- ]aged?|"
    r"(?:elementary|middle|high|primary|grade|junior high) school(?:er|ers)?|junior high|"
    r"kindergart\w*|preschool\w*|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|1st|2nd|3rd|[4-9]th|1[01]th)[- ]grader?s?|"
    r"grade (?:[1-9]|1[01])|(?:year|yr) ?(?:[1-9]|1[01]) (?:pupils?|students?|girls?|boys?|kids?)|middle ?schoolers?|high ?schoolers?|grade ?schoolers?|"
    r"(?:high|middle) school (?:freshm[ae]n|sophomores?|juniors?|girls?|boys?|students?|cheerleaders?)|freshm[ae]n in high school|students? in (?:a )?school uniform|jk|jc|lolita|nymphet|"
    r"under (?:the age of )?(?:1[0-8]|eighteen|sixteen|seventeen|age)|not (?:yet )?(?:18|eighteen)|(?:little|baby|kid) (?:sis|sisters?|brothers?|bro|princess(?:es)?)|"
    r"(?:cub|boy|girl) scouts?|choir ?boys?|altar ?boys?|tots?|youths?)\b")
_SEX_HARD = _rx(
    r"(?<!same[- ])(?<!same )(?<!opposite )\b(?:sex|sexual(?:ly)?)\b(?! (?:education|ed\b|of the|of a|"
    r"determination|ratio|chromosome|differences?|discrimination|offender registry))"
    r"|\b(?:porn\w*|xxx|nsfw|hentai|rule ?34|onlyfans|sex ?tape|(?:sexual|having|have|had) intercourse|blow ?jobs?|hand ?jobs?|"
    r"cum ?shots?|cumming|orgasm\w*|masturbat\w*|fellatio|cunnilingus|penetrat(?:ed|ing|ion) (?:her|him|by)|"
    r"genitals|genitalia|penis(?:es)?|vagina\w*|vulva|erect(?:ion| penis)|clitoris|"
    r"making love|make love|fuck(?:ing|s|ed)? (?:her|him|them|each other)|"
    r"gang ?bangs?|threesomes?|orgy|orgies|bdsm|bondage|fetish\w*|strip ?teases?|(?<!paint )(?<!wire )strippers?|"
    r"strip club|lap ?dances?|erotic\w*|camgirls?|webcam (?:girl|model|show)|escort service|"
    r"(?<!oilseed )rap(?:e|es|ed|ing)\b|rapist|sexual(?:ly)? assault\w*|molest\w*|grop(?:e|es|ed|ing)|"
    r"cumshot|creampie|deepthroat|milf|dildos?|sex toys?|nude (?:photos?|pics?|selfies?|video)|"
    r"nudes\b|boobs|titties|naughty bits|dick ?pics?|(?:his|her|their) (?:dick|cock|junk) (?:out|to|at|on|for)|"
    r"(?:show|flash|expos|reveal|whip|pull)\w* (?:out |off )?(?:his|her|their) (?:junk|dick|cock|privates|package|member|bits)|"
    r"(?:junk|dick|cock|privates) (?:to|at|on|for) (?:the )?(?:camera|webcam|cam|lens|viewers?)|"
    r"(?:spread(?:ing)?|open(?:ing)?) (?:her|his|their) legs|"
    r"(?:takes?|taking|took|pull(?:s|ing)?|rip(?:s|ping)?) off (?:her|his|their) (?:clothes|bra|panties|underwear|shirt and)|"
    r"undress(?:es|ing|ed)? (?:completely|fully|slowly|for)|strip(?:s|ping|ped)? (?:naked|nude|down to nothing|off)|"
    r"(?:touch|rub|fondl|lick|suck)\w* (?:her|his|their) (?:breasts?|nipples?|crotch|private parts|groin)|"
    r"adult (?:film|video|movie|content|entertainment)s?|expos(?:e|es|ing|ed) (?:himself|herself|themselves)|indecent exposure|"
    r"flash(?:es|ing|ed)? (?:his|her|their) (?:genitals|penis|breasts|crotch|privates)|fuck(?:ing|s|ed)? (?:on|in) (?:a|the)|"
    r"remov\w* (?:all )?(?:of )?(?:her|his|their) clothes|getting it on|doing the deed|do the deed|"
    r"nothing left to the imagination|explicit (?:scene|video|content|sex|footage|clip|photos?|version)|(?:sexually|very|fully|graphically) explicit|"
    r"casting couch|doing it (?:on|in) (?:the |a )?(?:back (?:seat )?of (?:a |the )?)?(?:beach|bed|car|shower|kitchen|bedroom|office|pool)|adults? only (?:content|video|film|scene|clip)|"
    r"18\+ (?:content|video|scene|film)|x-?rated|au naturel|in the altogether|wearing nothing but|nothing on but|"
    r"(?:adult|bedroom) activities|getting frisky|hanky[- ]panky|knocking boots|bumping uglies|making whoopee|spicy (?:scene|video|clip|content|version|photos?)|birthday suit|in the buff)\b")
_NUDE = _rx(
    r"\b(?:naked|nude|nudity|nudist|nudism|topless|unclothed|undressed|undressing|"
    r"without (?:any )?(?:clothes|clothing)|no clothes|wearing nothing|clothes ?off|in the nude|"
    r"birthday suit|bare (?:breasts?|bottom|butt|body|skin all over)|exposed (?:breasts?|nipples?|genitals|crotch|body)|"
    r"nipples?|breasts\b|buttocks|private parts|skinny ?dipping|"
    r"full frontal|frontal nudity)\b(?![ -](?:eye|eyes|mole ?rats?|flame|truth|ambition|branches|trees?|"
    r"lipstick|heels|tones?|toned|palette|shade|makeup|colou?r(?:ed)?|beige|nails|wire|bulbs?|aggression|"
    r"power|greed|lie|city|pizza|salad|singularity|dna|chicken))")
_NUDE_WORD = _rx(r"\b(?:naked|nude|nudity|topless|bare)\b")
# Suggestive terms that make a minor prompt sexual (without harmless bikini/bath/pose words).
_SUGGEST_STRONG = _rx(
    r"\b(?:sexy|sexier|seductive(?:ly)?|seduc\w*|sensual(?:ly)?|provocative(?:ly)?|suggestive(?:ly)?|"
    r"sultry|lustful|lust|erotic|aroused|horny|lingerie|underwear|panties|thongs?|g-?string|"
    r"cleavage|twerk\w*|spread legs|bend(?:s|ing)? over|on all fours|pin-?up|boudoir|bedroom eyes|kinky|"
    r"(?:slowly |)removing (?:her|his|their) clothes|wet t-?shirt|hot (?:girl|babe)|playboy|stripping|"
    r"undress\w*|pantyhose|stockings|garter|in bed with (?:a |an )?(?:man|men|woman|adult|older|stranger)|"
    r"kiss(?:es|ing|ed)? (?:passionately|on the lips|with tongue)|french kiss\w*|make ?out|making out|"
    r"(?:touch|rub|fondl|lick|suck)\w* (?:her|his|their) (?:body|thighs?|legs|chest|lips|crotch)|"
    r"(?:bikini|swimsuit|bathing suit|dress|skirt|shorts)\W+(?:\w+\W+){0,3}pos(?:e|es|ing) (?:seductively|provocatively|suggestively|sexily)|"
    r"pos(?:e|es|ing) (?:seductively|provocatively|suggestively|sexily|like a (?:model|pin-?up))|"
    r"inappropriate(?:ly)?|lewd\w*|sexuali[sz]\w*|alluring(?:ly)?|ecchi|"
    r"see-?through (?:top|shirt|t-shirt|dress|blouse|lingerie|nightie|nightgown|clothes|clothing|outfit|bra|panties|swimsuit|bikini|underwear)|sheer (?:nightie|nightgown|dress|top|lingerie)|nightie|negligee|wearing only (?:a |her |his )?(?:towel|underwear|panties|bra|shirt|sheet)|"
    r"(?:camera|lens|shot) (?:lingers|lingering|zooms|zooming|focuses|focusing) (?:in )?on (?:her|his|their) (?:body|chest|breasts?|legs|butt|thighs|crotch|bottom)|"
    r"lingers? on (?:her|his|their) body|passionate(?:ly)?|kiss\w* (?:an? )?(?:adult|older|grown)|"
    r"revealing (?:outfits?|clothes|clothing|dress|poses?|photos?|bikini|lingerie)|intimate (?:photos?|photoshoot|shoot|poses?|scene|moments? with|acts?)|"
    r"lift\w* (?:up )?(?:her|his) (?:skirt|dress|shirt)|flash\w* (?:her|his) (?:chest|body|underwear)|"
    r"(?:tak|pull|lift|remov|slip)\w* (?:off|up|down) (?:her|his|their) (?:top|bra|bikini top|panties|underwear|skirt|shorts)|"
    r"(?:remov|tak)\w* (?:off )?(?:all )?(?:of )?(?:her|his|their) clothes)\b")
_SUGGEST_MINOR = _rx(
    r"\b(?:(?:hot|dirty|flirty|skimpy)[- ](?:pics?|pictures?|photos?|selfies?|snaps?|photo ?shoots?|content|cam)|"
    r"(?:spicy|steamy|naughty|racy|risque|saucy|sexy|sultry|seductive|sensual|suggestive|provocative|lewd|nsfw|boudoir)[- ](?:pics?|pictures?|photos?|selfies?|snaps?|shots?|photo ?shoots?|shoots?|content|videos?|clips?|"
    r"poses?|posing|dances?|dancing|scenes?|looks?|outfits?|modeling|modelling|show|cam)|"
    r"(?:spicy|steamy|sexy|sultry|seductive|sensual|racy|lewd|nsfw|boudoir)[- ][a-z]+ (?:pics?|pictures?|photos?|selfies?|shots?|"
    r"photo ?shoots?|shoots?|content|videos?|clips?|poses?|scenes?)|thirst ?traps?|only ?fans|"
    r"spicy photos seductive|explicit content|uncensored porn|erotic|striptease|genitals|lingerie|"
    r"(?:posing|poses?|posed) (?:\w+ )?(?:for|in) (?:a |an )?(?:steamy|spicy|sexy|sultry|racy|seductive|boudoir)|"
    r"sexy|sexier|seductive(?:ly)?|sensual(?:ly)?|sultry|lewd\w*|racy|risque|naughty (?:pics?|photos?|video|things|poses?)|"
    r"hot (?:dances?|dancing|videos?|clips?)|virginity|first time with (?:her|his|their|an?|the) (?:\w+ )?(?:teacher|coach|boyfriend|girlfriend|man|uncle|step\w+)|"
    r"(?:pos|danc|strip|perform|film|record)\w* for (?:grown[- ]ups|grown (?:men|man)|older men|adult (?:men|viewers|audiences?)|adults)|"
    # euphemisms for sex: with a minor in the prompt, any of them is enough (zero tolerance)
    r"(?:grown[- ]up|adult) (?:bedroom )?(?:things|stuff|games|activities)|bedroom (?:things|stuff|games|activities|scenes?)|"
    r"compromising (?:positions?|situations?|scenes?|photos?|videos?)|(?:get|gets|getting|got) intimate|intimate with|intimacy|"
    r"private (?:shows?|sessions?)|(?:webcam|cam) shows?|wild nights?|one[- ]night stands?|hook(?:s|ing|ed)? up with|"
    r"(?:sleep|sleeps|sleeping|slept) (?:together|with (?:a|an|her|his|the|their) (?:\w+ )?(?:man|woman|stranger|adult|teacher|boyfriend|girlfriend|uncle|coach))|"
    r"(?:in|into) bed with|explor\w* (?:each other'?s?|her|his|their) bod(?:y|ies)|fondl\w*|"
    r"touch\w* (?:her|him|them|each other) (?:inappropriately|all over|under)|"
    # nudity, virginity, voyeurism and prostitution in other words
    r"(?:with|wearing|has|had|have) nothing on|nothing (?:left )?to the imagination|bod(?:y|ies) on (?:display|show)|"
    r"showing (?:off (?:her|his|their) bod(?:y|ies)|(?:it )?(?:all|everything)(?= *(?:$|\|\||[,.;!]|to (?:the )?(?:camera|him|men)|on (?:camera|cam|webcam))))|"
    r"(?:having|has|had|lose|loses|losing|lost) (?:her|his|their) first time(?= *(?:$|\|\||[,.;!]|with))|"
    r"(?:film|record|spy|spie|peep|watch)\w* (?:\w+ ){0,3}(?:in|inside|through) (?:the |a )?(?:changing|dressing|shower) ?rooms?|"
    r"hidden cam\w* in (?:the |a )?(?:bathroom|shower|changing room|locker room|bedroom)|upskirt\w*|peeping toms?|"
    r"servic\w* (?:a |the |older |adult )?(?:customers?|clients?|men|man|johns?)|for my (?:private |personal )?collection|"
    r"escort (?:service|agency|work|girl|boy)s?|work\w* as (?:an? )?escort)\b")
_ADULT_PAIR = _rx(r"\b(?:grown|older|adult|middle-aged|old) (?:man|woman|men|women|guy|lady|stranger)s?\b|\ban adult\b|"
                 r"\b(?:step-?(?:dad|father|mom|mother|brother)|uncle|teacher|coach|principal|sugar (?:daddy|daddies|mommy))s?\b|"
                 r"\b(?:[2-9]\d)[- ]?years?[- ]?olds?\b")
_INTIMATE = _rx(r"\b(?:in bed|bed together|bedroom|romantic\w*|romance|kiss\w*|date|dating|lovers?|love scene|intimate\w*|"
                r"alone together|hotel room|honeymoon|making out|cuddl\w*|caress\w*|married|bride|"
                r"(?:shower|bath|bathtub|hot tub) together|together in (?:the|a) (?:shower|bath|bathtub|hot tub)|wild night|after hours)\b")
# With a minor, enough without an adult named.
_WEDDING_NIGHT = _rx(r"\b(?:wedding night|consummat\w*)\b")
_ART = _rx(
    r"\b(?:statues?|sculptures?|sculpted|marble|bronze|classical|renaissance|greek god|roman|michelangelo|"
    r"david|venus|museum|gallery|fresco|louvre|uffizi|bust of|figure drawing|life drawing|anatomy (?:class|lesson|textbook)|"
    r"medical (?:illustration|diagram)|botticelli|rodin|titian|rubens)\b")
_NUDE_WEAK_ONLY = _rx(r"\b(?:topless|breasts|nipples?|bare (?:bottom|butt|skin all over)|buttocks)\b")
_FEMALE = _rx(r"\b(?:woman|women|girls?|lady|ladies|female|her|she|model|actress|wife|girlfriend)\b")

# violence
_GORE_HARD = _rx(
    r"(?<!al )\b(?:gore(?!-?tex)|gory|gorey|gruesome|grisly|disembowel\w*|dismember\w*|decapitat\w*|behead\w*|"
    r"eviscerat\w*|mutilat\w*|severed (?:heads?|limbs?|arms?|legs?|fingers?|hands?)|entrails|"
    r"intestines (?:spill\w*|hanging|pulled|out)|guts (?:spill\w*|hanging|out|everywhere)|"
    r"brains? (?:splatter\w*|blown out|spill\w*|on the wall)|blow(?:s|ing)? (?:his|her|their) brains out|"
    r"skull (?:crushed|smashed|caved)|head (?:explod\w*|blown off|smashed in)|slit(?:s|ting)? (?:his|her|their|a man'?s|a woman'?s|the) throats?|"
    r"throats? (?:slit|cut)|flay(?:ed|ing) alive|skinn(?:ed|ing) alive|burn(?:ed|t|ing) alive|"
    r"snuff (?:film|video|movie)|tortur(?:e|es|ing)\b|tortured (?:man|woman|men|women|prisoners?|person|people|victims?|captives?|hostages?|bod(?:y|ies)|to death)|"
    r"being tortured|waterboard\w*|genital mutilation|"
    r"mass shootings?|school shootings?|(?:school|mass|church|mosque|synagogue|mall|campus) shooters?|shooting spree|spree killing|mass murder\w*|massacr\w*|genocide|"
    r"ethnic cleansing|terror(?:ist)? attacks?|terrorists? (?:attack\w*|bomb\w*|shoot\w*|kill\w*|execut\w*|slaughter\w*)|"
    r"suicide bomb\w*|firing squad|public execution|execution (?:video|footage|of (?:a|the) (?:hostage|prisoner|man|woman))|"
    r"execut(?:es|ing|ed) (?:a|the) (?:\w+ )?(?:hostage|prisoner|captive|civilian)s?|hostages? (?:being )?execut\w*|"
    r"lynch(?:ed|ing|ings)|shoot(?:s|ing)? up (?:a|the) (?:school|church|mosque|synagogue|mall|concert|classroom)|"
    r"open\w* fire (?:on|at|in|into) (?:a |the )?(?:crowd|students|children|worshippers|shoppers|people|concert|school|classroom|church|mosque|synagogue)|"
    r"(?:kills?|killing|slaughter\w*|murder\w*|shoot\w*|gun\w* down) (?:dozens|hundreds|many|all the|every) (?:of )?(?:people|students|children|civilians|worshippers|kids)|"
    r"bodies (?:piled|pile|stacked|everywhere|in the streets)|piles? of (?:dead )?(?:bodies|corpses)|"
    r"beat(?:en|ing)? to death|hack(?:ed|ing|s)? to death|stoned to death|"
    r"(?:tear|rip)(?:s|ping|ing)? (?:out|off) (?:his|her|their) (?:eyes|limbs|heart|skin)|"
    r"chopp(?:ed|ing|s)? off (?:his|her|their|a man'?s|a woman'?s|a person'?s) (?:heads?|arms?|legs?|limbs?|fingers?|hands?)|"
    r"cannibal(?:s|ism)?\b|eat(?:s|ing)? (?:a |the )?(?:human|person|man|woman|people) alive|9/?11 (?:attack|planes?)|"
    r"planes? (?:hitting|crashing into) the (?:twin )?towers|"
    r"gas chambers? (?:with|full of) (?:people|bodies|prisoners)|"
    r"(?:isis|al-?qaeda|cartel) (?:execution|beheading|killing)s?|"
    r"(?:beat|hack|stab|stomp|club|bludgeon|kick|ston(?:e|es|ed|ing)|strangl|chok|tortur)\w* (?:\w+ ){0,3}to death|"
    r"(?:skinn|flay)\w* (?:\w+ ){0,3}alive|"
    r"burn(?:s|ed|t|ing)? (?:\w+ ){0,3}alive|blow\w* up (?:a |the )?\w+(?: \w+)? full of (?:children|people|passengers|students|kids|civilians)|"
    r"gun\w* down (?:\w+ ){0,2}(?:worshippers|students|children|people|civilians|protesters|shoppers|kids|pedestrians)|"
    r"stab\w* (?:\w+ ){0,3}repeatedly|repeatedly stab\w*|"
    r"shoot\w* (?:a |the )?(?:man|woman|person|prisoner|child|civilian|him|her|hostage|victim) in the (?:head|face)|"
    r"attack\w* on (?:a |the )?(?:mosque|church|synagogue|school|crowd|concert|temple|kindergarten)|"
    r"public hanging|hang(?:ed|ing) in public|"
    r"(?:face|skull|head)s? (?:\w+ ){0,2}(?:smashed|crushed|caved|bashed|split open|stomped)|"
    r"(?:beat|stab|strangl|chok|kick|drown|burn|stomp|hit|punch)\w* (?:\w+ ){0,6}until (?:he|she|they|it) (?:dies|die|died|is dead|are dead|stops? (?:moving|breathing))|"
    r"(?:man|woman|person|people|child|prisoner|him|her|them|victim)s? (?:being |is |are )?set on fire|set(?:s|ting)? (?:a|the) (?:man|woman|person|child|prisoner|victim) on fire|self-?immolat\w*|"
    r"bullets? (?:\w+ ){0,2}(?:entering|through|into|hitting|piercing|tearing) (?:a |the |his |her )?(?:man'?s |woman'?s |person'?s |child'?s )?(?:skull|head|face|brain|eye|throat)|goug\w* out (?:\w+ ){0,2}eyes?|"
    r"heads? (?:cut|chopped|sliced|hacked|sawn|sawed) off|(?:cut|chop|slice|hack|saw)\w* off (?:his|her|their|someone'?s|a man'?s|a woman'?s|the prisoner'?s) heads?|"
    r"(?:car|truck|van)s? (?:plow|plough|ram|mow)\w* (?:into|through|down) (?:a )?(?:crowd|pedestrians|people|protesters))\b")
# Hard terms a neutral history/documentary frame does not excuse.
_GORE_GRAPHIC = _rx(r"\b(?:gore|gory|gruesome|tortur\w*|behead\w*|decapitat\w*|dismember\w*|eviscerat\w*|bodies|corpses|entrails|guts|brains|throat)\b")
_INJURY = _rx(
    r"\b(?:blood(?:y|ied|stained)?(?! (?:mary|marys|orange|oranges|moon|type|test|sample|drive|donation|bank|pressure|cells?|vessels?|sugar))|"
    r"bleeding|bleeds?|wounds?|wounded|stab(?:s|bing|bed)?|shot dead|shoots? (?:a|the) (?:man|woman|person|people|civilian|child|victim)|"
    r"shot in the (?:head|face|chest)|shoot\w* (?:\w+ ){0,2}(?:people|civilians|students|worshippers|shoppers|children|kids|pedestrians|protesters)|murder(?:s|ed|ing)?|kill(?:s|ing|ed)? (?:a|the|his|her|their) (?:man|woman|person|people|family|child|wife|husband|victim|civilian|prisoner)|"
    r"corpses?|dead bod(?:y|ies)|brutal(?:ly)? (?:beat\w*|attack\w*|murder\w*|kill\w*)|"
    r"beat(?:s|ing)? (?:a|the) (?:man|woman|person|homeless|child|victim)|strangl\w*|"
    r"gunshot wounds?|bullet holes? in (?:his|her|their|a|the) (?:head|chest|body)|"
    r"maim\w*|burn(?:ing|ed) (?:a|the) (?:man|woman|person|people)|slaughter(?:ed|ing)?|"
    r"pools? of blood|covered in blood|blood[- ](?:soaked|splatter\w*|spatter\w*|gushing|spurting|everywhere)|bleed(?:s|ing)? out|"
    r"rampage|impal(?:ed|ing)|buried alive|"
    r"(?:bomb|explosion|blast)s? (?:\w+ )?(?:explod\w*|goes off|going off|detonat\w*|rips? through)? ?(?:in|at|inside|near) (?:a |the )?(?:crowded |busy |packed |full )?"
    r"(?:crowd|market|school|bus|mosque|church|synagogue|temple|mall|station|concert|stadium|square|subway|train|cafe|restaurant|wedding)|"
    r"(?:people|persons?|man|men|woman|women|kids|students|children|civilians|victims?|prisoners?) (?:\w+ ){0,2}(?:getting|being|were|was) "
    r"(?:shot|stabbed|killed|murdered|executed|beheaded|slaughtered|massacred|gunned down|blown up))\b")
_REAL = _rx(
    r"\b(?:realistic(?:ally)?|photo-?real\w*|hyper-?real\w*|real life|real-life|footage|cctv|security cam\w*|"
    r"body ?cam\w*|dash ?cam|phone (?:video|footage)|live ?stream\w*|livestream\w*|leaked|uncensored|"
    r"graphic(?:ally)?(?! (?:design|novel|designer|tee|t-shirt|style|art|poster))|real(?! estate| time)|"
    r"pov|first[- ]person|caught on camera|lifelike|gopro|real footage|actual)\b")
_REAL_STRONG = _rx(
    r"\b(?:cctv|security cam\w*|body ?cam\w*|dash ?cam|live ?stream\w*|livestream\w*|leaked|uncensored|"
    r"graphic(?:ally)?(?! (?:design|novel|designer|tee|t-shirt|style|art|poster))|pov|first[- ]person|caught on camera|gopro)\b")
_DOC_STYLE_ONLY = _rx(r"\b(?:documentary[- ]style|found footage|mockumentary)\b")
_DOC = _rx(
    r"\b(?:documentar\w*|history|historical|historic|archival|archive|memorial|museum|remembrance|"
    r"commemorat\w*|anniversary|lecture|textbook|educational|lesson|reenactment|re-enactment|"
    r"survivors?|wreath|monument|tribute)\b")
_STYLISED = _rx(
    r"\b(?:cartoon\w*|animated|animation|claymation|clay|stop[- ]motion|pixar|disney|looney tunes|"
    r"slapstick|anime|manga|chibi|lego|puppets?|muppets?|toy|toys|plush|video game|minecraft|roblox|"
    r"nerf|water guns?|water pistols?|paintball|laser tag|pillow fight|snowball fight|food fight|"
    r"comic|cute|watercolou?r|crayon|doodle)\b")
_CONTEXT_OK = _rx(
    r"\b(?:boxing|boxers?|mma|ufc|wrestl\w*|kickbox\w*|karate|judo|fencing|sword ?fights?|swords?|knights?|duel|sparring|"
    r"martial arts|football|rugby|hockey|sports?|tournament|referee|fight scene|stunt\w*|"
    r"surg\w*|operating (?:room|table|theater|theatre)|hospital|doctors?|nurses?|medic(?:al|s)?|paramedics?|"
    r"first aid|veterinar\w*|vets?|butcher\w*|kitchen|chef|cooking|steak|meat|hunters?|hunting|deer|"
    r"zombies?|vampires?|halloween|haunted|horror (?:movie|film)|movie set|makeup (?:artist|effects)|fake blood|"
    r"special effects|sfx|props?|costumes?|ketchup|tomato|paint|nosebleed|"
    r"papercut|paper cut|photograph\w*|photo ?shoot|scraped knee|mosquito|leech|detective|mystery|murder mystery|crime (?:drama|novel|show))\b")

# self-harm
_SELF_HARM_HARD = _rx(
    r"\b(?:suicid(?:e|al|es)|kill(?:s|ing|ed)? (?:my|him|her|them|your|our)sel(?:f|ves)|"
    r"end(?:s|ing)? (?:my|his|her|their|your) (?:own )?life|"
    r"self[- ]?harm\w*|self[- ]?injur\w*|self[- ]?mutilat\w*|self[- ]?inflicted|"
    r"(?:drown|hang|shoot|stab|poison|starv|strangl|suffocat|gas)\w* (?:my|him|her|them|your)sel(?:f|ves)|"
    r"(?:cut|burn|hurt|harm|injur|scratch|hit)\w* (?:my|him|her|them|your)sel(?:f|ves) (?:on purpose|deliberately|intentionally|again and again|repeatedly|to feel|with (?:a )?(?:razor|blade|knife|lighter|cigarette|glass))|"
    r"(?:cut|slic|slash|carv|burn|stab)\w* (?:my|his|her|their|your) own (?:arms?|wrists?|skin|thighs?|legs?|body|throat)|"
    r"(?:cut|slic|slash|carv)\w* (?:my|his|her|their|your) (?:forearms?|wrists?|thighs?)|"
    r"(?:tak|end)(?:e|es|ing|s)? (?:my|his|her|their|your) (?:own )?li(?:fe|ves)|"
    r"hanging by (?:the|his|her|their) neck|(?:body|corpse) hanging from|hanging from a (?:noose|ceiling fan|rafter|beam)|"
    r"hanging from a rope in (?:his|her|their|a) (?:bedroom|room|garage|closet|basement|attic)|"
    r"cut(?:s|ting)? (?:my|his|her|their|your|own|the) (?:own )?wrists?|"
    r"(?:slit|slash|slice)\w* (?:my|his|her|their|your|own|the) (?:own )?wrists?|wrists? (?:slit|slashed|cut|bleeding)|"
    r"(?:razor|blade|knife|shard|scissors)\w* (?:on|to|against|across|into) (?:my|his|her|their|the|own) (?:wrists?|forearms?|arms?|skin|thighs?)|"
    r"hang(?:s|ing|ed)? (?:my|him|her|them|your)sel(?:f|ves)|noose around (?:my|his|her|their|a) neck|"
    r"jump(?:s|ing|ed)? to (?:my|his|her|their) deaths?|(?:about to|going to|wants? to|trying to) jump off (?:a|the) (?:bridge|building|roof|ledge|cliff)|"
    r"overdos(?:e|es|ing|ed) on (?:pills|sleeping pills|medication|painkillers)|swallow(?:s|ing|ed)? (?:a )?(?:handful|bottle|whole bottle) of pills|"
    r"pro[- ]?ana|pro[- ]?mia|thinspo\w*|bonespo|meanspo|starv(?:e|es|ing) (?:my|him|her|them|your)sel(?:f|ves)|"
    r"(?:make|making|made|makes) (?:my|him|her|them|your)sel(?:f|ves) (?:throw up|vomit|puke)|purg(?:e|es|ing) after (?:eating|meals|every meal)|"
    r"anorexi\w* (?:tips|goals?|motivation|inspiration)|"
    r"how to (?:hide (?:cuts|scars|self-?harm|not eating|an eating disorder|weight loss)|starve|stop eating|purge|lose \d+ ?(?:lbs|pounds|kg) in)|"
    r"(?:painless|easiest|quickest|best) ways? to (?:die|kill (?:my|your)self)|want(?:s)? to die|wanting to die|"
    r"cutting scars|fresh cuts on (?:my|his|her|their) (?:arms?|wrists?|thighs?)|burn(?:s|ing)? (?:my|him|her|them)sel(?:f|ves) with|"
    r"cutting wrists|carv\w* (?:\w+ ){0,3}into (?:my|his|her|their|your) (?:own )?(?:arms?|skin|wrists?|thighs?|legs?)|"
    r"burn\w* (?:my|his|her|their|your) (?:own )?(?:arms?|skin|wrists?|thighs?|hands?|legs?) (?:with|on purpose)|"
    r"(?:cut|slic|slash|carv)\w* (?:my|his|her|their|your) (?:own )?(?:arms?|forearms?|thighs?|skin|legs?) (?:with|using) (?:a |the )?(?:razor|blade|knife|shard|glass|scissors)|"
    r"(?:tips|guide|motivation|inspiration|encouragement) (?:for|to) (?:anorexi|bulimi|starv|purg)\w*|"
    r"shoot\w* (?:my|him|her|them|your)sel(?:f|ves)|jump\w* off (?:a|the) \w+ to (?:my|his|her|their) deaths?|thinspiration|jump\w* off (?:a|the) \w+ to (?:die|end (?:it|my life|his life|her life))|"
    r"(?:die|death) by suicide|unaliv\w*|sewer ?slide|better off dead|end(?:s|ing)? it all|kms\b|kys\b|final exit|"
    r"never wake up again|go to sleep forever|"
    r"painless way to die|best way to die|"
    r"(?:hid|hide|hides|hiding|conceal\w*|cover\w* up) (?:\w+ ){0,2}(?:her|his|their|my|your) (?:cuts|cutting|self-?harm\w*|self-?harm scars|cutting scars|razor|blades?)|how to hide cuts|(?:not|no longer) (?:be|being) (?:here|alive) anymore)\b")
_TRAIN_JUMP = _rx(
    r"\b(?:jump|throw|threw|step|stepp|leap)\w* (?:himself |herself |myself |themselves |yourself )?(?:in front of|under|before) (?:a|an|the) "
    r"(?:oncoming |moving |speeding )?(?:train|subway|metro|tube)s?\b|\bthrowing himself in front of a train\b")
_TRAIN_OK = _rx(r"\b(?:stunt\w*|action (?:movie|film|scene)|superhero\w*|rescu\w*|sav(?:e|es|ing|ed)|push\w* (?:\w+ ){0,3}out of the way|"
                r"toy|model train|train set|lego|cartoon\w*|animated|pigeons?|birds?|dogs?|cats?|deer)\b")
_SELF_HARM_OK = _rx(
    r"\b(?:suicide (?:prevention|hotline|helpline|awareness|squad|doors?|bomb\w*|mission|run|king|vest)|"
    r"prevent(?:ing)? suicide|crisis (?:line|hotline|counselor)|helpline|hotline|support group)\b")
_SELF_HARM_PUSH = _rx(r"\b(?:how to|tips|pro-?ana|thinspo\w*|encourag\w*|glamori[sz]\w*|romantici[sz]\w*|beautiful|aesthetic)\b")

# hate
_HATE_SYMBOL = _rx(
    r"\b(?:swastikas?|nazi (?:flags?|salute|symbols?|banners?|uniforms?|rally|rallies|propaganda)|heil hitler|sieg heil|hitler salute|"
    r"white power(?! (?:cable|cord|bank|adapter|supply|button|outlet|strip|socket|plug|lines?))|white suprem\w*|white pride|14 ?words|ku klux klan|kkk|burning cross\w*|cross burning|"
    r"neo-?nazis?|aryan (?:nation|brotherhood|race)|master race|third reich glory|ss (?:bolts|runes)|"
    r"totenkopf|isis (?:flags?|propaganda|recruitment)|jihadi (?:propaganda|recruitment)|"
    r"hamas (?:propaganda|recruitment)|al-?qaeda (?:propaganda|recruitment)|atomwaffen|"
    r"black sun symbol|sonnenrad|final solution|hitler (?:as a hero|is right|was right)|"
    r"glorif\w* (?:hitler|the nazis|nazis|the holocaust|terroris\w*|the kkk|isis|the 9/11 hijackers|martyrdom|jihad|mass shoot\w*|school shoot\w*|the shooter)|"
    r"celebrat\w* (?:of )?the holocaust|glorif\w* (?:\w+ ){0,3}(?:genocide|massacre|holocaust|terror\w*|shooters?|killers|nazis|hitler|isis|jihad\w*|martyrs?)|"
    r"(?:cheer|celebrat|glorif)\w* (?:for |as |while )?(?:the )?(?:extermination|genocide|holocaust|gassing|ethnic cleansing|massacre)|holocaust (?:celebration|was good|never happened)|"
    r"holocaust (?:denial|is a (?:hoax|lie|myth)|was (?:a )?(?:hoax|lie|myth|fake|exaggerated)|hoax|never existed|didn'?t happen|did not happen)|den(?:y|ies|ying) the holocaust|"
    r"waffen[- ]?ss|ss (?:officers?|soldiers|troops|divisions?|uniforms?|guards?|men) (?:\w+ ){0,4}(?:heroic|heroes|glorious|glorif\w*|celebrat\w*)|"
    r"(?:glorious|heroic|glorif\w*|celebrat\w*) (?:\w+ ){0,2}ss (?:officers?|soldiers|troops|divisions?|men)|"
    r"(?:nazis?|ss officers?|ss guards?|hitler|the kkk|isis|terrorists?|jihadis?) (?:\w+ ){0,3}(?:as|like) (?:a |the )?(?:glorious |noble |brave )?(?:heroe?s?|saviou?rs?|martyrs?|liberators?))\b")
# Condemnation, news or protest around a hate symbol: shown, not glorified.
_COUNTER = _rx(r"\b(?:arrest\w*|handcuff\w*|convicted|on trial|sentenced|protest\w* against|counter-?protest\w*|anti-?nazi\w*|"
               r"anti-?racis\w*|anti-?fascis\w*|condemn\w*|news (?:report|footage|anchor)|removed|removing|painting over|"
               r"scrubb\w* off|defeat\w*|surrender\w*|liberat\w*|former (?:neo-?nazis?|skinheads?|extremists?|members?|jihadis?)|"
               r"leav\w* the movement|left the movement|deradicali\w*)\b")
_RELIGIOUS = _rx(r"\b(?:hindu|hinduism|buddhist|buddhism|jain|diwali|temple|sanskrit|rangoli|religious symbol)\b")
_GROUP_WORDS = (r"jews|jewish people|muslims|arabs|blacks|black people|africans|asians|chinese people|mexicans|latinos|"
                r"hispanics|immigrants|migrants|refugees|gays|gay people|homosexuals|lesbians|trans people|transgender people|"
                r"roma|gypsies|hindus|sikhs|christians|catholics|infidels|whites|white people|women|disabled people")
_HATE_HARD = _rx(
    r"\b(?:gas the jews|(?:kill|murder|exterminate|gas|burn|hang|shoot|lynch|deport|eradicate) (?:all )?(?:the )?(?:" + _GROUP_WORDS + r")|"
    r"death to (?:all )?(?:the )?(?:" + _GROUP_WORDS + r")|"
    r"race war|racial holy war|rahowa|white genocide|"
    r"(?:extremist|terrorist|jihadist|jihadi|nazi|neo-?nazi|white supremacist) (?:propaganda|recruit\w*|manifesto)|"
    r"recruit\w* (?:\w+ ){0,3}(?:for|to join|into) (?:isis|al-?qaeda|the kkk|a terrorist|jihad|the jihad|the nazis|neo-?nazis|a militia)|"
    r"join (?:isis|the jihad|al-?qaeda|the kkk|the caliphate)|jihadist recruitment|"
    r"nigg(?:er|ers|a|as)|kikes?|spics|gooks?|wetbacks?|ragheads?|towelheads?|sand ?niggers?|"
    r"faggots?|trann(?:y|ies)|jungle bunn(?:y|ies)|porch monkeys?|beaners?|"
    r"subhumans?|untermensch\w*|mud ?races?|"
    r"(?:cleans|purif)\w* (?:the |our |this |my )?(?:nation|homeland|fatherland|motherland|race|bloodline|volk)\b|cleanse the nation|"
    r"(?:cleans|purg|rid|clear)\w* (?:the |our |this )?(?:nation|country|land|streets|city|europe|america) of (?:all )?(?:the )?(?:foreigners|immigrants|migrants|jews|muslims|outsiders|"
    r"invaders|minorities|blacks|gays|refugees|arabs|mexicans|roma|gypsies|non-?whites|vermin|filth|parasites))\b")
_GROUP = _rx(
    r"\b(?:jews?|jewish|muslims?|islam|arabs?|black (?:people|men|women|folks|person|children|families)|"
    r"blacks|africans?|african americans?|asians?|chinese people|mexicans?|latinos?|hispanics?|immigrants?|"
    r"migrants?|refugees?|gays?|lesbians?|gay people|homosexuals?|lgbtq?|trans (?:people|women|men|person)|"
    r"transgender|roma|gypsies|gypsy|hindus?|sikhs?|christians?|catholics?|"
    r"indigenous (?:people)?|native americans?|disabled (?:people|person)|women|"
    r"minorit(?:y|ies)|homeless people|indians?|pakistanis?|palestinians?|israelis?)\b")
_DEHUMAN = _rx(
    r"\b(?:exterminat\w*|extermination|vermin|subhuman|sub-human|infest(?!ed with)\w*|"
    r"(?:as|like|are|into) (?:[\w-]+ and |[\w-]+, )?(?:[\w-]+ )?(?:apes|monkeys|rats|pigs|dogs|animals|insects|cockroaches|roaches|vermin|parasites|bats|snakes|locusts|worms|leeches|germs|"
    r"viruses|swine|beasts|a plague|a disease|a virus|filth|"
    r"property|monsters|predators|demons|groomers|pedophiles|savages|terrorists|criminals|thieves)\b|"
    r"(?:are|is) (?:inferior|subhuman|filth|a disease|a plague|evil|the enemy)|"
    r"inferior (?:race|races|people|beings|breed)|should (?:all )?(?:die|be (?:killed|gassed|exterminated|deported|burned|hanged|eradicated|wiped out|shot))|"
    r"gass(?:ed|ing)|burn(?:ing|ed)? (?:them|the \w+) alive|genocide|"
    r"being (?:hunted|lynched|gassed|burned)|hooked nose\w*|big-?nosed|"
    r"celebrat\w* the (?:death|killing|murder)|deserve to die|(?:burn\w*|rot\w*) in hell|deserve (?:death|hell)|invaders?|invasion of|"
    r"(?:cheer\w*|celebrat\w*) (?:for |as |while )?(?:the )?(?:extermination|killing|death|burning|gassing))\b")
_GLORIFY = _rx(
    r"\b(?:cheer\w*|celebrat\w*|glorif\w*|glory|heroic|heroes|hero|proud(?:ly)?|honou?r\w*|salut\w*|rally|rallies|"
    r"propaganda|recruit\w*|join us|waving|triumph\w*|victorious|majestic|epic|inspiring|worship\w*|chant\w*|"
    r"marching|parade|adoring|crowd|beautiful|flying high|tattoo\w*)\b")

_WORSHIP_ATTACK = _rx(
    r"\b(?:mosques?|synagogues?|churche?s?|temples?|gurdwaras?)\b (?:\w+ ){0,2}(?:burn\w*|torched|set on fire|vandali[sz]ed|bombed|"
    r"attacked|destroyed|desecrated|on fire)|\b(?:burn\w*|torch\w*|bomb\w*|attack\w*|destroy\w*|desecrat\w*) (?:a |the )?(?:mosques?|synagogues?|churche?s?|temples?)\b")
# "no gore", "without nudity", "non-graphic": the negated word is dropped before the rules read the text.
_NEGATED = _rx(
    r"\b(?:no|without|not|zero|non|free of|nothing)[- ](?:any |explicit |real |actual |visible |shown )?"
    r"(?:gore|gory|blood|bloody|graphic|violence|violent|nudity|nude|naked|sexual|sex|weapons?|injur\w*)\b(?: shown| visible| at all)?")
_CLEANSING = _rx(r"\b(?:ethnic cleansing|racial purity|race war|extermination)\b")
_GLORIFY_WORDS = _rx(r"\b(?:glorious|glorifying|noble|righteous|necessary|justified|long overdue|we need|call to arms)\b")
_GLORIFY_STRONG = _rx(r"\b(?:glorif\w*|celebrat\w*|heroic|heroes|as a hero|recruit\w*|join us|cheer\w*|triumph\w*)\b")
# General hate mechanisms (no hate keyword needed): a protected group (or "race") with a
# dehumanising comparison, a supremacy/inferiority claim or a conspiracy trope; recruitment or
# praise wording with an extremist movement; denial wording with a genocide.
_GROUP_ANY = _rx(
    r"\b(?:races?|racial|ethnic\w*|bloodlines?|aryans?|white (?:race|people|man|men|europeans|nations?|christians)|whites|"
    r"peoples|jewry|zionists?|elders of zion|hook-?nosed|hooked noses?|globalists?|foreigners|non-?whites|immigrants?|migrants?|hindus?|sikhs?|buddhists?)\b")
_COMPARE = _rx(
    r"\b(?:puppet ?masters?|pull\w* (?:the |their )?strings|useless eaters|leeches|bloodsuckers|a (?:cancer|tumou?r) (?:on|of|in)|cancer (?:on|of)|"
    r"breed(?:s|ing)? like|like rabbits|(?:children|spawn|offspring|servants|agents) of (?:satan|the devil)|mongrel\w*|savages|"
    r"draining (?:society|our|the)|born (?:thieves|criminals|slaves|liars|to serve)|"
    r"(?:as|like|into|are|is|were|compared to|likened to) (?:an? |the |some )?(?:[\w-]+ ){0,2}(?:octopus\w*|tentacles?|dogs?|spiders?|zombies?|snakes?|wolves|hyenas|ants|"
    r"rats?|rodents?|pigs?|swine|apes?|monkeys?|insects?|locusts?|termites?|cockroach\w*|roach\w*|lice|fleas|ticks|maggots|worms?|"
    r"parasit\w*|vermin|beasts?|animals?|plague|disease|virus|infection|contagion|swarm|horde|flood|germs?|bacteria|pests?|"
    r"demons?|devils?|monsters?|freaks?|filth|filthy|weeds?|trash|garbage|rapists|drug dealers|murderers|criminals|thieves|terrorists|invaders))\b")
_SUPREMACY = _rx(
    r"\b(?:(?:is|are|was|were|be|being) (?:a |an |the )?(?:\w+ ){0,2}(?:superior|inferior|lesser)|"
    r"(?:superior|inferior|lesser|pure|impure|mongrel) (?:race|races|people|peoples|beings|breeds?|blood|species|stock)|"
    r"(?:superiority|inferiority|supremacy) of|subhuman|sub-human|genetically (?:inferior|superior|lesser|stupid|criminal)|"
    r"(?:naturally |genetically )?less (?:human|intelligent|evolved|civili[sz]ed)|not (?:fully )?human|master race|pure blood|racial hygiene)\b")
_CONSPIRACY = _rx(
    r"\b(?:control\w* (?:the )?(?:world|media|banks|banking|hollywood|governments?|money|finance|press|news|everything)|"
    r"(?:run|runs|running|own|owns|rule|rules) (?:the )?(?:world|media|banks|hollywood|governments?|everything)|"
    r"secret (?:plan|plot|agenda)|plot to (?:replace|destroy|control)|replace (?:the )?(?:white|native|european|christian)\w*|"
    r"(?:started|start|behind|caus\w*) (?:every|all|both) (?:the )?wars?|behind (?:9/11|the pandemic|covid)|"
    r"poison\w* (?:the )?wells|blood libel|world domination|elders of zion|"
    r"(?:engineer|orchestrat|mastermind|plott|secretly (?:run|control))\w* (?:the )?(?:financial |economic )?(?:crisis|crash|pandemic|wars?|collapse|migration)|"
    r"enslave (?:us|humanity|the world|the white)|(?:control\w*|run\w*|own\w*) (?:\w+ ){0,2}(?:banks|media|hollywood))\b")
_EXTREMIST_MOVE = _rx(
    r"\b(?:islamic state|white nationalis\w*|white separatis\w*|aryan\w*|proud boys|national socialis\w*|ethno-?state|"
    r"neo-?nazi\w*|nazi\w*|isis|al-?qaeda|jihad\w*|kkk|klan\w*|caliphate|atomwaffen|boko haram|white supremac\w*|"
    r"fascist (?:movement|brotherhood|militia)|skinhead\w*|accelerationis\w*|hitler youth|third reich)\b")
_RECRUIT = _rx(
    r"\b(?:join\w*|new members?|new recruits?|recruit\w*|inspir\w*|stirring|call to arms|enlist\w*|sign up|"
    r"become (?:a |one of )?(?:soldiers?|members?|fighters?|warriors?|one of us)|the ranks|brothers|brotherhood|"
    r"rise up|take up arms|our cause|the cause|glorious|heroic|heroes|propaganda|recruitment)\b")
_EXTREMIST_OK = _rx(
    r"\b(?:former|ex-|leav\w* the movement|left the movement|quit\w*|escap\w*|deradicali\w*|defector\w*|"
    r"against|defeat\w*|resist\w* the nazis|liberat\w*|allied|allies|arrest\w*|convicted|sentenced|condemn\w*|"
    r"counter\w*|prevent\w*|awareness|warning signs|how (?:extremists|they) recruit)\b")
_GENOCIDE = _rx(
    r"\b(?:genocide|holocaust|shoah|gas chambers?|srebrenica|nanking|nanjing massacre|holodomor|six million|"
    r"concentration camps?|death camps?|auschwitz|treblinka|massacre\w*|ethnic cleansing)\b")
_DENY = _rx(
    r"\b(?:never happened|didn'?t happen|did not happen|never existed|never took place|(?:is|was|were) (?:a |all )?(?:myth|hoax|lie|lies|fake|faked|staged|fabricated|invented|exaggerated|propaganda)|"
    r"(?:greatly |wildly |grossly )?exaggerated|hoax|staged|fabricat\w*|made up|invented by|nobody was (?:killed|massacred|gassed)|"
    r"(?:is|was) a lie|never (?:gassed|killed)|fake)\b")
# A claim being argued ("a documentary proving ...") is not a history frame.
_CLAIM = _rx(r"\b(?:prov(?:e|es|ing)|expos\w*|the truth|(?:show|shows|showing) (?:that|how|why)|explain\w* why|argu\w*|reveal\w*|real reason)\b")


def _framed(text: str, doc, glorify) -> bool:
    """A real documentary/history/museum frame, nothing glorified, no claim argued."""
    return bool(doc) and not _DOC_STYLE_ONLY.search(text) and not glorify and not _CLAIM.search(text)


_DENY_OK = _rx(r"\b(?:denial|deniers?|debunk\w*|fact[- ]?check\w*|refut\w*|counter\w*|combat\w*|spreads?|survivors?|memorial|remembrance)\b")

# weapons
_INSTRUCT = _rx(
    r"\b(?:how (?:to|do i|do you|can i|would i|one would)|how-?to|howto|guide|step[- ]by[- ]step|steps (?:to|for)|ingredients and|tutorial|instructions?|"
    r"instructional|guide to|recipe|recipes|blueprints?|schematics?|diy|do it yourself|homemade|home-?made|"
    r"make (?:your|my) own|(?:teach|show|explain)(?:es|s|ing)? (?:me |you |viewers |people )?(?:how|the steps)|"
    r"demonstrat\w* how|walkthrough|assembly (?:guide|video)|ingredients (?:for|to|of)|materials needed|"
    r"list of (?:materials|ingredients|chemicals|precursors)|precursors?|measurements|detailed process|process of (?:making|building|synthesi\w*|cooking))\b")
_MAKE = _rx(
    r"\b(?:mak(?:e|es|ing)|made|build\w*|built|assembl\w*|construct\w*|manufactur\w*|synthesi[sz]\w*|cook\w*|brew\w*|"
    r"produc\w*|print\w*|3d[- ]?print\w*|homemade|home-?made|press\w*|convert\w*|extract\w*|mill\w*|machin(?:e|ing) (?:a|the)|craft\w*|refin\w*|"
    r"recipe|precursors?|ingredients|blueprints?|schematics?)\b")
_WEAPON_A = _rx(  # any instruction cue is enough
    r"(?<!bath )(?<!seed )(?<!glitter )(?<!photo )(?<!smoke )(?<!yarn )(?<!flavor )(?<!cherry )(?<!stink )(?<!water )"
    r"\b(?:bombs?|pipe ?bombs?|pressure cooker bombs?|nail bombs?|fertili[sz]er bombs?|car bombs?|"
    r"dirty bombs?|suicide vests?|explosives|explosive (?:devices?|charges?|vests?|materials?)|ieds?|grenades?|"
    r"molotovs?|molotov cocktails?|detonators?|blasting caps?|napalm|c-?4|semtex|tnt|dynamite|tatp|"
    r"acetone peroxide|hmtd|nitroglycerine?|ammonium nitrate|anfo|thermite|"
    r"nerve (?:agents?|gas)|sarin|vx|tabun|novichok|mustard gas|chlorine gas|poison gas|toxic gas|"
    r"ricin|anthrax|botulinum|bio-?weapons?|biological weapons?|chemical weapons?|weaponi[sz]\w*|"
    r"ghost guns?|untraceable (?:guns?|firearms?|weapons?|rifles?|pistols?)|3d[- ]?print(?:ed|ing)? (?:guns?|firearms?|pistols?|rifles?|receivers?)|"
    r"(?:guns?|pistols?|rifles?|firearms?) (?:with|on) a 3d printer|lower receivers?|auto ?sears?|full[- ]auto conversion|"
    r"zip guns?|(?:improvised|homemade|home-?made|diy) (?:\w+ )?(?:weapons?|firearms?|explosives?|bombs?|grenades?))\b")
_WEAPON_B = _rx(  # needs a making verb too
    r"\b(?:guns?|pistols?|rifles?|firearms?|silencers?|suppressors?|machine guns?|assault rifles?|ar-?15s?|ak-?47s?|"
    r"meth|methamphetamines?|crystal meth|crack|cocaine|heroin|fentanyl|carfentanil|lsd|mdma|ecstasy|"
    r"ghb|pcp|opioids?|drugs|narcotics|amphetamines?|ketamine|dmt|poisons?|flamethrowers?|tasers?|crossbows?)\b")
_WEAPON_HARD = _rx(
    r"\b(?:ghost guns?|untraceable (?:guns?|firearms?|pistols?|rifles?)|3d[- ]?print(?:ed|ing|s)? (?:a |an |the |my |your )?(?:\w+ )?(?:guns?|firearms?|pistols?|rifles?|receivers?|glocks?|glock frames?|pistol frames?|lower receivers?|ar-?15 lowers?)|"
    r"(?:cook|cooks|cooking|brew\w*|synthesi[sz]\w*|manufactur\w*|mak(?:e|es|ing)) (?:crystal )?(?:meth|methamphetamine|fentanyl|heroin|crack cocaine|lsd|mdma|sarin|nerve agents?|ricin|anthrax|tatp)|"
    r"(?:synthesis|synthesizing|synthesising|production|manufacture|extraction) of (?:meth\w*|fentanyl|heroin|cocaine|lsd|mdma|sarin|vx|ricin|tatp|nerve agents?|explosives)|"
    r"(?:build|make|making|building|assembl\w*|construct\w*) (?:a |an |the |your own )?(?:homemade )?(?:pipe bomb|bomb|ied|suicide vest|explosive device|dirty bomb|nail bomb|molotov cocktail|molotov)s?|"
    r"(?:meth\w*|fentanyl|heroin|cocaine|lsd|mdma|sarin|vx|ricin|tatp|nerve agents?) (?:synthesis|production|manufactur\w*|recipe|cook\w*|lab)|"
    r"meth lab|drug lab|bomb[- ]making|weaponi[sz](?:e|ing) (?:anthrax|smallpox|a virus|a pathogen|ricin|botulinum|plague|bird flu)|"
    r"(?:culture|grow|release)\w* (?:anthrax|smallpox|ricin)|"
    r"cook\w* (?:up )?(?:a |another |the |some |my |our )?(?:batch(?:es)? of |fresh )?(?:crystal|crank|blue crystal|meth)\b(?! (?:clear|ball|glasses|bowls?|jars?|noodles|vases?|dumplings|shrimp))|"
    r"cook\w* (?:up )?(?:a |another |the )?batch(?:es)? (?:of )?(?:crystal|meth|crank|ice|glass|dope|blue|product|fent|fentanyl)|"
    r"(?:finish|mill|machin|complet|drill|jig)\w* (?:out )?(?:an? |the |my |your )?80 ?(?:%|percent|per cent|pct) (?:lower|receiver|frame|polymer)\w*|"
    r"80 ?(?:%|percent|per cent) (?:lower|receiver|frame)s? (?:jig|build|kit|into|to a)|"
    r"auto ?sears?|drop[- ]in (?:auto )?sears?|glock (?:switch|auto sear|conversion)\w*|switch(?:es)? (?:on|for) (?:a |the |my |your |his )?glock|"
    r"(?:install|put|add|attach|fit|mount)\w* (?:an? |the )?(?:switch|auto ?sear|sear)\w* (?:on|in|into|to) (?:a |the |my |your |his )?(?:glock|ar-?15|ar|ak-?47|ak|pistol|rifle|gun|handgun)|"
    r"(?:convert|make|making|turn)\w* (?:\w+ ){0,3}(?:rifle|gun|glock|pistol|ar-?15|ak-?47|semi-?auto\w*|weapon|firearm)s? (?:\w+ ){0,2}(?:to|into|go) (?:a )?(?:full[- ]?auto|fully automatic|machine ?guns?|select[- ]fire)|"
    r"(?:make|making|turn\w*) (?:a |an |the |my |your |his )?(?:rifle|gun|glock|pistol|ar-?15|ak-?47|semi-?auto\w*|weapon|firearm)s? (?:full[- ]?auto|fully automatic)|"
    r"full[- ]?auto (?:conversion|switch|kit|sear))\b")
_WEAPON_OK = _rx(
    r"\b(?:disarm\w*|defus\w*|bomb squad|bomb disposal|safely dispos\w*|sniffer dogs?|anti-?drug|say no to|drug-free|"
    r"addiction (?:support|recovery)|rehab\w*|minecraft|video game|fortnite|roblox|terraria|in game|bath bombs?|"
    r"water gun|nerf|toy guns?|cap guns?|prop guns?|replica|cake|cocktail recipe|lego)\b")

_WEAPON_A_STRONG = _rx(
    r"\b(?:pipe ?bombs?|ieds?|nerve (?:agents?|gas)|sarin|vx|tabun|novichok|ricin|anthrax|tatp|napalm|dirty bombs?|"
    r"suicide vests?|ghost guns?|nitroglycerine?|mustard gas|chlorine gas|detonators?|nail bombs?|pressure cooker bombs?|"
    r"car bombs?|letter bombs?|molotov cocktails?|bio-?weapons?|biological weapons?|chemical weapons?)\b")
_INTENT = _rx(
    r"\b(?:to (?:hurt|kill|harm|poison|attack|injure|murder|maim|gas) (?:people|someone|somebody|a person|him|her|them|my|the|a crowd|many|everyone|others)|"
    r"for (?:an|a terrorist|the) attack|mass casualt\w*|to use on people|without getting caught|untraceabl\w*)\b")
_AGENT = _rx(r"\b(?:poisons?|toxins?|toxic|gas|chemicals?|explosives?|bombs?|pathogens?|weapons?|guns?)\b")
_DANGER = _rx(  # what else a weapons request names: the head's weapons output needs one of these or the above
    r"\b(?:ammo|ammunition|gunpowder|black powder|firearms?|detonat\w*|fuses?|nitrates?|peroxides?|precursors?|"
    r"nerve|pathogens?|narcotics?|opioids?|pills?|substances?|lethal|deadly|shrapnel|blast|kill\w*|murder\w*|"
    r"launchers?|rpgs?|landmines?|claymores?|warheads?|mortars?|molotov\w*|(?:land|anti-?personnel|directional) mines?|"
    r"hurt\w*|harm|injur\w*|people)\b")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]")
_GAIN = _rx(
    r"\b(?:pathogens?|virus(?:es)?|bacteri(?:a|um)|anthrax|smallpox|plague|toxins?|flu)\b.{0,60}"
    r"\b(?:spread\w* (?:better|faster|easier|more)|more (?:transmissible|contagious|lethal|deadly|infectious|virulent)|"
    r"enhanc\w* (?:its |the )?(?:transmiss\w*|lethality|virulence|spread)|gain[- ]of[- ]function|weaponi[sz]\w*)"
    r"|\b(?:cultur|grow|breed)\w* (?:a |the )?(?:deadly |dangerous )?(?:pathogens?|virus(?:es)?|bacteri(?:a|um)) (?:so|to|that)\b")
_AT_HOME = _rx(r"\b(?:out of (?:an?|the|some|old|household|common|spare) |from (?:scratch|a kit|household|spare parts|parts)|at home|in (?:my|a|his|her|the|your) (?:kitchen|garage|basement|bathtub|bathroom|trailer|rv|backyard|shed)|home lab|homemade|home-?made)\b")
_EXTREMIST = _rx(
    r"\b(?:nazi\w*|neo-?nazi\w*|hitler|isis|al-?qaeda|jihad\w*|kkk|ku klux klan|white supremac\w*|1488|third reich|"
    r"taliban|hamas|hezbollah|boko haram|atomwaffen|caliphate|great replacement|jewish question|zog|white genocide|14/?88)\b")
_PROPAGANDA = _rx(r"\b(?:propaganda|recruit\w*|glorif\w*|manifesto|join us|join the|heroes|heroic|martyrdom|celebrat\w*)\b")
_ED = _rx(
    r"\b(?:anorexi\w*|bulimi\w*|starv\w*|skip\w* (?:meals|food|eating)|stop(?:ping)? eating|not eating|purg\w*|thinspo\w*|"
    r"pro[- ]?ana|pro[- ]?mia|skin and bones|skeletal|ribs showing|visible ribs|thigh gap|body check\w*|fasting for days)\b")
_ED_PUSH = _rx(
    r"\b(?:motivation\w*|inspiration\w*|inspo|tips|goals?|encourag\w*|promot\w*|glamori[sz]\w*|romantici[sz]\w*|"
    r"challenge|aesthetic|how to|beautiful|perfect body|dream body)\b")
_ED_OK = _rx(r"\b(?:recover\w*|awareness|treatment|documentary|support|therapy|therapist|clinic|doctor|nutritionist|hospital|famine|hunger relief|charity)\b")

# Harm words found inside spaced-out or dotted letter runs ("f e n t a n y l s y n t h e s i s").
_RUN_KEYS = (
    "childporn", "lolicon", "pedophil", "jailbait", "naked", "nude", "porn", "hentai", "blowjob", "masturbat", "sex",
    "behead", "decapitat", "dismember", "torture", "massacre", "shooting", "murder", "gore", "suicide", "selfharm",
    "killmyself", "wrists", "thinspo", "proana", "nazi", "hitler", "swastika", "heilhitler", "siegheil", "jihad",
    "recruitment", "propaganda", "kkk", "pipebomb", "bomb", "explosive", "nerveagent", "sarin", "ricin", "anthrax",
    "fentanyl", "meth", "cocaine", "heroin", "synthesis", "synthesize", "ghostgun", "untraceable", "howtomake",
    "howtobuild", "stepbystep", "tutorial", "child", "kid", "teen", "girl", "boy",
    "hitlerwasright", "hitlerisright", "racewar", "whitepower", "holocausthoax", "holocaust", "hoax", "jointhe", "joinus", "superior", "inferior", "vermin",
)
# Run keys read as their words (so the phrase rules see them).
_RUN_PHRASE = {"racewar": "race war", "whitepower": "white power", "holocausthoax": "holocaust hoax",
               "jointhe": "join the", "joinus": "join us", "siegheil": "sieg heil", "hitlerwasright": "hitler was right", "hitlerisright": "hitler is right", "heilhitler": "heil hitler"}
_JOINED_KEYS = ("racewar", "whitepower", "holocausthoax", "siegheil", "heilhitler")  # glued into one word
_RUN = re.compile(r"(?<![^\W_])(?:[^\W_][ .\-_*·•]{1,2}){4,}[^\W_](?![^\W_])")


def _run_words(original: str) -> list[str]:
    """Keys found in letter runs written with separators between every letter."""
    out: list[str] = []
    for m in _RUN.finditer(original):
        raw = re.sub(r"[ .\-_*·•]", "", m.group(0))
        joined = "".join(normalize(raw).tokens)
        raw = raw.lower()
        for k in _RUN_KEYS:
            if (k in joined or k in raw) and (len(joined) > len(k) or k in _RUN_PHRASE):
                out.append(_RUN_PHRASE.get(k, k))
    return out


# Group names among the cue words: alone they never make the hate head's call.
_GROUP_CUE = _rx(r"(?:jews?|jewish|muslims?|arabs?|asians?|blacks?|mexicans?|immigrants?|migrants?|gays?|lesbians?|transgender|"
                 r"refugees?|roma|women|black people|children|child)")


# Minor words among the cue words: alone (a child, nothing sexual) they never make the head's
# minors or sexual call.
_MINOR_CUE = _rx(r"(?:child|children|kids?|teens?|teenage\w*|girls?|boys?|little|young|underage|minors?|schoolgirls?|"
                 r"schoolboys?|school|toddlers?|bab(?:y|ies)|preteens?|8th|grader|daughters?|sons?|tweens?)")


# Star-censored words ("n*ked", "b*mb", "p**n"): each star stands for one hidden letter.
_STAR_KEYS = tuple(sorted(set("""
    naked nude nudes nudity porn porno pornography sex sexy sexual fucking rape raped raping kill killing killed murder
    murdered bomb bombs bombing suicide suicidal nazi nazis hitler jews jew swastika behead beheading beheaded gore gory
    torture tortured child children kid kids teen teens girl boy little meth cocaine heroin fentanyl blood bloody
    cutting wrists pedo pedophile loli lolicon boobs hentai nsfw xxx lingerie underwear panties explosive explosives
    sarin ricin anthrax isis jihad kkk nigger niggers faggot kike terrorist massacre shooting shooter hanging overdose
    pills anorexia thinspo molest molested orgasm masturbate masturbating genitals nipples breasts stripper strip
    pipe exterminate extermination vermin grenade detonator synthesize synthesis weapon untraceable gun how make build cook
    """.split())))
_BLANKS = "*_#@"
_STAR_WORD = re.compile(r"[^\W\d_]*(?:[*_#@]+[^\W\d_]*)+")
_ENDINGS = ("", "s", "es", "e", "ed", "ing", "er", "ers", "ion", "ions", "ation", "ate", "al", "ly", "y")


@functools.lru_cache(maxsize=1)
def _star_vocab() -> dict[int, tuple[str, ...]]:
    """Every word the rules and the gloss name (stems with their usual endings), by length:
    a censored token is read against all of them."""
    words = set(_STAR_KEYS)
    for name, obj in globals().items():
        src = obj.pattern if isinstance(obj, re.Pattern) else None
        if name in ("_GLOSS_LATIN_RE",) or not src:
            continue
        for m in re.finditer(r"(?<![\\a-z])([a-z]{3,})(\\w\*|\(\?:)?", src):
            w, stem = m.group(1), m.group(2)
            words.update(w + e for e in _ENDINGS) if stem else words.add(w)
    for _, en in _GLOSS_LATIN + _GLOSS_SCRIPT:
        words.update(t for t in en.split() if len(t) >= 3)
    by_len: dict[int, list[str]] = {}
    for w in words:
        by_len.setdefault(len(w), []).append(w)
    return {n: tuple(sorted(ws)) for n, ws in by_len.items()}


@functools.lru_cache(maxsize=4096)
def _star_readings(w: str, letters: int, blanks: int) -> tuple[str, ...]:
    """The rule words a censored token can stand for (a long prompt repeats its tokens)."""
    vocab = _star_vocab()
    for width in (1, 2):
        rx = re.compile("".join(f"[a-z]{{1,{width}}}" if ch in _BLANKS else re.escape(ch) for ch in w))
        lo, hi = letters + blanks, letters + blanks * width
        hits = tuple(k for n in range(lo, hi + 1) for k in vocab.get(n, ()) if rx.fullmatch(k))
        if hits:
            return hits
    return ()


def _star_words(original: str) -> list[str]:
    """The prompt with each censored harm word restored, where a blank (`*`, `_`, `#`, `@`) stands
    for one letter (or, failing that, two): matched against every word of the rule vocabulary.
    One reading restores the word in place; two or three are added as they are."""
    if not any(b in original for b in _BLANKS):
        return []
    text = fold_accents(original.lower())
    out: list[str] = []
    restored = text
    for m in _STAR_WORD.finditer(text):
        w = m.group(0)
        letters = sum(ch.isalpha() for ch in w)
        blanks = len(w) - letters
        if blanks == 0 or letters < 2 or blanks > max(2, letters) or len(w) < 3:
            continue
        hits = _star_readings(w, letters, blanks)
        if len(hits) == 1:
            restored = restored.replace(w, hits[0], 1)
        elif 1 < len(hits) <= 3:
            out.extend(hits)
    if restored != text:
        out.insert(0, restored)
    return out


# Cue words that gate the head in prompts of at most LONG_PROMPT_WORDS words: harm terms of every
# category plus the scene words a paraphrase leans on; a prompt without any is not embedded.
_CUE = _rx(
    r"\b(?:teens?|teenage\w*|toddlers?|minors?|underage|preteens?|"
    r"schoolgirls?|schoolboys?|kindergart\w*|preschool\w*|loli\w*|shota\w*|jailbait|pedo\w*|"
    r"naked|nude|nudity|nudes|sex|sexy|sexier|sexual\w*|sexting|porn\w*|erotic\w*|lingerie|underwear|panties|bra|bikini|thong|breasts?|nipples?|"
    r"genital\w*|stripp\w*|striptease|undress\w*|clothes|towel|seduc\w*|sensual\w*|provocativ\w*|suggestiv\w*|"
    r"aroused|lust\w*|lewd|nsfw|hentai|xxx|topless|intimate|revealing|sultry|spicy|kinky|bdsm|bondage|fetish\w*|"
    r"masturbat\w*|orgasm\w*|twerk\w*|bed|bedroom|bath|shower|body|bodies|touch\w*|kiss\w*|"
    r"blood\w*|gore|gory|kill\w*|murder\w*|dead|death|die|dies|dying|corpses?|wounds?|stab\w*|guns?|gunm[ae]n|gunfire|"
    r"gunshots?|shooting|shoots|knife|knives|machete|axe|chainsaw|weapons?|tortur\w*|execut\w*|behead\w*|decapitat\w*|"
    r"dismember\w*|mutilat\w*|massacr\w*|slaughter\w*|attack\w*|terror\w*|hostages?|victims?|violen\w*|brutal\w*|"
    r"beaten|beating|waterboard\w*|lynch\w*|hanging|hanged|hangs|burned|burning|crush\w*|smash\w*|"
    r"bombs?|bombing|explo(?:de|des|ded|ding|sion|sions|sive|sives)|grenades?|ieds?|napalm|molotov|thermite|detonat\w*|"
    r"chemical\w*|poison\w*|toxi\w*|gas|sarin|ricin|anthrax|nerve|pathogens?|virus|plague|drugs?|meth|cocaine|heroin|"
    r"fentanyl|pills?|overdos\w*|synthesi\w*|silencer|suppressor|untraceable|printed|"
    r"suicid\w*|wrists?|forearms?|thighs?|razor\w*|blades?|scars?|cuts|cutting|noose|ledge|drown\w*|"
    r"starv\w*|skinny|purg\w*|vomit\w*|anorexi\w*|bulimi\w*|ribs|myself|himself|herself|"
    r"themselves|yourself|unalive|"
    r"nazi\w*|hitler|swastika\w*|racis\w*|jews?|jewish|muslims?|arabs?|asians?|blacks?|mexicans?|immigrants?|migrants?|"
    r"gays?|lesbians?|transgender|refugees?|roma|hate\w*|supremac\w*|extremis\w*|propaganda|recruit\w*|"
    r"jihad\w*|isis|kkk|vermin|parasites?|rats|apes|monkeys|cockroach\w*|inferior|exterminat\w*|genocide|depict\w*|"
    r"portray\w*|caricature\w*|riot\w*|rape\w*|abus\w*)\b")


# In long prompts only these wake the head: words that rarely describe an ordinary scene.
_CUE_STRONG = _rx(
    r"\b(?:teens?|teenage\w*|toddlers?|minors?|underage|preteens?|naked|nude|nudity|sex|sexy|sexier|sexual\w*|sexting|porn\w*|erotic\w*|lingerie|"
    r"underwear|panties|stripp\w*|striptease|undress\w*|seduc\w*|sensual\w*|provocativ\w*|suggestiv\w*|aroused|lust\w*|"
    r"lewd|nsfw|hentai|xxx|topless|bloody|bloodied|bleeding|gore|gory|kill|kills|killed|killing|murder\w*|corpses?|stab\w*|"
    r"gunm[ae]n|gunfire|gunshots?|weapons?|tortur\w*|execut\w*|behead\w*|massacr\w*|slaughter\w*|terror\w*|hostages?|"
    r"violen\w*|brutal\w*|bombs?|bombing|explosives?|grenades?|poison\w*|drugs?|meth|cocaine|heroin|fentanyl|overdos\w*|"
    r"synthesi\w*|suicid\w*|wrists?|razor\w*|noose|starv\w*|purg\w*|vomit\w*|anorexi\w*|bulimi\w*|nazi\w*|hitler|"
    r"swastika\w*|racis\w*|jews?|jewish|muslims?|immigrants?|migrants?|gays?|transgender|refugees?|hate\w*|supremac\w*|"
    r"extremis\w*|propaganda|recruit\w*|jihad\w*|isis|kkk|vermin|inferior|exterminat\w*|genocide|rape\w*|abus\w*)\b")


@dataclass
class HarmResult:
    category: str
    detail: str
    scores: dict = field(default_factory=dict)


@dataclass
class RuleHit:
    category: str
    why: str


FULL_COPY_TOKENS = 120  # past this many tokens only the de-obfuscated words that differ are added


_SLANG = {"ppl": "people", "irl": "in real life", "vid": "video", "vids": "videos", "ur": "your", "u": "you",
          "urself": "yourself", "kys": "kill yourself", "kms": "kill myself", "pic": "picture", "pics": "pictures",
          "noods": "nudes", "noodz": "nudes", "nudez": "nudes", "nudz": "nudes", "seggs": "sex", "secks": "sex",
          "sexx": "sex", "smut": "porn", "nekkid": "naked", "nakey": "naked", "yt": "video", "pron": "porn"}


def _texts(norm: Normalized, extra: list[str]) -> str:
    """The folded text, then the de-obfuscated tokens where they differ from it (whole when
    the prompt is short, else only the words that changed), then the gloss, joined by " || "."""
    parts = [norm.clean]
    plain = _WORD.findall(norm.clean)
    seen = set(plain)
    for toks in [norm.tokens] + list(norm.variants):
        if toks == plain:
            continue
        if len(toks) <= FULL_COPY_TOKENS:
            parts.append(" ".join(toks))
        else:
            novel = [t for t in toks if t not in seen]
            if novel:
                parts.append(" ".join(novel))
    slang = [_SLANG.get(t, t) for t in norm.tokens]
    if slang != norm.tokens and len(slang) <= FULL_COPY_TOKENS:
        parts.append(" ".join(slang))
    if len(norm.original) < 2000:
        extra = extra + _run_words(norm.original) + _star_words(norm.original)
        extra += [_RUN_PHRASE[k] for t in norm.tokens if len(t) > 6 for k in _JOINED_KEYS if k in t]
    if extra:
        parts.append(" ".join(extra))
    return " || ".join(p for p in parts if p)


def _minor_age(text: str) -> bool:
    for m in _AGE.finditer(text):
        n = next((g for g in m.groups() if g), None)
        if not n:
            continue
        age = _NUM_WORDS.get(n) if not n.isdigit() else int(n)
        if age is not None and age < 18:
            return True
    return False


def rule_check(text: str) -> RuleHit | None:
    """The rules on one prepared text (folded + tokens + gloss, joined by " || ")."""
    text = _NEGATED.sub(" ", text)
    # --- minors: zero tolerance, first; no style or fiction marker cancels it ---------------
    if _MINOR_HARD.search(text):
        return RuleHit("minors", "hard term")
    minor = bool(_MINOR.search(text)) or _minor_age(text)
    sex_hard = _SEX_HARD.search(text)
    nudes = [m.group(0) for m in _NUDE.finditer(text)]
    nude_strong = any(not _NUDE_WEAK_ONLY.fullmatch(n) for n in nudes)
    suggest = _SUGGEST_STRONG.search(text)
    if minor and (sex_hard or nudes or suggest or _SUGGEST_MINOR.search(text)):
        return RuleHit("minors", "minor with a sexual, nude or suggestive term")
    if minor and (_WEDDING_NIGHT.search(text) or _ADULT_PAIR.search(text) and _INTIMATE.search(text)):
        return RuleHit("minors", "minor paired romantically with an adult")
    # --- sexual -------------------------------------------------------------------------------
    if sex_hard:
        return RuleHit("sexual", "explicit term")
    if nudes:
        female = _FEMALE.search(text)
        if minor and not nude_strong and (female or suggest):
            return RuleHit("minors", "minor with a nude term")
        if nude_strong or female or suggest:
            if not _ART.search(text) or suggest:
                return RuleHit("sexual", "nudity")
    if suggest and _FEMALE.search(text):
        strong = {m.group(0) for m in _SUGGEST_STRONG.finditer(text)}
        if len(strong) >= 2 and any(w in " ".join(strong) for w in
                                    ("lingerie", "underwear", "panties", "thong", "strip", "undress",
                                     "g-string", "garter", "removing")):
            return RuleHit("sexual", "suggestive undress")
    # --- weapons ------------------------------------------------------------------------------
    weapon_ok = _WEAPON_OK.search(text)
    if not weapon_ok:
        if _WEAPON_HARD.search(text):
            return RuleHit("weapons", "hard term")
        if _GAIN.search(text):
            return RuleHit("weapons", "making a pathogen more dangerous")
        make = _MAKE.search(text)
        if make and (_WEAPON_A_STRONG.search(text) or (_INTENT.search(text) and _AGENT.search(text))):
            return RuleHit("weapons", "making an explosive, agent or weapon")
        if make and _AT_HOME.search(text) and _WEAPON_B.search(text):
            return RuleHit("weapons", "making a weapon or drug at home")
        if _INSTRUCT.search(text):
            if _WEAPON_A.search(text):
                return RuleHit("weapons", "instructions for explosives or agents")
            if _WEAPON_B.search(text) and _MAKE.search(text):
                return RuleHit("weapons", "instructions to make a weapon or drug")
    # --- self-harm ----------------------------------------------------------------------------
    if _ED.search(text) and _ED_PUSH.search(text) and not _ED_OK.search(text):
        return RuleHit("self_harm", "eating-disorder promotion")
    if _TRAIN_JUMP.search(text) and not _TRAIN_OK.search(text):
        return RuleHit("self_harm", "suicide by train")
    if _SELF_HARM_HARD.search(text):
        if not _SELF_HARM_OK.search(text) or _SELF_HARM_PUSH.search(text):
            return RuleHit("self_harm", "suicide or self-injury")
    # --- hate ---------------------------------------------------------------------------------
    if _HATE_HARD.search(text):
        return RuleHit("hate", "slur or extremist term")
    doc = _DOC.search(text)
    glorify = _GLORIFY.search(text)
    symbol = _HATE_SYMBOL.search(text)
    if symbol and (not (doc or _COUNTER.search(text)) or glorify):
        if not (symbol.group(0).startswith("swastika") and _RELIGIOUS.search(text) and not glorify):
            return RuleHit("hate", "hate symbol")
    if _EXTREMIST.search(text) and _PROPAGANDA.search(text) and (not doc or _GLORIFY_STRONG.search(text)):
        return RuleHit("hate", "extremist propaganda")
    if _WORSHIP_ATTACK.search(text) and _GLORIFY_STRONG.search(text):
        return RuleHit("hate", "glorified attack on a place of worship")
    if _CLEANSING.search(text) and (_GLORIFY_STRONG.search(text) or _GLORIFY_WORDS.search(text)) and not _COUNTER.search(text):
        return RuleHit("hate", "glorified ethnic cleansing or race war")
    if _GROUP.search(text) and _DEHUMAN.search(text) and (not doc or glorify):
        return RuleHit("hate", "dehumanising a group")
    group = _GROUP.search(text) or _GROUP_ANY.search(text)
    framed = _framed(text, doc, glorify)
    if group and not framed and not _COUNTER.search(text):
        if _COMPARE.search(text):
            return RuleHit("hate", "dehumanising comparison of a group")
        if _SUPREMACY.search(text):
            return RuleHit("hate", "supremacy or inferiority claim about a group")
        if _CONSPIRACY.search(text):
            return RuleHit("hate", "conspiracy trope about a group")
    if _EXTREMIST_MOVE.search(text) and _RECRUIT.search(text) and not (_EXTREMIST_OK.search(text) or framed):
        return RuleHit("hate", "extremist recruitment or praise")
    if _GENOCIDE.search(text) and _DENY.search(text) and not _DENY_OK.search(text):
        return RuleHit("hate", "genocide denial")
    # --- violence -----------------------------------------------------------------------------
    gore = _GORE_HARD.search(text)
    vdoc = doc and not _DOC_STYLE_ONLY.search(text)
    if gore and (not vdoc or _REAL_STRONG.search(text) or _GORE_GRAPHIC.search(text)):
        return RuleHit("violence", "graphic or atrocity term")
    if _INJURY.search(text) and _REAL.search(text) and not (_STYLISED.search(text) or _CONTEXT_OK.search(text) or vdoc):
        return RuleHit("violence", "injury with realism")
    return None


def _saved_arrays(path: Path) -> dict[str, np.ndarray]:
    """The arrays of a saved head or memory, once its `categories` are these CATEGORIES."""
    with np.load(path) as z:
        arrays = {key: z[key] for key in z.files}
    cats = tuple(str(c) for c in arrays["categories"])
    if cats != CATEGORIES:
        raise ValueError(f"{path.name} is for the categories {cats}, not {CATEGORIES}")
    return arrays


@dataclass
class HarmHead:
    """The MiniLM head: one logistic output per category on the 384-d embedding, each category's
    threshold on the probability averaged with the n-grams', and `minor_sexual`, the
    sexual-if-adult threshold of the minors check. Saved in data/harm_head.npz."""

    w: np.ndarray  # 384 x categories
    b: np.ndarray
    thresholds: np.ndarray
    minor_sexual: float

    def __post_init__(self) -> None:
        self.w, self.b, self.thresholds = (np.asarray(a, np.float32) for a in (self.w, self.b, self.thresholds))
        if self.w.shape != (384, len(CATEGORIES)):
            raise ValueError(f"harm head has shape {self.w.shape} for {CATEGORIES}")

    @classmethod
    def load(cls, path: Path = HEAD_PATH) -> "HarmHead":
        z = _saved_arrays(path)
        return cls(z["w"], z["b"], z["thresholds"], float(z["minor_sexual"]))

    def save(self, path: Path = HEAD_PATH) -> None:
        np.savez_compressed(path, w=self.w, b=self.b, thresholds=self.thresholds,
                            minor_sexual=np.float32(self.minor_sexual), categories=np.array(CATEGORIES))


@dataclass
class HarmMemory:
    """The training rows' MiniLM embeddings (int8, x127) and labels: the MEMORY_K rows nearest
    to a prompt vote, and a category whose share of the vote reaches its `thresholds` entry
    (above 1: off) is over too. The linear head reads coded requests poorly ("cook the blue
    crystals in an RV"); their nearest rows are requests like them. Saved in
    data/harm_memory.npz."""

    embeddings: np.ndarray  # rows x 384, int8
    labels: np.ndarray  # rows x categories, bool
    thresholds: np.ndarray

    def __post_init__(self) -> None:
        self.embeddings = np.asarray(self.embeddings, np.int8)
        self.labels = np.asarray(self.labels, bool)
        self.thresholds = np.asarray(self.thresholds, np.float32)
        if self.labels.shape != (len(self.embeddings), len(CATEGORIES)):
            raise ValueError(f"harm memory has labels {self.labels.shape} for {CATEGORIES}")
        self._unit = self.embeddings.astype(np.float32) / 127  # read on every head run

    def votes(self, embedding: np.ndarray) -> np.ndarray:
        """Per category, the share of the MEMORY_K rows nearest to `embedding` (cosine) that
        carry it."""
        similarity = self._unit @ embedding.astype(np.float32)
        nearest = np.argpartition(-similarity, MEMORY_K)[:MEMORY_K]
        return self.labels[nearest].mean(0)

    @classmethod
    def load(cls, path: Path = MEMORY_PATH) -> "HarmMemory":
        z = _saved_arrays(path)
        return cls(z["embeddings"], z["labels"], z["thresholds"])

    def save(self, path: Path = MEMORY_PATH) -> None:
        np.savez_compressed(path, embeddings=self.embeddings, labels=self.labels,
                            thresholds=self.thresholds, categories=np.array(CATEGORIES))


class HarmClassifier:
    """Rules plus the optional heads: the MiniLM head needs `embedder` and `head`; the n-gram
    scorer gates it and picks the stretch it reads (no head: rules only); `memory` votes where
    the head runs."""

    def __init__(self, embedder=None, head: HarmHead | None = None, ngrams: NgramScorer | None = None,
                 memory: HarmMemory | None = None) -> None:
        self.embedder = embedder
        self.head = head if embedder is not None else None
        self.ngrams = ngrams
        self.memory = memory
        self._cached_outputs = functools.lru_cache(maxsize=HEAD_CACHE)(self._outputs)

    # -- head --------------------------------------------------------------------------------
    def wants_head(self, norm: Normalized, extra: list[str], ngram: np.ndarray | None) -> bool:
        """Whether the head runs: the prompt has a cue word (past LONG_PROMPT_WORDS words, a
        strong one), its gloss has one, or some category's n-gram probability (`ngram`, on the
        rules' view of the prompt) reaches the gate (past LONG_PROMPT_WORDS words, the higher
        long-prompt gate, which keeps the embedding off almost all long ordinary prompts)."""
        long = len(norm.tokens) > LONG_PROMPT_WORDS
        cue_rx = _CUE_STRONG if long else _CUE
        if any(cue_rx.fullmatch(t) for t in norm.tokens) or (extra and _CUE.search(" ".join(extra))):
            return True
        gate = self.ngrams.gate_long if long else self.ngrams.gate if self.ngrams is not None else 1.0
        return ngram is not None and float(ngram.max()) >= gate

    def head_text(self, norm: Normalized, extra: list[str]) -> str:
        """What the head embeds: the de-obfuscated words (past HEAD_WORDS words, the HEAD_WORDS
        around the SCAN_WORDS stretch the n-grams score highest) and the English gloss."""
        words = norm.tokens
        if len(words) > HEAD_WORDS:
            # Score short stretches (one harmful clause in a long paragraph is diluted in a long
            # one), then read the HEAD_WORDS around the worst.
            step = SCAN_WORDS // 2
            best = max(range(0, len(words) - step, step),
                       key=lambda i: self._ngram_score(" ".join(words[i:i + SCAN_WORDS])))
            start = min(max(0, best + SCAN_WORDS // 2 - HEAD_WORDS // 2), len(words) - HEAD_WORDS)
            words = words[start:start + HEAD_WORDS]
        return " ".join(words + extra[:HEAD_GLOSS_WORDS])

    def sexual_without_minors(self, norm: Normalized, extra: list[str]) -> float:
        """The heads' sexual probability with every minor word read as "person": whether the
        request would be sexual about an adult. With a minor in it, that is `minors` (at the
        lower `minor_sexual` threshold), whatever the heads make of the child words themselves."""
        tokens = ["person" if _MINOR_CUE.fullmatch(t) else t for t in norm.tokens]
        gloss = ["person" if _MINOR_CUE.search(e) else e for e in extra]
        adult = normalize(" ".join(tokens))
        p = self.probabilities(self.head_text(adult, gloss))
        if self.ngrams is not None:
            p = (p + self.ngrams.probabilities(_texts(adult, gloss))) / 2
        return float(p[CATEGORIES.index("sexual")])

    def _ngram_score(self, text: str) -> float:
        return float(self.ngrams.probabilities(text).max()) if self.ngrams is not None else 0.0

    def probabilities(self, text: str) -> np.ndarray:
        return self._cached_outputs(text)[0].copy()

    def _outputs(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The head's probabilities and the memory's votes for the text (one embedding)."""
        e = self.embedder.encode([text])[0]
        votes = self.memory.votes(e) if self.memory is not None else np.zeros(len(CATEGORIES))
        return 1.0 / (1.0 + np.exp(-(e @ self.head.w + self.head.b))), votes

    def check(self, norm: Normalized) -> HarmResult | None:
        """The first harm category the prompt falls in (minors before sexual), or None."""
        extra = gloss_terms(norm.original)
        text = _texts(norm, extra)
        hit = rule_check(text)
        if hit is not None:
            return HarmResult(hit.category, DETAILS[hit.category], {"harm_rule": hit.why})
        if self.head is None:
            return None
        sexual_words = _SEX_HARD.search(text) or _SUGGEST_STRONG.search(text)
        harmless_nude = not sexual_words and _NUDE_WORD.search(text) and not _NUDE.search(text)
        ngram = self.ngrams.probabilities(text) if self.ngrams is not None else None
        head = self.wants_head(norm, extra, ngram)
        # Any prompt up to LONG_PROMPT_WORDS words with a minor in it is read as if about an
        # adult; a longer one only when the head runs anyway (the embedding is the cost).
        if ((head or len(norm.tokens) <= LONG_PROMPT_WORDS) and not harmless_nude
                and (_MINOR.search(text) or _minor_age(text))):
            p_adult = self.sexual_without_minors(norm, extra)
            if p_adult >= self.head.minor_sexual:
                return HarmResult("minors", DETAILS["minors"], {"harm_p_sexual_if_adult": round(p_adult, 4)})
        if not head:
            return None
        p, votes = self._cached_outputs(self.head_text(norm, extra))
        if ngram is not None:
            p = (p + ngram) / 2  # the two views, averaged: what the thresholds were set on
        scores = {f"harm_p_{c}": round(float(p[i]), 4) for i, c in enumerate(CATEGORIES)}
        voted = {c for i, c in enumerate(CATEGORIES)
                 if self.memory is not None and votes[i] >= self.memory.thresholds[i]}
        scores.update({f"harm_vote_{c}": round(float(votes[CATEGORIES.index(c)]), 2) for c in voted})
        over = [(max(p[i], votes[i] if c in voted else 0.0), c) for i, c in enumerate(CATEGORIES)
                if p[i] >= self.head.thresholds[i] or c in voted]
        if not sexual_words and (_ART.search(text) or harmless_nude):
            # a classical nude (as the rules), or "nude lipstick", "naked eye": the word in one of
            # the harmless senses the nudity rule skips, and nothing else sexual
            over = [(q, c) for q, c in over if c != "sexual"]
        cue_words = [t for t in norm.tokens if _CUE.fullmatch(t)] + extra
        if cue_words and all(_GROUP_CUE.fullmatch(p) or p in ("minority", "group", "people")
                             for w in cue_words for p in w.split()):
            over = [(q, c) for q, c in over if c != "hate"]  # a group named, nothing said against it
        named = _WEAPON_A.search(text) or _WEAPON_B.search(text) or _AGENT.search(text) or _DANGER.search(text)
        if _WEAPON_OK.search(text) or (not named and "weapons" not in voted
                                       and not _NON_LATIN.search(norm.original)):
            # a toy, a game, a bomb squad (as the rules); or instructions with nothing dangerous
            # named in them (bread, soap, a paper plane), unless requests like it are weapon
            # requests ("the blue crystals", "the thing that goes boom"). In other scripts the
            # gloss may not carry the dangerous word, so there the head decides alone.
            over = [(q, c) for q, c in over if c != "weapons"]
        if _SELF_HARM_OK.search(text) and not _SELF_HARM_PUSH.search(text):
            over = [(q, c) for q, c in over if c != "self_harm"]  # a hotline, a prevention walk (as the rules)
        if _COUNTER.search(text) and not _GLORIFY_STRONG.search(text):
            over = [(q, c) for q, c in over if c != "hate"]  # fighting or condemning it
        if _framed(text, _DOC.search(text), _GLORIFY.search(text)):
            over = [(q, c) for q, c in over if c != "hate"]  # history, museum, memorial: shown, not argued
        cue_parts = [p for w in cue_words for p in w.split()]
        if cue_parts and all(_MINOR_CUE.fullmatch(p) for p in cue_parts):
            over = [(q, c) for q, c in over if c not in ("minors", "sexual")]  # a child named, nothing else
        if not over:
            return None
        # minors first whenever it fires; otherwise the most probable category over its threshold
        cat = "minors" if any(c == "minors" for _, c in over) else max(over)[1]
        if cat == "sexual" and (_MINOR.search(text) or _minor_age(text)):
            cat = "minors"
        return HarmResult(cat, DETAILS[cat], scores)


def load(embedder=None) -> HarmClassifier:
    """The classifier with its saved heads; pass the Moderator's one `political.Embedder` to share it."""
    if embedder is None:
        from safety.political import Embedder

        embedder = Embedder()
    return HarmClassifier(embedder, HarmHead.load(), NgramScorer.load(), HarmMemory.load())


if __name__ == "__main__":  # quick manual probe
    import sys

    clf = load()
    for line in sys.argv[1:]:
        print(line, clf.check(normalize(line)))
