"""The cue-verb rules: a verb of saying, believing or taking a position, its subject as the
source and what it governs as the content. Also passives ("rejected by the council"), verbs
outside the lexicon over a that-clause, cue verbs the tagger took for nouns, cues that
interrupt their content, and add_clause(), which the stance rules use as well."""

from __future__ import annotations

import re

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from .. import lexicon as lx
from ..types import Span
from . import confidence as conf
from .according import intermediary_in
from .boundaries import (
    cut_at_dash,
    cut_at_gloss,
    exclusions,
    in_paragraph,
    one_sentence,
    past_colon,
)
from .candidates import Cand, Findings, merge_close, subtract
from .content import (
    GERUND_ONLY_CUES,
    content_heads,
    evidence_heads,
    head_pieces,
    holds_own_attribution,
    speaks_for_evidence,
)
from .index import DocIndex
from .sources import (
    SUBJ_DEPS,
    can_hold_views,
    cue_span,
    finite_acl,
    misparsed_subject,
    person_words,
    quote_just_before,
    source_span,
    stranded_subject,
    subject,
)
from .unnamed import NAMING_LEMMAS, asked_unnamed, evidential, known_for, named_unnamed

_SUBORDINATORS = frozenset(
    "after before when whenever while as since because although though until once".split()
)
_CLAUSE_OPENERS = frozenset("that whether if how why what".split())
# a closing cue's subject may follow "as" (", as the paper reported."), no other subordinator
_CLAUSE_SUBORDINATORS = _SUBORDINATORS - {"as"}


def cue_verb(ix: DocIndex, found: Findings, verb: Token, lemma: str) -> None:
    """'X said that Y', 'X believes Y', 'X urged Z to Y': the subject says the content."""
    if lemma in NAMING_LEMMAS and named_unnamed(ix, found, verb, lemma):
        return  # "the contests known as Super Tuesday", "what is called a debate"
    if _not_a_cue_here(verb):
        _participle_phrase(ix, found, verb, lemma)
        return
    if _goes_on_in_the_present(verb):
        return  # said A, but wants B: B is more of what was said (see below)
    if lemma in lx.EVIDENTIAL_VERBS:
        evidential(ix, found, verb, lemma)
        return
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        passive(ix, found, verb, lemma)
        return
    subj = subject(ix, found, verb, lemma)
    if subj is None:
        subj = misparsed_subject(ix, found, verb) or stranded_subject(verb)
    if subj is None:
        # "was quoted as saying": the subject of the passive "quoted" is the source
        return
    if lemma not in lx.SPEECH_VERBS and not (can_hold_views(subj) or subj.i in found.issuers):
        return  # ("it issued a paper welcoming …": whoever issues papers holds views)
    if subj.lower_ == "you" and ix.quote_of[subj.i] < 0:
        return  # the generic "you consider ...", "you know ..." of advice columns
    if subj.tag_ in ("WP", "WDT") and _in_editors_note(ix.text, verb.idx):
        return  # "Editor's note: Ruiz is a bully who has vowed to …": the paper's own words
    # "after 55 percent said so", "by the time he said that", "the mayor said no": a word
    # standing for what was said is the content
    pro_form = _pro_form_said(verb)
    heads = (
        [pro_form]
        if pro_form is not None
        else content_heads(ix, verb, lemma) or evidence_heads(verb, subj, lemma)
    )
    if heads and heads[0].i < verb.i and holds_own_attribution(ix, heads[0], found):
        # '"You winning?" she said, but …, Melanie said yes': the clause before the cue
        # is another speaker's attribution the parser hung on this cue
        heads = []
    heads = [h for h in heads if not _clause_before_subject(ix, found, h, subj)]
    cue, phrasal = cue_span(ix, verb, subj)
    # "In a Ledger poll, 51 percent said …": annotators give the share's words to the poll
    subj = _poll_before_share(verb, subj)
    source = source_span(ix, found, subj)
    if source is None:
        return
    if heads and _quote_was_said(ix, found, verb, lemma, subj, heads):
        # '"…," Warren told him, after he admitted …', '"…," Sanders said, going on to
        # …': the quotation is what was said, the clause after the cue is the writer's
        heads = []
    heads = _not_before_a_colon(heads)
    if not heads:
        _headless_cue(ix, found, verb, lemma, phrasal, subj, cue)
        return
    _clause_cand(ix, found, verb, lemma, phrasal, subj, heads, cue, source)


_WHERE_PREPS = frozenset("in on at during via through".split())


def _not_before_a_colon(heads: list[Token]) -> list[Token]:
    """No content when what was found is only prepositional phrases that a colon ends
    ("wrote on Facebook: …", "said in an interview: …"): where it was said; the words after
    the colon are what was said (quote_attachment's colon block)."""
    if not heads or not all(h.dep_ == "prep" and h.lower_ in _WHERE_PREPS for h in heads):
        return heads  # ("described it as X: …", "said of what happened: …" report X)
    end = max(h.right_edge.i for h in heads) + 1
    doc = heads[0].doc
    return [] if end < len(doc) and doc[end].text == ":" else heads


def _joined_passive(verb: Token, lemma: str) -> bool:
    """An agentless passive of expectation joined to a clause before it, sharing its subject."""
    deps = {c.dep_ for c in verb.children}
    return (
        verb.dep_ == "conj"
        and lemma in lx.EVIDENTIAL_PASSIVES
        and "auxpass" in deps
        and not deps & {"agent", "nsubjpass", "nsubj"}
    )


