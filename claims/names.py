"""Speakers' names: which person a name denotes (a person key) and which names are never a
speaker at all. Plain functions, no database: claims.speakers and migrations use them.

A person key is "first|last|suffix" in plain lower case: "Donald J. Trump", "Mr. Donald Trump"
and "DONALD TRUMP" are all "donald|trump|"; "Donald Trump Jr." is "donald|trump|jr". Titles and
middle names or initials are dropped, multi-part surnames kept whole ("bill|de blasio|"), and
common short forms of first names written out ("Bill" -> "william"). A bare surname ("Trump",
"Mr. Trump") has no first name: "|trump|".
"""

import functools
import re
import unicodedata

from nameparser import HumanName

from claims.extraction import lexicon as lx
from claims.extraction.first_names import first_name_gender
from claims.extraction.lexicon import (
    FORM_TO_LEMMA,
    GROUP_HINTS,
    HUMAN_NOUNS,
    ISSUED_NOUNS,
    ROLE_NOUNS,
)

# Short forms that name the same person as the full first name ("Bill Clinton" is William
# Clinton). Only forms with one full name: "Steve" may be Steven or Stephen, and "Will" Smith
# is a Willard, so they stay apart.
FIRST_NAME_FORMS = {
    "william": "bill billy",
    "leonard": "len lenny",
    "joseph": "joe joey",
    "michael": "mike mick",
    "robert": "bob bobby rob robby bobbie",
    "james": "jim jimmy jamie",
    "thomas": "tom tommy",
    "richard": "dick rick ricky rich",
    "christopher": "chris",
    "daniel": "dan danny",
    "david": "dave",
    "edward": "ed eddie ned",
    "anthony": "tony",
    "jeffrey": "jeff",
    "kenneth": "ken kenny",
    "lawrence": "larry",
    "charles": "chuck charlie",
    "nicholas": "nick",
    "matthew": "matt",
    "andrew": "andy drew",
    "benjamin": "ben benny",
    "timothy": "tim",
    "gregory": "greg",
    "elizabeth": "liz beth betsy",
    "margaret": "peggy maggie",
    "jennifer": "jenny",
    "susan": "sue",
    "donald": "don donny",
    "ronald": "ron ronnie",
    "gerald": "jerry",
    "douglas": "doug",
    "frederick": "fred",
    "raymond": "ray",
    "samuel": "sam",
    "zachary": "zach",
    "stanley": "stan",
    "peter": "pete",
    "geoffrey": "geoff",
    "rudolph": "rudy",
    "bernard": "bernie",
    "newton": "newt",
    "mitchell": "mitch",
    "reginald": "reggie",
    "vincent": "vince",
    "eugene": "gene",
    "herbert": "herb",
    "rebecca": "becky",
    "deborah": "debbie deb",
    "cynthia": "cindy",
}
FULL_FIRST_NAME = {
    short: full for full, shorts in FIRST_NAME_FORMS.items() for short in shorts.split()
}
# Suffixes that tell a father from his son; "PhD" or "MD" say nothing about who it is.
# (the engine's list, which tells the two apart within an article, and the words spelled out)
GENERATION_SUFFIXES = {suffix: suffix for suffix in lx.GENERATIONS} | {
    "junior": "jr",
    "senior": "sr",
}

