"""Nested attributions: an outlet or "according to" around a statement is its
intermediary; a claim inside another speaker's content stays with that speaker."""

from tests.engine.helpers import find, run


def test_according_to_around_a_reported_statement_becomes_its_intermediary():
    text = "According to the state news agency, the envoy told the council that talks had stalled."
    atts = run(text)
    assert len(atts) == 1
    [a] = atts
    assert a.source_text(text) == "the envoy"
    assert a.intermediary == "the state news agency"
    assert a.content_text(text) == "talks had stalled"


def test_outlet_that_reported_a_statement_becomes_its_intermediary():
    text = "Local radio reported that the coach described the draw as a fair result."
    [a] = run(text)
    assert a.source_text(text) == "the coach"
    assert a.intermediary == "Local radio"
    assert a.cue_lemma == "describe"


def test_claim_inside_another_speakers_content_stays_with_that_speaker():
    text = "Moreno said that the auditor had called the accounts a mess."
    [a] = run(text)
    assert a.source_text(text) == "Moreno"
    assert a.content_text(text) == "the auditor had called the accounts a mess"


def test_relative_clause_on_the_speaker_that_reports_a_clause_is_its_own_attribution():
    # "…, said Mr. Vell, who said he had never voted": two attributions, not a description
    text = (
        "The ferry will stop running in May, said Mr. Orlan, who said he had sailed on it for ages."
    )
    atts = run(text)
    outer = find(atts, text, "The ferry will stop running in May")
    assert outer.source_text(text).startswith("Mr. Orlan")
    inner = find(atts, text, "he had sailed on it for ages")
    assert inner.source_text(text) == "Mr. Orlan, who"
    assert inner.cue_lemma == "say"


def test_relative_clause_without_a_comma_names_the_speaker_and_stays_in_the_source():
    # "a farmer who said he would stay told …": the clause says which farmer
    text = "A baker who said he was tired told the inspectors the ovens were old."
    atts = run(text)
    a = find(atts, text, "the ovens were old")
    assert a.source_text(text).startswith("A baker")
    assert not [x for x in atts if x.source_text(text) == "who"]