def _goes_on_in_the_present(verb: Token) -> bool:
    """'Ruiz promised that Okafor "truly backs" the ferry, but wants faster boats': a
    present-tense verb with no subject that the parser joined to a past-tense cue after
    its present-tense reported clause goes on with that clause (Okafor wants), not with
    the cue."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBZ", "VBP")
        and head.tag_ == "VBD"
        and lx.FORM_TO_LEMMA.get(head.lower_) in lx.CUE_LEMMAS
        and not any(c.dep_ in SUBJ_DEPS for c in verb.children)
        and any(
            c.dep_ == "ccomp" and head.i < c.i < verb.i and c.tag_ in ("VBZ", "VBP")
            for c in head.children
        )
    )


def _poll_before_share(verb: Token, subj: Token) -> Token:
    """The poll of an "In a poll," that opens the clause of a share of people ('51 percent',
    'six in 10 voters'), whose pollster speaks; the subject for any other subject or clause."""
    if subj.lower_ not in lx.SHARE_WORDS and not any(c.tag_ == "CD" for c in subj.children):
        return subj
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > subj.i:
            continue
        poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
        after = prep.right_edge.i + 1
        if poll is not None and poll.lower_ in lx.POLL_NOUNS and verb.doc[after].text == ",":
            return poll
    return subj


def _writers_it(verb: Token, subj: Token) -> bool:
    """ "It is important to note that …", "it's hard not to wonder whether …": the "it" of
    an adjective with an infinitive after it is no one; the writer speaks."""
    above = verb.head
    return (
        subj.lower_ == "it"
        and verb.dep_ == "xcomp"
        and above.i == subj.head.i
        # "it means admitting that …" too
        and (any(c.dep_ == "acomp" for c in above.children) or above.lower_ in _MEANS)
    )


_MEANS = frozenset("mean means meant".split())

# words of a set phrase that makes a cue the writer's own remark (see _writers_hedge)
_HEDGE_WORDS = frozenset("worth without safe fair".split())


def _writers_hedge(verb: Token, subj: Token) -> bool:
    """ "It is worth noting the levy lapsed", "it goes without saying the pier is shut",
    "it's safe to say he means the toll", "too early to tell if the ferry runs": a set
    phrase of the writer's, reported by no one (polnear-train annotates few of them, even
    without a source)."""
    if subj.lower_ != "it":
        return False
    cur = verb
    for _ in range(3):
        above = cur.head
        if above.i == cur.i:
            return False
        if above.lower_ in _HEDGE_WORDS:
            return True  # "worth noting", "without saying"
        if any(c.dep_ == "advmod" and c.lower_ == "too" for c in above.children):
            return True  # "too soon to say", "too early to tell"
        if above.i == subj.head.i:
            return any(c.dep_ == "acomp" and c.lower_ in _HEDGE_WORDS for c in above.children)
        cur = above
    return False


# a paragraph the publication adds in its own voice: "Editor's note: …", "Editors' Note: …"
_EDITORS_NOTE = re.compile(r"\W*editors?['’]?s?['’]? note\b", re.IGNORECASE)


def _in_editors_note(text: str, pos: int) -> bool:
    """Whether pos is in a paragraph that opens "Editor's note:"."""
    start = text.rfind("\n", 0, pos) + 1
    return _EDITORS_NOTE.match(text, start, min(pos, start + 20)) is not None


def _clause_before_subject(ix: DocIndex, found: Findings, head: Token, subj: Token) -> bool:
    """Another share's attribution the parser hung on the cue from before its subject ("42%
    say they are liberal, 32% call themselves …"): not what this subject says."""
    return head.right_edge.i < subj.left_edge.i and holds_own_attribution(ix, head, found)


def _not_a_cue_here(verb: Token) -> bool:
    if verb.dep_ == "xcomp" and (_inside_other_cue(verb) or _not_allowed_to(verb)):
        return True
    if _that_said(verb):
        return True
    # "Asked whether he would resign, Jones replied": he was asked
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
        and not finite_acl(verb)
    )


# permissions whose denial keeps a source nameless: "were not authorized to discuss"
_PERMITTED = frozenset("authorized authorised permitted allowed cleared".split())


def _not_allowed_to(verb: Token) -> bool:
    """'A clerk, unnamed because she is not authorized to discuss budgets, …': the
    formula that explains a nameless source, not something said or held (polnear-train
    annotates none of these)."""
    head = verb.head
    return head.lower_ in _PERMITTED and any(c.dep_ == "neg" for c in head.children)


def _that_said(verb: Token) -> bool:
    """'That said, the voters say …', 'That being said, …': "however", said by no one."""
    doc = verb.doc
    if verb.lower_ != "said" or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    that = verb.i - 1 - (verb.i > 1 and doc[verb.i - 1].lower_ == "being")
    if that < 0 or doc[that].lower_ != "that":
        return False
    return that == 0 or bool(doc[that].is_sent_start) or doc[that - 1].text in _CLAUSE_BREAKS


_CLAUSE_BREAKS = frozenset({"(", "—", "–", "-", ";", ":", "“", '"'})


# verbs of going on with something, which pass a cue below them on: "continued to insist"
_ASPECTUAL = frozenset(["continue"])


def _inside_other_cue(verb: Token) -> bool:
    """'called on X to stop attacking Y': 'attacking' is part of the call, not a new cue."""
    cur = verb
    for _ in range(4):
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
        lem = lx.FORM_TO_LEMMA.get(cur.lower_)
        if lem in _ASPECTUAL:
            # "he continued to complain that …": "continue" only carries the cue on
            continue
        if lem is not None and lem in lx.CUE_LEMMAS and cur.tag_.startswith("VB"):
            return True
    return False


def _quote_was_said(
    ix: DocIndex, found: Findings, verb: Token, lemma: str, subj: Token, heads: list[Token]
) -> bool:
    return (
        heads[0].i > verb.i
        and lemma in lx.SPEECH_VERBS
        and (heads[0].left_edge.lower_ in _SUBORDINATORS or heads[0].dep_ != "ccomp")
        # '"…," she said, repeating a promise she made in May': a participle that goes on
        # from the cue of the quotation says its own object
        and not (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i)
        and quote_just_before(ix, found, subj, verb)
    )


def _headless_cue(
    ix: DocIndex, found: Findings, verb: Token, lemma: str, phrasal: str, subj: Token, cue: Span
) -> None:
    """A cue with no content of its own: the main clause it fronts, the sentence it
    interrupts, or (left for attach_quotes) the quotation beside it."""
    if _fronts_main_clause(ix, verb, lemma):
        # "As the senator pointed out, the bill is dead": the main clause is what was said;
        # so is the clause the parser hung a cue on: "after he admitted he had lied"
        add_clause(
            ix, found, verb, lemma + phrasal, subj, [verb.head], cue, conf.FRONTED_CLAUSE, verb
        )
        return
    if lemma in lx.SPEECH_VERBS and _interrupting_cue(ix, found, verb, subj, cue):
        return
    if (
        verb.dep_ == "parataxis"
        and lemma in lx.SPEECH_VERBS
        and not quote_just_before(ix, found, subj, verb)
    ):
        # "The crane, the harbour board said, was its largest": the cue interrupts its
        # content; after a quotation ('"…," the mayor said, after a reporter said …') it is
        # the quotation's cue, and the clause the parser hung it on is the writer's
        question = _fronted_question(ix, verb.head)
        skip = _occasion_in_front(ix, verb, subj)
        if question is not None:
            # 'Asked about the tax, he said, "…"': the question put to him, not his words
            asked_unnamed(ix, found, question)
            skip = frozenset(range(question.left_edge.i, question.right_edge.i + 2))
        add_clause(
            ix, found, verb, lemma + phrasal, subj, [verb.head], cue, conf.SPEECH_VERB, verb, skip
        )
        return
    pair = lx.PREP_PAIR_CUES.get(lemma)
    if pair and any(c.dep_ == "prep" and c.lower_ == pair for c in verb.children):
        return  # "pointed to his warning that “…”": the quotation is the warning's
    if lemma in lx.QUOTE_CUES:
        found.bare_cues.append((verb, lemma))