# --- What is never a speaker -----------------------------------------------------------------
PRONOUNS = frozenset(
    """
    i me my we us our you your he him his she her it its they them their this that these those
    who whom whose which someone somebody anyone everyone nobody
    """.split()
)
# (not "that": "Claim That Ana Ruiz …", a headline the engine named someone by, still finds
# her by the article's other names for her)
SUBJECT_PRONOUNS = frozenset("i we you he she they".split())
DETERMINERS = frozenset(
    "a an one another some several many few any each every neither either both".split()
)
# A people is no speaker ("Americans say the economy is weak" is a poll of many, "the
# Germans" no one body): the plural nouns of nationalities and regions, alone ("French
# government", "American Legion" are names).
NATIONALITIES = frozenset(
    """
    americans mexicans canadians europeans germans french britons british italians spaniards
    russians ukrainians poles chinese japanese koreans indians pakistanis afghans iranians
    iraqis syrians israelis palestinians saudis turks egyptians africans asians arabs
    latinos latinas hispanics cubans brazilians australians swiss dutch irish scots welsh
    danes swedes norwegians finns greeks armenians kurds georgians azerbaijanis nigerians
    kenyans vietnamese filipinos indonesians venezuelans colombians argentines chileans
    peruvians haitians jamaicans somalis ethiopians libyans lebanese jordanians yemenis
    """.split()
) | frozenset(
    # one of a people, alone: "every American", "one kind-hearted Canadian"
    """
    american mexican canadian european german briton italian spaniard russian ukrainian
    chinese japanese korean indian pakistani afghan iranian iraqi syrian israeli palestinian
    saudi turk egyptian african asian arab latino latina hispanic cuban brazilian australian
    """.split()
)
# The followers of a faith are a people too: "Conservative Christians", "one Muslim".
FAITH_FOLLOWERS = frozenset(
    """
    christians christian muslims muslim catholics catholic protestants protestant jews jew
    evangelicals evangelical mormons mormon hindus hindu buddhists buddhist sikhs sikh
    atheists atheist
    """.split()
)
PEOPLES = NATIONALITIES | FAITH_FOLLOWERS
# Common nouns that several unrelated bodies answer to ("the campaign", "the bank") and words
# that only describe a speaker ("FELLOW DOCTORS", "Retired General"): no name in them.
GENERIC_WORDS = (
    frozenset(
        """
        campaign campaigns newspaper newspapers paper papers network networks daily weekly
        magazine station channel outlet outlets website site blog publication journal bank
        banks agency agencies company companies firm firms group groups team office ministry
        department government administration committee council union unions court courts
        commission board police army military party parties organisation organization
        officials official authorities spokesman spokeswoman spokesperson scholars doctors
        fellow retired former senior top local new old the of from for
        pac pacs super
        correction corrections clarification notice paid update email newsletter morning
        """.split()
    )
    | ROLE_NOUNS
    | {noun + "s" for noun in ROLE_NOUNS}
    # a headline's "New Poll Shows …": a document, no one's name
    | ISSUED_NOUNS
    | {"latest"}
    # "State Department" is a name: "state" alone is no proper word anyway
    | (HUMAN_NOUNS - {"american", "americans", "state", "states"})
    | (GROUP_HINTS - {"democrats", "republicans"})
    # "Saturday" or "July" is a date, never a speaker (not April, May, June or August: names)
    | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
    | frozenset("january february march july september october november december".split())
)
# Verb forms a headline puts after a name ("Obama Calls", "Clinton Said"): inflected forms of
# the engine's reporting cues, not their base forms ("Post", "Report" are names' words too).
HEADLINE_VERBS = frozenset(
    form for form, lemma in FORM_TO_LEMMA.items() if form != lemma and not form.endswith("ing")
) | frozenset("seeks hits rips slams blasts backs defends".split())
# Words that start a headline rather than a name: "Say Mexico".
HEADLINE_OPENERS = frozenset("say says said tell tells".split())
# Lower-case words a person's name may hold: "Osama bin Laden", "Bill de Blasio", and the
# Hebrew and Dutch "ben" and "ter", which the engine's case-blind list leaves out ("Ben" opens
# many first names).
NAME_PARTICLES = lx.SURNAME_PARTICLES | frozenset({"ben", "ter"})
TITLES = frozenset("mr mrs ms miss dr sen rep gov gen prof".split())
# Words of titles that stay before a name when the title's first word is dropped ("Miss
# Universe", "President-elect", "Attorney General")
TITLE_WORDS = frozenset("universe america world elect general emeritus".split())
MAX_NAME_WORDS = {"person": 5, "organisation": 10, "group": 8}

