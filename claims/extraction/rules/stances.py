"""Stance words and polls: 'X is critical of Y' (adjectives), 'Trump's claim that Y',
'voiced support for Y' (nouns, with a light verb), 'made the following comment: "…"', and
'In the latest poll, Clinton leads' (what a poll reports)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .. import lexicon as lx
from . import confidence as conf
from .boundaries import in_paragraph, one_sentence
from .candidates import Cand, Findings
from .content import phrases_after
from .cue_verbs import add_clause
from .index import DocIndex
from .sources import (
    SUBJ_DEPS,
    can_hold_views,
    cue_span,
    holds_own_cue,
    object_verb_subject,
    source_span,
)

_COLON_GAP = re.compile(r"[ \t]*:\s*")


def in_view_of(ix: DocIndex, found: Findings, to: Token) -> None:
    """'To many voters, the mayor is a reformer', 'To Reyes, the vote was rigged': a
    sentence opening on "To" and someone who can hold a view is that someone's view."""
    # every "to" comes here: the parse is read before the sentence is looked up
    clause = to.head
    if to.dep_ != "prep" or to.i > clause.i or not clause.tag_.startswith(("VB", "MD")):
        return
    holder = next((c for c in to.children if c.dep_ == "pobj"), None)
    if holder is None:
        return
    doc = ix.doc
    start = ix.sent_bounds(to.i)[0]
    if to.i != start and not (to.i == start + 1 and doc[start].lower_ in ("but", "and")):
        return
    after = to.right_edge.i + 1
    if after >= len(doc) or doc[after].text != "," or clause.i < after:
        return
    if holder.lower_ in ("person", "man", "woman") or not can_hold_views(holder):
        return  # "To a person, they agreed": every one of them
    if lx.FORM_TO_LEMMA.get(clause.lower_) in lx.CUE_LEMMAS:
        return  # "To reporters, she said …": the cue's own listener
    cue = (to.idx, to.idx + len(to))
    skip = frozenset(range(start, after + 1))  # with an opening "But"
    add_clause(ix, found, clause, "to", holder, [clause], cue, conf.IN_VIEW_OF, skip=skip)