def _pro_form_said(verb: Token) -> Token | None:
    """The "so", "no", "that", "the same" right after a cue verb that stands for all it
    says, when nothing but punctuation or a time ("in May", "last week") follows it."""
    doc = verb.doc
    i = verb.i + 1
    if i < len(doc) and doc[i].lower_ == "the" and i + 1 < len(doc) and doc[i + 1].lower_ == "same":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _PRO_FORMS:
        return None
    # (the parser may hang "so" on the clause after it: "said so in May, the tax rose")
    if doc[i].head != verb and not (i == verb.i + 1 and doc[i].lower_ in ("so", "no", "yes")):
        return None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None or after.is_punct or _when(after):
        return doc[i]
    return None  # "said that to the board", "said no to the war": more was said


def _when(tok: Token) -> bool:
    """ "in December", "on Monday", "last week": when it was said."""
    if tok.dep_ == "prep":
        return any(c.ent_type_ in ("DATE", "TIME") for c in tok.children)
    return tok.ent_type_ in ("DATE", "TIME")


def _said_so_or_no(text: str, pieces: list[Span]) -> bool:
    """ "said so", "said no": the two-letter contents that are all that was said."""
    return len(pieces) == 1 and text[pieces[0][0] : pieces[0][1]].lower() in ("so", "no")


# words that stand for everything said: "said so", "said no", "said the same"
_PRO_FORMS = frozenset("so no yes that this same otherwise".split())


def _participle_phrase(ix: DocIndex, found: Findings, verb: Token, lemma: str) -> None:
    """A participle phrase with no subject of its own, whose cue is not its subject's."""
    if lemma == "ask":
        asked_unnamed(ix, found, verb)  # "Asked whether he would run, Smith laughed"
    elif lemma in lx.SPEECH_VERBS:
        _as_said_by(ix, found, verb, lemma)  # "As reported by the Herald, the mill shut"


def _as_said_by(ix: DocIndex, found: Findings, verb: Token, lemma: str) -> None:
    """'As reported by the Herald, the mill will shut in May': a passive of saying with
    "as" and its agent, set before the main clause; the agent says the main clause."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if (
        pobj is None
        or not verb.i < verb.head.i
        or not verb.head.tag_.startswith(("VB", "MD"))
        or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        or not (can_hold_views(pobj) or pobj.lower_ in lx.DOCUMENT_NOUNS)
        or not any(c.dep_ in SUBJ_DEPS for c in verb.head.children)
    ):
        # and not when the parser took the main clause's subject for the agent's apposition
        # ('As reported by the Herald, harbour pilot Ana Ruiz found …')
        return
    cue = (verb.idx, agent.idx + len(agent))
    add_clause(ix, found, verb, lemma, pobj, [verb.head], cue, conf.FRONTED_CLAUSE, verb)


def _fronts_main_clause(ix: DocIndex, verb: Token, lemma: str) -> bool:
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and verb.head.tag_.startswith(("VB", "MD"))
        and (_as_names(verb, lemma) or (lemma in lx.CLAUSE_CUES and _clause_runs_on(ix, verb)))
    )


# cues whose object is the one told, not the thing said: "As Varga told the Ledger, …"
_LISTENER_CUES = frozenset("tell inform assure reassure remind warn brief".split())


def _as_names(verb: Token, lemma: str) -> bool:
    """'As the senator pointed out, the bill is dead': an "as" clause of a cue names the
    main clause, unless the cue is an act of speaking ("As he spoke, …": a time) or has
    a thing said of its own ("as he said the words", "as she noted it")."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    if lemma in lx.SPEAKING_ACTS:
        return False
    if lemma in _LISTENER_CUES:
        return True
    return not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)


def _clause_runs_on(ix: DocIndex, verb: Token) -> bool:
    """Whether the verb's head clause opens with its subject right after the verb's
    own words, with no punctuation between."""
    nxt = verb.right_edge.i + 1
    subj = next((c for c in verb.head.children if c.dep_ in SUBJ_DEPS), None)
    return subj is not None and subj.left_edge.i == nxt and not ix.doc[nxt].is_punct


def _joined_clauses(ix: DocIndex, verb: Token, heads: list[Token]) -> list[Token]:
    """'… said that it was too soon to know, and there was "no sign" so far …': a
    clause joined to the cue that quotes the speaker goes on with what was said."""
    if heads[0].dep_ != "ccomp" or heads[0].i <= verb.i:
        return heads
    end = max(h.right_edge.i for h in heads)
    for c in verb.rights:
        if (
            c.dep_ == "conj"
            and c.i > end
            and c.tag_.startswith(("VB", "MD"))
            and any(x.dep_ in SUBJ_DEPS or x.dep_ == "expl" for x in c.children)
            and lx.FORM_TO_LEMMA.get(c.lower_) not in lx.CUE_LEMMAS
            and any(ix.quote_of[t.i] >= 0 for t in c.subtree)
        ):
            heads = heads + [c]
    return heads


# the subordinators that open the writer's circumstance, not more of what was said
_TIME_MARKS = frozenset("after before when whenever as since until once".split())