_WORD = re.compile(r"[\w'’.-]+")


def plain(text: str) -> str:
    """Lower case without accents or punctuation: "O'Neill-Díaz" -> "o neill diaz"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w\s]+|_", " ", bare).split())


def _words(name: str) -> list[str]:
    return _WORD.findall(name or "")


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _drop_leading_roles(name: str) -> str:
    """ "Spokeswoman Jessica Ditto" -> "Jessica Ditto": role nouns nameparser does not know
    as titles; also the words before a first name that end in one ("Harbourton Mayor Ana
    Ruiz", "Assemblywoman Ana Ruiz", "Filmmaker Ana Ruiz" are Ana Ruiz)."""
    words = name.split()
    while len(words) > 1 and plain(words[0]) in ROLE_NOUNS | {"retired", "former"}:
        words = words[1:]
    if len(words) > 2 and not is_first_name(plain(words[0])):
        for i in range(1, len(words) - 1):
            if is_first_name(plain(words[i])) and _is_role_word(words[i - 1]):
                return " ".join(words[i:])
    return " ".join(words)


def _is_role_word(word: str) -> bool:
    """A noun for what someone does: "Mayor", "Filmmaker", "Assemblywoman"."""
    low = plain(word)
    return low in ROLE_NOUNS or lx.is_agent_noun(low) or low.endswith(("woman", "man"))


def parse_person(name: str) -> HumanName:
    text = _drop_leading_roles(" ".join((name or "").split()))
    if text.isupper() and any(c in "AEIOUY" for c in text) and not any(c.isdigit() for c in text):
        text = text.title()  # "WALLACE:" in a transcript; "MSNBC" and "EB-5" stay as written
    parsed = HumanName(text)
    if parsed.first and not parsed.last and not parsed.title:
        # A lone word is a surname, not a first name: "Trump".
        parsed.last, parsed.first = parsed.first, ""
    first = plain(parsed.first)
    middles = parsed.middle.split()
    if len(first) == 1 and middles and len(plain(middles[0])) > 1:
        # "J. Edgar Hoover" goes by his middle name.
        parsed.first, parsed.middle = middles[0], " ".join(middles[1:])
    elif (
        len(middles) == 1
        and not is_first_name(first)
        and is_first_name(plain(middles[0]))
        and (parsed.title or _is_title_word(first))
    ):
        # "Miss Universe Marisol Vega", "Universe Marisol Vega": the word before the first
        # name is part of a title (she is Marisol Vega).
        parsed.first, parsed.middle = middles[0], " ".join(middles[1:])
    return parsed


def _is_title_word(word: str) -> bool:
    """A word no one is named by: a common noun of a title ("Universe", "Elect")."""
    return plain(word) in TITLE_WORDS


def is_first_name(word: str) -> bool:
    """Whether a plain word is a known first name (one almost always of one gender, or a
    short form such as "Bill")."""
    return bool(first_name_gender(word)) or word in FULL_FIRST_NAME or word in FIRST_NAME_FORMS


@functools.lru_cache(maxsize=8192)
def person_key(name: str) -> str:
    """ "first|last|suffix" for a person's name; "" when it holds no surname. Kept per process:
    storing an article's claims asks for the keys of the same few names many times, and
    nameparser takes 2% of a worker's time when asked again each time."""
    parsed = parse_person(name)
    last = plain(parsed.last)
    if not last:
        return ""
    first = plain(parsed.first)
    first = FULL_FIRST_NAME.get(first, first)
    suffix = next(
        (
            GENERATION_SUFFIXES[plain(part)]
            for part in parsed.suffix.split(",")
            if plain(part) in GENERATION_SUFFIXES
        ),
        "",
    )
    return f"{first}|{last}|{suffix}"


_COMPUTED_KEY = re.compile(r"^[\w ]*\|[\w ]+\|(jr|sr|ii|iii|iv)?$")


def is_computed_key(key: str) -> bool:
    """Whether a stored key has person_key's form, rather than one an editor wrote."""
    return bool(_COMPUTED_KEY.match(key))


def key_surname(key: str) -> str:
    return key.split("|")[1] if key else ""


def is_bare_surname(key: str) -> bool:
    return bool(key) and key.startswith("|")


def display_name(name: str) -> str:
    """A person's name as a Speaker shows it: without titles, middle initials kept."""
    parsed = parse_person(name)
    shown = " ".join(
        part for part in (parsed.first, parsed.middle, parsed.last, parsed.suffix) if part
    )
    return shown or " ".join(name.split())


# Each test takes (name, words, kind) and says whether the name is junk for that reason.
def _is_empty(name, words, kind):
    return not any(ch.isalpha() for ch in name)


def _is_pronoun_or_possessive(name, words, kind):
    return plain(words[0]) in PRONOUNS


# Words of a place's, a body's or a headline's name, never of a person's: "Bellwether
# County", "Obama White House", "News Guide".
NOT_PERSON_WORDS = frozenset(
    """
    county city house news guide excerpt exclusive department committee campaign
    administration government party office ministry agency university school association
    foundation institute center centre coalition council college academy hospital church
    """.split()
)


def _is_not_a_persons_name(name, words, kind):
    if kind != "person":
        return False
    # "Breitbart London's Raheem": someone of something, not a name
    return any(mark in name for mark in ("'s ", "’s ")) or any(
        plain(w) in NOT_PERSON_WORDS for w in words
    )


def _is_possessed_noun(name, words, kind):
    # "Mr. Clarke's new company", "Clinton's team": something of someone's, no name of its own.
    for mark in ("'s ", "’s "):
        if mark in name:
            after = name.split(mark, 1)[1].split()
            return bool(after) and not any(_is_capitalised(w) for w in after)
    return False


# "Harlow Mills v. Brandt", "Ruiz vs. Acme": a court case's name, the parties of a lawsuit
_COURT_CASE = re.compile(r"\S\s+(?:v|vs)\.?\s+[A-Z]")


def _is_court_case(name, words, kind):
    return bool(_COURT_CASE.search(name))


# a law's name: "the Harbour Safety Act of 2009, introduced by Ruiz, proposed …"
_LAW = re.compile(r"\bAct(?: of \d{4})?$")


def _is_law(name, words, kind):
    return bool(_LAW.search(name))


# Whom prayers and scripture quote, not anyone a journalist can ask: "God told Jonah …"
def _is_deity(name, words, kind):
    named = [plain(w) for w in words if plain(w) != "the"]
    return bool(named) and all(w in lx.DEITY_NAMES for w in named)


# Words before a country's or continent's name that make it some of its people ("rural
# America", "Middle England", "corporate Canada"), not the state or a body
PEOPLE_OF_A_PLACE = frozenset(
    """
    white black brown rural urban suburban middle corporate working-class small-town
    blue-collar heartland
    """.split()
)
PLACES_OF_PEOPLE = frozenset(
    "america europe britain england africa asia canada australia france germany".split()
)


def _is_part_of_a_people(name, words, kind):
    named = [plain(w) for w in words if plain(w) != "the"]
    return len(named) == 2 and named[0] in PEOPLE_OF_A_PLACE and named[1] in PLACES_OF_PEOPLE


def _is_dateline(name, words, kind):
    # "Washington (AFP" or "NEW YORK (Reuters)": the dateline before a story.
    return "(" in name or ")" in name


def _is_markup_or_handle(name, words, kind):
    # 'datetime="2016' left from a page's markup; "@AnaRuiz", an account, not a name
    return name.startswith("@") or any(mark in name for mark in '="<>{}')


# Prepositions a sentence opens with, which the model runs into the word after them:
# "Among Latinos, her rating …", "Outside Lenox's plant …"
OPENING_PREPOSITIONS = frozenset(
    """
    among amongst besides outside inside after before despite during since unlike without
    within about against beyond toward towards amid amidst across behind beneath
    """.split()
)


def _is_fragment(name, words, kind):
    if any(mark in name for mark in ",;:") or len(words) > MAX_NAME_WORDS.get(kind, 10):
        return True
    if plain(words[0]) in DETERMINERS:
        return True  # "A union representing flight attendants"
    if kind == "person" and len(words) > 1 and plain(words[0]) in OPENING_PREPOSITIONS:
        return True  # "Among Latinos"
    if kind == "person" and any(plain(w) in SUBJECT_PRONOUNS for w in words[1:]):
        return True  # a headline's "Ruiz She Won't Want Anyone To See": no name holds "she"
    if kind == "person":
        return any(not _is_capitalised(w) and plain(w) not in NAME_PARTICLES for w in words)
    # "campaign of the former mayor of Dunmore": a body described by a person
    return any(not _is_capitalised(w) and plain(w) in ROLE_NOUNS for w in words)


# Small words a headline capitalises and a name does not: "Council of Europe", not "Of".
HEADLINE_SMALL_WORDS = frozenset("Of The To For On In With A An At By From And Is Are".split())


def _is_headline(name, words, kind):
    capitalised = all(_is_capitalised(word) for word in words)
    if kind == "person" and len(words) == 1 and plain(words[0]) in lx.HEADLINE_VERBS:
        return True  # "Calls", left of "Okafor Calls On …" (not "Banks": the short list)
    if not capitalised or len(words) < 2:
        return False
    if plain(words[0]) in HEADLINE_OPENERS:
        return True  # "Say Mexico"
    # "Obama Calls", "Clinton Says Trump ...": a name then a verb, all capitalised.
    if kind == "person" and any(plain(word) in HEADLINE_VERBS for word in words[1:]):
        return True
    # "Mayor Disputes Account Of Meeting", "Disputes Account Of Meeting": a verb, and a small
    # word no body's name capitalises ("Council of Europe")
    return any(plain(word) in HEADLINE_VERBS for word in words) and any(
        word in HEADLINE_SMALL_WORDS for word in words[1:]
    )


# "One Republican said": a party member, not the party ("Republicans", "GOP" are names)
PARTY_MEMBERS = frozenset({"republican", "democrat"})


def _is_generic(name, words, kind):
    named = [w for w in words if plain(w) != "the"]
    if len(named) == 1 and plain(named[0]) in PARTY_MEMBERS | PEOPLES:
        return True
    if kind != "person" and named and _a_people(named[-1]) and len(named) <= 3:
        # "African-Americans", "Karabakh Armenians": a people, of a place or an origin
        return True
    # No word of a name in it: "campaign", "appeals court", "FELLOW DOCTORS", "Retired General".
    no_proper_word = not any(_is_capitalised(w) for w in words)
    # "the 2009 paper": a year is no name either
    return no_proper_word or all(plain(w) in GENERIC_WORDS | TITLES or w.isdigit() for w in words)


def _a_people(word: str) -> bool:
    """The plural noun of a people, hyphenated ones too: "Armenians", "African-Americans"."""
    last = plain(word).replace("-", " ").split()[-1:]
    # a people's plural ends in "s", "h" or "e": "Armenians", "French", "Chinese"
    plural_ending = word[-1:] in ("s", "h", "e")
    return bool(last) and last[0] in PEOPLES and plural_ending and word.istitle()


# Why a name is never a speaker, in the order they are tried: (reason, test).
NOT_A_SPEAKER = (
    ("no letters", _is_empty),
    ("pronoun or possessive", _is_pronoun_or_possessive),
    ("possessive leftover", _is_possessed_noun),
    ("not a person's name", _is_not_a_persons_name),
    ("dateline", _is_dateline),
    ("court case", _is_court_case),
    ("law", _is_law),
    ("deity", _is_deity),
    ("some of a people", _is_part_of_a_people),
    ("markup or account handle", _is_markup_or_handle),
    ("sentence fragment", _is_fragment),
    ("headline fragment", _is_headline),
    ("generic noun", _is_generic),
)


def why_not_a_speaker(name: str, kind: str) -> str:
    """The reason this name can never be a browsable speaker, or "" if it can be one."""
    name = " ".join((name or "").split())
    words = _words(name)
    if not words:
        return "no letters"
    return next((reason for reason, test in NOT_A_SPEAKER if test(name, words, kind)), "")


# Bodies by their other names: one speaker for "America", "the U.S." and "the United
# States" ("U.S." normalises to "u s"), for "HuffPo" and "The Huffington Post".
OTHER_NAMES = {
    **dict.fromkeys(
        ["america", "usa", "u s a", "u s", "us", "united states of america"], "united states"
    ),
    **dict.fromkeys(["uk", "u k", "great britain", "united kingdom"], "britain"),
    **dict.fromkeys(["huffpo", "huffpost", "huff post"], "huffington post"),
    **dict.fromkeys(["wapo"], "washington post"),
    **dict.fromkeys(["gop", "grand old party"], "republican party"),
}
# A short form at the start of a body's name: "NY Post" is the New York Post, "U.N. Security
# Council" the United Nations Security Council ("U.N." normalises to "u n").
SHORT_FORMS = {
    "ny": "new york",
    "la": "los angeles",
    "sf": "san francisco",
    "u n": "united nations",
}
# "Tulsa Police" and "the Tulsa Police Department" are one force
_POLICE_FORCE = re.compile(r"(.+ police)( department)?")


def other_name(normalised: str) -> str:
    """The other way of writing a normalised body's name, so that both find one speaker:
    "america" -> "united states", "ny daily news" -> "new york daily news", "tulsa police"
    <-> "tulsa police department"; "" when there is none."""
    if normalised in OTHER_NAMES:
        return OTHER_NAMES[normalised]
    for short, full in SHORT_FORMS.items():
        if normalised.startswith(short + " "):
            return full + normalised[len(short) :]
    force = _POLICE_FORCE.fullmatch(normalised)
    if force:
        return force.group(1) if force.group(2) else f"{force.group(1)} department"
    return ""


# Words of a body's name that are never a person's: "Lenox Healthcare", "Ridge Coalition"
BODY_WORDS = (
    lx.BODY_NAME_WORDS
    | lx.COMPANY_NAME_WORDS
    | lx.ORG_ROLE_NOUNS
    | lx.NEWSPAPER_NAME_WORDS
    | lx.PLACE_BODY_NOUNS
    | frozenset("news service services press wire review report".split())
)


def looks_like_a_person(name: str, first_name_known: bool = True) -> bool:
    """An organisation's name that is a person's: a first name the name list knows and a
    surname, nothing of a body's name ("Lester Holt", the anchor, taken for a network; not
    "Marlow Healthcare", not "Charlotte Observer"). With first_name_known false, any first
    word will do ("Parker Ellison", a first name given to both sexes, which the list leaves
    out)."""
    words = (name or "").split()
    # "Anne-Sophie Roux": a hyphen joins two first names
    if not 2 <= len(words) <= 3 or not all(
        w.replace("-", "").isalpha() and w[:1].isupper() for w in words
    ):
        return False
    if any(w.isupper() or plain(w) in BODY_WORDS | GENERIC_WORDS | NOT_PERSON_WORDS for w in words):
        return False
    if words[-1].endswith(("ers", "ors")):
        return False  # a team's or a firm's plural: "Carolina Panthers", "Hart Partners"
    return not first_name_known or bool(first_name_gender(plain(words[0].split("-")[0])))


# Words an acronym leaves out: "Committee for a Responsible Federal Budget" is CRFB.
ACRONYM_SKIPS = frozenset("of the and for a an on in at to &".split())


def is_acronym(name: str) -> bool:
    """ "FBI", "F.B.I.", "U.N": two to six capital letters, nothing else."""
    letters = re.sub(r"[.\s]", "", name or "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def acronym_of(name: str) -> str:
    """The acronym a body's name in capitalised words spells, in lower case: "Federal Bureau
    of Investigation" -> "fbi"; "" when the name is no such name ("Trump campaign", one
    word)."""
    words = (name or "").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    named = [w for w in words if w.lower() not in ACRONYM_SKIPS]
    if len(named) < 2 or not all(w[:1].isupper() and w[:1].isalpha() for w in named):
        return ""
    return "".join(plain(w)[:1] for w in named)


# Words before a group's noun that say how many of them, not which: "two Democratic
# speechwriters", "many E.U. nations" are some members, no named group.
QUANTIFIERS = DETERMINERS | frozenset(
    "both other others all most few two three four five six seven eight nine ten dozens "
    "hundreds thousands".split()
)


# Nouns for the people of a place or cause rather than a body: "Iowa voters" are many
# unconnected people, however the place is named.
# Words opening a count of people rather than a group's name: "More Than 100 Delegates"
COUNT_OPENERS = frozenset("more fewer over nearly almost about some several many".split())

POPULATIONS = frozenset(
    """
    voters residents citizens people families students parents workers communities countries
    nations states taxpayers supporters fans members users readers viewers customers
    critics opponents detractors backers defenders
    """.split()
)


# What a body keeps, not who speaks: "county records show …", "Labor Department figures"
RECORDS = frozenset("record figure statistic number data".split())


def is_named_group(name: str, named: set[str] = frozenset()) -> bool:
    """Whether a group is named specifically enough to be browsed as one ("Senate
    Republicans", "House Democrats", "E.U. leaders", "McConnell aides" in an article naming
    Mitch McConnell, "European leaders"): capitalised words before a plural noun, one of them
    a proper word (an acronym, a nationality, a capitalised word not first, or a name in
    `named`, the article's surnames and organisations). Generic groups ("analysts",
    "Federal investigators", "Foreign policy experts") and some of a group ("two Democratic
    speechwriters") are not."""
    name = " ".join((name or "").split())
    words = _words(name)
    if len(words) < 2 or why_not_a_speaker(name, "group") not in ("", "generic noun"):
        return False
    *modifiers, head = words
    # a plural noun, or a family named after someone ("Ana Ruiz family")
    plural = head.lower().endswith("s") or plain(head) == "family"
    if plain(words[0]) in QUANTIFIERS | COUNT_OPENERS or any(w.isdigit() for w in words):
        return False  # a count of people, not a name: "More Than 100 Delegates"
    if not plural or FORM_TO_LEMMA.get(plain(head)) in lx.CUE_LEMMAS:
        return False  # "Will claims": a columnist's name and the verb after it
    if plain(head) in POPULATIONS or plain(head).removesuffix("s") in ISSUED_NOUNS | RECORDS:
        return False  # "New York voters", "Trump supporters", "FEC filings", "county records"
    if not all(_is_capitalised(w) for w in modifiers):
        return False
    # a nationality before the people who speak for it: "European leaders" as "E.U. leaders"
    # (not "American sailors", any sailors)
    national = plain(words[0]) in NATIONALITIES and plain(head) in _SPEAKING_FOR
    return national or any(
        is_acronym(w) or (i > 0 and _is_capitalised(w)) or plain(w) in named
        for i, w in enumerate(words)
    )


# people who speak for a country or a people
_SPEAKING_FOR = frozenset("leaders officials diplomats ministers negotiators".split())


def is_browsable_name(name: str, kind: str) -> bool:
    """Whether journalists may browse claims under this name: a person's or body's name, not
    a headline fragment, generic noun, pronoun, dateline or piece of a sentence."""
    return not why_not_a_speaker(name, kind)