def in_poll(ix: DocIndex, found: Findings, noun: Token) -> None:
    """'In the latest poll, Clinton leads Trump by five points': the clause the phrase
    hangs on is what the poll reports, unless a cue of its own reports it."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in lx.POLL_AGGREGATES:
        # "Lund trails in the Ballot Watch average of state polls": the average reports
        noun = of.head
    prep, clause = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return
    for _ in range(4):
        # "took 6 percent of the vote in a Herald poll": the parser hung the phrase on the
        # object; the clause is its verb's
        if clause.tag_.startswith(("VB", "MD")) or clause.dep_ not in _OBJECT_PATH:
            break
        clause = clause.head
    if not clause.tag_.startswith(("VB", "MD")) or lx.FORM_TO_LEMMA.get(clause.lower_):
        return
    if clause.dep_ == "xcomp" and clause.head.tag_.startswith("VB"):
        # "Clinton continues to lead in the polls": the subject is the verb's above
        clause = clause.head
    subj = next((c for c in clause.children if c.dep_ in SUBJ_DEPS), None)
    if subj is None:
        return
    after = prep.right_edge.i + 1
    fronted = prep.i < subj.i and ix.doc[after].text == ","
    if fronted:
        skip = frozenset(t.i for t in prep.subtree)
    elif _standing_in_poll(ix, clause, subj, prep):
        # the clause ends where the phrase begins: ", his worst showing" after it is the
        # writer's
        skip = frozenset(range(prep.i, clause.right_edge.i + 1))
    else:
        return
    cue = (prep.idx, prep.idx + len(prep))
    add_clause(ix, found, clause, "in", noun, [clause], cue, conf.IN_POLL, skip=skip)


_OBJECT_PATH = frozenset({"dobj", "pobj", "prep", "npadvmod"})
# what a candidate has in the polls
_LEADS = frozenset("lead leads edge advantage deficit".split())


def _standing_in_poll(ix: DocIndex, clause: Token, subj: Token, prep: Token) -> bool:
    """'Clinton leads by five points in a poll released Sunday', 'where he has been leading
    in the polls': a phrase closing a clause of someone's standing in the race."""
    after = prep.right_edge.i + 1
    closes = after >= len(ix.doc) or ix.doc[after].text in (",", ".", ";", "—")
    standing = (
        clause.lower_ in lx.STANDING_FORMS
        or any(c.lower_ in ("ahead", "behind") for c in clause.children)
        or any(c.lower_ in lx.STANDING_FORMS for c in clause.children if c.dep_ == "xcomp")
        # "Varga has a clear lead in the polls"
        or any(c.dep_ == "dobj" and c.lower_ in _LEADS for c in clause.children)
        or _poll_figure(clause, prep)
    )
    return closes and standing and subj.i < clause.i < prep.i


def _poll_figure(clause: Token, prep: Token) -> bool:
    """ "Varga had 38 percent support in a Herald poll", "Lund slipped to 39 percent in
    Monday's poll", "Just 18 percent of voters have a kind word for him in the new survey":
    a share the clause gives is a poll's figure, whatever its verb (not a cue's: "say" and
    "see" report on their own)."""
    phrase = range(prep.left_edge.i, prep.right_edge.i + 1)
    return any(
        t.i not in phrase and (t.lower_ in ("percent", "%") or t.lower_.startswith("percentage"))
        for t in clause.subtree
    )


def stance_adjective(ix: DocIndex, found: Findings, adj: Token) -> None:
    """'X is critical of Y', 'X was sure Y', 'X is opposed to Y'."""
    if adj.lower_ == "clear":
        _made_clear(ix, found, adj)
        return
    if adj.dep_ == "acomp":
        verb = adj.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif adj.tag_ == "VBN":
        # "The treasurer is convinced that …", parsed as a passive: the copula is its verb
        verb = next((c for c in adj.children if c.dep_ == "auxpass"), adj)
        subj = next((c for c in adj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        return
    if subj is None or not can_hold_views(subj):
        return
    heads = [c for c in adj.children if c.dep_ in ("ccomp", "xcomp")]
    if not heads:
        # "The mayor was adamant that the tax would not rise": the parser hangs the clause
        # on the copula, right after the adjective
        heads = [
            c
            for c in verb.rights
            if c.dep_ == "ccomp" and c.left_edge.i == adj.right_edge.i + 1 and c.i > adj.i
        ]
    if not heads:
        heads = [
            c
            for c in adj.children
            if c.dep_ == "prep" and c.lower_ in lx.CONTENT_PREPS | {"to"} and c.i == adj.i + 1
        ]
    if not heads:
        return
    doc = ix.doc
    first = verb.i if verb.i < adj.i and verb.i > subj.right_edge.i else adj.i
    last = heads[0].i if heads[0].dep_ == "prep" else adj.i
    cue = (doc[first].idx, doc[last].idx + len(doc[last]))
    add_clause(ix, found, adj, adj.lower_, subj, heads[:1], cue, conf.STANCE_WORD)


def _made_clear(ix: DocIndex, found: Findings, adj: Token) -> None:
    """'The senator made (it) clear that the bill was dead': the that-clause, hung on
    "clear" or on "made", is what the subject of "made" says."""
    make = adj.head
    if make.lower_ not in lx.MAKE_FORMS or adj.i - make.i > 2:
        return
    subj = object_verb_subject(ix, make)
    if subj is None or not can_hold_views(subj):
        return
    clause = next(
        (
            c
            for c in list(adj.children) + list(make.rights)
            if c.i > adj.i and c.dep_ in ("ccomp", "advcl") and c.left_edge.lower_ == "that"
        ),
        None,
    )
    if clause is None:
        return
    cue = (make.idx, adj.idx + len(adj))
    add_clause(ix, found, make, "make clear", subj, [clause], cue, conf.STANCE_WORD)


# "earned the support of X": the support X gives goes to the subject
_GIVEN_NOUNS = frozenset("support endorsement".split())
_RECEIVING_VERBS = frozenset(
    """
    earn earned earns earning win won wins winning get got gets getting receive received
    receives receiving gain gained gains secure secured secures has have had having enjoy
    enjoys enjoyed land landed lands
    """.split()
)


def _support_received(ix: DocIndex, found: Findings, noun: Token) -> bool:
    """'Trump earned the support of four in 10 voters', 'Cruz has the endorsement of the
    governor': the ones who give the support hold the view, and whom they back is what
    they hold."""
    verb = noun.head
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    giver = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if giver is None or ix.quote_of[giver.i] >= 0 or not can_hold_views(giver):
        return False
    holder = object_verb_subject(ix, verb)
    if holder is None or holder.tag_ in ("WP", "WDT") or not can_hold_views(holder):
        return False
    content = source_span(ix, found, holder)
    source = source_span(ix, found, giver)
    if content is None or source is None:
        return False
    found.cands.append(
        Cand(
            content=[content],
            cue=(verb.idx, of.idx + len(of)),
            cue_lemma=noun.lower_,
            cue_tok=noun,
            source=source,
            source_tok=giver,
            confidence=conf.STANCE_WORD,
        )
    )
    return True


# possessive pronouns that hold a stance: 'his promise to be "neutral"', 'her warning that
# …' ("its" is left out: 'its claim' is most often a document's or a company's)
_POSSESSIVE_HOLDERS = frozenset("his her their".split())
# nouns whose phrase after a possessor is not what the possessor holds: a backing the
# writer describes ("support for"), the topic of a standpoint ("stance on", "views of")
_PHRASE_NOT_HELD = frozenset("support stance stances position positions view views".split())


# words said for or against someone, whose phrase is the target: "her attacks on X"
_AIMED_NOUNS = frozenset(
    "criticism criticisms attack attacks praise condemnation denunciation denunciations".split()
)


def stance_noun(ix: DocIndex, found: Findings, noun: Token) -> None:
    """'Trump's claim that ...', 'his determination to act alone', 'her criticism of X'."""
    if (
        noun.lower_ in _GIVEN_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.lower_ in _RECEIVING_VERBS
        and _support_received(ix, found, noun)
    ):
        return
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    light = None
    if poss is None and noun.dep_ == "dobj" and noun.head.lower_ in lx.LIGHT_CUE_FORMS:
        # 'raised questions about X', 'voiced support for X', 'expressed concern that X'
        light = noun.head
        poss = object_verb_subject(ix, light)
    if poss is None:
        # "media pronouncements that …", "White House statement that …"
        poss = next(
            (c for c in noun.children if c.dep_ == "compound" and can_hold_views(c)),
            None,
        )
    if poss is None:
        _clause_of_verb_object(ix, found, noun)
        return
    pronoun = _possessive_pronoun(poss)
    if not (pronoun or can_hold_views(poss)):
        return
    heads = _stance_noun_heads(noun)
    aimed = noun.lower_ in _AIMED_NOUNS and bool(heads)
    if pronoun and (not heads or heads[0].dep_ == "prep") and not aimed:
        # "his support for X", "their position on Y": after a pronoun a phrase is as
        # often the writer's as the holder's; only a clause is taken ("her attacks on X",
        # "their criticism of Y" name what was said against, whoever's the words)
        return
    if light is None and noun.lower_ in _PHRASE_NOT_HELD and heads and heads[0].dep_ == "prep":
        # "the mayor's support for the levy was well known", "voter support for the plan":
        # a backing the writer names as a known fact, not one voiced (polnear-train
        # annotates 1 in 13 of these); "voiced support for" above is kept. "The senator's
        # stance on trade", "voters' views of the mayor": the phrase is the topic of a
        # view the sentence does not give (2 in 11)
        return
    if not heads:
        _noun_colon_quote(ix, found, noun, light, poss)
        return
    doc = ix.doc
    last = heads[0].i if heads[0].dep_ == "prep" else noun.i
    first = light if light is not None else noun
    if pronoun and aimed:
        # "Ruiz stepped up her attacks on Hale": the subject the pronoun stands for is the
        # source, the verb opens the cue
        verb, subj = _subject_of_possessor(noun)
        if subj is not None:
            poss, first = subj, verb
    cue = (first.idx, doc[last].idx + len(doc[last]))
    heads = heads[:1]
    if light is not None and heads[0].dep_ == "prep":
        # 'raised questions about X during the debate': the verb's phrases go on
        heads += phrases_after(ix, light, heads[0].right_edge.i)
    add_clause(ix, found, noun, noun.lower_, poss, heads, cue, conf.STANCE_WORD)