def _past_the_quote(ix: DocIndex, verb: Token, heads: list[Token]) -> list[Token]:
    """'said the town is ready to "turn the page," fix the roads and hire teachers': after
    a quotation closed with a comma the parser ends the reported clause and hangs the rest
    of it on the cue; the verbs that go on right after the quotation are still what was
    said (not a second cue, a participle of the writer's, or a time clause)."""
    if heads[0].dep_ != "ccomp" or heads[0].i < verb.i:
        return heads
    doc = ix.doc
    end = max(h.right_edge.i for h in heads)
    out = list(heads)
    for c in verb.rights:
        if c.i <= end or c in out or c.is_punct or c.dep_ == "cc":
            continue
        between = doc[end + 1 : c.left_edge.i]
        closes = doc[end].is_quote or any(t.is_quote for t in between)
        if (
            not closes
            or any(not (t.is_punct or t.dep_ == "cc") for t in between)
            or c.dep_ not in ("ccomp", "conj", "advcl")
            or not c.tag_.startswith(("VB", "MD"))
            or c.tag_ == "VBG"
            or lx.FORM_TO_LEMMA.get(c.lower_) in lx.CUE_LEMMAS
            or any(x.dep_ == "mark" and x.lower_ in _TIME_MARKS for x in c.children)
        ):
            break
        out.append(c)
        end = c.right_edge.i
    return out


def _joined_verbs(verb: Token, heads: list[Token]) -> list[Token]:
    """ "wants to triple X, grow Y and create Z": the parser hangs Y and Z on the cue;
    "described X as Y, but stopped short of Z" and a finite verb after an object are the
    writer going on."""
    if (
        heads[0].dep_ not in ("xcomp", "dobj")
        or lx.FORM_TO_LEMMA.get(verb.lower_) in lx.CHARGE_CUES
    ):
        return heads  # ("accused him of lying and walked out": the charge ends with its phrase)
    return heads + [
        c
        for c in verb.rights
        if c.dep_ == "conj"
        and c.i > heads[0].i
        and c.tag_.startswith("VB")
        and not any(x.dep_ in SUBJ_DEPS for x in c.children)
        and lx.FORM_TO_LEMMA.get(c.lower_) not in lx.CUE_LEMMAS
        and not any(x.dep_ == "cc" and x.lower_ in ("but", "yet") for x in verb.children)
        and (heads[0].dep_ == "xcomp" or not _finite_act(c))
    ]


# the words that open an indirect question: "… and how she would pay for it" ("who" and
# "which" more often open a relative clause: ", and who has been hoping to …")
_QUESTION_WORDS = frozenset("how why whether what where when if".split())


def _joined_questions(verb: Token, heads: list[Token]) -> list[Token]:
    """'The senator talked about taxes and how she would cut them', 'gave no details about
    the plan or why it would work': the parser hangs the question joined to the topic on
    the cue, or on the verb the cue hangs on, as a verb of its own; the topic and the
    question are one thing spoken of."""
    if not heads or heads[0].left_edge.i < verb.i:
        return []  # ("the gap between what he says it would do, and what it does")
    end = max(h.right_edge.i for h in heads)
    doc = verb.doc
    holders = [verb, *verb.ancestors]
    return [
        c
        for v in holders
        for c in v.rights
        if c.dep_ == "conj"
        and c.left_edge.lower_ in _QUESTION_WORDS
        and end + 2 <= c.left_edge.i <= end + 3
        and doc[c.left_edge.i - 1].dep_ == "cc"
        and doc[c.left_edge.i - 1].lower_ in ("and", "or")
    ]


def _finite_act(verb: Token) -> bool:
    """ "has not endorsed X and has been a critic of Y": after an object, a verb with an
    auxiliary or a tense of its own is the subject's next act, not more of the object."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        x.dep_ in ("aux", "auxpass") for x in verb.children
    )


def _clause_cand(
    ix: DocIndex,
    found: Findings,
    verb: Token,
    lemma: str,
    phrasal: str,
    subj: Token,
    heads: list[Token],
    cue: Span,
    source: Span,
) -> Cand | None:
    """The attribution of a cue verb and its content heads, with the clauses joined to them."""
    if (
        lemma in lx.WEAK_CUES
        and heads[0].dep_ != "ccomp"
        and not (lemma in GERUND_ONLY_CUES and heads[0].dep_ == "xcomp")
        and lemma not in lx.AS_CUES
        and not speaks_for_evidence(subj, lemma)
    ):
        return None  # (the "as" cues only return an object with its "as" phrase)
    heads = _past_the_quote(ix, verb, _joined_verbs(verb, _joined_clauses(ix, verb, heads)))
    heads = heads + _joined_questions(verb, heads)
    heads = heads + [c for c in verb.rights if c not in heads and _goes_on_in_the_present(c)]
    exclude = exclusions(ix, heads, verb)
    pieces: list[Span] = _coordination_before(ix, verb, subj, heads)
    pieces += _parenthetical_front(ix, verb, subj, heads)
    pieces += head_pieces(ix, heads, exclude, any_prep=False)
    pieces = in_paragraph(ix.text, verb.idx, pieces)
    pieces = subtract([p for p in pieces if p[1] > p[0]], [source, cue])
    if not pieces:
        return None
    pieces = cut_at_gloss(ix, cut_at_dash(ix, merge_close(ix.text, pieces)))
    pieces = past_colon(ix, one_sentence(ix, pieces, verb.idx), verb.idx)
    if not pieces or (sum(e - s for s, e in pieces) < 3 and not _said_so_or_no(ix.text, pieces)):
        return None
    if lemma in lx.WEAK_CUES:
        confidence = conf.WEAK_CUE
    elif lemma in lx.SPEECH_VERBS:
        confidence = conf.SPEECH_VERB
    else:
        confidence = conf.OTHER_CUE_VERB
    cand = Cand(
        content=pieces,
        cue=cue,
        cue_lemma=lemma + phrasal,
        cue_tok=verb,
        source=source,
        source_tok=subj,
        confidence=confidence,
        extras={"clause_head": heads[0].i},
    )
    intermediary_in(ix, verb, cand, exclude)
    if _joined_passive(verb, lemma) or _writers_it(verb, subj):
        # "The senator is moving to Dover but is expected to run": who expects it is not
        # said, as when the passive has its own subject ("The bill is expected to pass")
        cand.source = cand.source_tok = None
    if _writers_hedge(verb, subj):
        # kept until dedupe, so that what it holds stays the writer's too: "it is safe to
        # say he means the toll" is no report of his
        cand.extras["writers_remark"] = True
    found.cands.append(cand)
    return cand


def _coordination_before(ix: DocIndex, verb: Token, subj: Token, heads: list[Token]) -> list[Span]:
    """'A was planned, but B called it off, the source said.': the parser joins the
    sentence-final cue to the first clause and gives it only the last one; what was said
    is the whole sentence before the cue."""
    doc = ix.doc
    first = verb.head
    if (
        verb.dep_ != "conj"
        or not heads
        or heads[0].dep_ != "ccomp"
        or not first.i < heads[0].left_edge.i
        or not subj.left_edge.i > heads[-1].right_edge.i
        or doc[subj.left_edge.i - 1].text != ","
        or any(
            not t.is_punct and not t.is_space
            for t in doc[verb.right_edge.i + 1 : ix.sent_bounds(verb.i)[1]]
        )
    ):
        return []
    span = ix.tokspan(first.left_edge.i, heads[0].left_edge.i - 1)
    return [span] if span else []


def _set_off_by_commas(ix: DocIndex, verb: Token, subj: Token) -> tuple[int, int] | None:
    """'X, Mr. Barrett said in an interview, Y': the commas around a cue placed inside a
    sentence, with nothing but the subject and the cue's own words between them."""
    doc = ix.doc
    start, end = ix.sent_bounds(verb.i)
    open_comma = subj.left_edge.i - 1
    if subj.i > verb.i or open_comma <= start or doc[open_comma].text != ",":
        return None
    close = next((t.i for t in doc[verb.i + 1 : min(end, verb.i + 10)] if t.is_punct), None)
    if close is None or doc[close].text != ",":
        return None
    if any(t.tag_.startswith(("VB", "MD")) for t in doc[verb.i + 1 : close]):
        return None
    return open_comma, close


def _fronted_question(ix: DocIndex, clause: Token) -> Token | None:
    """The "Asked …" participle opening the sentence of clause, with no subject of its own
    ("Asked what he believed, he said, …"; "When asked …"), or None."""
    start = ix.sent_bounds(clause.i)[0]
    for c in clause.lefts:
        first = c.left_edge
        if (
            c.dep_ == "advcl"
            and lx.FORM_TO_LEMMA.get(c.lower_) == "ask"
            and (first.i == start or (first.i == start + 1 and ix.doc[start].lower_ == "when"))
            and first.lower_ in ("asked", "when")
            and not any(x.dep_ in SUBJ_DEPS for x in c.children)
            and c.right_edge.i + 1 < len(ix.doc)
            and ix.doc[c.right_edge.i + 1].text == ","
        ):
            return c
    return None


# 'Of the verdict, she said, "…"': the topic of the words fronts them and is part of them
_TOPIC_PREPOSITIONS = frozenset("of about as regarding".split())


def _occasion_in_front(ix: DocIndex, verb: Token, subj: Token) -> frozenset[int]:
    """'On WDVR's "Farm Hour" Tuesday, she said, "…"': a phrase that fronts the sentence
    before the cue's subject and is no clause says when or where it was said; the parser
    hangs it on the quoted verb, but the quotation that opens after the cue is the words."""
    doc = ix.doc
    close = next((t.i for t in doc[verb.i + 1 : verb.i + 8] if t.is_punct), None)
    if close is None or doc[close].text not in (",", ":") or close + 1 >= len(doc):
        return frozenset()
    qi = ix.quote_of[close + 1]
    if qi < 0 or not ix.quotes[qi].inner(ix.text)[:1].isupper():
        return frozenset()
    first = subj.left_edge.i
    out: set[int] = set()
    for c in verb.head.lefts:
        if (
            c.i < first
            and c.dep_ in ("prep", "npadvmod")
            and c.lower_ not in _TOPIC_PREPOSITIONS
            and ix.quote_of[c.i] < 0
        ):
            out.update(range(c.left_edge.i, c.right_edge.i + 1))
    return frozenset(out)


def _interrupting_cue(ix: DocIndex, found: Findings, verb: Token, subj: Token, cue: Span) -> bool:
    """'These employees, Stumpf explained at the hearing, were "well-paid"': a cue set
    off by commas inside a sentence the parser built around it; the sentence around the
    cue is what was said."""
    doc = ix.doc
    start, end = ix.sent_bounds(verb.i)
    commas = _set_off_by_commas(ix, verb, subj)
    if commas is None:
        return False
    open_comma, close = commas
    if not any(t.tag_.startswith(("VB", "MD")) for t in doc[close + 1 : end]):
        return False  # nothing said after the cue
    if ix.quote_of[start] >= 0 or ix.quote_of[close + 1] >= 0:
        return False  # quotations around a cue are paired up by attach_quotes()
    if not any(t.tag_.startswith(("NN", "PRP", "CD")) for t in doc[start:open_comma]):
        return False  # "Instead, both sides reiterated …": an adverb, not words said
    if any(c.dep_ == "dobj" and c.lower_ not in lx.HUMAN_NOUNS for c in verb.children):
        return False
    before = ix.tokspan(start, open_comma - 1)
    after = ix.tokspan(close + 1, end - 1)
    if before is None or after is None:
        return False
    source = source_span(ix, found, subj)
    if source is None:
        return False
    found.cands.append(
        Cand(
            # ('…, the report said, have closed, the latter a nod to …': the gloss is cut)
            content=cut_at_gloss(ix, [before, after]),
            cue=cue,
            cue_lemma=lx.FORM_TO_LEMMA.get(verb.lower_, verb.lower_),
            cue_tok=verb,
            source=source,
            source_tok=subj,
            confidence=conf.INTERRUPTING_CUE,
        )
    )
    return True


def _parenthetical_front(ix: DocIndex, verb: Token, subj: Token, heads: list[Token]) -> list[Span]:
    """'So when the deal fell through, Mr. Barrett said, "we were floored."': a cue set
    off by commas inside the sentence; the words before it belong to what was said."""
    if not heads or heads[0].i < verb.i or _set_off_by_commas(ix, verb, subj) is None:
        return []
    if heads[0].dep_ == "dobj" and ix.quote_of[heads[0].i] < 0:
        # "When the pier opened, his rivals denounced him, …": an object said nothing
        # with the clause before the cue; that clause is the writer's scene
        return []
    first = subj.left_edge.i
    front = [c for c in verb.lefts if c.i < first and c.dep_ in ("advcl", "advmod")]
    if not front or front[0].left_edge.i != ix.sent_bounds(verb.i)[0]:
        return []
    if not any(c.dep_ == "advcl" and any(x.dep_ in SUBJ_DEPS for x in c.children) for c in front):
        return []  # "Asked about it, he said, …", "In May, he said, …": circumstances
    qi = ix.quote_at(ix.doc[heads[0].left_edge.i].idx)
    if qi >= 0 and ix.quotes[qi].inner(ix.text)[:1].isupper():
        # 'When the vote was called, Lee wrote, "It is time to go."': a quotation that is
        # a sentence of its own does not go on from the clause before the cue
        return []
    span = ix.tokspan(front[0].left_edge.i, first - 2)
    return [span] if span else []