def view_before_copula(ix: DocIndex, found: Findings, noun: Token) -> bool:
    """ "Ruiz's point was that the levy had failed", "Their fear is that it could be too
    late": a view noun with its holder's possessive, the subject of "is", states the view in
    the that-clause after the copula. Returns whether it found one."""
    copula = noun.head
    if noun.dep_ != "nsubj" or copula.lower_ not in _COPULAS or ix.quote_of[noun.i] >= 0:
        return False
    clause = next(
        (c for c in copula.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"), None
    )
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if clause is None or poss is None:
        return False
    if not (_possessive_pronoun(poss) or can_hold_views(poss)):
        return False
    start = ix.doc[poss.right_edge.i + 1]
    cue = (start.idx, copula.idx + len(copula))
    # "that Lee is, in fact, stalling": what the parser hangs on the copula after the
    # clause goes on with the view
    heads = [c for c in copula.rights if c.i >= clause.i and c.dep_ != "punct"]
    add_clause(ix, found, noun, noun.lower_, poss, heads, cue, conf.STANCE_WORD)
    return True


def _subject_of_possessor(noun: Token) -> tuple[Token, Token | None]:
    """The verb a noun with a possessive pronoun hangs on ("stepped up his attacks", "were
    unsparing in their criticism") and that verb's subject, when it can hold views."""
    verb = noun.head
    while verb.dep_ in ("prep", "pobj", "dobj", "acomp") and verb.head != verb:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > noun.i or not can_hold_views(subj):
        return verb, None
    return verb, subj


# the verbs that make a holder noun say what someone is: "was a backer of", "remains a critic of"
_COPULAS = frozenset("is are was were be been being remains remained becomes became".split())


def holder_noun(ix: DocIndex, found: Findings, noun: Token) -> None:
    """'Rep. Ortiz was an early backer of the levy', 'Lund, a fierce critic of the plan,',
    'Dayton has been a longtime Varga supporter': whom or what the one described backs or
    opposes is their stance."""
    holder, first = _described_by(noun)
    if holder is None or ix.quote_of[holder.i] >= 0 or not can_hold_views(holder):
        return
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    target = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if target is not None:
        last = of
        # "of Roe v. Wade, which …": what the target's relative clause or aside adds is the
        # writer's
        aside = [c.left_edge.i for c in target.rights if c.dep_ in ("relcl", "acl", "appos")]
        end = min(aside) - 1 if aside else target.right_edge.i
        content = ix.tokspan(target.left_edge.i, end)
    else:
        # "a longtime Varga supporter": a name right before the noun is whom they back
        name = [c for c in noun.lefts if c.dep_ == "compound" and c.tag_ == "NNP"]
        if not name or name[-1].i != noun.i - 1:
            return
        first = last = noun
        content = ix.tokspan(name[0].left_edge.i, name[-1].i)
    if noun.dep_ == "appos" or noun.head.dep_ == "appos":
        # the name alone: the description beside it is the cue and the content
        source = ix.tokspan(holder.left_edge.i, holder.i)
    else:
        source = source_span(ix, found, holder)
    if content is None or source is None or ix.quote_of[noun.i] >= 0:
        return
    found.cands.append(
        Cand(
            content=[content],
            cue=(first.idx, last.idx + len(last)),
            cue_lemma=noun.lower_.rstrip("s"),
            cue_tok=noun,
            source=source,
            source_tok=holder,
            confidence=conf.STANCE_WORD,
        )
    )


def _described_by(noun: Token) -> tuple[Token | None, Token]:
    """Who the holder noun describes, and where the cue starts: the subject of "is a
    supporter of" (the cue from the verb), the name a "supporter of" stands beside (the
    cue from the noun), also as the second of two descriptions ("a former mayor and fierce
    critic of")."""
    described = noun.head if noun.dep_ == "conj" and noun.head.dep_ in ("attr", "appos") else noun
    if described.dep_ == "appos":
        return described.head, noun
    verb = described.head
    if described.dep_ == "attr" and verb.lower_ in _COPULAS | {"'s"}:
        subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        aux = [c for c in verb.lefts if c.dep_ in ("aux", "neg") and subj and c.i > subj.i]
        return subj, aux[0] if aux else verb
    return None, noun


def _clause_of_verb_object(ix: DocIndex, found: Findings, noun: Token) -> None:
    """'Lee left no doubt that the bid was on', 'The rivals hold on to the hope that the
    motion fails': a noun of saying or belief with its that-clause and no holder of its own; the
    subject of the verb over it holds the clause."""
    if noun.dep_ == "pobj" and lx.FORM_TO_LEMMA.get(noun.head.head.lower_) in lx.CUE_LEMMAS:
        return  # "said in a statement that …": the clause is the verb's
    heads = _stance_noun_heads(noun)
    if not heads or heads[0].dep_ == "prep" or not heads[0].tag_.startswith(("VB", "MD")):
        return
    mark = ix.doc[noun.i + 1] if noun.i + 1 < len(ix.doc) else None
    if mark is None or mark.lower_ != "that" or heads[0].left_edge.i != mark.i:
        return  # ("the plan to …", "the promises that he made": not a clause of content)
    if not any(c.dep_ in SUBJ_DEPS for c in heads[0].children):
        return
    if holds_own_cue(heads[0]):
        return  # "a belief that the party wants X": the party's own attribution, with its source
    span = ix.tokspan(mark.i + 1, heads[0].right_edge.i)
    if span is None or ix.quote_of[noun.i] >= 0:
        return
    pieces = one_sentence(ix, in_paragraph(ix.text, noun.idx, [span]), noun.idx)
    if not pieces:
        return
    holder = _holder_of_governing_verb(ix, noun)
    source = source_span(ix, found, holder) if holder is not None else None
    if source is None:
        # ("amid allegations that …": PolNeAR most often names a holder elsewhere in the
        # article, so without one the attribution would have the wrong source as often as not)
        return
    found.cands.append(
        Cand(
            content=pieces,
            cue=(noun.idx, noun.idx + len(noun)),
            cue_lemma=noun.lower_,
            cue_tok=noun,
            source=source,
            source_tok=holder,
            confidence=conf.STANCE_WORD,
        )
    )


def _holder_of_governing_verb(ix: DocIndex, noun: Token) -> Token | None:
    """'The rivals cling to the hope that …', 'Lee left no doubt that …', 'Cruz bristled at
    the suggestion that …': the subject of the verb whose object (or object of a
    preposition) the noun is; PolNeAR gives the noun's clause to that subject."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.dep_ in ("advmod", "acomp") and not verb.tag_.startswith("VB"):
            verb = verb.head  # "backed away from the suggestion", "came close to an admission"
    elif noun.dep_ != "dobj":
        return None
    if not verb.tag_.startswith("VB"):
        return None
    subj = object_verb_subject(ix, verb)
    if subj is None or subj.tag_ in ("WP", "WDT") or not can_hold_views(subj):
        return None
    return subj


def _possessive_pronoun(poss: Token) -> bool:
    """'his claim that the vote was rigged', 'her argument that she can win', 'their
    refusal to testify': a possessive pronoun (tagged PRP$, which can_hold_views() does
    not take) names a holder (see _POSSESSIVE_HOLDERS)."""
    return poss.tag_ == "PRP$" and poss.lower_ in _POSSESSIVE_HOLDERS


def _stance_noun_heads(noun: Token) -> list[Token]:
    """The clause ("claim that …", "determination to …") or the phrase ("criticism of …")
    after a stance noun."""
    heads = [
        c
        for c in noun.children
        if c.i > noun.i
        and (
            c.dep_ in ("acl", "ccomp")
            # "pronouncements that Clinton won", parsed as a relative clause
            or (c.dep_ == "relcl" and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark")
        )
    ]
    if (
        heads
        and heads[0].dep_ == "acl"
        and not any(c.lower_ in ("that", "to") for c in heads[0].children)
        # "concern that the businessman was …": the parser may hang "that" on the subject
        and not (heads[0].left_edge.lower_ == "that" and heads[0].left_edge.i == noun.i + 1)
    ):
        heads = []
    if not heads:
        heads = [
            c
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in lx.CONTENT_PREPS and c.i == noun.i + 1
        ]
    return heads


def _noun_colon_quote(
    ix: DocIndex, found: Findings, noun: Token, light: Token | None, subj: Token
) -> None:
    """'Sanders made the following comment: "…"': a noun of saying, a colon, a quotation."""
    doc = ix.doc
    colon = next((t for t in doc[noun.i + 1 : noun.i + 8] if t.text == ":"), None)
    if colon is None or any(ix.quote_of[t.i] >= 0 for t in doc[noun.i : colon.i]):
        return
    end = doc[colon.i - 1].idx + len(doc[colon.i - 1])
    m = _COLON_GAP.match(ix.text, end)
    if m is None:
        return
    qi = ix.quote_at(m.end())
    if qi < 0 or ix.quotes[qi].start != m.end():
        return
    source = source_span(ix, found, subj)
    if source is None:
        return
    first = light if light is not None else noun
    found.cands.append(
        Cand(
            content=list(ix.quotes[qi].pieces),
            cue=(first.idx, end),
            cue_lemma=noun.lower_,
            cue_tok=first,
            source=source,
            source_tok=subj,
            confidence=conf.NOUN_COLON_QUOTE,
            quotes=[qi],
        )
    )


# subjects that name no thing that stirred: "it bothers me that …", "what angered them"
_EMPTY_CAUSES = frozenset("it what there".split())


def feeling_caused(ix: DocIndex, found: Findings, verb: Token) -> None:
    """'The new levy angered the fishermen', 'That rankled many in the guild': the ones
    stirred hold a view of what stirred them. Not when a person stirs ('Ruiz angered the
    union': what she did is not said), nor a guess ('it might startle you'), nor in a
    quotation."""
    if not verb.tag_.startswith("VB") or verb.tag_ == "VBG" or ix.quote_of[verb.i] >= 0:
        return
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return  # "delegates, angered that the rules …": a verb over a clause (clause_verbs)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        _stirred_by(ix, found, verb, agent)
        return
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if subj is None or obj is None or subj.lower_ in _EMPTY_CAUSES or _someone(subj):
        return
    if subj.lower_ in lx.STANCE_NOUNS and any(c.dep_ in ("acl", "ccomp") for c in subj.children):
        return  # "the chief's assurance that … angered the senators": the noun's own report
    _add_stirred(ix, found, verb, obj, ix.subtree_span(subj), subj)


def _stirred_by(ix: DocIndex, found: Findings, verb: Token, agent: Token) -> None:
    """'Most members were angered by the vote': the ones stirred (the passive's subject)
    hold a view of the cause."""
    cause = next((c for c in agent.children if c.dep_ in ("pobj", "pcomp")), None)
    holder = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if cause is None or holder is None or _someone(cause):
        return
    _add_stirred(ix, found, verb, holder, ix.subtree_span(cause), holder)


def _add_stirred(
    ix: DocIndex, found: Findings, verb: Token, holder: Token, cause: list, subj: Token
) -> None:
    """The holder's view of the cause, inside the verb's sentence."""
    if holder.lower_ in ("me", "you", "us", "i", "we") or not can_hold_views(holder):
        return
    source = source_span(ix, found, holder)
    pieces = one_sentence(ix, in_paragraph(ix.text, verb.idx, cause), verb.idx)
    if source is None or not pieces:
        return
    cue, _ = cue_span(ix, verb, subj)
    found.cands.append(
        Cand(
            content=pieces,
            cue=cue,
            cue_lemma=lx.FEELING_CAUSE_FORMS[verb.lower_],
            cue_tok=verb,
            source=source,
            source_tok=holder,
            confidence=conf.OTHER_CUE_VERB,
        )
    )


def _someone(tok: Token) -> bool:
    """Whether a subject names a person or a body (or a pronoun or relative for one)."""
    if tok.tag_ in ("WDT", "WP") or tok.lower_ in ("which", "who", "that"):
        # "That rankled many": the thing just told; but a relative pronoun stands for a
        # noun the writer may have left far behind ("…, remarks on the guild that angered …")
        return tok.head.dep_ == "relcl" or tok.lower_ == "who"
    if tok.tag_ == "PRP":
        return True
    return tok.ent_type_ in ("PERSON", "ORG", "NORP") or tok.tag_ in ("NNP", "NNPS")