def add_clause(
    ix: DocIndex,
    found: Findings,
    verb: Token,
    lemma: str,
    subj: Token,
    heads: list[Token],
    cue: Span,
    confidence: float,
    skip_subtree: Token | None = None,
    skip: frozenset[int] = frozenset(),
) -> None:
    """An attribution whose content is the heads' subtrees (without skip_subtree's and the
    tokens in skip)."""
    source = source_span(ix, found, subj)
    if source is None:
        return
    exclude = exclusions(ix, heads, verb) | skip
    if skip_subtree is not None:
        exclude |= {t.i for t in skip_subtree.subtree}
    pieces = in_paragraph(ix.text, verb.idx, head_pieces(ix, heads, exclude))
    pieces = subtract(pieces, [source, cue])
    if not pieces:
        return
    pieces = cut_at_gloss(ix, cut_at_dash(ix, merge_close(ix.text, pieces)))
    pieces = past_colon(ix, pieces, verb.idx)
    if sum(e - s for s, e in pieces) < 3:
        return
    found.cands.append(
        Cand(
            content=pieces,
            cue=cue,
            cue_lemma=lemma,
            cue_tok=verb,
            source=source,
            source_tok=subj,
            confidence=confidence,
        )
    )


def passive(ix: DocIndex, found: Findings, verb: Token, lemma: str) -> None:
    """'The plan was rejected by the council': the agent speaks, the subject is content."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None and lemma in lx.EVIDENTIAL_PASSIVES:
        evidential(ix, found, verb, lemma)  # "The bill is expected to pass"
        return
    if lemma == "ask":
        asked_unnamed(ix, found, verb)  # "He was asked whether he would run"
        return
    if lemma in lx.AS_CUES:
        seen_as(ix, found, verb, lemma, agent)
        return
    if lemma == "know" and agent is None:
        known_for(ix, found, verb)  # "She is known for her blunt speeches"
        return
    if lemma not in lx.DOBJ_CUES and lemma not in lx.CHARGE_CUES:
        return
    if lemma in lx.CLAUSE_FIRST_CUES and agent is None:
        return
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is None or ix.quote_of[patient.i] >= 0:
        return
    if agent is None:
        charged(ix, found, verb, lemma, patient)
        return
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if pobj is None or not (can_hold_views(pobj) or _documents(pobj)):
        return
    first = verb.i
    for c in verb.lefts:
        if c.dep_ in ("auxpass", "aux", "neg", "advmod") and c.i > patient.right_edge.i:
            first = min(first, c.i)
    cue = (ix.doc[first].idx, agent.idx + len(agent))
    add_clause(ix, found, verb, lemma, pobj, [patient], cue, conf.PASSIVE)


def seen_as(ix: DocIndex, found: Findings, verb: Token, lemma: str, agent: Token | None) -> None:
    """'The guild is generally regarded as the most cautious', 'Radio is increasingly
    seen as a source of news (by younger users)': a passive of viewing with an "as" phrase;
    the one viewed and the view are what is held, by the agent when one is named (PolNeAR
    gives the agentless ones no source)."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    as_phrase = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    view = (
        next((c for c in as_phrase.children if c.dep_ in ("pobj", "pcomp")), None)
        if as_phrase
        else None
    )
    if patient is None or view is None or ix.quote_of[patient.i] >= 0:
        return
    if patient.lower_ in ("it", "this", "there", "what") or any(
        t.tag_ == "WP$" for t in patient.subtree
    ):
        return  # "whose finish was seen as …": the relative clause of another sentence
    if patient.lower_ == "that" and patient.tag_ != "WDT":
        return
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if pobj is not None and can_hold_views(pobj):
        cue = (verb.idx, agent.idx + len(agent))
        add_clause(ix, found, verb, lemma, pobj, [patient, view], cue, conf.PASSIVE)
        return
    _add_agentless_passive(ix, found, verb, lemma, patient, view)


def _documents(noun: Token) -> bool:
    """ "endorsed by dozens of papers", "backed by fewer publications": documents that speak."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if inner is not None and noun.lower_ in ("dozens", "hundreds", "scores", "number"):
        noun = inner  # "dozens of papers"
    low = noun.lower_
    return low.endswith("s") and (low[:-1] in lx.DOCUMENT_NOUNS or low == "publications")


def charged(ix: DocIndex, found: Findings, verb: Token, lemma: str, patient: Token) -> None:
    """'He has been criticized for his policies', 'The mayor was accused of lying': a
    passive of judging with no one named; the one judged and the charge are what is held
    (PolNeAR gives these no source)."""
    if lemma == "charge" or (lemma not in lx.OBJECT_PREP_CUES and lemma not in lx.CHARGE_CUES):
        return  # ("was charged with assault" is a court's act, not a view)
    if patient.lower_ in ("it", "this", "there", "what") or (
        patient.lower_ == "that" and patient.tag_ != "WDT"
    ):
        # a relative pronoun stays ("a trader who was accused of fraud": "who | of fraud"),
        # a free relative does not ("in what is criticized as X": the writer naming X)
        return
    charge = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "prep"
            and c.lower_ in ("for", "of", "as", "with")
            and any(x.dep_ in ("pobj", "pcomp") for x in c.children)
        ),
        None,
    )
    if charge is None:
        return
    _add_agentless_passive(ix, found, verb, lemma, patient, charge)


def _add_agentless_passive(
    ix: DocIndex, found: Findings, verb: Token, lemma: str, patient: Token, what: Token
) -> None:
    """The one judged or viewed and what is said of them ('the mayor | of lying', 'the plan |
    as a mistake'), within the verb's sentence and paragraph, with no source."""
    pieces = ix.subtree_span(patient) + ix.subtree_span(what)
    pieces = one_sentence(ix, in_paragraph(ix.text, verb.idx, pieces), verb.idx)
    if len(pieces) < 2:
        return
    cue, _ = cue_span(ix, verb, None)
    found.cands.append(
        Cand(content=pieces, cue=cue, cue_lemma=lemma, cue_tok=verb, confidence=conf.PASSIVE)
    )


def clause_verbs(ix: DocIndex, found: Findings) -> None:
    """'The Post has learned that …', 'Scholars have long debated whether …': a verb
    outside the lexicon whose subject can hold views and whose object is a clause."""
    doc = ix.doc
    seen = {i for i in ix.cue_positions if doc[i].lower_ not in lx.FEELING_CAUSE_FORMS}
    for i in ix.ccomp_positions:
        tok = doc[i]
        verb = tok.head
        if verb.i in seen or verb.i > tok.i or not verb.tag_.startswith("VB"):
            continue
        # a clause opened by "that", "whether", "how" … right after the verb
        if tok.left_edge.lower_ not in _CLAUSE_OPENERS or tok.left_edge.i - verb.i > 3:
            continue
        seen.add(verb.i)
        if ix.quote_of[verb.i] >= 0 or ix.in_boiler(verb.idx):
            continue
        if verb.lower_ in lx.NON_CUE_VERBS:
            continue
        cue_verb(ix, found, verb, verb.lower_)


def noun_tagged_cue(ix: DocIndex, found: Findings, tok: Token, lemma: str) -> None:
    """'…, the candidate's former doctor maintains.': a sentence-final speech verb the
    tagger took for a plural noun, with the clause before it as its complement."""
    doc = ix.doc
    ccomp = next((c for c in tok.lefts if c.dep_ == "ccomp"), None)
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if ccomp is None or not tok.lower_.endswith("s") or (nxt is not None and not nxt.is_punct):
        return
    comma = next(
        (t.i for t in reversed(doc[ccomp.right_edge.i + 1 : tok.i]) if t.text == ","), None
    )
    if comma is None or tok.i - comma < 2 or tok.i - comma > 10:
        return
    subj = doc[tok.i - 1]
    if not (subj.tag_.startswith("NN") or subj.tag_ == "PRP"):
        return
    found.subject_first[subj.i] = comma + 1
    if lemma not in lx.SPEECH_VERBS or not can_hold_views(subj):
        return
    cue = (tok.idx, tok.idx + len(tok))
    add_clause(ix, found, tok, lemma, subj, [ccomp], cue, conf.NOUN_TAGGED_CUE)


def name_then_tagged_cue(ix: DocIndex, found: Findings, tok: Token, lemma: str) -> None:
    """'Ruiz predicts that the others will drop out': a name and a cue verb that the tagger
    read as a compound noun ("Ruiz predicts" as in "tax cuts"); the name is the subject and
    the "that" clause after the verb the content, when the article names a person so."""
    doc = ix.doc
    if tok.dep_ != "ROOT" or not tok.lower_.endswith("s") or tok.i < 1 or tok.i + 1 >= len(doc):
        return
    subj, after = doc[tok.i - 1], doc[tok.i + 1]
    if subj.head != tok or subj.dep_ not in ("compound", "nsubj") or after.lower_ != "that":
        return
    if not (subj.text.istitle() and subj.text in person_words(doc)):
        return
    clause = next((c for c in tok.rights if c.dep_ in _THAT_CLAUSES and after in c.children), None)
    if clause is None:
        return
    cue = (tok.idx, tok.idx + len(tok))
    add_clause(ix, found, tok, lemma, subj, [clause], cue, conf.NOUN_TAGGED_CUE)


# how the parser hangs the "that" clause on a verb it took for a noun
_THAT_CLAUSES = frozenset(["ccomp", "acl", "relcl", "advcl"])


def closing_cues(ix: DocIndex, found: Findings) -> None:
    """'The ferry will stop running in May, the harbour master said.': a speech verb (or a
    finding of records or polls: "…, county records show.") that closes its sentence after
    a comma and its subject, which the parser hung somewhere in the clause before it (an
    adverbial, a conjunct) or whose clause a rule before set aside; the words before the
    comma are what was said."""
    doc = ix.doc
    taken = {c.cue_tok.i for c in found.cands if c.cue_tok is not None}
    for i in ix.cue_positions:
        verb = doc[i]
        lemma = lx.FORM_TO_LEMMA.get(verb.lower_)
        finding = lemma in lx.FINDING_CUES and _finding_form(verb)
        if (
            i in taken
            or not (finding or (lemma in lx.SPEECH_VERBS and _finite_active(verb)))
            or ix.quote_of[i] >= 0
            or ix.in_boiler(verb.idx)
        ):
            continue
        found_parts = _closing_parts(ix, verb)
        if found_parts is None:
            continue
        subj, content, comma = found_parts
        if finding and subj.lower_ not in lx.EVIDENCE_NOUNS:
            continue
        if comma < subj.i < verb.i:
            # the words after the comma are the source, whatever the parser hung them on
            # ("…, Federal Election Commission records show."), after an "as" of their own
            words = doc[comma + 1 : subj.i + 1]
            first = next((t.i for t in words if t.tag_ not in ("IN", "CC")), subj.i)
            found.subject_first.setdefault(subj.i, first)
        if any(c.cue and content[0] <= c.cue[0] < content[1] for c in found.cands):
            # "She vowed to stay, Moss said": a cue inside keeps its own speaker (whose
            # attribution would be dropped as reported inside this one)
            continue
        source = source_span(ix, found, subj)
        if source is None:
            continue
        cue, phrasal = cue_span(ix, verb, subj)
        pieces = one_sentence(ix, in_paragraph(ix.text, verb.idx, [content]), verb.idx)
        if not pieces:
            continue
        found.cands.append(
            Cand(
                content=pieces,
                cue=cue,
                cue_lemma=lemma + phrasal,
                cue_tok=verb,
                source=source,
                source_tok=subj,
                confidence=conf.INTERRUPTING_CUE,
            )
        )


def _finding_form(verb: Token) -> bool:
    """ "…, county records show.", "…, the poll found.": a present or past of showing or
    finding, also where the tagger took "show" after a plural for a noun."""
    return verb.lower_ in ("show", "shows", "showed", "found", "finds") and (
        verb.tag_ in ("VBD", "VBZ", "VBP", "VBN", "NN")
    )


def _finite_active(verb: Token) -> bool:
    """ "said", "says", "has told", and a past tense the tagger took for a participle
    ("…, as the paper reported on Tuesday")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    )


def _closing_parts(ix: DocIndex, verb: Token) -> tuple[Token, Span, int] | None:
    """The subject, the clause before the comma and the comma of '…, SUBJECT VERB [to whom,
    when].' or '…, VERB SUBJECT.'"""
    doc = ix.doc
    start, end = ix.sent_bounds(verb.i)
    while end > verb.i + 1 and doc[end - 1].is_space:
        end -= 1  # the paragraph break the sentence ends with
    found_subject = _inverted_subject(ix, verb, end) or _subject_before(ix, verb, start, end)
    if found_subject is None:
        return None
    subj, comma = found_subject
    evidence = subj.lower_ in lx.EVIDENCE_NOUNS
    if not (subj.tag_.startswith(("NN", "PRP")) or evidence) or not (
        can_hold_views(subj) or evidence
    ):
        return None  # "…, their smiles said.", "…, it says."
    before = doc[start:comma]
    if not _main_clause_in(before):
        return None  # "But because he had served his time, he found …": a circumstance
    # a quotation that opens the clause is the quotation rules' ('"…," she said'); a
    # quoted phrase inside it is not ('The closure signals "the end" for us, said Lee.')
    if (
        len(before) < 4
        or not any(t.tag_.startswith(("VB", "MD")) or _verb_read_as_plural(t) for t in before)
        or ix.quote_of[before[0].i] >= 0
        or before[0].is_quote
    ):
        return None
    span = ix.tokspan(start, comma - 1)
    return (subj, span, comma) if span else None


def _verb_read_as_plural(tok: Token) -> bool:
    """A verb of saying the tagger read as a plural noun after another noun ("The rejection
    of the treaty signals …", parsed "treaty signals")."""
    return (
        tok.tag_ == "NNS"
        and tok.i > 0
        and tok.nbor(-1).tag_ in ("NN", "NNP")
        and lx.is_speech_verb(tok.lower_)
    )


def _subject_before(ix: DocIndex, verb: Token, start: int, end: int) -> tuple[Token, int] | None:
    """ "…, the harbour master said [to whom, when].": the subject, a name or a pronoun,
    between the comma and the verb; after the verb at most a listener, a time or a place."""
    doc = ix.doc
    tail = doc[verb.i + 1 : end]
    if not len(tail) or tail[-1].text not in (".", "!") or len(tail) > 8:
        return None
    if any(t.tag_.startswith(("VB", "MD")) or t.is_quote or t.text in (":", ",") for t in tail):
        return None
    if verb.lower_ not in ("told", "tells", "tell") and any(t.dep_ == "dobj" for t in tail):
        return None  # "…, he found himself on the street", "…, she asked the mayor about it"
    comma = next((t.i for t in reversed(doc[start : verb.i]) if t.is_punct), None)
    if comma is None or doc[comma].text != "," or not 1 <= verb.i - comma - 1 <= 6:
        return None
    words = [t for t in doc[comma + 1 : verb.i] if t.dep_ not in ("aux", "neg")]
    if not words:
        return None
    records = words[-1].lower_ in lx.EVIDENCE_NOUNS
    if any(_clause_word(t, records) for t in words):
        return None
    if words[0].tag_ == "CC" or words[0].lower_ in _CLAUSE_SUBORDINATORS:
        # ", and he never spoke longer than …", ", since Lee spoke only in riddles.": a
        # clause of its own
        return None
    return words[-1], comma


def _clause_word(tok: Token, records: bool) -> bool:
    """A word that makes the words before a closing cue a clause, not its subject: a verb
    or a wh-word. Before records a participle is their kind and "records" no verb
    ("fundraising documents show", "Election Commission records show", which the tagger
    reads as a participle and a verb)."""
    if records and (tok.lower_ in lx.EVIDENCE_NOUNS or tok.tag_ in ("VBG", "VBN")):
        return False
    return tok.tag_.startswith(("VB", "MD", "W"))


def _inverted_subject(ix: DocIndex, verb: Token, end: int) -> tuple[Token, int] | None:
    """ "…, said the company's chief executive, Jo Brand.": the verb right after the comma
    and its subject closing the sentence, with at most a time or place after it; also
    another verb of saying, whose subject the parser may take for its object ("…, added
    the harbour master, Ana Ruiz.")."""
    doc = ix.doc
    comma = verb.i - 1
    # (closing_cues has taken only a finite verb of saying)
    if comma < 0 or doc[comma].text != "," or not lx.is_speech_verb(verb.lower_):
        return None
    deps = ("nsubj",) if verb.lower_ in ("said", "says") else ("nsubj", "dobj")
    subj = next((c for c in verb.rights if c.dep_ in deps), None)
    if subj is not None and subj.dep_ == "dobj" and not _named(subj):
        return None  # "…, released a digital ad.", "…, cites a long list of …": an object
    if subj is None or subj.left_edge.i - verb.i > 2:
        return None
    tail = doc[subj.right_edge.i + 1 : end]
    if not len(tail) or tail[-1].text not in (".", "!") or len(tail) > 5:
        return None
    if any(t.tag_.startswith(("VB", "MD")) or t.is_quote for t in tail):
        return None
    return subj, comma


def _named(noun: Token) -> bool:
    """A name, or a description with a name set beside it ("the harbour master, Ana Ruiz")."""
    return any(
        t.ent_type_ == "PERSON" or t.tag_ == "NNP"
        for t in (noun, *(c for c in noun.children if c.dep_ == "appos"))
    )


def _main_clause_in(before: TokenSpan) -> bool:
    """Whether the words before the closing cue hold a main clause: not only a circumstance
    ("Because he had served his time, …") but "As the rally began, a girl was hurt, …"."""
    opener = next((t for t in before if t.lower_ not in ("but", "and", "so")), None)
    if opener is None:
        return False
    if opener.lower_ not in _SUBORDINATORS and opener.lower_ != "if":
        return True
    # a subordinate clause first: a main clause must follow its comma
    comma = next((t for t in before if t.text == "," and t.i > opener.i), None)
    if comma is None:
        return False
    rest = before[comma.i - before.start + 1 :]
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in rest) and any(
        t.tag_.startswith(("VB", "MD")) for t in rest
    )
